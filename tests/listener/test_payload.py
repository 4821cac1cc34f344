"""Payload shapes the listener accepts, and the ones it rejects with a reason."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from aiozstream.listener import CheckPing, PayloadError, parse_delivery, parse_time

ARRIVAL = datetime(2026, 3, 1, 12, 0, 0, tzinfo=timezone.utc)
MOMENT = datetime(2026, 3, 1, 9, 30, 15, tzinfo=timezone.utc)


def parse(data):
    return parse_delivery(json.dumps(data).encode(), received_at=ARRIVAL)


@pytest.mark.parametrize(
    "data",
    [
        {"type": "encoding_finished", "media_id": "m1", "timestamp": "2026-03-01T09:30:15Z"},
        {"event": "encoding_finished", "video_id": "m1", "time": 1772357415},
        {"event_type": "ENCODING_FINISHED", "id": "m1", "emitted_at": "2026-03-01T10:30:15+01:00"},
        {"event": "encoding-finished", "data": {"id": "m1", "created_at": "1772357415"}},
        {
            "type": "encoding.finished",
            "id": "delivery-9",
            "data": {"media_id": "m1"},
            "emittedAt": 1772357415000,
        },
        {
            "data": {
                "event": "encoding_finished",
                "video_id": "m1",
                "occurred_at": "2026-03-01 09:30:15",
            }
        },
    ],
)
def test_accepted_shapes(data):
    event = parse(data)
    assert event.event == "encoding_finished"
    assert event.media_id == "m1"
    assert event.timestamp == MOMENT
    assert event.timestamp_given is True


def test_optional_fields_and_arrival_time():
    event = parse(
        {
            "type": "partial_finished",
            "data": {"id": 42, "type": "audio", "title": " Talk ", "resolution": "good"},
        }
    )
    assert event.media_id == "42"
    assert event.media_type == "audio"
    assert event.title == "Talk"
    assert event.quality == "good"
    assert event.timestamp == ARRIVAL
    assert event.timestamp_given is False


def test_check_call_is_a_ping():
    assert isinstance(parse({"type": "webhook_check", "webhook_id": "w"}), CheckPing)
    assert isinstance(parse({"event": "ping"}), CheckPing)


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe", "not UTF-8"),
        (b"[1, 2]", "must be a JSON object"),
        (b'{"media_id": "m1"}', "no event name"),
        (b'{"type": "video.deleted", "media_id": "m1"}', "unknown event 'video_deleted'"),
        (b'{"type": "encoding_started"}', "no media id"),
        (b'{"type": "encoding_started", "media_id": "a b"}', "invalid media id"),
        (
            b'{"type": "encoding_started", "media_id": "m", "timestamp": "yesterday"}',
            "invalid time",
        ),
        (b'{"type": "encoding_started", "media_id": "m", "timestamp": true}', "invalid time"),
    ],
)
def test_rejected_bodies(body, fragment):
    with pytest.raises(PayloadError) as raised:
        parse_delivery(body, received_at=ARRIVAL)
    assert fragment in raised.value.reason


def test_time_forms():
    assert parse_time(0) == datetime(1970, 1, 1, tzinfo=timezone.utc)
    assert parse_time("1772357415.5").microsecond == 500000
    assert parse_time("2026-03-01T09:30:15.123456Z").microsecond == 123456
    with pytest.raises(PayloadError):
        parse_time(-5)
    with pytest.raises(PayloadError):
        parse_time(float("nan"))
