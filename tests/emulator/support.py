"""Helpers for the sandbox emulator tests: raw HTTP requests built by hand."""

from __future__ import annotations

import hashlib
import ssl
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import httpx

from aiozstream.emulator import SandboxServer

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"
VIDEO_FIXTURE = FIXTURES / "558k.mp4"
PNG_FIXTURE = FIXTURES / "logo.png"
JPEG_FIXTURE = FIXTURES / "test.jpg"

StartSandbox = Callable[..., SandboxServer]

# Loading CA certificates costs ~30 ms per httpx client; these clients only speak
# plain HTTP to 127.0.0.1, so one context serves them all.
_SSL_CONTEXT = ssl.create_default_context()


def api_client(sandbox: SandboxServer, **headers: str) -> httpx.Client:
    """Return an httpx client for the sandbox's API with the configured key headers."""
    return httpx.Client(
        base_url=sandbox.base_url,
        headers={**sandbox.auth_headers, **headers},
        timeout=30,
        verify=_SSL_CONTEXT,
    )


def create_media(client: httpx.Client, **fields: Any) -> dict[str, Any]:
    """Create a media (title "clip" unless given) and return its ``data``."""
    response = client.post("/media/create", json={"title": "clip", **fields})
    assert response.status_code == 200, response.text
    return response.json()["data"]


def multipart_body(fields: Sequence[tuple[str, bytes, str | None]]) -> tuple[bytes, str]:
    """Encode (name, value, filename) fields in the given order; return body and Content-Type."""
    boundary = "sandbox-test-" + uuid.uuid4().hex
    body = bytearray()
    for name, value, filename in fields:
        disposition = f'form-data; name="{name}"'
        if filename is not None:
            quoted = filename.replace("\\", "\\\\").replace('"', '\\"')
            disposition += f'; filename="{quoted}"'
        body += f"--{boundary}\r\nContent-Disposition: {disposition}\r\n".encode()
        if filename is not None:
            body += b"Content-Type: application/octet-stream\r\n"
        body += b"\r\n" + value + b"\r\n"
    body += f"--{boundary}--\r\n".encode()
    return bytes(body), f"multipart/form-data; boundary={boundary}"


def send_part(
    client: httpx.Client,
    media_id: str,
    data: bytes,
    *,
    start: int,
    total: int,
    index: int | str,
    md5: str | None = None,
    content_range: str | None = None,
    order: Sequence[str] = ("index", "hash", "file"),
    filename: str = "chunk.bin",
) -> httpx.Response:
    """POST one part with its fields in ``order``; ``md5`` defaults to the data's real MD5."""
    values = {
        "index": (str(index).encode(), None),
        "hash": ((md5 or hashlib.md5(data).hexdigest()).encode(), None),
        "file": (data, filename),
    }
    body, content_type = multipart_body([(name, *values[name]) for name in order])
    headers = {
        "Content-Type": content_type,
        "Content-Range": content_range or f"bytes {start}-{start + len(data) - 1}/{total}",
    }
    return client.post(f"/media/{media_id}/part", content=body, headers=headers)


def split(data: bytes, chunk_size: int) -> list[tuple[int, bytes]]:
    """Return (start offset, bytes) chunks of ``data``."""
    return [(start, data[start : start + chunk_size]) for start in range(0, len(data), chunk_size)]


def upload_all(client: httpx.Client, media_id: str, data: bytes, chunk_size: int) -> None:
    """Send every part in order with 1-based indexes and check each is accepted."""
    for position, (start, chunk) in enumerate(split(data, chunk_size), start=1):
        response = send_part(client, media_id, chunk, start=start, total=len(data), index=position)
        assert response.status_code == 200, response.text


def logged_requests(
    sandbox: SandboxServer, route: str, count: int, timeout: float = 2.0
) -> list[dict[str, Any]]:
    """Return the log entries of ``route`` once there are ``count`` of them.

    A dropped connection reaches the client before the server has logged the request,
    so tests that check a dropped request wait here.
    """
    deadline = time.monotonic() + timeout
    while True:
        entries = sandbox.requests(route=route)
        if len(entries) >= count or time.monotonic() > deadline:
            return entries
        time.sleep(0.01)
