"""The API keys resource: request bodies, the one-time secret, and input checks before sending."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from aiozstream import AsyncClient, Client
from aiozstream._core.redaction import redact
from aiozstream.emulator import SandboxServer
from aiozstream.errors import InputError, NotFoundError
from tests.playlists.support import routes_sent


def test_create_sends_openapi_fields() -> None:
    bodies: list[dict] = []

    def answer(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.read()))
        return httpx.Response(
            201,
            json={"status": "success", "data": {"api_key": {"id": "k1", "secret": "s3cr3t-value"}}},
        )

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with Client(
        "public", "secret-value", base_url="http://127.0.0.1:9/api", http_client=http
    ) as client:
        key = client.api_keys.create("  ci  ", ttl="30d", type="Only-Upload")

    assert bodies == [{"api_key_name": "ci", "ttl": "2592000", "type": "only_upload"}]
    assert key.secret == "s3cr3t-value"


def test_create_returns_secret_only_once(client: Client) -> None:
    key = client.api_keys.create("one-time", ttl=3600, type="full_access")

    listed = [entry for entry in client.api_keys.list(search="one-time")]

    assert key.secret and len(key.secret) >= 32
    assert key.ttl == "3600"
    assert [entry.id for entry in listed] == [key.id]
    assert listed[0].secret is None
    assert listed[0].truncated_secret
    assert listed[0].truncated_secret not in ("", key.secret)


def test_new_secret_is_neither_redacted_nor_in_repr(client: Client) -> None:
    key = client.api_keys.create("visible", ttl=60)

    assert redact(key.secret) == key.secret
    assert key.secret not in repr(key)


@pytest.mark.parametrize(
    ("arguments", "key"),
    [
        ({"name": "ci", "ttl": 0}, "rules.ttl_out_of_range"),
        ({"name": "ci", "ttl": 2_147_483_648}, "rules.ttl_out_of_range"),
        ({"name": "ci", "ttl": "abc"}, "rules.ttl_invalid"),
        ({"name": "ci", "ttl": 60, "type": "admin"}, "rules.key_type_invalid"),
        ({"name": "", "ttl": 60}, "rules.key_name_empty"),
    ],
)
def test_create_rejects_bad_input_before_any_request(
    client: Client, sandbox: SandboxServer, arguments: dict, key: str
) -> None:
    sandbox.request_log.clear()
    name = arguments.pop("name")

    with pytest.raises(InputError) as caught:
        client.api_keys.create(name, **arguments)

    assert caught.value.key == key
    assert routes_sent(sandbox) == []


def test_rename_then_delete(client: Client) -> None:
    key = client.api_keys.create("before", ttl=60)

    client.api_keys.rename(key.id, "after")
    names = [entry.name for entry in client.api_keys.list() if entry.id == key.id]
    client.api_keys.delete(key.id)

    assert names == ["after"]
    with pytest.raises(NotFoundError):
        client.api_keys.delete(key.id)


def test_list_sorts_and_pages(client: Client) -> None:
    for name in ("sort-b", "sort-a", "sort-c"):
        client.api_keys.create(name, ttl=60)

    page = client.api_keys.list(search="sort-", sort_by="name", order_by="desc", limit=2)

    assert page.total == 3
    assert [entry.name for entry in page.items] == ["sort-c", "sort-b"]
    assert [entry.name for entry in page] == ["sort-c", "sort-b", "sort-a"]


def test_list_rejects_unknown_sort(client: Client, sandbox: SandboxServer) -> None:
    sandbox.request_log.clear()

    with pytest.raises(InputError) as caught:
        client.api_keys.list(sort_by="color")

    assert "created_at, name" in str(caught.value)
    assert routes_sent(sandbox) == []


def test_async_create_and_list(sandbox: SandboxServer) -> None:
    async def create_and_list() -> tuple[str, list[str]]:
        async with AsyncClient(
            sandbox.config.public_key, sandbox.config.secret_key, base_url=sandbox.base_url
        ) as client:
            key = await client.api_keys.create("async key", ttl="1h")
            page = await client.api_keys.list(search="async key")
            return key.secret, [entry.secret for entry in page.items]

    secret, listed_secrets = asyncio.run(create_and_list())

    assert secret
    assert listed_secrets == [None]
