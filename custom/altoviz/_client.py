"""The client: one ``httpx.AsyncClient`` with the key, the retry transport and the shared pacer.

One ``AltovizClient`` is meant to be shared by every task and request handler of an application: the
connection pool, the cooldown after a 429 and the learned send rate are all per client, and nothing in it
is per task (per-call retry settings live in a context variable). The generated ``AuthenticatedClient`` runs
on the same ``httpx.AsyncClient``, so generated functions called directly get the same retries.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable, Coroutine, Generator, Hashable, Iterable
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

import httpx

from altoviz_client.client import AuthenticatedClient

from . import _call, _download, _transport, _upload
from ._call import ListOperation, Operation, P
from ._config import (
    API_KEY_HEADER,
    DEFAULT_LIMITS,
    DEFAULT_TIMEOUT,
    RetryPolicy,
    resolve_api_key,
    resolve_base_url,
)
from ._deadline import DEFAULT_TOTAL_TIMEOUT, Watchdogs, check_total_timeout
from ._download import Download
from ._errors import AltovizError
from ._events import EventBus
from ._pacing import Pacer
from ._pagination import DEFAULT_FIRST_PAGE, DEFAULT_PAGE_SIZE, Pager
from ._resources import Resources
from ._retry import ClientStats, RetryTransport
from ._store import RedisStore

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)


class ApiKeyAuth(httpx.Auth):
    """Adds the key to each request as it is sent, so it sits in no client headers and no repr.

    Not used by ``AltovizClient`` any more: an auth runs once per request, and httpx copies its headers onto
    every redirect hop, to any origin. The client adds the key in a transport instead (``ClientTransport``),
    which checks the origin of each hop. Kept for code that built its own client with it.
    """

    def __init__(self, api_key: str) -> None:
        self._api_key = api_key

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Set ``X-API-KEY``."""
        request.headers[API_KEY_HEADER] = self._api_key
        yield request

    def __repr__(self) -> str:
        return "ApiKeyAuth(api_key='***')"


class AltovizClient(Resources):
    """The Altoviz API client. Use it as ``async with AltovizClient() as client:`` or close it with ``aclose``.

    Arguments:
        api_key: the key; default ``ALTOVIZ_API_KEY``.
        base_url: default ``ALTOVIZ_BASE_URL``, else ``https://api.altoviz.com``. Plain ``http://`` is
            refused for any host but loopback unless ``allow_insecure_http=True``: the key would travel in clear.
        max_retries, max_wait, deadline: this client's retry budget (see ``RetryPolicy``);
            ``retry_options`` changes it for a block of calls.
        timeout, limits: for the ``httpx.AsyncClient`` the client builds (``limits`` only with httpx's own
            transport). That client honours ``HTTPS_PROXY``/``HTTP_PROXY``/``NO_PROXY`` as httpx does.
        total_timeout: the longest one request may take, retries and the whole body included (see
            ``DEFAULT_TOTAL_TIMEOUT``); ``None`` for no bound. ``total_timeout(seconds)`` sets it for a block.
        transport: the innermost transport (for a test mock, HTTP/2); default httpx's own.
        http_client: an ``httpx.AsyncClient`` of yours, for its proxies, mounts, TLS settings, timeouts,
            redirects and event hooks. It is not changed: the SDK sends through a client of its own built on
            your client's transports (retries wrap them all, proxies included). You keep it and close it.
        pacer: the shared cooldown, window and learned rate (see ``Pacer``); one per client by default.
        store: a ``RedisStore`` to share the cooldown and the learned rate with every process using this
            API key (needs ``altoviz[redis]``); the client closes it. Ignored for pacing when ``pacer`` is given.
        first_page_index, page_size: pagination defaults for ``paginate``. The first page index defaults to 0,
            and a walk from 0 also recognises a server counting from 1 (see ``_pagination``): leave it.
        rng: the jitter source (seed it for reproducible backoff).

    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        max_retries: int = RetryPolicy.max_retries,
        max_wait: float = RetryPolicy.max_wait,
        deadline: float = RetryPolicy.deadline,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT,
        limits: httpx.Limits = DEFAULT_LIMITS,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure_http: bool = False,
        first_page_index: int = DEFAULT_FIRST_PAGE,
        page_size: int = DEFAULT_PAGE_SIZE,
        pacer: Pacer | None = None,
        store: RedisStore | None = None,
        rng: random.Random | None = None,
    ) -> None:
        key = resolve_api_key(api_key)
        check_total_timeout(total_timeout)  # before any pool is opened
        self.base_url = resolve_base_url(base_url, allow_insecure_http=allow_insecure_http)
        self.first_page_index = first_page_index
        self.page_size = page_size
        policy = RetryPolicy(max_retries=max_retries, max_wait=max_wait, deadline=deadline)
        if store is not None:
            store.bind(key)
            pacer = pacer or Pacer(store=store)
        self._store = store
        watchdogs = Watchdogs()  # one timer per client for the total timeout and the pool's read/write timeouts
        http, router = (
            _transport.borrowed_client(http_client, transport)
            if http_client is not None
            else _transport.own_client(transport=transport, timeout=timeout, limits=limits, watchdogs=watchdogs)
        )
        self.retry = RetryTransport(router, policy=policy, pacer=pacer, rng=rng)
        outer = _transport.ClientTransport(
            self.retry, api_key=key, base_url=self.base_url, total_timeout=total_timeout, watchdogs=watchdogs
        )
        self.http = _transport.install(http, outer, self.base_url)
        """The ``httpx.AsyncClient`` the SDK sends with: base URL, key (on the API's origin only), retries."""
        self.events: EventBus = self.retry.events
        """Retries, give-ups, 429s, rate changes and store outages, as typed events: ``events.subscribe(hook)``."""
        if store is not None:
            store.attach(self.events)
        # The generated client gets no token: its Authorization header is not how Altoviz authenticates, and
        # the key in it would show in its repr. It runs on self.http, whose transport adds X-API-KEY.
        self.generated = AuthenticatedClient(base_url=self.base_url, token="").set_async_httpx_client(self.http)
        """Pass as ``client=`` to generated ``asyncio``/``asyncio_detailed`` functions."""

    def __repr__(self) -> str:
        return f"AltovizClient(base_url={self.base_url!r})"

    @property
    def stats(self) -> ClientStats:
        """Requests sent so far, answers by status, 429s, retries and connection errors: a snapshot."""
        return self.retry.stats

    async def __aenter__(self) -> AltovizClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool; a caller's ``httpx.AsyncClient`` and its pool stay open: they are theirs."""
        await self.http.aclose()
        if self._store is not None:
            await self._store.aclose()

    def call(self, op: Operation[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Coroutine[Any, Any, T]:
        """Run a generated operation; return its parsed 2xx value or raise an ``AltovizError``.

        ``customer = await client.call(get_customer, id=42)`` (``get_customer`` is the generated module).
        """
        # The coroutine of _call.call itself, not one awaiting it: a frame less to resume at each suspension.
        return _call.call(self.http, op, *args, **kwargs)

    def paginate(self, op: ListOperation[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Pager[T]:
        """Every item of a list operation, page after page: ``async for c in client.paginate(list_customers)``.

        The operation's own ``page_index`` and ``page_size`` set the first page and the page size (defaults:
        the client's; a walk from index 0 is right whether the server counts pages from 0 or 1). ``.pages()``
        walks pages instead of items; ``.prefetch(k)`` keeps k pages in flight.
        """
        params: dict[str, Any] = dict(kwargs)
        first = params.pop("page_index", self.first_page_index)
        size = params.pop("page_size", self.page_size)
        untyped: ListOperation[..., T] = op

        async def fetch(index: int, page_size: int) -> list[T]:
            return list(await _call.call(self.http, untyped, *args, **params, page_index=index, page_size=page_size))

        label = getattr(op, "__name__", "list").rsplit(".", 1)[-1]
        return Pager(fetch, first_page=first, page_size=size, label=label)

    def download(self, op: Operation[P, Any], /, *args: P.args, **kwargs: P.kwargs) -> Download:
        """Prepare a binary answer to stream: ``await client.download(download_sale_invoice, id=7).to_path(p)``.

        Also ``.to_file(open_binary_file)`` and ``async for chunk in ....iter_bytes()``.
        """
        return Download(self.http, op._get_kwargs(*args, **kwargs))

    async def download_many(
        self,
        op: Operation[[K], Any],
        ids: Iterable[K],
        directory: str | os.PathLike[str],
        *,
        concurrency: int = 4,
        filename: Callable[[K], str] = lambda ident: f"{ident}.pdf",
    ) -> dict[K, Path | AltovizError]:
        """Download ``op(id)`` for every id into ``directory``; map each id to its file or its error."""
        return await _download.download_many(self.http, op, ids, directory, concurrency=concurrency, filename=filename)

    async def upload(self, op: Operation[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Run a generated multipart operation with its file streamed from disk (see ``upload_file``)."""
        return await _upload.upload(self.http, op, *args, **kwargs)
