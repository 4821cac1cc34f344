"""Repeats and the newest state of a media, whatever order events arrive in."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from aiozstream.listener import EventTracker, WebhookEvent

START = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)


def event(
    name: str, seconds: int, media_id: str = "m1", quality: str | None = None
) -> WebhookEvent:
    return WebhookEvent(
        event=name, media_id=media_id, timestamp=START + timedelta(seconds=seconds), quality=quality
    )


def test_repeat_detected_per_media_event_and_quality():
    tracker = EventTracker()
    assert tracker.observe(event("partial_finished", 1, quality="360p")).repeat is False
    assert tracker.observe(event("partial_finished", 2, quality="720p")).repeat is False
    assert tracker.observe(event("partial_finished", 1, quality="360p")).repeat is True
    assert (
        tracker.observe(event("partial_finished", 1, media_id="m2", quality="360p")).repeat is False
    )


def test_state_never_regresses():
    tracker = EventTracker()
    newest = tracker.observe(event("encoding_finished", 30))
    older = tracker.observe(event("encoding_started", 10))
    again = tracker.observe(event("encoding_finished", 30))

    assert newest.state.status == "done"
    assert older.repeat is False
    assert older.advanced is False
    assert older.state.event == "encoding_finished"
    assert again.repeat is True
    assert again.state.status == "done"
    assert tracker.state("m1").terminal


def test_lifecycle_order_beats_skewed_clock():
    tracker = EventTracker()
    tracker.observe(event("encoding_started", 50))
    observed = tracker.observe(event("partial_finished", 40, quality="720p"))
    assert observed.advanced is True
    assert observed.state.event == "partial_finished"


def test_timestamp_orders_events_of_one_rank():
    tracker = EventTracker()
    tracker.observe(event("partial_finished", 20, quality="720p"))
    late = tracker.observe(event("partial_finished", 10, quality="360p"))
    assert late.state.quality == "720p"


def test_memory_is_bounded():
    tracker = EventTracker(max_media=2)
    for media_id in ("a", "b", "c"):
        tracker.observe(event("file_received", 0, media_id=media_id))
    assert tracker.state("a") is None
    assert tracker.state("c") is not None
