"""The webhook listener: receive AIOZ Stream webhook events and hand each one to a renderer.

The core here parses payloads, detects repeats and keeps each media's newest state.
It prints nothing and imports no rich, so the CLI (``aioz webhooks listen``,
``aioz upload --wait``) decides how events look.
"""

from aiozstream.listener.app import (
    DEFAULT_MAX_BODY,
    Delivery,
    MediaDetails,
    MediaLookup,
    create_listener_app,
)
from aiozstream.listener.payload import (
    CheckPing,
    PayloadError,
    WebhookEvent,
    parse_delivery,
    parse_payload,
    parse_time,
)
from aiozstream.listener.server import DEFAULT_HOST, DEFAULT_PORT, ListenerServer, is_loopback
from aiozstream.listener.tracker import LIFECYCLE_RANK, EventTracker, MediaState, Observation

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_MAX_BODY",
    "DEFAULT_PORT",
    "LIFECYCLE_RANK",
    "CheckPing",
    "Delivery",
    "EventTracker",
    "ListenerServer",
    "MediaDetails",
    "MediaLookup",
    "MediaState",
    "Observation",
    "PayloadError",
    "WebhookEvent",
    "create_listener_app",
    "is_loopback",
    "parse_delivery",
    "parse_payload",
    "parse_time",
]
