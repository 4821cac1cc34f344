"""Duplicate detection and the newest known state of each media.

Webhook senders retry, and deliveries may overtake each other, so the same event
can arrive twice and an older event can arrive after a newer one. The tracker
decides, for each arriving event, whether it was seen before (same media, same
event, and for ``partial_finished`` the same quality) and what the media's newest
state is. "Newest" orders events by their place in the lifecycle first, then by
their timestamp, so a late ``encoding_started`` never replaces ``encoding_finished``
even when the sender's clocks or the arrival order disagree.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType

from aiozstream.listener.payload import WebhookEvent
from aiozstream.templates import EVENT_STATUS

LIFECYCLE_RANK = MappingProxyType(
    {
        "file_received": 0,
        "encoding_started": 1,
        "partial_finished": 2,
        "encoding_finished": 3,
        "encoding_failed": 3,
    }
)
"""Place of each event in a media's lifecycle; the two endings share the last place."""

TERMINAL_EVENTS = frozenset({"encoding_finished", "encoding_failed"})
DEFAULT_MAX_MEDIA = 10_000


@dataclass(frozen=True)
class MediaState:
    """The newest known state of one media."""

    media_id: str
    status: str
    """``new``, ``transcoding``, ``done`` or ``fail``."""
    event: str
    """The event that set this status."""
    quality: str | None
    timestamp: datetime

    @property
    def terminal(self) -> bool:
        """True once encoding finished or failed."""
        return self.event in TERMINAL_EVENTS


@dataclass(frozen=True)
class Observation:
    """The tracker's verdict on one arriving event."""

    event: WebhookEvent
    repeat: bool
    """True when this media, event (and quality) arrived before."""
    state: MediaState
    """The media's newest state after this arrival; never older than before it."""
    advanced: bool
    """True when this arrival made the state newer."""


@dataclass
class _MediaRecord:
    seen: set[tuple[str, str | None]] = field(default_factory=set)
    state: MediaState | None = None


class EventTracker:
    """Event memory of the ``max_media`` most recent media; safe to share between threads."""

    def __init__(self, max_media: int = DEFAULT_MAX_MEDIA) -> None:
        self._max_media = max_media
        self._media: OrderedDict[str, _MediaRecord] = OrderedDict()
        self._lock = threading.Lock()

    def observe(self, event: WebhookEvent) -> Observation:
        """Record one arriving event and return whether it repeats and the media's newest state."""
        key = (event.event, event.quality if event.event == "partial_finished" else None)
        candidate = MediaState(
            media_id=event.media_id,
            status=EVENT_STATUS[event.event],
            event=event.event,
            quality=event.quality,
            timestamp=event.timestamp,
        )
        with self._lock:
            record = self._media.get(event.media_id)
            if record is None:
                record = self._media[event.media_id] = _MediaRecord()
                while len(self._media) > self._max_media:
                    self._media.popitem(last=False)
            else:
                self._media.move_to_end(event.media_id)

            repeat = key in record.seen
            record.seen.add(key)
            advanced = record.state is None or _order(candidate) > _order(record.state)
            if advanced:
                record.state = candidate
            assert record.state is not None
            return Observation(event=event, repeat=repeat, state=record.state, advanced=advanced)

    def state(self, media_id: str) -> MediaState | None:
        """Return the newest known state of a media, or ``None`` before its first event."""
        with self._lock:
            record = self._media.get(media_id)
            return record.state if record else None


def _order(state: MediaState) -> tuple[int, datetime]:
    return (LIFECYCLE_RANK[state.event], state.timestamp)
