"""``/_sandbox/deliveries``: every webhook delivery attempt, and the delivery settings (retries, faults)."""

from __future__ import annotations

import dataclasses

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .common import object_body
from .gate import ADMIN_PREFIX
from .responses import json_response, validation_error
from .state import SandboxState


class DeliveryRoutes:
    """``GET /_sandbox/deliveries`` and ``GET|PATCH /_sandbox/deliveries/config`` (the key is needed)."""

    def __init__(self, state: SandboxState) -> None:
        self.state = state

    def routes(self) -> list[Route]:
        """Return the delivery routes."""
        return [
            Route(f"{ADMIN_PREFIX}/deliveries", self.deliveries, methods=["GET"]),
            Route(f"{ADMIN_PREFIX}/deliveries/config", self.get_config, methods=["GET"]),
            Route(f"{ADMIN_PREFIX}/deliveries/config", self.patch_config, methods=["PATCH", "POST"]),
        ]

    async def deliveries(self, request: Request) -> Response:
        """Answer ``{"pending", "config", "attempts"}``: deliveries not yet done, the settings, every attempt."""
        return json_response(self.state.deliveries.view())

    async def get_config(self, request: Request) -> Response:
        """Answer the delivery settings."""
        return json_response(dataclasses.asdict(self.state.deliveries.config))

    async def patch_config(self, request: Request) -> Response:
        """Apply the delivery settings in the JSON body and answer the new ones."""
        try:
            config = self.state.deliveries.configure(await object_body(request))
        except (TypeError, ValueError) as exc:
            return validation_error(str(exc))
        return json_response(dataclasses.asdict(config))
