"""Whatever a server answers, the caller meets an AltovizError subclass, never a builtin or generated exception."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from altoviz import (
    AltovizClient,
    AltovizError,
    BadRequestError,
    NotFoundError,
    ResponseParseError,
    ServerError,
)
from altoviz._call import raise_for_status
from altoviz.sandbox.completion import as_sent
from pytest_httpx import HTTPXMock

from altoviz_client.api.customers import delete_customer, get_customer, list_customers
from altoviz_client.api.sale_invoices import download_sale_invoice
from altoviz_client.models import Customer

# Deeper than any JSON parser's recursion limit: json.loads raises RecursionError on it.
DEEP = b"[" * 100_000 + b"]" * 100_000
CUSTOMER = as_sent(Customer, {"id": 42, "name": "Acme"})


async def test_deep_json_in_a_200_is_a_parse_error(client: AltovizClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(content=DEEP, headers={"Content-Type": "application/json"})
    with pytest.raises(ResponseParseError):
        await client.call(get_customer, id=1)


@pytest.mark.parametrize(("status", "error"), [(400, BadRequestError), (404, NotFoundError), (500, ServerError)])
async def test_deep_json_in_an_error_answer_keeps_the_status_error(
    client: AltovizClient, httpx_mock: HTTPXMock, status: int, error: type[AltovizError]
) -> None:
    httpx_mock.add_response(status_code=status, content=DEEP, headers={"Content-Type": "application/json"})
    with pytest.raises(error) as caught:
        await client.call(get_customer, id=1)
    assert caught.value.body is None  # type: ignore[attr-defined]


async def test_deep_json_in_a_list_page_is_a_parse_error(client: AltovizClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(content=DEEP, headers={"Content-Type": "application/json"})
    with pytest.raises(ResponseParseError):
        async for _ in client.paginate(list_customers):
            pass


async def test_deep_json_in_a_download_404_is_not_found(
    client: AltovizClient, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    httpx_mock.add_response(status_code=404, content=DEEP, headers={"Content-Type": "application/json"})
    with pytest.raises(NotFoundError):
        await client.download(download_sale_invoice, 7).to_path(tmp_path / "7.pdf")
    assert list(tmp_path.iterdir()) == []  # noqa: ASYNC240


@pytest.mark.parametrize("status", [201, 202, 203, 299])
async def test_an_undeclared_2xx_with_the_documented_body_is_success(
    client: AltovizClient, httpx_mock: HTTPXMock, status: int
) -> None:
    httpx_mock.add_response(status_code=status, json=CUSTOMER)
    customer = await client.call(get_customer, id=42)
    assert isinstance(customer, Customer)
    assert customer.id == 42


async def test_a_204_to_an_operation_without_body_is_success(client: AltovizClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="DELETE", status_code=204)
    assert await client.call(delete_customer, 1) is None


async def test_a_204_where_a_body_is_documented_is_a_parse_error(client: AltovizClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=204)
    with pytest.raises(ResponseParseError) as caught:
        await client.call(get_customer, id=42)
    assert "204" in str(caught.value)


def _declared_error_shapes() -> list[tuple[str, str, int]]:
    """(operationId, method, status) of every error answer the published document declares as ``Error``."""
    document = json.loads((Path(__file__).parents[2] / "fixtures" / "altoviz-published.json").read_text())
    shapes = []
    for operations in document["paths"].values():
        for method, operation in operations.items():
            for code, answer in operation.get("responses", {}).items():
                for media in answer.get("content", {}).values():
                    if media.get("schema") == {"$ref": "#/components/schemas/Error"}:
                        shapes.append((operation["operationId"], method.upper(), int(code)))
                        break
    return shapes


DECLARED_ERROR_SHAPES = _declared_error_shapes()


def test_the_published_document_declares_fourteen_error_bodies() -> None:
    assert len(DECLARED_ERROR_SHAPES) == 14


@pytest.mark.parametrize(("operation_id", "method", "status"), DECLARED_ERROR_SHAPES)
@pytest.mark.parametrize(
    "body",
    [
        {"message": "Customer name is required", "errors": None},
        {"message": "Customer name is required"},
        {"message": "Customer name is required", "errors": []},
        {"errors": ["Customer name is required"], "message": None},
        {"errors": ["Customer name is required"]},
    ],
    ids=["errors-null", "message-only", "errors-empty", "message-null", "errors-only"],
)
async def test_every_declared_error_body_keeps_the_servers_words(
    client: AltovizClient, httpx_mock: HTTPXMock, operation_id: str, method: str, status: int, body: dict[str, object]
) -> None:
    httpx_mock.add_response(method=method, status_code=status, json=body)
    response = await client.http.request(method, f"/v1/{operation_id}")
    with pytest.raises(AltovizError) as caught:
        raise_for_status(response)
    error = caught.value
    assert "Customer name is required" in str(error), operation_id
    assert "Customer name is required" in error.messages  # type: ignore[attr-defined]
    assert isinstance(error, BadRequestError if status == 400 else NotFoundError)
