"""Routes of sale invoices, credits and quotes: drafts, finalize, payments, refunds, sending."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..registry import lookup
from . import listing
from .common import created, json_body, not_found, object_body, path_id
from .completion import as_sent
from .documents import (
    CREDITS,
    INVOICES,
    QUOTE_STATUSES,
    QUOTES,
    DocumentType,
    compute_totals,
    filter_documents,
    now_iso,
    number,
    today,
)
from .responses import json_response, problem, validation_error
from .state import SandboxState
from .store import Collection, DuplicateInternalIdError, Record

# Fields only the server sets: whatever a client sends for them is replaced.
_SERVER_FIELDS = ("id", "isDraft", "isPaid", "isCancelled", "isProforma", "pdfUrl", "sentAt", "overdue")


class DocumentRoutes:
    """The handlers of one sale document type, bound to one sandbox."""

    def __init__(self, state: SandboxState, doc_type: DocumentType) -> None:
        self.state = state
        self.type = doc_type

    @property
    def docs(self) -> Collection:
        """The collection this type is stored in."""
        return self.state.store.collection(self.type.kind)

    def routes(self) -> list[Route]:
        """Starlette routes; the payment route exists for invoices and credits only."""
        base = self.type.path
        routes = [
            Route(base, self.list, methods=["GET"]),
            Route(base, self.create, methods=["POST"]),
            Route(f"{base}/Find", self.find, methods=["GET"]),
            Route(f"{base}/Send/{{id}}", self.send, methods=["POST"]),
            Route(f"{base}/{{id}}", self.get, methods=["GET"]),
            Route(f"{base}/{{id}}", self.delete, methods=["DELETE"]),
        ]
        if self.type.updatable:
            routes.append(Route(f"{base}/{{id}}", self.update, methods=["PUT"]))
        if self.type.drafts:
            routes.append(Route(f"{base}/Finalize/{{id}}", self.finalize, methods=["POST"]))
        if self.type is INVOICES:
            routes.append(Route(f"{base}/MarkAsPaid", self.pay, methods=["POST"]))
        if self.type is CREDITS:
            routes.append(Route(f"{base}/MarkAsRefunded", self.pay, methods=["POST"]))
        return routes

    def _lookup(self, request: Request) -> Record | None:
        doc_id = path_id(request)
        return None if doc_id is None else self.docs.get(doc_id)

    def _prepare(self, doc: Record, previous: Record | None) -> Record:
        """Set the server-owned fields of a new or updated draft."""
        for name in _SERVER_FIELDS:
            doc.pop(name, None)
        if not isinstance(doc.get("date"), str):
            doc["date"] = today()
        customers = self.state.store.collection("customers")
        customer = customers.get(doc["customerId"]) if isinstance(doc.get("customerId"), int) else None
        if customer is not None:
            doc.setdefault("customerName", customer.get("name"))
            doc.setdefault("customerNumber", customer.get("number"))
        if self.type.drafts:
            doc["number"] = None
            doc["isDraft"] = True
            doc["isPaid"] = False
        elif previous is None:
            doc["number"] = self.state.store.next_number(self.type.number_prefix)
        if self.type is INVOICES:
            doc.update(isCancelled=False, isProforma=False, overdue=0.0)
        if self.type is QUOTES and doc.get("status") not in QUOTE_STATUSES:
            doc["status"] = "Pending"
        doc["sentAt"] = previous.get("sentAt") if previous else None
        compute_totals(doc, paid=0.0)
        return doc

    def _set_pdf_url(self, request: Request, doc: Record) -> None:
        doc["pdfUrl"] = f"{str(request.base_url).rstrip('/')}{self.type.path}/Download/{doc['id']}"

    async def list(self, request: Request) -> Response:
        """Answer one page of records, searched, filtered and ordered."""
        params = request.query_params
        records = filter_documents(listing.search(self.docs, params.get("query")), params, self.type)
        records = listing.order(records, params.get("OrderBy"))
        return json_response(listing.page(records, params, self.state.config))

    async def create(self, request: Request) -> Response:
        """Store a new record; a taken internalId answers 400."""
        try:
            doc = self.docs.add(self._prepare(await object_body(request), None))
        except (ValueError, DuplicateInternalIdError) as exc:
            return validation_error(str(exc))
        self._set_pdf_url(request, doc)
        return await created(request, self.state, doc)

    async def find(self, request: Request) -> Response:
        """Answer the records matching every given criterion exactly."""
        internal_id = request.query_params.get("internalId")
        found = self.docs.get_by_internal_id(internal_id) if internal_id else None
        return json_response([found] if found else [])

    async def get(self, request: Request) -> Response:
        """Answer the record with this id, or 404."""
        doc = self._lookup(request)
        return json_response(doc) if doc else not_found(self.type.kind, request.path_params["id"])

    async def update(self, request: Request) -> Response:
        """Replace a record, keeping its id and server-owned fields."""
        previous = self._lookup(request)
        if previous is None:
            return not_found(self.type.kind, request.path_params["id"])
        if previous.get("isDraft") is not True:
            title = f"{self.type.title.title()} {previous.get('number')}"
            return problem(400, f"{title} is final: only a draft can be updated.")
        try:
            doc = self.docs.replace(previous["id"], self._prepare(await object_body(request), previous))
        except (ValueError, DuplicateInternalIdError) as exc:
            return problem(400, str(exc))
        self._set_pdf_url(request, doc)
        return json_response(doc)

    async def delete(self, request: Request) -> Response:
        """Delete a record."""
        doc = self._lookup(request)
        if doc is None:
            return not_found(self.type.kind, request.path_params["id"])
        if self.type.drafts and doc.get("isDraft") is not True:
            return problem(400, f"{self.type.title.title()} {doc.get('number')} is final: only a draft can be deleted.")
        if self.type is QUOTES and doc.get("status") == "Invoiced":
            return problem(400, f"Quote {doc.get('number')} has been invoiced and cannot be deleted.")
        self.docs.remove(doc["id"])
        # The published document answers every deleted sale document as an Invoice, whatever its type.
        return json_response(as_sent(lookup("invoice").model, doc))

    def _finalize(self, doc: Record) -> bool:
        """Finalize a draft in place; False when the document was already final (nothing changed)."""
        if doc.get("isDraft") is not True:
            return False
        doc["isDraft"] = False
        doc["number"] = self.state.store.next_number(self.type.number_prefix)
        return True

    async def finalize(self, request: Request) -> Response:
        """Finalize a draft: it gets the next number. A final document is answered unchanged."""
        doc = self._lookup(request)
        if doc is None:
            return not_found(self.type.kind, request.path_params["id"])
        # Finalizing a final document changes nothing: a retried finalize must not fail or renumber.
        if self._finalize(doc):
            self.docs.touched(doc)
        return json_response(doc)

    async def pay(self, request: Request) -> Response:
        """Record a payment (MarkAsPaid) or a refund (MarkAsRefunded).

        A payment on a draft finalizes it first: money cannot be received against a document that
        does not exist for the customer yet.
        """
        id_field = "invoiceId" if self.type is INVOICES else "creditId"
        try:
            body = await object_body(request)
        except ValueError as exc:
            return validation_error(str(exc))
        doc_id = body.get(id_field)
        doc = self.docs.get(doc_id) if isinstance(doc_id, int) and not isinstance(doc_id, bool) else None
        if doc is None:
            return not_found(self.type.kind, doc_id)
        self._finalize(doc)
        meta = self.docs.meta[doc["id"]]
        payments: list[dict[str, Any]] = meta.setdefault("payments", [])
        amount = number(body.get("amount"), default=number(doc.get("balance")))
        status = body.get("status") if isinstance(body.get("status"), str) else "Success"
        payments.append({"amount": amount, "date": body.get("date") or today(), "status": status})
        paid = sum(p["amount"] for p in payments if p["status"] == "Success")
        compute_totals(doc, paid=paid)
        doc["isPaid"] = doc["balance"] <= 0.005 and any(p["status"] == "Success" for p in payments)
        self.docs.touched(doc)  # one event for the payment (and the finalize it may imply)
        return json_response(doc)

    async def send(self, request: Request) -> Response:
        """Record that the document was sent."""
        doc = self._lookup(request)
        if doc is None:
            return not_found(self.type.kind, request.path_params["id"])
        try:
            recipients = await json_body(request)
        except ValueError as exc:
            return validation_error(str(exc))
        if not isinstance(recipients, list):
            return validation_error("The body must be a list of email addresses.")
        doc["sentAt"] = now_iso()
        if self.type is QUOTES and doc.get("status") == "Pending":
            doc["status"] = "Sent"
        self.docs.touched(doc)
        return Response(status_code=200)
