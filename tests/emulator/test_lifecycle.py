"""Transcoding lifecycle, events, balance and persistence across a restart."""

from __future__ import annotations

import os
import time

import httpx
import pytest

from aiozstream.emulator import FaultRule, SandboxServer

from .support import (
    VIDEO_FIXTURE,
    StartSandbox,
    api_client,
    create_media,
    send_part,
    split,
    upload_all,
)

VIDEO = VIDEO_FIXTURE.read_bytes()
VIDEO_SECONDS = 5.6


def upload_video(client: httpx.Client, data: bytes = VIDEO, **fields: object) -> str:
    """Create a media, upload ``data`` in three parts and call complete; return the id."""
    media_id = create_media(client, **fields)["id"]
    upload_all(client, media_id, data, len(data) // 3 + 1)
    response = client.get(f"/media/{media_id}/complete")
    assert response.status_code == 200, response.text
    return media_id


def event_types(sandbox: SandboxServer, media_id: str) -> list[tuple[str, str, str | None]]:
    return [
        (event["type"], event["status"], event["quality"])
        for event in sandbox.store.events(media_id=media_id)
    ]


def test_video_reaches_done(sandbox: SandboxServer, client: httpx.Client) -> None:
    media_id = upload_video(
        client, title="Fixture", qualities=[{"resolution": "360p"}, {"resolution": "720p"}]
    )

    status = sandbox.wait_for_status(media_id)
    media = client.get(f"/media/{media_id}").json()["data"]

    assert status == "done"
    assert media["status"] == "done"
    assert media["duration"] == pytest.approx(VIDEO_SECONDS, abs=0.1)
    assert media["size"] == len(VIDEO)
    assert [quality["status"] for quality in media["qualities"]] == ["done", "done"]
    assert media["assets"]["hls_url"].endswith(f"/media/{media_id}/manifest.m3u8")
    assert media["assets"]["source_url"].endswith(f"/media/{media_id}/source")
    assert media["is_mp4"] is True
    assert event_types(sandbox, media_id) == [
        ("file_received", "new", None),
        ("encoding_started", "transcoding", None),
        ("partial_finished", "transcoding", "360p"),
        ("partial_finished", "transcoding", "720p"),
        ("encoding_finished", "done", None),
    ]


def test_events_carry_media_fields(sandbox: SandboxServer, client: httpx.Client) -> None:
    media_id = upload_video(client, title="Event title")
    sandbox.wait_for_status(media_id)

    events = sandbox.store.events(media_id=media_id)

    seqs = [event["seq"] for event in events]
    assert seqs == sorted(seqs)
    for event in events:
        assert event["media_id"] == media_id
        assert event["title"] == "Event title"
        assert event["media_type"] == "video"
        assert event["timestamp"].endswith("Z")


def test_status_is_transcoding_until_delay_passes(start_sandbox: StartSandbox) -> None:
    sandbox = start_sandbox(transcode_delay=0.5)
    with api_client(sandbox) as client:
        media_id = upload_video(client)
        status_right_after = client.get(f"/media/{media_id}").json()["data"]["status"]
        started = time.monotonic()
        final = sandbox.wait_for_status(media_id)
        waited = time.monotonic() - started

    assert status_right_after == "transcoding"
    assert final == "done"
    assert waited >= 0.3


def test_random_bytes_fail(sandbox: SandboxServer, client: httpx.Client) -> None:
    media_id = upload_video(client, data=os.urandom(50_000))

    status = sandbox.wait_for_status(media_id)
    media = client.get(f"/media/{media_id}").json()["data"]

    assert status == "fail"
    assert media["assets"]["hls_url"] == ""
    assert [quality["status"] for quality in media["qualities"]] == ["fail"] * 3
    events = sandbox.store.events(media_id=media_id)
    assert [event["type"] for event in events] == [
        "file_received",
        "encoding_started",
        "encoding_failed",
    ]
    assert "no video track" in events[-1]["reason"]


def test_audio_type_needs_audio_track(sandbox: SandboxServer, client: httpx.Client) -> None:
    # The fixture has an AAC track, so it is valid audio too.
    media_id = upload_video(client, type="audio")

    assert sandbox.wait_for_status(media_id) == "done"
    assert client.get(f"/media/{media_id}").json()["data"]["is_mp4"] is False


def test_fail_transcode_fault(sandbox: SandboxServer, client: httpx.Client) -> None:
    sandbox.faults.add(FaultRule(kind="fail_transcode", route="MEDIA_COMPLETE"))

    media_id = upload_video(client)

    assert sandbox.wait_for_status(media_id) == "fail"
    assert "fail_transcode" in sandbox.store.events(media_id=media_id)[-1]["reason"]


def test_done_deducts_price_from_balance(start_sandbox: StartSandbox) -> None:
    sandbox = start_sandbox(starting_balance=10, price_per_quality_second=0.5)
    with api_client(sandbox) as client:
        media_id = upload_video(client, qualities=[{"resolution": "720p"}, {"resolution": "1080p"}])
        sandbox.wait_for_status(media_id)

    # 5.6 s x 2 qualities x 0.5 = 5.6
    assert sandbox.store.balance == pytest.approx(10 - VIDEO_SECONDS, abs=0.1)


def test_insufficient_balance_fails_without_charge(start_sandbox: StartSandbox) -> None:
    sandbox = start_sandbox(starting_balance=1, price_per_quality_second=0.5)
    with api_client(sandbox) as client:
        media_id = upload_video(client)
        status = sandbox.wait_for_status(media_id)

    assert status == "fail"
    assert sandbox.store.balance == 1
    assert "insufficient balance" in sandbox.store.events(media_id=media_id)[-1]["reason"]


def test_media_survives_restart(start_sandbox: StartSandbox) -> None:
    first = start_sandbox()
    with api_client(first) as client:
        media_id = upload_video(client, title="Kept", tags=["persist"])
        first.wait_for_status(media_id)
        httpx.put(first.admin_url + "/balance", json={"balance": 42})
    first.stop()

    second = start_sandbox()
    with api_client(second) as client:
        media = client.get(f"/media/{media_id}").json()["data"]
        listed = client.post("/media", json={"tags": ["persist"]}).json()["data"]

    assert media["title"] == "Kept"
    assert media["status"] == "done"
    assert listed["total"] == 1
    assert second.store.read_assembled(media_id) == VIDEO
    assert second.store.balance == 42


def test_unfinished_upload_survives_restart(start_sandbox: StartSandbox) -> None:
    parts = split(VIDEO, 200_000)
    first = start_sandbox()
    with api_client(first) as client:
        media_id = create_media(client)["id"]
        for index, (start, chunk) in enumerate(parts[:2], start=1):
            send_part(client, media_id, chunk, start=start, total=len(VIDEO), index=index)
    first.stop()

    second = start_sandbox()
    with api_client(second) as client:
        start, chunk = parts[2]
        last = send_part(client, media_id, chunk, start=start, total=len(VIDEO), index=3)
        completed = client.get(f"/media/{media_id}/complete")

    assert last.status_code == 200, last.text
    assert completed.status_code == 200, completed.text
    assert second.store.read_assembled(media_id) == VIDEO


def test_lifecycle_resumes_after_restart(start_sandbox: StartSandbox) -> None:
    first = start_sandbox(transcode_delay=1.0)
    with api_client(first) as client:
        media_id = upload_video(client)
    first.stop()
    assert first.store.get("media", media_id)["status"] == "transcoding"

    second = start_sandbox(transcode_delay=1.0)

    assert second.wait_for_status(media_id) == "done"
    types = [event["type"] for event in second.store.events(media_id=media_id)]
    assert types.count("file_received") == 1
    assert types.count("encoding_started") == 1
    assert types[-1] == "encoding_finished"


def test_delete_during_transcoding_stops_lifecycle(start_sandbox: StartSandbox) -> None:
    sandbox = start_sandbox(transcode_delay=0.3)
    with api_client(sandbox) as client:
        media_id = upload_video(client)
        client.delete(f"/media/{media_id}")
        time.sleep(0.5)

    types = [event["type"] for event in sandbox.store.events(media_id=media_id)]
    assert "encoding_finished" not in types
    assert sandbox.store.get("media", media_id) is None
