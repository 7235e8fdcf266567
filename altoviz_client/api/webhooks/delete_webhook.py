from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.problem_details import ProblemDetails
from ...models.webhook import Webhook
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: int | Unset = UNSET,
    url_query: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["url"] = url_query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/Webhooks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ProblemDetails | Webhook | None:
    if response.status_code == 200:
        response_200 = Webhook.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

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


def _parse_success(response: httpx.Response) -> Webhook:
    """Parse a 2xx answer; an undeclared 2xx is parsed as the documented one. Non-2xx raises UnexpectedStatus."""
    if response.status_code == 200:
        response_200 = Webhook.from_dict(response.json())

        return response_200

    if 200 <= response.status_code <= 299:
        response_200 = Webhook.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ProblemDetails | Webhook]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    url_query: str | Unset = UNSET,
) -> Response[Error | ProblemDetails | Webhook]:
    """Unregister a webhook

    Args:
        id (int | Unset):
        url_query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProblemDetails | Webhook]

    Through altoviz.AltovizClient (client.<resource>.<method>, or client.call with this module), the answer is
    the 2xx value alone, and any other status raises an altoviz.AltovizError subclass (NotFoundError,
    BadRequestError, RateLimitError...), never UnexpectedStatus or a ProblemDetails return.
    """

    kwargs = _get_kwargs(
        id=id,
        url_query=url_query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    url_query: str | Unset = UNSET,
) -> Error | ProblemDetails | Webhook | None:
    """Unregister a webhook

    Args:
        id (int | Unset):
        url_query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProblemDetails | Webhook

    Through altoviz.AltovizClient (client.<resource>.<method>, or client.call with this module), the answer is
    the 2xx value alone, and any other status raises an altoviz.AltovizError subclass (NotFoundError,
    BadRequestError, RateLimitError...), never UnexpectedStatus or a ProblemDetails return.
    """

    return sync_detailed(
        client=client,
        id=id,
        url_query=url_query,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    url_query: str | Unset = UNSET,
) -> Response[Error | ProblemDetails | Webhook]:
    """Unregister a webhook

    Args:
        id (int | Unset):
        url_query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProblemDetails | Webhook]

    Through altoviz.AltovizClient (client.<resource>.<method>, or client.call with this module), the answer is
    the 2xx value alone, and any other status raises an altoviz.AltovizError subclass (NotFoundError,
    BadRequestError, RateLimitError...), never UnexpectedStatus or a ProblemDetails return.
    """

    kwargs = _get_kwargs(
        id=id,
        url_query=url_query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    url_query: str | Unset = UNSET,
) -> Error | ProblemDetails | Webhook | None:
    """Unregister a webhook

    Args:
        id (int | Unset):
        url_query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProblemDetails | Webhook

    Through altoviz.AltovizClient (client.<resource>.<method>, or client.call with this module), the answer is
    the 2xx value alone, and any other status raises an altoviz.AltovizError subclass (NotFoundError,
    BadRequestError, RateLimitError...), never UnexpectedStatus or a ProblemDetails return.
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            url_query=url_query,
        )
    ).parsed
