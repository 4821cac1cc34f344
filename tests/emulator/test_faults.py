"""Fault injection as a client sees it: 5xx, 429, dropped connections, slow responses."""

from __future__ import annotations

import os
import time

import httpx
import pytest

from aiozstream.emulator import FaultRule, SandboxServer

from .support import StartSandbox, api_client, create_media, logged_requests, send_part, split

DATA = os.urandom(4 * 256 * 1024)
CHUNK = 256 * 1024


@pytest.fixture
def media_id(client: httpx.Client) -> str:
    return create_media(client)["id"]


def send_all(client: httpx.Client, media_id: str) -> list[int]:
    """Send every part once, in order, and return the status codes."""
    statuses = []
    for index, (start, chunk) in enumerate(split(DATA, CHUNK), start=1):
        statuses.append(
            send_part(
                client, media_id, chunk, start=start, total=len(DATA), index=index
            ).status_code
        )
    return statuses


def test_error_on_nth_part_request_once(
    sandbox: SandboxServer, client: httpx.Client, media_id: str
) -> None:
    sandbox.faults.add(FaultRule(kind="error", nth=2))

    statuses = send_all(client, media_id)
    retry = send_part(
        client, media_id, DATA[CHUNK : 2 * CHUNK], start=CHUNK, total=len(DATA), index=2
    )

    assert statuses == [200, 500, 200, 200]
    assert retry.status_code == 200
    assert client.get(f"/media/{media_id}/complete").status_code == 200
    assert sandbox.store.read_assembled(media_id) == DATA


def test_error_body_is_error_envelope(
    sandbox: SandboxServer, client: httpx.Client, media_id: str
) -> None:
    sandbox.faults.add(FaultRule(kind="error", status=503, message="try later"))

    response = send_part(client, media_id, DATA[:CHUNK], start=0, total=len(DATA), index=1)

    assert response.status_code == 503
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {"status": "error", "message": "try later"}


def test_error_for_part_index_n_times(
    sandbox: SandboxServer, client: httpx.Client, media_id: str
) -> None:
    sandbox.faults.add(FaultRule(kind="error", part_index=3, times=2))
    start, chunk = split(DATA, CHUNK)[2]

    first_pass = send_all(client, media_id)
    retries = [
        send_part(client, media_id, chunk, start=start, total=len(DATA), index=3).status_code
        for _ in range(2)
    ]

    assert first_pass == [200, 200, 500, 200]
    assert retries == [500, 200]


def test_error_when_index_follows_file(
    sandbox: SandboxServer, client: httpx.Client, media_id: str
) -> None:
    sandbox.faults.add(FaultRule(kind="error", part_index=1))

    response = send_part(
        client,
        media_id,
        DATA[:CHUNK],
        start=0,
        total=len(DATA),
        index=1,
        order=("file", "hash", "index"),
    )

    assert response.status_code == 500


def test_rate_limit_fault_sends_retry_after(
    sandbox: SandboxServer, client: httpx.Client, media_id: str
) -> None:
    sandbox.faults.add(FaultRule(kind="rate_limit", retry_after=3))

    limited = send_part(client, media_id, DATA[:CHUNK], start=0, total=len(DATA), index=1)
    accepted = send_part(client, media_id, DATA[:CHUNK], start=0, total=len(DATA), index=1)

    assert limited.status_code == 429
    assert limited.headers["x-ratelimit-retry-after"] == "3"
    assert limited.headers["x-ratelimit-remaining"] == "0"
    assert limited.json()["status"] == "error"
    assert accepted.status_code == 200


def test_dropped_part_is_transport_error(
    sandbox: SandboxServer, client: httpx.Client, media_id: str
) -> None:
    sandbox.faults.add(FaultRule(kind="drop"))
    big_part = DATA  # 1 MiB, so "halfway" is well inside the body

    with pytest.raises(httpx.TransportError):
        send_part(client, media_id, big_part, start=0, total=len(DATA), index=1)

    entry = logged_requests(sandbox, "MEDIA_PART", 1)[-1]
    assert entry["dropped"] is True
    assert entry["status"] is None
    assert entry["faults"] == ["drop"]
    assert len(DATA) // 2 <= entry["dropped_after_bytes"] < len(DATA)


def test_dropped_part_must_be_sent_again(sandbox: SandboxServer, media_id: str) -> None:
    sandbox.faults.add(FaultRule(kind="drop", part_index=2))
    parts = list(enumerate(split(DATA, CHUNK), start=1))

    with api_client(sandbox) as client:
        outcomes = []
        for index, (start, chunk) in parts:
            try:
                outcomes.append(
                    send_part(
                        client, media_id, chunk, start=start, total=len(DATA), index=index
                    ).status_code
                )
            except httpx.TransportError:
                outcomes.append("dropped")
        rejected = client.get(f"/media/{media_id}/complete")
        index, (start, chunk) = parts[1]
        resent = send_part(client, media_id, chunk, start=start, total=len(DATA), index=index)
        completed = client.get(f"/media/{media_id}/complete")

    assert outcomes == [200, "dropped", 200, 200]
    assert rejected.status_code == 400
    assert f"missing bytes {CHUNK}-{2 * CHUNK - 1}" in rejected.json()["message"]
    assert resent.status_code == 200
    assert completed.status_code == 200
    assert sandbox.store.read_assembled(media_id) == DATA


def test_dropped_request_on_other_route(
    sandbox: SandboxServer, client: httpx.Client, media_id: str
) -> None:
    sandbox.faults.add(FaultRule(kind="drop", route="MEDIA_GET"))

    with pytest.raises(httpx.TransportError):
        client.get(f"/media/{media_id}")
    after = client.get(f"/media/{media_id}")

    assert after.status_code == 200


def test_delay_slows_response(sandbox: SandboxServer, client: httpx.Client, media_id: str) -> None:
    sandbox.faults.add(FaultRule(kind="delay", route="MEDIA_GET", delay=0.3))

    started = time.monotonic()
    slow = client.get(f"/media/{media_id}")
    slow_seconds = time.monotonic() - started
    started = time.monotonic()
    client.get(f"/media/{media_id}")
    fast_seconds = time.monotonic() - started

    assert slow.status_code == 200
    assert slow_seconds >= 0.3
    assert fast_seconds < 0.3


def test_any_route_fault(sandbox: SandboxServer, client: httpx.Client) -> None:
    sandbox.faults.add(FaultRule(kind="error", route="*", nth=2, times=None))

    statuses = [client.post("/media", json={}).status_code for _ in range(3)]

    assert statuses == [200, 500, 500]


def test_faults_from_config(start_sandbox: StartSandbox) -> None:
    sandbox = start_sandbox(faults=[{"kind": "error", "route": "MEDIA_CREATE"}])

    with api_client(sandbox) as client:
        first = client.post("/media/create", json={"title": "a"})
        second = client.post("/media/create", json={"title": "a"})

    assert first.status_code == 500
    assert second.status_code == 200


def test_admin_endpoint_sets_faults(
    sandbox: SandboxServer, client: httpx.Client, media_id: str
) -> None:
    added = httpx.post(sandbox.admin_url + "/faults", json={"kind": "rate_limit", "retry_after": 9})
    limited = send_part(client, media_id, DATA[:CHUNK], start=0, total=len(DATA), index=1)
    listed = httpx.get(sandbox.admin_url + "/faults").json()["data"]["faults"]
    replaced = httpx.put(
        sandbox.admin_url + "/faults", json={"faults": [{"kind": "error", "route": "MEDIA_GET"}]}
    )
    cleared = httpx.delete(sandbox.admin_url + "/faults")

    assert added.status_code == 200
    assert added.json()["data"]["faults"][0]["kind"] == "rate_limit"
    assert limited.status_code == 429
    assert limited.headers["x-ratelimit-retry-after"] == "9"
    assert listed[0]["fired"] == 1
    assert [rule["kind"] for rule in replaced.json()["data"]["faults"]] == ["error"]
    assert cleared.json()["data"]["faults"] == []
    assert client.get(f"/media/{media_id}").status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        {"kind": "explode"},
        {"kind": "error", "nth": 0},
        {"kind": "error", "status": 200},
        {"kind": "error", "colour": "red"},
        {"route": "MEDIA_PART"},
        "not an object",
    ],
)
def test_admin_rejects_invalid_faults(sandbox: SandboxServer, body: object) -> None:
    response = httpx.post(sandbox.admin_url + "/faults", json=body)

    assert response.status_code == 400
    assert response.json()["status"] == "error"
    assert httpx.get(sandbox.admin_url + "/faults").json()["data"]["faults"] == []
