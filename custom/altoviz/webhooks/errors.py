"""Why a webhook delivery was refused: one exception per reason, all under ``AltovizError``.

The messages say what was wrong with a delivery and never repeat a secret, neither the expected one nor
the one a caller sent: they end up in logs.
"""

from __future__ import annotations

from .._errors import AltovizError


class WebhookError(AltovizError):
    """A webhook delivery was refused. ``status_code`` is the HTTP answer the receiver gives for it."""

    status_code = 400


class InvalidSecretError(WebhookError):
    """The delivery carries no secret header, or a secret that is not the registered one (401)."""

    status_code = 401


class ForbiddenSourceError(WebhookError):
    """The delivery comes from an address that is not one of Altoviz's (403); only when the check is on."""

    status_code = 403


class MalformedDeliveryError(WebhookError):
    """The body is not a JSON object with a string or integer ``id``, a string ``type`` and ``data`` (400)."""

    status_code = 400
