from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.hello import Hello
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    api_version: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Hello",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Hello | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = Hello.from_dict(response.json())

        return response_200

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


def _parse_success(response: httpx.Response) -> Hello:
    """Parse a 2xx answer; an undeclared 2xx is parsed as the documented one. Non-2xx raises UnexpectedStatus."""
    if response.status_code == 200:
        response_200 = Hello.from_dict(response.json())

        return response_200

    if 200 <= response.status_code <= 299:
        response_200 = Hello.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Hello | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    api_version: str | Unset = UNSET,
) -> Response[Hello | ProblemDetails]:
    """Say hello to test api key

    Args:
        api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Hello | ProblemDetails]

    Through altoviz.AltovizClient (client.<resource>.<method>, or client.call with this module), the answer is
    the 2xx value alone, and any other status raises an altoviz.AltovizError subclass (NotFoundError,
    BadRequestError, RateLimitError...), never UnexpectedStatus or a ProblemDetails return.
    """

    kwargs = _get_kwargs(
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    api_version: str | Unset = UNSET,
) -> Hello | ProblemDetails | None:
    """Say hello to test api key

    Args:
        api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Hello | ProblemDetails

    Through altoviz.AltovizClient (client.<resource>.<method>, or client.call with this module), the answer is
    the 2xx value alone, and any other status raises an altoviz.AltovizError subclass (NotFoundError,
    BadRequestError, RateLimitError...), never UnexpectedStatus or a ProblemDetails return.
    """

    return sync_detailed(
        client=client,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    api_version: str | Unset = UNSET,
) -> Response[Hello | ProblemDetails]:
    """Say hello to test api key

    Args:
        api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Hello | ProblemDetails]

    Through altoviz.AltovizClient (client.<resource>.<method>, or client.call with this module), the answer is
    the 2xx value alone, and any other status raises an altoviz.AltovizError subclass (NotFoundError,
    BadRequestError, RateLimitError...), never UnexpectedStatus or a ProblemDetails return.
    """

    kwargs = _get_kwargs(
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    api_version: str | Unset = UNSET,
) -> Hello | ProblemDetails | None:
    """Say hello to test api key

    Args:
        api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Hello | ProblemDetails

    Through altoviz.AltovizClient (client.<resource>.<method>, or client.call with this module), the answer is
    the 2xx value alone, and any other status raises an altoviz.AltovizError subclass (NotFoundError,
    BadRequestError, RateLimitError...), never UnexpectedStatus or a ProblemDetails return.
    """

    return (
        await asyncio_detailed(
            client=client,
            api_version=api_version,
        )
    ).parsed
