"""Routes of the plain entity types: list, create, find, get, update, delete, and contacts."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from . import listing
from .common import created, not_found, object_body, path_id
from .resources import (
    BY_INTERNAL_ID,
    CONTACTS,
    CREATE,
    DELETE,
    FIND,
    GET,
    LIST,
    UPDATE,
    Resource,
)
from .responses import json_response, problem, validation_error
from .state import SandboxState
from .store import Collection, DuplicateInternalIdError, Record


class EntityRoutes:
    """The handlers of one ``Resource``, bound to one sandbox."""

    def __init__(self, state: SandboxState, resource: Resource) -> None:
        self.state = state
        self.resource = resource

    @property
    def items(self) -> Collection:
        """The collection this type is stored in."""
        return self.state.store.collection(self.resource.kind)

    def routes(self) -> list[Route]:
        """Starlette routes for the operations this type has. Fixed paths come before ``{id}``."""
        base, ops = self.resource.path, self.resource.operations
        table = [
            (LIST, base, self.list, "GET"),
            (CREATE, base, self.create, "POST"),
            (FIND, f"{base}/Find", self.find, "GET"),
            (BY_INTERNAL_ID, f"{base}/GetByInternalId/{{internalId}}", self.by_internal_id, "GET"),
            (CONTACTS, f"{base}/{{id}}/contacts", self.contacts, "GET"),
            (GET, f"{base}/{{id}}", self.get, "GET"),
            (UPDATE, f"{base}/{{id}}", self.update, "PUT"),
            (DELETE, f"{base}/{{id}}", self.delete, "DELETE"),
        ]
        return [Route(path, handler, methods=[method]) for op, path, handler, method in table if op in ops]

    def _prepare(self, record: Record, previous: Record | None) -> Record:
        record.pop("id", None)
        prefix = self.resource.number_prefix
        if prefix and record.get("number") is None:
            record["number"] = previous.get("number") if previous else self.state.store.next_number(prefix)
        for name in self.resource.kept_on_update:
            if previous is not None and name in previous:
                record[name] = previous[name]
        self.resource.derive(record)
        return record

    async def list(self, request: Request) -> Response:
        """Answer one page of records, searched, filtered and ordered."""
        params = request.query_params
        records = listing.search(self.items, params.get("query"))
        family = params.get("familyId")
        if family:
            records = [r for r in records if isinstance(r.get("family"), dict) and str(r["family"].get("id")) == family]
        records = listing.order(records, params.get("OrderBy"))
        return json_response(listing.page(records, params, self.state.config))

    async def create(self, request: Request) -> Response:
        """Store a new record; a taken internalId answers 400."""
        try:
            record = self._prepare(await object_body(request), None)
            self.items.add(record)
        except (ValueError, DuplicateInternalIdError) as exc:
            return validation_error(str(exc))
        return await created(request, self.state, record)

    async def find(self, request: Request) -> Response:
        """Answer the records matching every given criterion exactly."""
        wanted = {k: v for k in self.resource.find_params if (v := request.query_params.get(k))}
        if not wanted:
            return json_response([])
        if set(wanted) == {"internalId"}:
            found = self.items.get_by_internal_id(wanted["internalId"])
            return json_response([found] if found else [])
        return json_response([r for r in self.items if all(_matches(r.get(k), v) for k, v in wanted.items())])

    async def by_internal_id(self, request: Request) -> Response:
        """Answer the record with this internalId, or 404."""
        internal_id = request.path_params["internalId"]
        found = self.items.get_by_internal_id(internal_id)
        if found is None:
            return problem(404, f"No {self.resource.kind} record with internalId {internal_id!r}.")
        return json_response(found)

    async def get(self, request: Request) -> Response:
        """Answer the record with this id, or 404."""
        record_id = path_id(request)
        found = None if record_id is None else self.items.get(record_id)
        return json_response(found) if found else not_found(self.resource.kind, request.path_params["id"])

    async def update(self, request: Request) -> Response:
        """Replace a record, keeping its id and server-owned fields."""
        record_id = path_id(request)
        previous = None if record_id is None else self.items.get(record_id)
        if record_id is None or previous is None:
            return not_found(self.resource.kind, request.path_params["id"])
        try:
            record = self._prepare(await object_body(request), previous)
            return json_response(self.items.replace(record_id, record))
        except (ValueError, DuplicateInternalIdError) as exc:
            return problem(400, str(exc))

    async def delete(self, request: Request) -> Response:
        """Delete a record."""
        record_id = path_id(request)
        if record_id is None or self.items.remove(record_id) is None:
            return not_found(self.resource.kind, request.path_params["id"])
        return Response(status_code=200)

    async def contacts(self, request: Request) -> Response:
        """Answer the contacts whose record names this customer or supplier."""
        record_id = path_id(request)
        if record_id is None or self.items.get(record_id) is None:
            return not_found(self.resource.kind, request.path_params["id"])
        owner_field = self.resource.owner_field
        contacts = self.state.store.collection("contacts")
        return json_response([c for c in contacts if c.get(owner_field) == record_id])


def _matches(value: object, wanted: str) -> bool:
    # Emails and numbers are matched without regard to case, as people type them both ways.
    return isinstance(value, str) and value.casefold() == wanted.casefold()
