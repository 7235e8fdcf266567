"""The receiver: verify, parse, drop duplicates, queue for the handlers; and the ASGI app around it."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping, MutableMapping, Sequence
from typing import Any, Literal, TypeVar, overload

from altoviz_client.models.webhook_type import WebhookType

from ._entities import entity_for_type
from .dedupe import DedupeStore, MemoryDedupeStore
from .dispatch import DEFAULT_QUEUE_SIZE, DEFAULT_WORKERS, Dispatcher, Handler, ReceiverStats
from .errors import ForbiddenSourceError, InvalidSecretError, MalformedDeliveryError, WebhookError
from .events import WebhookEvent, parse_delivery
from .security import DEFAULT_SECRET_HEADERS, SecretCheck, SourceCheck

logger = logging.getLogger("altoviz.webhooks")

M = TypeVar("M")
H = TypeVar("H", bound=Callable[..., Any])
Outcome = Literal["accepted", "duplicate", "busy"]

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

DEFAULT_MAX_BODY = 1024 * 1024
"""Largest body read (1 MiB): an entity is a few kilobytes; a bigger body is not a delivery and is not buffered."""

BUSY_RETRY_AFTER_S = 1
"""``Retry-After`` of a 503 when the queue is full: a hint only, as Altoviz's retry schedule is not documented."""

_ACCEPTED = b'{"status":"accepted"}'
_ACCEPTED_HEADERS = ((b"content-type", b"application/json"), (b"content-length", b"%d" % len(_ACCEPTED)))
_ALLOW_POST = ((b"allow", b"POST"),)
_RETRY_LATER = ((b"retry-after", b"%d" % BUSY_RETRY_AFTER_S),)

_REASONS = {InvalidSecretError: "secret", ForbiddenSourceError: "source", MalformedDeliveryError: "body"}


class WebhookReceiver:
    """Receives Altoviz webhook deliveries and runs the handlers registered for their types.

    The receiver is an ASGI application: mount it as a Starlette route (``Route("/hooks", receiver)``), in
    FastAPI with ``altoviz.webhooks.fastapi_router``, or call ``accept`` from any other framework::

        hooks = WebhookReceiver(secret=os.environ["ALTOVIZ_WEBHOOK_SECRET"])

        @hooks.on("InvoiceCreated", Invoice)
        async def invoice_created(event: WebhookEvent[Invoice]) -> None: ...

    Arguments:
        secret: the secret key given at registration (several during a rotation).
        secret_headers: header names that may carry it; default ``X-Signature`` and ``X-Altoviz-Signature``.
        source_ips: when given (e.g. ``ALTOVIZ_SOURCE_IPS``), deliveries from other addresses get 403.
        trusted_proxies: your own proxies, whose ``X-Forwarded-For`` is believed; never trusted by default.
        dedupe: where accepted event ids are remembered; default in memory for a day.
        queue_size, workers: the bounded queue and the handler tasks (see ``altoviz.webhooks.dispatch``).

    """

    def __init__(
        self,
        secret: str | Sequence[str],
        *,
        secret_headers: Iterable[str] = DEFAULT_SECRET_HEADERS,
        source_ips: Iterable[str] | None = None,
        trusted_proxies: Iterable[str] = (),
        dedupe: DedupeStore | None = None,
        queue_size: int = DEFAULT_QUEUE_SIZE,
        workers: int = DEFAULT_WORKERS,
        max_body: int = DEFAULT_MAX_BODY,
    ) -> None:
        self.secret_check = SecretCheck(secret, secret_headers)
        self.source_check = None if source_ips is None else SourceCheck(source_ips, trusted_proxies)
        self.dedupe: DedupeStore = dedupe if dedupe is not None else MemoryDedupeStore()
        # A store that needs no I/O (the in-memory one) answers without a coroutine.
        self._claim_nowait: Callable[[str], bool] | None = getattr(self.dedupe, "claim_nowait", None)
        self.stats = ReceiverStats()
        self.dispatcher = Dispatcher(self.stats, queue_size, workers)
        self.max_body = max_body

    def __repr__(self) -> str:
        return f"WebhookReceiver({self.secret_check!r}, source_check={self.source_check!r})"

    @overload
    def on(self, event_type: str | WebhookType) -> Callable[[H], H]: ...

    @overload
    def on(self, event_type: str | WebhookType, model: type[M]) -> Callable[[Handler[M]], Handler[M]]: ...

    def on(self, event_type: str | WebhookType, model: type[Any] | None = None) -> Callable[[Any], Any]:
        """Register the decorated function as a handler of ``event_type``.

        With ``model`` (``hooks.on("InvoiceCreated", Invoice)``) the handler is typed as taking a
        ``WebhookEvent[Invoice]``, and registration fails if the type's events do not carry that model.
        """
        name = event_type.value if isinstance(event_type, WebhookType) else event_type
        if model is not None:
            entity = entity_for_type(name)
            if entity is None or not issubclass(entity.model, model):
                carried = "raw JSON" if entity is None else entity.model.__name__
                raise TypeError(f"{name} events carry {carried}, not {model.__name__}")

        def register(handler: Any) -> Any:
            self.dispatcher.add(name, handler)
            return handler

        return register

    async def accept(self, body: bytes, headers: Mapping[str, str], peer: str | None = None) -> Outcome:
        """Check and queue one delivery; ``headers`` has lower-case names, ``peer`` is the connection's address.

        Returns ``"accepted"``, ``"duplicate"`` (already accepted: acknowledge, do nothing) or ``"busy"``
        (the queue is full: answer 503 so that Altoviz delivers again). Raises a ``WebhookError``
        subclass for a delivery to refuse.
        """
        return await self.enqueue(self.verify(body, headers, peer))

    def verify(self, body: bytes, headers: Mapping[str, str], peer: str | None = None) -> WebhookEvent[Any]:
        """Check a delivery's source and secret and parse it, without queueing it (see ``accept``).

        Source first, then secret, then body: a caller from the wrong address learns nothing about the secret.
        """
        try:
            if self.source_check is not None:
                self.source_check.verify(peer, headers)
            self.secret_check.verify(headers)
            return parse_delivery(body)
        except WebhookError as exc:
            self._refused(exc)
            raise

    def _refused(self, exc: WebhookError) -> None:
        reason = _REASONS.get(type(exc), "body")
        self.stats.refused[reason] += 1
        logger.warning("webhook delivery refused (%s): %s", reason, exc)

    async def enqueue(self, event: WebhookEvent[Any]) -> Outcome:
        """Queue a verified event for its handlers, once per event id."""
        claim_nowait = self._claim_nowait
        fresh = claim_nowait(event.id) if claim_nowait is not None else await self.dedupe.claim(event.id)
        outcome = self._dispatch(event, fresh)
        if outcome == "busy":
            # Not handled: forget the id so that the sender's next delivery of it is accepted.
            await self.dedupe.release(event.id)
        return outcome

    def _dispatch(self, event: WebhookEvent[Any], fresh: bool) -> Outcome:
        if not fresh:
            self.stats.duplicates += 1
            return "duplicate"
        if self.dispatcher.wants(event) and not self.dispatcher.submit(event):
            self.stats.busy += 1
            logger.warning("webhook queue full: asked for a later delivery of %s", event.id)
            return "busy"
        self.stats.accepted += 1
        return "accepted"

    async def join(self) -> None:
        """Wait until every queued event has been handled (for tests and graceful shutdown)."""
        await self.dispatcher.join()

    async def aclose(self) -> None:
        """Handle what is queued and stop the workers."""
        await self.dispatcher.aclose()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve deliveries as an ASGI application (HTTP POST; lifespan shutdown drains the queue)."""
        if scope["type"] != "http":
            if scope["type"] == "lifespan":
                await self._lifespan(receive, send)
            return
        if scope["method"] != "POST":
            await _respond(send, 405, b'{"error":"use POST"}', _ALLOW_POST)
            return
        # The common case, the whole body in one message, without the loop of ``_read_body``.
        message = await receive()
        body: bytes | None
        if message["type"] == "http.request" and not message.get("more_body", False):
            body = message.get("body", b"")
            if len(body) > self.max_body:
                body = None
        else:
            body = await _read_body(receive, self.max_body, message)
        if body is None:
            await _respond(send, 413, b'{"error":"the body is too large for a delivery"}')
            return
        raw_headers = scope["headers"]
        try:
            if self.source_check is not None:
                client = scope.get("client")
                self.source_check.verify_forwarded(client[0] if client else None, _forwarded_for(raw_headers))
            self.secret_check.verify_values(self._secret_values(raw_headers))
            event = parse_delivery(body)
        except WebhookError as exc:
            self._refused(exc)
            await _respond(send, exc.status_code, _error_body(exc))
            return
        try:
            # ``enqueue`` without its coroutine when the store answers at once (the in-memory one).
            claim_nowait = self._claim_nowait
            if claim_nowait is None:
                outcome = await self.enqueue(event)
            else:
                outcome = self._dispatch(event, claim_nowait(event.id))
                if outcome == "busy":
                    await self.dedupe.release(event.id)
        except Exception:
            # The dedupe store failed (Redis unreachable): nothing was queued, so ask for the delivery again.
            logger.exception("webhook delivery not accepted: the dedupe store failed")
            outcome = "busy"
        if outcome == "accepted":  # ``_respond`` inline for the common answer
            await send({"type": "http.response.start", "status": 200, "headers": [*_ACCEPTED_HEADERS]})
            await send({"type": "http.response.body", "body": _ACCEPTED})
        elif outcome == "duplicate":
            await _respond(send, 200, b'{"status":"duplicate"}')
        else:
            await _respond(send, 503, b'{"status":"busy"}', _RETRY_LATER)

    def _secret_values(self, raw: Iterable[tuple[bytes, bytes]]) -> list[bytes]:
        """Return the values of the secret headers in ASGI's raw header list, the last line of each name.

        No dict of every header and no decoding: one pass for the one header a delivery carries, with names
        compared as ASGI servers give them, lower-case (Starlette's own ``Headers`` relies on that). When that
        does not find exactly one, a careful pass lower-cases the names (a server that keeps their case) and
        keeps one value per name, so that a request repeating a header still makes one guess per name.
        """
        names = self.secret_check.raw_header_names
        sent = [value for name, value in raw if name in names]
        if len(sent) != 1:
            sent = list({name.lower(): value for name, value in raw if name.lower() in names}.values())
        return sent

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return


async def _read_body(receive: Receive, limit: int, first: MutableMapping[str, Any]) -> bytes | None:
    """Read a body sent in several messages, ``first`` being the one already received; None past ``limit``."""
    chunks: list[bytes] = []
    size = 0
    message = first
    while True:
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
        message = await receive()
    return b"".join(chunks)


def _forwarded_for(raw: Iterable[tuple[bytes, bytes]]) -> str | None:
    """Return the ``X-Forwarded-For`` lines of a raw header list joined as one list of hops, None when absent."""
    lines = [value for name, value in raw if name.lower() == b"x-forwarded-for"]
    return b",".join(lines).decode("latin-1") if lines else None


def _error_body(exc: WebhookError) -> bytes:
    return json.dumps({"error": str(exc)}).encode()


async def _respond(send: Send, status: int, body: bytes, headers: tuple[tuple[bytes, bytes], ...] = ()) -> None:
    # Fresh message dicts and header lists on every answer: middleware may change them in place (CORS does).
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body)), *headers],
        }
    )
    await send({"type": "http.response.body", "body": body})
