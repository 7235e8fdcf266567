"""The small operations: Hello, reference data, settings, the current user, webhooks."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from . import reference_data as ref
from .common import created, object_body
from .documents import now_iso
from .listing import parse_int
from .responses import json_response, problem, validation_error
from .state import SandboxState


class MiscRoutes:
    """Handlers that need little or no state."""

    def __init__(self, state: SandboxState) -> None:
        self.state = state

    def routes(self) -> list[Route]:
        """Starlette routes for the reference data, user, settings and webhook operations."""
        return [
            Route("/Hello", self.hello, methods=["GET"]),
            Route("/v1/BankAccounts/Providers", self.bank_providers, methods=["GET"]),
            Route("/v1/Classifications", self.classifications, methods=["GET"]),
            Route("/v1/Settings", self.settings, methods=["GET"]),
            Route("/v1/Units", self.units, methods=["GET"]),
            Route("/v1/Vats", self.vats, methods=["GET"]),
            Route("/v1/Users/me", self.user, methods=["GET"]),
            Route("/v1/Users/whoami", self.user, methods=["GET"]),
            Route("/v1/Webhooks", self.list_webhooks, methods=["GET"]),
            Route("/v1/Webhooks", self.create_webhook, methods=["POST"]),
            Route("/v1/Webhooks", self.delete_webhook, methods=["DELETE"]),
        ]

    async def hello(self, request: Request) -> Response:
        """Answer the greeting that proves the key works."""
        return json_response(
            {
                "message": "Hello from the Altoviz sandbox",
                "apiKeyName": "sandbox",
                "companyName": ref.COMPANY_NAME,
                "serverTimestamp": now_iso(),
                "url": None,
            }
        )

    async def bank_providers(self, request: Request) -> Response:
        """Answer the bank providers whose name contains ``query``."""
        query = (request.query_params.get("query") or "").casefold()
        return json_response([p for p in ref.BANK_PROVIDERS if query in str(p["name"]).casefold()])

    async def classifications(self, request: Request) -> Response:
        """Answer the classifications, of one ``type`` when given."""
        wanted = request.query_params.get("type")
        return json_response([c for c in ref.CLASSIFICATIONS if not wanted or c["type"] == wanted])

    async def settings(self, request: Request) -> Response:
        """Answer the account's settings."""
        return json_response(ref.SETTINGS)

    async def units(self, request: Request) -> Response:
        """Answer the units."""
        return json_response(ref.UNITS)

    async def vats(self, request: Request) -> Response:
        """Answer the VAT rates."""
        return json_response(ref.VATS)

    async def user(self, request: Request) -> Response:
        """Answer the user the key belongs to."""
        return json_response(ref.USER)

    async def list_webhooks(self, request: Request) -> Response:
        """Answer every registered webhook."""
        return json_response(list(self.state.store.collection("webhooks")))

    async def create_webhook(self, request: Request) -> Response:
        """Register a webhook (201); name, url and types are required."""
        try:
            hook = await object_body(request)
        except ValueError as exc:
            return validation_error(str(exc))
        errors = [
            f"'{name}' is required and must not be empty."
            for name in ("name", "url")
            if not isinstance(hook.get(name), str) or not hook[name]
        ]
        types = hook.get("types")
        if not isinstance(types, list) or not all(isinstance(t, str) for t in types):
            errors.append("'types' is required and must be a list of event names.")
        if errors:
            return validation_error("The webhook is not valid.", errors)
        hook.pop("id", None)
        self.state.store.collection("webhooks").add(hook)
        return await created(request, self.state, hook, status=201)

    async def delete_webhook(self, request: Request) -> Response:
        """Unregister the webhook with this ``id`` or ``url``."""
        hooks = self.state.store.collection("webhooks")
        hook_id, url = parse_int(request.query_params.get("id")), request.query_params.get("url")
        for hook in list(hooks):
            if (hook_id is not None and hook["id"] == hook_id) or (url and hook.get("url") == url):
                hooks.remove(hook["id"])
                return json_response(hook)
        return problem(404, "No webhook with this id or url.")
