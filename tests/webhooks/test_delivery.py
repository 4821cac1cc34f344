"""The sandbox sends real HTTP events to registered webhooks, and retries failed ones."""

from __future__ import annotations

import logging
import os
from datetime import datetime

from aiozstream.emulator import FaultRule

from .support import Receiver, client_for, ended, upload


def test_events_of_a_successful_encode(sandbox, sample_video):
    with Receiver() as receiver:
        with client_for(sandbox) as client:
            webhook = client.webhooks.create(receiver.url)
        media_id = upload(sandbox, sample_video, title="Launch talk", qualities=("360p", "720p"))
        receiver.wait_until(ended)

    events = receiver.events()
    assert [event["type"] for event in events] == [
        "file_received",
        "encoding_started",
        "partial_finished",
        "partial_finished",
        "encoding_finished",
    ]
    assert [event["quality"] for event in events if event["type"] == "partial_finished"] == [
        "360p",
        "720p",
    ]
    assert [event["status"] for event in events] == [
        "new",
        "transcoding",
        "transcoding",
        "transcoding",
        "done",
    ]
    for event in events:
        assert event["media_id"] == media_id
        assert event["title"] == "Launch talk"
        assert event["media_type"] == "video"
        assert event["webhook_id"] == webhook.id
        assert datetime.fromisoformat(event["timestamp"].replace("Z", "+00:00"))
    assert "quality" not in events[0]
    seqs = [event["seq"] for event in events]
    assert seqs == sorted(seqs)
    assert receiver.calls[0].headers["content-type"] == "application/json"


def test_only_subscribed_events_are_sent(sandbox, sample_video):
    with Receiver() as finished_only, Receiver() as started_only:
        with client_for(sandbox) as client:
            client.webhooks.create(finished_only.url, events=["encoding_finished"])
            client.webhooks.create(started_only.url, events=["encoding_started"])
        upload(sandbox, sample_video)
        finished_only.wait_until(ended)
        started_only.wait_until(lambda calls: len(calls) == 1)

    assert [event["type"] for event in finished_only.events()] == ["encoding_finished"]
    assert [event["type"] for event in started_only.events()] == ["encoding_started"]


def test_failed_encode_sends_encoding_failed(sandbox, tmp_path):
    junk = tmp_path / "junk.mp4"
    junk.write_bytes(os.urandom(4096))
    with Receiver() as receiver:
        with client_for(sandbox) as client:
            client.webhooks.create(
                receiver.url, events=["file_received", "encoding_failed", "encoding_finished"]
            )
        media_id = upload(sandbox, junk, media_type="video")
        receiver.wait_until(ended)

    events = receiver.events()
    assert [event["type"] for event in events] == ["file_received", "encoding_failed"]
    assert events[1]["status"] == "fail"
    assert events[1]["media_id"] == media_id
    assert "no video track" in events[1]["reason"]


def test_fail_transcode_fault_sends_encoding_failed(sandbox, sample_video):
    sandbox.faults.add(FaultRule(kind="fail_transcode", route="MEDIA_COMPLETE"))
    with Receiver() as receiver:
        with client_for(sandbox) as client:
            client.webhooks.create(receiver.url, events=["encoding_failed", "encoding_finished"])
        upload(sandbox, sample_video)
        receiver.wait_until(ended)
    assert [event["type"] for event in receiver.events()] == ["encoding_failed"]


def test_delivery_retried_after_500(sandbox, sample_video, caplog):
    caplog.set_level(logging.WARNING, logger="aiozstream.emulator.delivery")
    with Receiver(statuses=[500]) as receiver:
        with client_for(sandbox) as client:
            webhook = client.webhooks.create(receiver.url, events=["encoding_finished"])
        upload(sandbox, sample_video)
        calls = receiver.wait_until(lambda calls: len(calls) == 2)

    assert [call.body["type"] for call in calls] == ["encoding_finished", "encoding_finished"]
    assert calls[0].body == calls[1].body
    assert [call.headers["x-sandbox-delivery-attempt"] for call in calls] == ["1", "2"]
    failures = [
        record.getMessage()
        for record in caplog.records
        if "delivery of encoding_finished" in record.getMessage()
    ]
    assert len(failures) == 1
    assert "HTTP 500 on attempt 1 of 3" in failures[0]
    assert webhook.id in failures[0]


def test_delivery_gives_up_after_configured_attempts(sandbox, sample_video, caplog):
    caplog.set_level(logging.WARNING, logger="aiozstream.emulator.delivery")
    with Receiver(statuses=[503, 503, 503, 503]) as receiver:
        with client_for(sandbox) as client:
            client.webhooks.create(receiver.url, events=["encoding_finished"])
        upload(sandbox, sample_video)
        receiver.wait_until(lambda calls: len(calls) == 3)
        failures = _wait_for_log(caplog, "giving up")

    assert len(receiver.calls) == 3
    assert "HTTP 503 on attempt 3 of 3; giving up" in failures


def test_delivery_to_dead_url_is_logged(sandbox, sample_video, caplog):
    caplog.set_level(logging.WARNING, logger="aiozstream.emulator.delivery")
    with client_for(sandbox) as client:
        client.webhooks.create("http://127.0.0.1:9/gone", events=["encoding_finished"])
    upload(sandbox, sample_video)
    failure = _wait_for_log(caplog, "giving up")
    assert "ConnectionRefusedError" in failure


def test_last_triggered_at_is_set(sandbox, sample_video):
    with Receiver() as receiver:
        with client_for(sandbox) as client:
            webhook = client.webhooks.create(receiver.url, events=["encoding_finished"])
            upload(sandbox, sample_video)
            receiver.wait_until(ended)
            fetched = client.webhooks.get(webhook.id)
    assert fetched.last_triggered_at


def _wait_for_log(caplog, text: str, timeout: float = 10.0) -> str:
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for record in caplog.records:
            if text in record.getMessage():
                return record.getMessage()
        time.sleep(0.02)
    raise AssertionError(
        f"no log record containing {text!r}: {[r.getMessage() for r in caplog.records]}"
    )
