from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.third_contact import ThirdContact
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Customers/{id}/contacts".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | list[ThirdContact] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ThirdContact.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = ProblemDetails.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ProblemDetails.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ProblemDetails.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> list[ThirdContact]:
    """Parse a 2xx answer; an undeclared 2xx is parsed as the documented one. Non-2xx raises UnexpectedStatus."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ThirdContact.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if 200 <= response.status_code <= 299:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ThirdContact.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProblemDetails | list[ThirdContact]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ProblemDetails | list[ThirdContact]]:
    """Get customer contacts

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | list[ThirdContact]]

    Through altoviz.AltovizClient (client.<resource>.<method>, or client.call with this module), the answer is
    the 2xx value alone, and any other status raises an altoviz.AltovizError subclass (NotFoundError,
    BadRequestError, RateLimitError...), never UnexpectedStatus or a ProblemDetails return.
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ProblemDetails | list[ThirdContact] | None:
    """Get customer contacts

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | list[ThirdContact]

    Through altoviz.AltovizClient (client.<resource>.<method>, or client.call with this module), the answer is
    the 2xx value alone, and any other status raises an altoviz.AltovizError subclass (NotFoundError,
    BadRequestError, RateLimitError...), never UnexpectedStatus or a ProblemDetails return.
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ProblemDetails | list[ThirdContact]]:
    """Get customer contacts

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | list[ThirdContact]]

    Through altoviz.AltovizClient (client.<resource>.<method>, or client.call with this module), the answer is
    the 2xx value alone, and any other status raises an altoviz.AltovizError subclass (NotFoundError,
    BadRequestError, RateLimitError...), never UnexpectedStatus or a ProblemDetails return.
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ProblemDetails | list[ThirdContact] | None:
    """Get customer contacts

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | list[ThirdContact]

    Through altoviz.AltovizClient (client.<resource>.<method>, or client.call with this module), the answer is
    the 2xx value alone, and any other status raises an altoviz.AltovizError subclass (NotFoundError,
    BadRequestError, RateLimitError...), never UnexpectedStatus or a ProblemDetails return.
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
