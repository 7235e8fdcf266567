"""Downloads (PDF of every sale document and purchase invoice) and uploads (multipart files)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .common import created, not_found, path_id
from .documents import ALL_TYPES, DocumentType, pdf_text, today
from .downloads import StreamedFile
from .pdf import build_pdf
from .responses import json_response, validation_error
from .state import SandboxState
from .store import Record

_MAX_UPLOAD = 64 * 1024 * 1024  # Uploads are kept in memory: a bound keeps a runaway test from eating it all.


class FileRoutes:
    """Download and upload handlers, bound to one sandbox."""

    def __init__(self, state: SandboxState) -> None:
        self.state = state

    def routes(self) -> list[Route]:
        """Starlette routes for the four downloads and two uploads."""
        routes = [Route(f"{t.path}/Download/{{id}}", self._document_download(t), methods=["GET"]) for t in ALL_TYPES]
        return [
            *routes,
            Route("/v1/PurchaseInvoices/Download/{id}", self.purchase_download, methods=["GET"]),
            Route("/v1/PurchaseInvoices/file", self.purchase_upload, methods=["POST"]),
            Route("/v1/ProductImages/{productId}", self.image_upload, methods=["POST"]),
            Route("/v1/ProductImages/{productId}", self.image_get, methods=["GET"]),
            Route("/v1/ProductImages/{id}", self.image_delete, methods=["DELETE"]),
        ]

    def _stream(self, title: str, lines: list[str], filename: str) -> StreamedFile:
        pdf = build_pdf(title, lines, min_size=self.state.config.pdf_size)
        faults = self.state.faults
        return StreamedFile(
            pdf.chunks(),
            pdf.size,
            filename=filename,
            pause_s=faults.config.slow_body_ms / 1000,
            break_at=pdf.size // 2 if faults.break_download() else None,
        )

    def _document_download(self, doc_type: DocumentType) -> Callable[[Request], Awaitable[Response]]:
        async def download(request: Request) -> Response:
            doc_id = path_id(request)
            doc = None if doc_id is None else self.state.store.collection(doc_type.kind).get(doc_id)
            if doc is None:
                return not_found(doc_type.kind, request.path_params["id"])
            title, lines = pdf_text(doc, doc_type)
            return self._stream(title, lines, f"{doc.get('number') or doc['id']}.pdf")

        return download

    async def purchase_download(self, request: Request) -> Response:
        """Answer the stored file of a purchase invoice as a PDF."""
        invoices = self.state.store.collection("purchase_invoices")
        doc_id = path_id(request)
        doc = None if doc_id is None else invoices.get(doc_id)
        if doc is None or doc_id is None:
            return not_found("purchase invoice", request.path_params["id"])
        stored: bytes = invoices.meta[doc_id]["file"]
        name = f"purchase-invoice-{doc_id}.pdf"
        if stored.startswith(b"%PDF") and not self.state.config.pdf_size:
            # The uploaded file is a PDF already: give it back as it came.
            faults = self.state.faults
            cut = len(stored) // 2 if faults.break_download() else None
            pause = faults.config.slow_body_ms / 1000
            return StreamedFile(iter([stored]), len(stored), filename=name, pause_s=pause, break_at=cut)
        lines = [
            f"Reference: {doc.get('reference') or '-'}",
            f"Date: {doc.get('date')}",
            f"Stored file: {len(stored)} bytes",
        ]
        return self._stream(f"PURCHASE INVOICE {doc_id}", lines, name)

    async def _upload(self, request: Request) -> tuple[str, bytes] | Response:
        try:
            form = await request.form(max_files=1, max_fields=10)
        except Exception as exc:  # Starlette raises several types for a malformed multipart body.
            return validation_error(f"The body is not a valid multipart form: {exc}")
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            return validation_error("The form has no 'file' part.")
        data = await upload.read(_MAX_UPLOAD + 1)
        if len(data) > _MAX_UPLOAD:
            return validation_error(f"The file is larger than {_MAX_UPLOAD} bytes.")
        return upload.filename or "upload", data

    async def purchase_upload(self, request: Request) -> Response:
        """Create a purchase invoice from an uploaded file."""
        upload = await self._upload(request)
        if isinstance(upload, Response):
            return upload
        filename, data = upload
        invoices = self.state.store.collection("purchase_invoices")
        record: Record = {"date": today(), "status": "Pending", "subject": filename, "taxIncludedAmount": 0.0}
        invoices.add(record)
        invoices.meta[record["id"]]["file"] = data
        record["pdfUrl"] = f"{str(request.base_url).rstrip('/')}/v1/PurchaseInvoices/Download/{record['id']}"
        return await created(request, self.state, record)

    def _product(self, request: Request, name: str) -> tuple[int, Record] | None:
        product_id = path_id(request, name)
        product = None if product_id is None else self.state.store.collection("products").get(product_id)
        return None if product is None or product_id is None else (product_id, product)

    async def image_upload(self, request: Request) -> Response:
        """Store a product's image and answer the product."""
        found = self._product(request, "productId")
        if found is None:
            return not_found("product", request.path_params["productId"])
        upload = await self._upload(request)
        if isinstance(upload, Response):
            return upload
        product_id, product = found
        self.state.store.collection("products").meta[product_id]["image"] = upload
        product["imageUrl"] = f"{str(request.base_url).rstrip('/')}/v1/ProductImages/{product_id}"
        return json_response(product)

    async def image_get(self, request: Request) -> Response:
        """Answer the product when it has an image, else 404."""
        found = self._product(request, "productId")
        if found is None or "image" not in self.state.store.collection("products").meta[found[0]]:
            return not_found("product image", request.path_params["productId"])
        return json_response(found[1])

    async def image_delete(self, request: Request) -> Response:
        """Delete a product's image."""
        found = self._product(request, "id")
        meta = None if found is None else self.state.store.collection("products").meta[found[0]]
        if found is None or meta is None or meta.pop("image", None) is None:
            return not_found("product image", request.path_params["id"])
        found[1]["imageUrl"] = None
        return Response(status_code=200)
