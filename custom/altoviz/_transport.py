"""The transports under the client: the key, kept on the API's origin, and the routing to proxies and mounts.

The key is added here, in a transport, rather than by an ``httpx.Auth``: httpx runs auth once per request and
then follows redirects by copying the headers, stripping only ``Authorization`` when the origin changes. A
transport sees every hop, so each one is checked: the key goes to the API's origin and is taken off a request
to any other, whoever follows the redirect (our client, a user's client with ``follow_redirects=True``, or a
caller of ``client.http``).

A user's ``httpx.AsyncClient`` is never changed. The SDK builds its own client on top of the user's
transports (the default one and the mounts, where env or explicit proxies live), so retries wrap all of them,
and carries over the user's settings: timeouts, redirects, event hooks, headers, cookies.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import httpx

from . import _deadline, _io_timeouts
from ._config import API_KEY_HEADER, USER_AGENT

_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """Scheme, host and port, with the scheme's default port made explicit (RFC 6454)."""
    return url.scheme, url.host, url.port or _DEFAULT_PORTS.get(url.scheme)


class ClientTransport(httpx.AsyncBaseTransport):
    """The client's outer transport: the key on the API's origin only, and the total timeout of each request.

    Sets ``X-API-KEY`` on requests to the API's origin and removes it from requests to any other; gives each
    request its deadline (``altoviz._deadline``): the answer, retries included, is awaited under the client's
    ``Watchdog``, and its body is read before it too (by the SDK's own connections, ``altoviz._io_timeouts``,
    else through a ``DeadlineStream``). One transport for both, above the retry transport:
    each redirect hop is a request of its own and passes here, and a call costs one layer, not two.
    """

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        *,
        api_key: str,
        base_url: str,
        total_timeout: float | None,
        watchdogs: _deadline.Watchdogs | None = None,
    ) -> None:
        self._transport = transport
        self._api_key = api_key
        self._origin = origin(httpx.URL(base_url))
        self._total = _deadline.check_total_timeout(total_timeout)
        self._watchdogs = watchdogs or _deadline.Watchdogs()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` with the key if, and only if, it goes to the API's origin, within its deadline."""
        if origin(request.url) == self._origin:
            request.headers[API_KEY_HEADER] = self._api_key
        else:
            request.headers.pop(API_KEY_HEADER, None)
        seconds = _deadline.per_call.get() or self._total  # a total_timeout block's, else the client's
        if seconds is None:
            return await self._transport.handle_async_request(request)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        if sys.version_info >= (3, 11):
            watchdog = self._watchdogs.get(loop)  # one per loop: its timer and tasks live there
            watch = watchdog.watch(deadline)
            try:
                response = await self._transport.handle_async_request(request)
            except asyncio.CancelledError:
                if watchdog.release(watch):
                    raise _deadline.expired(seconds, request) from None
                raise
            except BaseException:
                watchdog.release(watch)
                raise
            watchdog.release(watch)
        else:  # pragma: no cover - Python 3.10: no Task.uncancel, so one timer per request
            try:
                response = await asyncio.wait_for(self._transport.handle_async_request(request), seconds)
            except asyncio.TimeoutError:
                raise _deadline.expired(seconds, request) from None
        if isinstance(response.stream, httpx.AsyncByteStream):
            network = response.extensions.get("network_stream")
            if isinstance(network, _io_timeouts.WatchedStream):  # the SDK's own pool: its reads keep the deadline
                network.answer_deadline, network.answer_timeout = deadline, seconds
            else:  # another transport: each chunk of the body is checked on its way
                read = (request.extensions.get("timeout") or {}).get("read")
                response.stream = _deadline.DeadlineStream(response.stream, deadline, read, seconds, request, loop)
        return response

    async def aclose(self) -> None:
        """Disarm the watchdog and close the wrapped transport."""
        self._watchdogs.close()
        await self._transport.aclose()

    def __repr__(self) -> str:
        return f"ClientTransport(origin={self._origin!r}, api_key='***')"


class MountRouter(httpx.AsyncBaseTransport):
    """Sends each request where an httpx client would: the first matching mount, else the default transport.

    ``owned=False`` for a user's transports: closing the SDK's client must not close the user's pool.
    """

    def __init__(
        self,
        default: httpx.AsyncBaseTransport,
        mounts: Mapping[Any, httpx.AsyncBaseTransport | None],  # keys: httpx's (private) URLPattern
        *,
        owned: bool,
    ) -> None:
        self._default = default
        # httpx keeps its mounts sorted, most specific pattern first; a None mount means "no proxy here".
        self._mounts = MappingProxyType(dict(mounts))
        self._owned = owned

    def transport_for(self, url: httpx.URL) -> httpx.AsyncBaseTransport:
        """Return the transport for ``url``."""
        for pattern, transport in self._mounts.items():
            if pattern.matches(url):
                return self._default if transport is None else transport
        return self._default

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the transport its URL maps to."""
        return await self.transport_for(request.url).handle_async_request(request)

    async def aclose(self) -> None:
        """Close the transports, if they are ours."""
        if self._owned:
            for transport in {id(t): t for t in (self._default, *self._mounts.values()) if t is not None}.values():
                await transport.aclose()


def own_client(
    *,
    transport: httpx.AsyncBaseTransport | None,
    timeout: float | httpx.Timeout,
    limits: httpx.Limits,
    watchdogs: _deadline.Watchdogs,
) -> tuple[httpx.AsyncClient, httpx.AsyncBaseTransport]:
    """Build the SDK's own client, and return it with the transports it would use.

    Built without a transport unless one is given, so that httpx reads the environment (``HTTPS_PROXY``,
    ``NO_PROXY``, ``SSL_CERT_FILE``) as for any client and applies ``limits`` to every pool, proxies included.
    Without a proxy or a mount (the usual case) that is the pool itself: no router to pass on every request.
    The pools built here keep their read and write timeouts with ``watchdogs`` (``altoviz._io_timeouts``).
    """
    http = httpx.AsyncClient(transport=transport, timeout=timeout, limits=limits)
    if transport is None:  # a transport given is the caller's: left as it is
        _io_timeouts.install((http._transport, *http._mounts.values()), watchdogs)
    # httpx has no public way to wrap a client's transports; _transport and _mounts are stable across 0.2x.
    if not http._mounts:
        return http, http._transport
    return http, MountRouter(http._transport, http._mounts, owned=True)


def borrowed_client(
    user: httpx.AsyncClient, transport: httpx.AsyncBaseTransport | None
) -> tuple[httpx.AsyncClient, MountRouter]:
    """Build a client over a user's transports and settings; the user's client itself is left as it was."""
    http = httpx.AsyncClient(
        auth=user.auth,
        params=user.params,
        headers=user.headers,
        cookies=user.cookies,
        timeout=user.timeout,
        follow_redirects=user.follow_redirects,
        max_redirects=user.max_redirects,
        event_hooks=user.event_hooks,
        trust_env=False,  # the user's client already read the environment into its mounts
        transport=httpx.AsyncBaseTransport(),  # replaced by install(); avoids building an unused pool
    )
    return http, MountRouter(transport or user._transport, user._mounts, owned=False)


def install(http: httpx.AsyncClient, transport: httpx.AsyncBaseTransport, base_url: str) -> httpx.AsyncClient:
    """Make ``transport`` (which routes to the mounts itself) the only one of ``http``, on the API's base URL."""
    http._transport = transport
    http._mounts = {}
    http.base_url = httpx.URL(base_url)
    http.headers["User-Agent"] = USER_AGENT
    return http
