"""The webhooks SDK area against the sandbox: every call, both clients, input checks."""

from __future__ import annotations

import asyncio

import pytest

from aiozstream import AsyncClient
from aiozstream.errors import InputError, NotFoundError
from aiozstream.models.webhooks import WEBHOOK_EVENTS

from .support import Receiver, client_for


def test_create_get_update_delete(sandbox):
    with client_for(sandbox) as client:
        webhook = client.webhooks.create(
            "http://127.0.0.1:9/a", events=["encoding_finished"], name="ci"
        )
        assert webhook.events == ["encoding_finished"]
        assert webhook.name == "ci"
        assert webhook.last_triggered_at == ""

        client.webhooks.update(
            webhook.id, url="https://example.com/b", events=["file_received", "encoding_failed"]
        )
        fetched = client.webhooks.get(webhook.id)
        assert fetched.url == "https://example.com/b"
        assert fetched.events == ["file_received", "encoding_failed"]
        assert fetched.name == "ci"

        client.webhooks.delete(webhook.id)
        with pytest.raises(NotFoundError):
            client.webhooks.get(webhook.id)


def test_create_defaults_to_every_event(sandbox):
    with client_for(sandbox) as client:
        webhook = client.webhooks.create("http://127.0.0.1:9/all")
    assert webhook.events == list(WEBHOOK_EVENTS)


def test_list_pages_with_offset_and_limit(sandbox):
    with client_for(sandbox) as client:
        created = [
            client.webhooks.create(f"http://127.0.0.1:9/{number}", name=f"hook {number}")
            for number in range(5)
        ]
        page = client.webhooks.list(limit=2, offset=1)
        every = list(client.webhooks.list(limit=2))

    assert page.total == 5
    assert [item.id for item in page.items] == [item.id for item in created[1:3]]
    assert page.has_next_page()
    assert [item.id for item in every] == [item.id for item in created]
    # One request for the page at offset 1, then pages at offsets 0, 2 and 4.
    assert len(sandbox.requests(route="WEBHOOK_LIST")) == 4


def test_check_reports_reachable_url(sandbox):
    with Receiver() as receiver, client_for(sandbox) as client:
        result = client.webhooks.create_and_check(receiver.url, events=["encoding_finished"])
        calls = receiver.wait_until(lambda calls: len(calls) == 1)

    assert result.active is True
    assert result.check.reachable is True
    assert calls[0].body["type"] == "webhook_check"
    assert calls[0].body["webhook_id"] == result.webhook.id


def test_check_reports_unreachable_url(sandbox):
    with client_for(sandbox) as client:
        webhook = client.webhooks.create("http://127.0.0.1:9/nobody")
        check = client.webhooks.check(webhook.id)
        updated = client.webhooks.update_and_check(webhook.id, name="renamed")

    assert check.reachable is False
    assert "not reachable" in check.message
    assert updated.active is False
    assert updated.webhook.name == "renamed"


def test_check_of_receiver_answering_500_is_false(sandbox):
    with Receiver(statuses=[500]) as receiver, client_for(sandbox) as client:
        webhook = client.webhooks.create(receiver.url)
        check = client.webhooks.check(webhook.id)
    assert check.reachable is False
    assert "HTTP 500" in check.message


def test_async_client_twin(sandbox):
    async def scenario():
        async with AsyncClient(
            sandbox.config.public_key, sandbox.config.secret_key, base_url=sandbox.base_url
        ) as client:
            checked = await client.webhooks.create_and_check(
                "http://127.0.0.1:9/x", events=["partial_finished"]
            )
            page = await client.webhooks.list()
            await client.webhooks.update(checked.webhook.id, name="async")
            fetched = await client.webhooks.get(checked.webhook.id)
            await client.webhooks.delete(checked.webhook.id)
            remaining = await client.webhooks.list()
            return checked, page, fetched, remaining

    checked, page, fetched, remaining = asyncio.run(scenario())
    assert checked.active is False
    assert page.total == 1
    assert fetched.name == "async"
    assert fetched.events == ["partial_finished"]
    assert remaining.total == 0


@pytest.mark.parametrize(
    "url",
    [
        "",
        "example.com/hook",
        "ftp://example.com/hook",
        "http://",
        "https:///path",
        "http://exa mple.com",
        "http://host:99999/",
    ],
)
def test_bad_url_rejected_before_request(sandbox, url):
    with client_for(sandbox) as client, pytest.raises(InputError) as raised:
        client.webhooks.create(url)
    assert raised.value.key == "webhooks.url_invalid"
    assert "http:// or https://" in str(raised.value)
    assert sandbox.requests(route="WEBHOOK_CREATE") == []


def test_unknown_event_rejected_before_request(sandbox):
    with client_for(sandbox) as client, pytest.raises(InputError) as raised:
        client.webhooks.create("https://example.com/hook", events=["encoding_done"])
    assert raised.value.key == "webhooks.event_unknown"
    assert "encoding_done" in str(raised.value)
    assert "encoding_finished" in str(raised.value)
    assert sandbox.requests(route="WEBHOOK_CREATE") == []


def test_update_without_changes_rejected(sandbox):
    with client_for(sandbox) as client, pytest.raises(InputError) as raised:
        client.webhooks.update("0b5b0c4e-8a53-4d39-a9a3-1f1b1d2a9c55")
    assert raised.value.key == "webhooks.nothing_to_update"
    assert sandbox.requests(route="WEBHOOK_UPDATE") == []
