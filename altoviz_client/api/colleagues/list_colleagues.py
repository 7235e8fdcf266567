from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.colleague import Colleague
from ...models.error import Error
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    query: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["PageIndex"] = page_index

    params["PageSize"] = page_size

    params["OrderBy"] = order_by

    params["query"] = query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Colleagues",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ProblemDetails | list[Colleague] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Colleague.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetails.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ProblemDetails.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> list[Colleague]:
    """Parse a 2xx answer; an undeclared 2xx is parsed as the documented one. Non-2xx raises UnexpectedStatus."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Colleague.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if 200 <= response.status_code <= 299:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Colleague.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ProblemDetails | list[Colleague]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    query: str | Unset = UNSET,
) -> Response[Error | ProblemDetails | list[Colleague]]:
    """List colleagues

    Args:
        page_index (int | Unset):
        page_size (int | Unset):
        order_by (str | Unset):
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProblemDetails | list[Colleague]]

    Through altoviz.AltovizClient (client.<resource>.<method>, or client.call with this module), the answer is
    the 2xx value alone, and any other status raises an altoviz.AltovizError subclass (NotFoundError,
    BadRequestError, RateLimitError...), never UnexpectedStatus or a ProblemDetails return.
    """

    kwargs = _get_kwargs(
        page_index=page_index,
        page_size=page_size,
        order_by=order_by,
        query=query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    query: str | Unset = UNSET,
) -> Error | ProblemDetails | list[Colleague] | None:
    """List colleagues

    Args:
        page_index (int | Unset):
        page_size (int | Unset):
        order_by (str | Unset):
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProblemDetails | list[Colleague]

    Through altoviz.AltovizClient (client.<resource>.<method>, or client.call with this module), the answer is
    the 2xx value alone, and any other status raises an altoviz.AltovizError subclass (NotFoundError,
    BadRequestError, RateLimitError...), never UnexpectedStatus or a ProblemDetails return.
    """

    return sync_detailed(
        client=client,
        page_index=page_index,
        page_size=page_size,
        order_by=order_by,
        query=query,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    query: str | Unset = UNSET,
) -> Response[Error | ProblemDetails | list[Colleague]]:
    """List colleagues

    Args:
        page_index (int | Unset):
        page_size (int | Unset):
        order_by (str | Unset):
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProblemDetails | list[Colleague]]

    Through altoviz.AltovizClient (client.<resource>.<method>, or client.call with this module), the answer is
    the 2xx value alone, and any other status raises an altoviz.AltovizError subclass (NotFoundError,
    BadRequestError, RateLimitError...), never UnexpectedStatus or a ProblemDetails return.
    """

    kwargs = _get_kwargs(
        page_index=page_index,
        page_size=page_size,
        order_by=order_by,
        query=query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    query: str | Unset = UNSET,
) -> Error | ProblemDetails | list[Colleague] | None:
    """List colleagues

    Args:
        page_index (int | Unset):
        page_size (int | Unset):
        order_by (str | Unset):
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProblemDetails | list[Colleague]

    Through altoviz.AltovizClient (client.<resource>.<method>, or client.call with this module), the answer is
    the 2xx value alone, and any other status raises an altoviz.AltovizError subclass (NotFoundError,
    BadRequestError, RateLimitError...), never UnexpectedStatus or a ProblemDetails return.
    """

    return (
        await asyncio_detailed(
            client=client,
            page_index=page_index,
            page_size=page_size,
            order_by=order_by,
            query=query,
        )
    ).parsed
