"""Typed calls: the parsed 2xx value, or the exception named for the status, for any generated operation."""

from __future__ import annotations

import httpx
import pytest
from altoviz import (
    AltovizClient,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    MissingFieldError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    ServerError,
    __version__,
)
from altoviz.sandbox.completion import as_sent
from pytest_httpx import HTTPXMock

from altoviz_client.api.customers import delete_customer, get_customer, list_customers
from altoviz_client.models import Customer, ProblemDetails

from .support import BASE, KEY

CUSTOMER = as_sent(Customer, {"id": 42, "name": "Acme", "number": "C42"})


async def test_returns_the_parsed_model_and_sends_key_and_user_agent(client: AltovizClient, httpx_mock: HTTPXMock):
    httpx_mock.add_response(url=f"{BASE}/v1/Customers/42", json=CUSTOMER)
    customer = await client.call(get_customer, id=42)
    assert isinstance(customer, Customer)
    assert customer.id == 42
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["X-API-KEY"] == KEY
    assert request.headers["User-Agent"] == f"altoviz-python/{__version__}"


async def test_list_operation_returns_a_list_with_its_query(client: AltovizClient, httpx_mock: HTTPXMock):
    httpx_mock.add_response(url=f"{BASE}/v1/Customers?query=acme&PageSize=5", json=[CUSTOMER])
    customers = await client.call(list_customers, query="acme", page_size=5)
    assert [c.name for c in customers] == ["Acme"]


async def test_operation_without_body_returns_none(client: AltovizClient, httpx_mock: HTTPXMock):
    httpx_mock.add_response(method="DELETE", url=f"{BASE}/v1/Customers/1", status_code=200)
    assert await client.call(delete_customer, 1) is None


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (410, APIStatusError),
        (422, BadRequestError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
        (520, ServerError),  # not in http.HTTPStatus: the generated _build_response would raise ValueError
        (599, ServerError),
    ],
)
async def test_each_status_raises_its_exception(
    client: AltovizClient, httpx_mock: HTTPXMock, status: int, error: type[APIStatusError]
):
    httpx_mock.add_response(status_code=status, json={"title": "Nope", "detail": "it failed", "status": status})
    with pytest.raises(error) as caught:
        await client.call(get_customer, id=7)
    assert type(caught.value) is error
    assert caught.value.status_code == status
    assert caught.value.method == "GET"
    assert caught.value.url == f"{BASE}/v1/Customers/7"
    assert isinstance(caught.value.body, ProblemDetails)
    assert "Nope: it failed" in str(caught.value)


async def test_wrong_key_raises_authentication_error_without_retrying(httpx_mock: HTTPXMock):
    httpx_mock.add_response(status_code=401, json={"title": "Unauthorized"})
    async with AltovizClient("wrong", base_url=BASE) as client:  # default retry budget
        with pytest.raises(AuthenticationError):
            await client.call(get_customer, id=1)
    assert len(httpx_mock.get_requests()) == 1


async def test_html_error_page_still_gives_a_typed_error(client: AltovizClient, httpx_mock: HTTPXMock):
    page = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
    httpx_mock.add_response(status_code=502, content=page, headers={"Content-Type": "text/html"})
    with pytest.raises(ServerError) as caught:
        await client.call(get_customer, id=1)
    assert caught.value.body is None
    assert "502 Bad Gateway" in caught.value.text
    assert "Bad Gateway" in str(caught.value)


async def test_malformed_json_error_body_still_gives_a_typed_error(client: AltovizClient, httpx_mock: HTTPXMock):
    httpx_mock.add_response(status_code=404, content=b'{"title": "Not Fo', headers={"Content-Type": "application/json"})
    with pytest.raises(NotFoundError) as caught:
        await client.call(get_customer, id=1)
    assert caught.value.body is None


async def test_validation_messages_from_error_body(client: AltovizClient, httpx_mock: HTTPXMock):
    httpx_mock.add_response(status_code=400, json={"message": "Invalid customer", "errors": ["email is invalid"]})
    with pytest.raises(BadRequestError) as caught:
        await client.call(get_customer, id=1)
    assert caught.value.messages == ["Invalid customer", "email is invalid"]
    assert "email is invalid" in str(caught.value)


async def test_validation_messages_from_validation_problem_details(client: AltovizClient, httpx_mock: HTTPXMock):
    body = {"title": "One or more validation errors occurred.", "status": 422, "errors": {"Name": ["Required"]}}
    httpx_mock.add_response(status_code=422, json=body)
    with pytest.raises(BadRequestError) as caught:
        await client.call(get_customer, id=1)
    assert caught.value.messages == ["Name: Required"]


async def test_unparseable_success_body_raises_response_parse_error(client: AltovizClient, httpx_mock: HTTPXMock):
    httpx_mock.add_response(content=b"<html>maintenance</html>")
    with pytest.raises(ResponseParseError):
        await client.call(get_customer, id=1)


async def test_connection_error_becomes_api_connection_error(client: AltovizClient, httpx_mock: HTTPXMock):
    httpx_mock.add_exception(httpx.ConnectError("connection refused"))
    with pytest.raises(APIConnectionError) as caught:
        await client.call(get_customer, id=3)
    assert not isinstance(caught.value, APITimeoutError)
    assert caught.value.method == "GET"
    assert caught.value.url == f"{BASE}/v1/Customers/3"


async def test_timeout_becomes_api_timeout_error(client: AltovizClient, httpx_mock: HTTPXMock):
    httpx_mock.add_exception(httpx.ReadTimeout("read timed out"))
    with pytest.raises(APITimeoutError):
        await client.call(get_customer, id=3)


async def test_generated_functions_run_on_the_same_client(client: AltovizClient, httpx_mock: HTTPXMock):
    httpx_mock.add_response(url=f"{BASE}/v1/Customers/42", json=CUSTOMER)
    response = await get_customer.asyncio_detailed(42, client=client.generated)
    assert response.status_code == 200
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["X-API-KEY"] == KEY
    assert "Authorization" not in request.headers


async def test_a_call_asks_for_json(client: AltovizClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{BASE}/v1/Customers/42", json=CUSTOMER)

    await client.customers.get(42)

    (request,) = httpx_mock.get_requests()
    assert request.headers["Accept"] == "application/json"


async def test_an_answer_without_a_plain_field_is_a_typed_error(client: AltovizClient, httpx_mock: HTTPXMock) -> None:
    # The document declares id non-nullable: a read model types it int, so an answer without it is refused,
    # naming the model and the field (an omitted nullable field would read as None instead).
    httpx_mock.add_response(url=f"{BASE}/v1/Customers/42", json={"active": True, "companyName": "Acme"})

    with pytest.raises(MissingFieldError) as caught:
        await client.customers.get(42)

    assert (caught.value.model, caught.value.fields) == ("Customer", ["id"])
    assert isinstance(caught.value, ResponseParseError)
    assert "GET" in str(caught.value)
