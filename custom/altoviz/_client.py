"""The client: one ``httpx.AsyncClient`` with the key, the retry transport and the shared pacer.

One ``AltovizClient`` is meant to be shared by every task and request handler of an application: the
connection pool, the cooldown after a 429 and the learned send rate are all per client, and nothing in it
is per task (per-call retry settings live in a context variable). The generated ``AuthenticatedClient`` runs
on the same ``httpx.AsyncClient``, so generated functions called directly get the same retries.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable, Generator, Hashable, Iterable
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

import httpx

from altoviz_client.client import AuthenticatedClient

from . import _call, _download, _upload
from ._call import ListOperation, Operation, P
from ._config import (
    API_KEY_HEADER,
    DEFAULT_LIMITS,
    DEFAULT_TIMEOUT,
    USER_AGENT,
    RetryPolicy,
    resolve_api_key,
    resolve_base_url,
)
from ._download import Download
from ._errors import AltovizError
from ._pacing import Pacer
from ._pagination import DEFAULT_FIRST_PAGE, DEFAULT_PAGE_SIZE, Pager
from ._resources import Resources
from ._retry import ClientStats, RetryTransport

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)


class ApiKeyAuth(httpx.Auth):
    """Adds the key to each request as it is sent, so it sits in no client headers and no repr."""

    def __init__(self, api_key: str) -> None:
        self._api_key = api_key

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Set ``X-API-KEY``."""
        request.headers[API_KEY_HEADER] = self._api_key
        yield request

    def __repr__(self) -> str:
        return "ApiKeyAuth(api_key='***')"


def _wire(http: httpx.AsyncClient, transport: RetryTransport, base_url: str, key: str) -> httpx.AsyncClient:
    """Point ``http`` at the API through ``transport``, with the key and our User-Agent."""
    http._transport = transport
    http.base_url = httpx.URL(base_url)
    http.auth = ApiKeyAuth(key)
    http.headers["User-Agent"] = USER_AGENT
    return http


class AltovizClient(Resources):
    """The Altoviz API client. Use it as ``async with AltovizClient() as client:`` or close it with ``aclose``.

    Arguments:
        api_key: the key; default ``ALTOVIZ_API_KEY``.
        base_url: default ``ALTOVIZ_BASE_URL``, else ``https://api.altoviz.com``. Plain ``http://`` is
            refused for any host but loopback unless ``allow_insecure_http=True``: the key would travel in clear.
        max_retries, max_wait, deadline: this client's retry budget (see ``RetryPolicy``);
            ``retry_options`` changes it for a block of calls.
        timeout, limits: for the ``httpx.AsyncClient`` the client builds (``limits`` only with httpx's own
            transport).
        transport: the innermost transport (for a proxy, a test mock, HTTP/2); default httpx's own.
        http_client: an ``httpx.AsyncClient`` of yours instead of one built here. The client sets its base
            URL, auth and User-Agent and wraps its default transport (not its mounts) with retries; you keep
            ownership and close it.
        pacer: the shared cooldown and rate learner (see ``Pacer``); one per client by default.
        first_page_index, page_size: pagination defaults for ``paginate``.
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
        limits: httpx.Limits = DEFAULT_LIMITS,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure_http: bool = False,
        first_page_index: int = DEFAULT_FIRST_PAGE,
        page_size: int = DEFAULT_PAGE_SIZE,
        pacer: Pacer | None = None,
        rng: random.Random | None = None,
    ) -> None:
        key = resolve_api_key(api_key)
        self.base_url = resolve_base_url(base_url, allow_insecure_http=allow_insecure_http)
        self.first_page_index = first_page_index
        self.page_size = page_size
        policy = RetryPolicy(max_retries=max_retries, max_wait=max_wait, deadline=deadline)
        self._owns_http = http_client is None
        # httpx has no public way to wrap a given client's transport; _transport is stable across 0.2x.
        inner = transport or (http_client._transport if http_client else httpx.AsyncHTTPTransport(limits=limits))
        self.retry = RetryTransport(inner, policy=policy, pacer=pacer, rng=rng)
        http_client = http_client or httpx.AsyncClient(transport=self.retry, timeout=timeout)
        self.http = _wire(http_client, self.retry, self.base_url, key)
        """The underlying ``httpx.AsyncClient``: base URL, key, retries. Send your own requests with it."""
        # The generated client gets no token: its Authorization header is not how Altoviz authenticates, and
        # the key in it would show in its repr. It runs on self.http, whose auth adds X-API-KEY.
        self.generated = AuthenticatedClient(base_url=self.base_url, token="").set_async_httpx_client(http_client)
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
        """Close the connection pool (unless the ``httpx.AsyncClient`` was given by the caller)."""
        if self._owns_http:
            await self.http.aclose()

    async def call(self, op: Operation[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Run a generated operation; return its parsed 2xx value or raise an ``AltovizError``.

        ``customer = await client.call(get_customer, id=42)`` (``get_customer`` is the generated module).
        """
        return await _call.call(self.http, op, *args, **kwargs)

    def paginate(self, op: ListOperation[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Pager[T]:
        """Every item of a list operation, page after page: ``async for c in client.paginate(list_customers)``.

        The operation's own ``page_index`` and ``page_size`` set the first page and the page size (defaults:
        the client's). ``.pages()`` walks pages instead of items; ``.prefetch(k)`` keeps k pages in flight.
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
