"""Is a delivery from Altoviz? The shared secret, compared in constant time, and optionally the source address.

Altoviz's developer guide says the secret key given at registration "will be included in every call": a
plain shared secret in a header, not an HMAC of the body. Its official n8n node names the header
``X-Signature`` in one place and ``X-Altoviz-Signature`` in another, so both are accepted by default.
"""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Iterable, Mapping, Sequence

from .errors import ForbiddenSourceError, InvalidSecretError

DEFAULT_SECRET_HEADERS: tuple[str, ...] = ("X-Signature", "X-Altoviz-Signature")
"""The header names the two Altoviz texts give for the secret."""

ALTOVIZ_SOURCE_IPS: tuple[str, ...] = ("20.23.10.180", "20.23.10.181")
"""The addresses Altoviz's outbound traffic comes from (developer guide, security page)."""

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


class SecretCheck:
    """Accepts a delivery whose secret header equals one of ``secrets`` (several allow a rotation)."""

    def __init__(self, secrets: str | Sequence[str], header_names: Iterable[str] = DEFAULT_SECRET_HEADERS) -> None:
        values = [secrets] if isinstance(secrets, str) else list(secrets)
        if not values or not all(values):
            raise ValueError("a webhook secret must not be empty")
        self._secrets = [s.encode() for s in values]
        self.header_names = tuple(name.lower() for name in header_names)
        if not self.header_names:
            raise ValueError("name at least one secret header")
        self.raw_header_names = frozenset(name.encode("latin-1") for name in self.header_names)
        """The names as ASGI gives them (lower-case bytes), to pick the secret headers out of a request."""

    def __repr__(self) -> str:
        return f"SecretCheck(secrets='***', header_names={self.header_names!r})"

    def verify(self, headers: Mapping[str, str]) -> None:
        """Raise ``InvalidSecretError`` unless a secret header holds a registered secret.

        ``headers`` has lower-case names. Every candidate is compared in full with ``hmac.compare_digest``,
        so the time taken does not tell how much of a guess was right.
        """
        sent = [headers[name] for name in self.header_names if name in headers]
        self.verify_values([value.encode("utf-8", "surrogateescape") for value in sent])

    def verify_values(self, sent: Sequence[bytes]) -> None:
        """``verify`` for the raw values of the secret headers (one per header name at most), as sent."""
        if not sent:
            raise InvalidSecretError(f"no secret header ({', '.join(self.header_names)})")
        matched = False
        for candidate in sent:
            for secret in self._secrets:
                matched |= hmac.compare_digest(candidate, secret)
        if not matched:
            raise InvalidSecretError("the secret header does not hold the registered secret")


class SourceCheck:
    """Accepts a delivery only from ``allowed`` addresses.

    ``X-Forwarded-For`` is read only when the connection itself comes from one of ``trusted_proxies``
    (addresses or networks of your own load balancers); otherwise anyone could write the header. The
    header is walked from the right, skipping trusted proxies: the first other address is the client.
    """

    def __init__(self, allowed: Iterable[str] = ALTOVIZ_SOURCE_IPS, trusted_proxies: Iterable[str] = ()) -> None:
        self.allowed = _networks(allowed)
        self.trusted_proxies = _networks(trusted_proxies)
        if not self.allowed:
            raise ValueError("name at least one allowed source address")

    def __repr__(self) -> str:
        allowed, proxies = [str(n) for n in self.allowed], [str(n) for n in self.trusted_proxies]
        return f"SourceCheck(allowed={allowed}, trusted_proxies={proxies})"

    def client_address(self, peer: str | None, headers: Mapping[str, str]) -> str | None:
        """Return the address the delivery comes from, as far as it can be trusted."""
        return self._client(peer, headers.get("x-forwarded-for"))

    def verify(self, peer: str | None, headers: Mapping[str, str]) -> None:
        """Raise ``ForbiddenSourceError`` unless the delivery comes from an allowed address."""
        self.verify_forwarded(peer, headers.get("x-forwarded-for"))

    def verify_forwarded(self, peer: str | None, forwarded: str | None) -> None:
        """``verify`` given the ``X-Forwarded-For`` value (all its header lines joined with commas), if any."""
        address = self._client(peer, forwarded)
        if address is None or not _contains(self.allowed, address):
            raise ForbiddenSourceError(f"deliveries from {address or 'an unknown address'} are not accepted")

    def _client(self, peer: str | None, forwarded: str | None) -> str | None:
        if peer is None or not forwarded or not self._trusted(peer):
            return peer
        address = peer
        for hop in reversed([hop.strip() for hop in forwarded.split(",") if hop.strip()]):
            address = hop
            if not self._trusted(hop):
                break
        return address

    def _trusted(self, address: str) -> bool:
        return _contains(self.trusted_proxies, address)


def _networks(values: Iterable[str]) -> tuple[IPNetwork, ...]:
    return tuple(ipaddress.ip_network(v, strict=False) for v in values)


def _contains(networks: Sequence[IPNetwork], address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    # A dual-stack server sees IPv4 peers as ::ffff:a.b.c.d.
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return any(ip in network for network in networks)
