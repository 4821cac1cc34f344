"""Admin endpoints: request log, balance, events and assembled bytes."""

from __future__ import annotations

import os

import httpx
import pytest

from aiozstream.emulator import SandboxServer

from .support import create_media, send_part, split, upload_all

DATA = os.urandom(9_000)


def test_request_log_records_parts_and_complete(
    sandbox: SandboxServer, client: httpx.Client
) -> None:
    media_id = create_media(client)["id"]
    upload_all(client, media_id, DATA, 3_000)
    client.get(f"/media/{media_id}/complete")

    entries = sandbox.requests()
    routes = [entry["route"] for entry in entries]
    parts = sandbox.requests(route="MEDIA_PART")
    completes = sandbox.requests(route="MEDIA_COMPLETE")

    assert routes == ["MEDIA_CREATE", "MEDIA_PART", "MEDIA_PART", "MEDIA_PART", "MEDIA_COMPLETE"]
    assert [entry["part_index"] for entry in parts] == [1, 2, 3]
    assert [entry["content_range"] for entry in parts] == [
        "bytes 0-2999/9000",
        "bytes 3000-5999/9000",
        "bytes 6000-8999/9000",
    ]
    assert len(completes) == 1
    assert completes[0]["seq"] > max(entry["seq"] for entry in parts)
    assert all(entry["status"] == 200 and entry["dropped"] is False for entry in entries)
    assert completes[0]["path"] == f"/api/media/{media_id}/complete"
    assert completes[0]["method"] == "GET"


def test_request_log_records_part_filename(sandbox: SandboxServer, client: httpx.Client) -> None:
    name = 'Vidéo "été" 日本語.mp4'
    media_id = create_media(client)["id"]

    send_part(client, media_id, DATA, start=0, total=len(DATA), index=1, filename=name)

    assert sandbox.requests(route="MEDIA_PART")[0]["part_filename"] == name
    assert sandbox.requests(route="MEDIA_CREATE")[0]["part_filename"] is None


def test_request_log_over_http(sandbox: SandboxServer, client: httpx.Client) -> None:
    media_id = create_media(client)["id"]
    send_part(client, media_id, DATA, start=0, total=len(DATA), index=1, md5="0" * 32)

    everything = httpx.get(sandbox.admin_url + "/requests").json()["data"]["requests"]
    parts = httpx.get(sandbox.admin_url + "/requests", params={"route": "MEDIA_PART"}).json()[
        "data"
    ]["requests"]
    cleared = httpx.delete(sandbox.admin_url + "/requests").json()["data"]["requests"]

    assert [entry["route"] for entry in everything] == ["MEDIA_CREATE", "MEDIA_PART"]
    assert parts[0]["status"] == 400
    assert parts[0]["part_index"] == 1
    assert cleared == []
    assert sandbox.requests() == []


def test_request_log_skips_admin_and_keeps_unknown_routes(
    sandbox: SandboxServer, client: httpx.Client
) -> None:
    httpx.get(sandbox.admin_url + "/health")
    client.get("/no/such/endpoint")
    httpx.get(sandbox.base_url + "/media/cost")

    entries = sandbox.requests()

    assert [(entry["route"], entry["status"]) for entry in entries] == [(None, 404), (None, 401)]


def test_balance_endpoint(sandbox: SandboxServer) -> None:
    start = httpx.get(sandbox.admin_url + "/balance").json()["data"]["balance"]
    changed = httpx.post(sandbox.admin_url + "/balance", json={"balance": 3.5}).json()["data"][
        "balance"
    ]
    invalid = httpx.put(sandbox.admin_url + "/balance", json={"balance": "lots"})

    assert start == 1000.0
    assert changed == 3.5
    assert sandbox.store.balance == 3.5
    assert invalid.status_code == 400


def test_events_endpoint(sandbox: SandboxServer, client: httpx.Client) -> None:
    media_id = create_media(client)["id"]
    upload_all(client, media_id, DATA, 3_000)
    client.get(f"/media/{media_id}/complete")
    sandbox.wait_for_status(media_id)

    events = httpx.get(sandbox.admin_url + "/events").json()["data"]["events"]
    later = httpx.get(sandbox.admin_url + "/events", params={"after": events[0]["seq"]}).json()[
        "data"
    ]["events"]
    other = httpx.get(sandbox.admin_url + "/events", params={"media_id": "someone-else"}).json()[
        "data"
    ]["events"]

    assert [event["type"] for event in events] == [
        "file_received",
        "encoding_started",
        "encoding_failed",
    ]
    assert later == events[1:]
    assert other == []


def test_event_listener_gets_each_event(sandbox: SandboxServer, client: httpx.Client) -> None:
    received = []
    sandbox.store.add_event_listener(received.append)
    media_id = create_media(client)["id"]
    upload_all(client, media_id, DATA, 3_000)
    client.get(f"/media/{media_id}/complete")
    sandbox.wait_for_status(media_id)

    assert [event["type"] for event in received] == [
        "file_received",
        "encoding_started",
        "encoding_failed",
    ]
    assert received == sandbox.store.events(media_id=media_id)


def test_source_endpoint_returns_assembled_bytes(
    sandbox: SandboxServer, client: httpx.Client
) -> None:
    media_id = create_media(client)["id"]
    for index, (start, chunk) in enumerate(split(DATA, 4_000), start=1):
        send_part(client, media_id, chunk, start=start, total=len(DATA), index=index)
    before = httpx.get(f"{sandbox.admin_url}/media/{media_id}/source")
    client.get(f"/media/{media_id}/complete")

    after = httpx.get(f"{sandbox.admin_url}/media/{media_id}/source")

    assert before.status_code == 404
    assert after.status_code == 200
    assert after.content == DATA


@pytest.mark.parametrize("after", ["-1", "x"])
def test_events_endpoint_rejects_bad_after(sandbox: SandboxServer, after: str) -> None:
    response = httpx.get(sandbox.admin_url + "/events", params={"after": after})

    assert response.status_code == 400
