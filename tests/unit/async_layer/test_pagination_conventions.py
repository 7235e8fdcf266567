"""Where pages start is not documented: the pager must return every item once, unconfigured, whatever the server.

Three servers: 0-based; 1-based answering index 0 with the first page (clamping); 1-based refusing index 0
with a 400. And the fourth, which the guard must still catch: a server that ignores the index.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from altoviz import AltovizClient, BadRequestError, PaginationError
from altoviz.sandbox.completion import as_sent
from pytest_httpx import HTTPXMock

from altoviz_client.api.customers import list_customers
from altoviz_client.models.customer import Customer

Convention = str
CONVENTIONS: list[Convention] = ["zero-based", "one-based-clamping", "one-based-refusing-zero"]


def list_server(total: int, convention: Convention, asked: list[int]) -> Callable[[httpx.Request], httpx.Response]:
    """Customers 1..total, paged under ``convention``; records each PageIndex asked for."""

    def answer(request: httpx.Request) -> httpx.Response:
        index = int(request.url.params["PageIndex"])
        size = int(request.url.params["PageSize"])
        asked.append(index)
        if convention == "zero-based":
            start = index * size
        elif convention == "ignoring-the-index":
            start = 0
        elif index < 1 and convention == "one-based-refusing-zero":
            return httpx.Response(400, json={"title": "Bad Request", "detail": "PageIndex must be at least 1"})
        else:
            start = (max(index, 1) - 1) * size
        rows = [as_sent(Customer, {"id": n, "name": f"C{n}"}) for n in range(start + 1, min(start + size, total) + 1)]
        return httpx.Response(200, json=rows)

    return answer


@pytest.mark.parametrize("convention", CONVENTIONS)
@pytest.mark.parametrize("prefetch", [0, 3])
@pytest.mark.parametrize("total", [0, 1, 7, 10, 25])
async def test_every_item_once_in_order_under_each_convention(
    client: AltovizClient, httpx_mock: HTTPXMock, convention: Convention, prefetch: int, total: int
) -> None:
    asked: list[int] = []
    httpx_mock.add_callback(list_server(total, convention, asked), is_reusable=True, is_optional=True)
    ids = [c.id async for c in client.paginate(list_customers, page_size=5).prefetch(prefetch)]
    assert ids == list(range(1, total + 1))
    assert asked[0] == 0  # unconfigured, the walk starts at 0: a 0-based server's first page is never skipped


@pytest.mark.parametrize(
    ("convention", "expected"),
    [
        ("zero-based", [0, 1, 2, 3]),  # 3 full pages, then the empty one
        ("one-based-clamping", [0, 1, 2, 3, 4]),  # 0 and 1 are the same page: one request more
        ("one-based-refusing-zero", [0, 1, 2, 3, 4]),  # 0 is refused: one request more
    ],
)
async def test_requests_per_convention(
    client: AltovizClient, httpx_mock: HTTPXMock, convention: Convention, expected: list[int]
) -> None:
    asked: list[int] = []
    httpx_mock.add_callback(list_server(15, convention, asked), is_reusable=True)
    assert len([c async for c in client.paginate(list_customers, page_size=5)]) == 15
    assert asked == expected


@pytest.mark.parametrize("prefetch", [0, 3])
async def test_a_server_ignoring_the_index_is_still_caught_from_index_0(
    client: AltovizClient, httpx_mock: HTTPXMock, prefetch: int
) -> None:
    asked: list[int] = []
    httpx_mock.add_callback(list_server(12, "ignoring-the-index", asked), is_reusable=True, is_optional=True)
    with pytest.raises(PaginationError, match="ignore the page index"):
        async for _ in client.paginate(list_customers, page_size=5).prefetch(prefetch):
            pass
    # Index 1 repeating index 0 is what a clamping server does: only index 2 repeating it too is ignoring.
    assert sorted(asked)[:3] == [0, 1, 2]


async def test_a_400_on_a_later_page_is_not_taken_for_a_convention(
    client: AltovizClient, httpx_mock: HTTPXMock
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.params["PageIndex"] == "0":
            return httpx.Response(200, json=[as_sent(Customer, {"id": n}) for n in range(1, 6)])
        return httpx.Response(400, json={"message": "bad filter"})

    httpx_mock.add_callback(answer, is_reusable=True)
    with pytest.raises(BadRequestError, match="bad filter"):
        async for _ in client.paginate(list_customers, page_size=5):
            pass


async def test_a_400_on_both_0_and_1_is_raised(client: AltovizClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=400, json={"message": "query is invalid"}, is_reusable=True)
    with pytest.raises(BadRequestError, match="query is invalid"):
        async for _ in client.paginate(list_customers, query="%%"):
            pass
    assert [r.url.params["PageIndex"] for r in httpx_mock.get_requests()] == ["0", "1"]


async def test_an_explicit_first_page_is_taken_as_given(client: AltovizClient, httpx_mock: HTTPXMock) -> None:
    asked: list[int] = []
    httpx_mock.add_callback(list_server(12, "one-based-clamping", asked), is_reusable=True)
    ids = [c.id async for c in client.paginate(list_customers, page_index=2, page_size=5)]
    assert ids == [6, 7, 8, 9, 10, 11, 12]
    assert asked == [2, 3]
