"""Control routes outside ``/v1``: health for readiness polling, settings and reset at run time."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .common import object_body
from .gate import ADMIN_PREFIX, HEALTH_PATH
from .responses import json_response, validation_error
from .state import SandboxState


class AdminRoutes:
    """The routes under ``/_sandbox``: health (no key needed), config, reset, stats and records.

    ``GET /_sandbox/health``, ``GET|PATCH /_sandbox/config``, ``POST /_sandbox/reset``,
    ``GET /_sandbox/stats`` and ``GET /_sandbox/records/{kind}``.
    """

    def __init__(self, state: SandboxState) -> None:
        self.state = state

    def routes(self) -> list[Route]:
        """Return the admin routes."""
        return [
            Route(HEALTH_PATH, self.health, methods=["GET"]),
            Route(f"{ADMIN_PREFIX}/config", self.get_config, methods=["GET"]),
            Route(f"{ADMIN_PREFIX}/config", self.patch_config, methods=["PATCH", "POST"]),
            Route(f"{ADMIN_PREFIX}/reset", self.reset, methods=["POST"]),
            Route(f"{ADMIN_PREFIX}/stats", self.stats, methods=["GET"]),
            Route(f"{ADMIN_PREFIX}/records/{{kind}}", self.records, methods=["GET"]),
        ]

    async def health(self, request: Request) -> Response:
        """Answer that the server is up (no key needed: used to poll for readiness)."""
        return json_response({"status": "ok"})

    async def get_config(self, request: Request) -> Response:
        """Answer the current settings, without the key."""
        return json_response(self.state.config.public_view())

    async def patch_config(self, request: Request) -> Response:
        """Apply the settings in the JSON body and answer the new ones."""
        try:
            changes = await object_body(request)
            if "api_key" in changes:
                raise ValueError("the API key cannot be changed at run time")
            config = self.state.apply(changes)
        except (TypeError, ValueError) as exc:
            return validation_error(str(exc))
        return json_response(config.public_view())

    async def reset(self, request: Request) -> Response:
        """Forget all records and refill the rate limit."""
        self.state.reset()
        return json_response({"status": "reset"})

    async def stats(self, request: Request) -> Response:
        """Answer the rate limit's counts since it last restarted, and the number of records per kind.

        The counts cover every client and process using the sandbox, which is what a benchmark of
        several processes on one key needs.
        """
        limiter = self.state.limiter
        return json_response(
            {
                "requests": {"accepted": limiter.accepted, "refused": limiter.refused},
                "records": self.state.store.counts(),
            }
        )

    async def records(self, request: Request) -> Response:
        """Answer how many records of a kind (e.g. ``customers``) exist, and their ``internalId`` values."""
        collection = self.state.store.collection(request.path_params["kind"])
        internal_ids = [r["internalId"] for r in collection if isinstance(r.get("internalId"), str)]
        return json_response({"count": len(collection), "internalIds": internal_ids})
