"""Read one webhook delivery into a :class:`WebhookEvent`, whatever shape the sender used.

AIOZ's OpenAPI document describes no event body, so the parser accepts the shapes
webhook senders commonly use. The body must be one JSON object (UTF-8):

* event name: ``type``, ``event`` or ``event_type``, at the top level or inside a
  nested ``data`` object. Case and surrounding spaces are ignored, and ``-`` and
  ``.`` count as ``_``. It must be one of :data:`~aiozstream.templates.EVENTS`.
* media id: ``media_id``, ``video_id`` at the top level, then ``media_id``,
  ``video_id`` or ``id`` inside ``data``, and last a top-level ``id`` (often the
  delivery's own id, so it is used only when nothing else names the media). A string
  or an integer.
* title ``title``, quality ``quality`` or ``resolution``, media type ``media_type``
  (or ``type`` inside ``data`` when it is ``video``/``audio``): top level or ``data``.
* time: ``timestamp``, ``time``, ``emitted_at``, ``emittedAt``, ``occurred_at``,
  ``created_at``, top level or ``data``. An ISO 8601 string (``Z`` or an offset; no
  offset means UTC) or UNIX seconds as a number or a digit string; a number above
  10^11 is taken as milliseconds. Without a time, the arrival time is used.

A body whose event is ``webhook_check``, ``ping`` or ``test`` is the API's test call
(``POST /webhooks/check/{id}``) and parses to :class:`CheckPing`. Anything else that
does not fit raises :class:`PayloadError` with the reason.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from aiozstream.templates import EVENTS, MEDIA_TYPES

CHECK_EVENTS = ("webhook_check", "ping", "test")
EVENT_KEYS = ("type", "event", "event_type")
TIME_KEYS = ("timestamp", "time", "emitted_at", "emittedAt", "occurred_at", "created_at")
MAX_ID_LENGTH = 200
MILLISECONDS_THRESHOLD = 1e11  # 10^11 s is the year 5138; larger values are milliseconds


class PayloadError(ValueError):
    """The delivery is not a webhook event this listener understands; ``reason`` gives the cause."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class WebhookEvent:
    """One transcoding event, normalized from any accepted payload shape."""

    event: str
    """One of ``file_received``, ``encoding_started``, ``partial_finished``,
    ``encoding_finished``, ``encoding_failed``."""
    media_id: str
    timestamp: datetime
    """When the event happened, timezone-aware UTC (the arrival time when the body has none)."""
    title: str | None = None
    quality: str | None = None
    """The preset that finished, for ``partial_finished``."""
    media_type: str | None = None
    """``video`` or ``audio`` when the body names it."""
    timestamp_given: bool = True
    """False when the body carried no time and ``timestamp`` is the arrival time."""
    payload: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)
    """The JSON object as received."""


@dataclass(frozen=True)
class CheckPing:
    """The API's test call made by ``POST /webhooks/check/{id}``."""

    payload: Mapping[str, Any] = field(default_factory=dict, repr=False)


def parse_delivery(body: bytes, *, received_at: datetime | None = None) -> WebhookEvent | CheckPing:
    """Parse one request body; raise :class:`PayloadError` when it cannot be used."""
    received_at = received_at or datetime.now(timezone.utc)
    try:
        data = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError:
        raise PayloadError("the body is not UTF-8 text") from None
    except ValueError as exc:
        raise PayloadError(f"the body is not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise PayloadError("the body must be a JSON object")
    return parse_payload(data, received_at=received_at)


def parse_payload(
    data: Mapping[str, Any], *, received_at: datetime | None = None
) -> WebhookEvent | CheckPing:
    """Parse an already decoded JSON object; see the module docstring for the accepted keys."""
    nested = data.get("data") if isinstance(data.get("data"), Mapping) else {}
    event = _event_name(data, nested)
    if event in CHECK_EVENTS:
        return CheckPing(payload=data)
    if event not in EVENTS:
        raise PayloadError(f"unknown event {event!r}: expected one of {', '.join(EVENTS)}")

    timestamp = _timestamp(data, nested)
    return WebhookEvent(
        event=event,
        media_id=_media_id(data, nested),
        timestamp=timestamp or received_at or datetime.now(timezone.utc),
        title=_text(data, nested, ("title",)),
        quality=_text(data, nested, ("quality", "resolution")),
        media_type=_media_type(data, nested),
        timestamp_given=timestamp is not None,
        payload=data,
    )


def parse_time(value: Any) -> datetime:
    """Read an ISO 8601 string or UNIX seconds (milliseconds above 10^11) as aware UTC."""
    if isinstance(value, bool):
        raise PayloadError(f"invalid time {value!r}")
    if isinstance(value, str) and _is_number_text(value):
        value = float(value)
    if isinstance(value, (int, float)):
        seconds = float(value)
        if not math.isfinite(seconds) or seconds < 0:
            raise PayloadError(f"invalid time {value!r}: expected UNIX seconds")
        if seconds > MILLISECONDS_THRESHOLD:
            seconds /= 1000
        try:
            return datetime.fromtimestamp(seconds, tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            raise PayloadError(f"invalid time {value!r}: out of range") from None
    if isinstance(value, str):
        text = value.strip()
        if text.endswith(("Z", "z")):
            text = text[:-1] + "+00:00"
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise PayloadError(
                f"invalid time {value!r}: expected ISO 8601 or UNIX seconds"
            ) from None
        if moment.tzinfo is None:
            return moment.replace(tzinfo=timezone.utc)
        return moment.astimezone(timezone.utc)
    raise PayloadError(f"invalid time {value!r}: expected ISO 8601 or UNIX seconds")


def _event_name(data: Mapping[str, Any], nested: Mapping[str, Any]) -> str:
    for source in (data, nested):
        for key in EVENT_KEYS:
            value = source.get(key)
            if isinstance(value, str) and value.strip():
                name = value.strip().lower().replace("-", "_").replace(".", "_")
                # Inside data, "type" may be the media type rather than the event.
                if source is nested and key == "type" and name in MEDIA_TYPES:
                    continue
                return name
    raise PayloadError("no event name: expected a string under type, event or event_type")


def _media_id(data: Mapping[str, Any], nested: Mapping[str, Any]) -> str:
    candidates = [
        (data, "media_id"),
        (data, "video_id"),
        (nested, "media_id"),
        (nested, "video_id"),
        (nested, "id"),
        (data, "id"),
    ]
    for source, key in candidates:
        value = source.get(key)
        if isinstance(value, bool) or value is None:
            continue
        if isinstance(value, int):
            value = str(value)
        if isinstance(value, str) and value.strip():
            media_id = value.strip()
            if len(media_id) > MAX_ID_LENGTH or any(character.isspace() for character in media_id):
                raise PayloadError(f"invalid media id under {key}")
            return media_id
    raise PayloadError("no media id: expected media_id, video_id or id, at the top or inside data")


def _timestamp(data: Mapping[str, Any], nested: Mapping[str, Any]) -> datetime | None:
    for source in (data, nested):
        for key in TIME_KEYS:
            value = source.get(key)
            if value is not None and value != "":
                return parse_time(value)
    return None


def _text(data: Mapping[str, Any], nested: Mapping[str, Any], keys: tuple[str, ...]) -> str | None:
    for source in (data, nested):
        for key in keys:
            value = source.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
    return None


def _media_type(data: Mapping[str, Any], nested: Mapping[str, Any]) -> str | None:
    for value in (data.get("media_type"), nested.get("media_type"), nested.get("type")):
        if isinstance(value, str) and value.strip().lower() in MEDIA_TYPES:
            return value.strip().lower()
    return None


def _is_number_text(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
