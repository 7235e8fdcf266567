"""Pagination over any list operation: ``async for item in client.paginate(list_customers, query="acme")``.

Altoviz list endpoints take ``PageIndex``/``PageSize`` and answer a bare array: no total, no next link. So a
walk ends at the first page shorter than the page size (or empty), and two guards keep it honest:

* a page made only of items already seen means the server ignores ``PageIndex`` (it would loop forever):
  that raises ``PaginationError``;
* items that show up again on a later page (records inserted while walking shift the pages) are dropped.

Where pages start is not documented (Altoviz's own n8n node starts at 0), so a walk starts at index 0 and is
right under either convention, unconfigured:

* a 0-based server: index 0 is the first page, nothing more to do;
* a 1-based server that clamps (index 0 answers the first page, as ASP.NET paging code often does): index 1
  repeats index 0 exactly, and is skipped once. Only a third identical page (index 2) means the server
  ignores the index;
* a 1-based server that refuses index 0 with a 400: the walk goes on from index 1. A 400 on any other page,
  or on index 1 too, is raised: it is about the request, not about where pages start.

The cost of not knowing is one request per walk on a 1-based server, never a missed or repeated item.

Prefetch (off by default) keeps up to K next pages in flight while the caller consumes the current one.
Pages are still handed out in order, a failed page raises only when its turn comes, and when the walk ends
early (a short page, a ``break``, a cancelled consumer) the pages in flight are cancelled and awaited.
"""

from __future__ import annotations

import asyncio
import collections
import json
import logging
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Hashable, Sequence
from typing import Any, Generic, TypeVar

from ._errors import BadRequestError, PaginationError

T = TypeVar("T")

logger = logging.getLogger("altoviz")

DEFAULT_PAGE_SIZE = 100
"""Large enough that a big list costs few requests, small enough to be a quick answer. The server must
honour it: a server capping the size lower would end the walk after one short-looking page."""
DEFAULT_FIRST_PAGE = 0
"""Altoviz does not document whether pages count from 0 or 1. Starting at 0 misses nothing on a 0-based server,
and a 1-based one is recognised on the way (index 0 refused, or the same page as index 1): see above."""

FetchPage = Callable[[int, int], Awaitable[Sequence[T]]]


def item_identity(item: object) -> Hashable:
    """Return what makes two listed items the same: the entity id when there is one, else the content."""
    ident = getattr(item, "id", None)
    if isinstance(ident, (int, str)):
        return (type(item).__name__, ident)
    to_dict = getattr(item, "to_dict", None)
    if callable(to_dict):
        return json.dumps(to_dict(), sort_keys=True, default=str)
    return repr(item)


class Pager(Generic[T]):
    """A lazy walk over every page of one list operation. Nothing is fetched until it is iterated.

    ``async for item in pager`` yields items; ``async for page in pager.pages()`` yields pages (lists).
    Each iteration starts a new walk from the first page.
    """

    def __init__(
        self,
        fetch: FetchPage[T],
        *,
        first_page: int = DEFAULT_FIRST_PAGE,
        page_size: int = DEFAULT_PAGE_SIZE,
        prefetch: int = 0,
        label: str = "list",
    ) -> None:
        if page_size < 1 or prefetch < 0:
            raise ValueError("page_size must be at least 1 and prefetch not negative")
        self._fetch = fetch
        self._first_page = first_page
        self._page_size = page_size
        self._prefetch = prefetch
        self._label = label

    def prefetch(self, pages: int) -> Pager[T]:
        """Return a copy of this pager that keeps up to ``pages`` next pages in flight (0: no prefetch)."""
        return Pager(
            self._fetch, first_page=self._first_page, page_size=self._page_size, prefetch=pages, label=self._label
        )

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    async def _items(self) -> AsyncGenerator[T, None]:
        pages = self.pages()
        try:
            async for page in pages:
                for item in page:
                    yield item
        finally:
            await pages.aclose()  # cancel prefetched pages now, not whenever the generator is collected

    async def pages(self) -> AsyncGenerator[list[T], None]:
        """Yield each page's new items, in page order, until a short or empty page."""
        seen: set[Hashable] = set()
        in_flight: collections.deque[asyncio.Task[Sequence[T]]] = collections.deque()
        next_index = self._first_page
        # Only a walk from 0 meets the question of where pages start; an explicit start is taken as given.
        probing = self._first_page == 0
        page_zero: list[Hashable] | None = None
        try:
            while True:
                while len(in_flight) <= self._prefetch:
                    in_flight.append(asyncio.ensure_future(self._fetch(next_index, self._page_size)))
                    next_index += 1
                index = next_index - len(in_flight)
                try:
                    page = list(await in_flight.popleft())
                except BadRequestError:
                    if probing and index == 0:
                        logger.debug("%s: index 0 refused, pages start at 1", self._label)
                        continue
                    raise
                if probing and index == 0:
                    page_zero = [item_identity(item) for item in page]
                elif probing and index == 1 and page and [item_identity(item) for item in page] == page_zero:
                    logger.debug("%s: index 1 repeats index 0, pages start at 1", self._label)
                    continue
                fresh = self._new_items(page, seen, index)
                if fresh:
                    yield fresh
                if len(page) < self._page_size:
                    return
        finally:
            await _cancel_all(in_flight)

    def _new_items(self, page: list[T], seen: set[Hashable], index: int) -> list[T]:
        fresh: list[T] = []
        for item in page:
            key = item_identity(item)
            if key not in seen:
                seen.add(key)
                fresh.append(item)
        if page and not fresh:
            raise PaginationError(
                f"{self._label}: page {index} holds only items already returned by earlier pages; the server"
                f" seems to ignore the page index (walk started at page {self._first_page})"
            )
        return fresh


async def _cancel_all(tasks: collections.deque[asyncio.Task[Any]]) -> None:
    for task in tasks:
        task.cancel()
    # Awaiting them collects their results and errors: nothing keeps running, nothing is reported unretrieved.
    await asyncio.gather(*tasks, return_exceptions=True)
    tasks.clear()
