"""The sandbox's request limits: body size (streamed, refused early) and JSON nesting depth.

Behaviour only, no timing: a raw socket shows that the 413 arrives before the client has sent the
body, which is what keeps the sandbox's memory flat under a huge upload.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

import httpx
import pytest
from altoviz.cli import build_parser
from altoviz.cli.sandbox import config_from_args
from altoviz.sandbox import SandboxServer

LIMIT = 256 * 1024


@contextmanager
def _connect(sandbox: SandboxServer) -> Iterator[socket.socket]:
    url = urlsplit(sandbox.base_url)
    with socket.create_connection((url.hostname, url.port), timeout=10) as sock:
        yield sock


def _read_status(sock: socket.socket) -> tuple[int, bytes]:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), head + rest


def _head(sandbox: SandboxServer, extra: str) -> bytes:
    return (
        f"POST /v1/Customers HTTP/1.1\r\nHost: sandbox\r\nX-API-KEY: {sandbox.api_key}\r\n"
        f"Content-Type: application/json\r\n{extra}\r\n"
    ).encode()


def test_a_declared_length_over_the_limit_is_refused_before_the_body_is_sent(
    altoviz_sandbox: SandboxServer,
) -> None:
    altoviz_sandbox.configure(max_body_size=LIMIT)
    with _connect(altoviz_sandbox) as sock:
        # The headers promise 100 MB; not one byte of it is sent, and the answer still comes.
        sock.sendall(_head(altoviz_sandbox, f"Content-Length: {100 * 1024 * 1024}\r\n"))
        status, raw = _read_status(sock)
    assert status == 413
    assert str(LIMIT).encode() in raw or b"too large" in raw.lower()


def test_a_chunked_body_is_refused_as_soon_as_it_passes_the_limit(altoviz_sandbox: SandboxServer) -> None:
    altoviz_sandbox.configure(max_body_size=LIMIT)
    chunk = b" " * 16384
    sent = 0
    with _connect(altoviz_sandbox) as sock:
        sock.sendall(_head(altoviz_sandbox, "Transfer-Encoding: chunked\r\n"))
        sock.settimeout(0.05)
        status = None
        # Bounded: at most 100 MB would be offered; the server must answer long before.
        while sent < 100 * 1024 * 1024:
            try:
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            except OSError:
                break
            sent += len(chunk)
            try:
                peek = sock.recv(1, socket.MSG_PEEK)
            except (TimeoutError, BlockingIOError):
                continue
            if peek:
                break
        sock.settimeout(10)
        status, _ = _read_status(sock)
    assert status == 413
    # The refusal came once the limit was passed, give or take what the socket buffers held.
    assert sent < 100 * 1024 * 1024


async def test_a_body_within_the_limit_is_served(altoviz_sandbox: SandboxServer, http: httpx.AsyncClient) -> None:
    altoviz_sandbox.configure(max_body_size=LIMIT)
    notes = "x" * (LIMIT - 1024)
    response = await http.post("/v1/Customers", json={"companyName": "Acme", "internalNotes": notes})
    assert response.status_code == 200
    too_big = await http.post("/v1/Customers", json={"companyName": "Acme", "internalNotes": notes * 2})
    assert too_big.status_code == 413
    assert too_big.json()["status"] == 413


@pytest.mark.parametrize("depth", [65, 100_000])
async def test_deep_nesting_answers_400_without_a_traceback(
    http: httpx.AsyncClient, caplog: pytest.LogCaptureFixture, depth: int
) -> None:
    body = '{"companyName": "Acme", "metadata": ' + "[" * depth + "]" * depth + "}"
    # uvicorn's loggers do not propagate to the root logger that caplog listens on: listen to them too.
    for name in ("uvicorn.error", "uvicorn"):
        logging.getLogger(name).addHandler(caplog.handler)
    try:
        with caplog.at_level(logging.DEBUG):
            response = await http.post("/v1/Customers", content=body, headers={"Content-Type": "application/json"})
    finally:
        for name in ("uvicorn.error", "uvicorn"):
            logging.getLogger(name).removeHandler(caplog.handler)
    assert response.status_code == 400
    message = response.json()["message"]
    assert "64" in message
    assert "nest" in message.lower()
    assert not [r for r in caplog.records if r.exc_info or "Traceback" in r.getMessage()]


async def test_nesting_up_to_the_limit_is_accepted(http: httpx.AsyncClient) -> None:
    # 64 levels counted like System.Text.Json: the body object is level 1, so 63 lists fit inside it.
    inner: object = "leaf"
    for _ in range(63):
        inner = [inner]
    response = await http.post("/v1/Customers", json={"companyName": "Acme", "unknown": inner})
    assert response.status_code == 200
    too_deep = await http.post("/v1/Customers", json={"companyName": "Acme", "unknown": [inner]})
    assert too_deep.status_code == 400


def test_the_command_sets_both_limits() -> None:
    args = build_parser().parse_args(["sandbox", "--max-body-size", "1M", "--max-json-depth", "8"])
    config = config_from_args(args)
    assert (config.max_body_size, config.max_json_depth) == (1024 * 1024, 8)
    assert config_from_args(build_parser().parse_args(["sandbox"])).max_body_size == 30_000_000
