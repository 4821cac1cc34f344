"""The sandbox's webhook sender: each lifecycle event POSTed as JSON to the subscribed URLs.

The sender subscribes to the store's events (:meth:`Store.add_event_listener`). For
each event it looks up the webhooks subscribed to that event's type and queues one
delivery per webhook. Each webhook has its own queue, drained in order by one task,
so a slow or failing URL delays only its own events. A delivery that gets no 2xx
status (an error status, a refused connection, a timeout) is retried with doubling
waits, ``SandboxConfig.webhook_attempts`` times in all, and every failed attempt is
logged. Only URLs that the user registered through ``POST /webhooks`` are called.

The body of an event delivery is one JSON object, sent with
``Content-Type: application/json``::

    {
      "type": "partial_finished",     # event: file_received, encoding_started,
                                      #   partial_finished, encoding_finished, encoding_failed
      "media_id": "5b0c…",            # the media the event is about
      "media_type": "video",          # video or audio
      "title": "My talk",             # the media's title when the event happened
      "status": "transcoding",        # the media's status after the event: new,
                                      #   transcoding, done or fail
      "quality": "720p",              # partial_finished only: the preset that is ready
      "reason": "…",                  # encoding_failed only: why encoding failed
      "timestamp": "2026-03-01T12:00:00.123456Z",  # RFC 3339 UTC, when it happened
      "seq": 7,                       # event number in this sandbox, increasing
      "webhook_id": "9d4e…"           # the webhook this copy was sent to
    }

The test call of ``POST /webhooks/check/{id}`` sends ``{"type": "webhook_check",
"webhook_id": …, "url": …, "timestamp": …}``. Headers on every call:
``User-Agent: aiozstream-sandbox-webhooks``, ``X-Sandbox-Delivery-Attempt`` (1, 2, …)
and, on events, ``X-Sandbox-Event-Seq``.

The HTTP client is :mod:`http.client` run in a worker thread, because the emulator
uses no HTTP client library. It ignores proxy settings and follows no redirects, so
a call reaches exactly the registered URL.
"""

from __future__ import annotations

import asyncio
import http.client
import json
import logging
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from aiozstream.emulator.store import Event, Store, utc_timestamp

if TYPE_CHECKING:
    from aiozstream.emulator.context import Sandbox

WEBHOOKS = "webhooks"
EVENT_TYPES = (
    "file_received",
    "encoding_started",
    "partial_finished",
    "encoding_finished",
    "encoding_failed",
)
CHECK_TYPE = "webhook_check"
USER_AGENT = "aiozstream-sandbox-webhooks"
MAX_BACKOFF = 30.0  # seconds; caps the doubling wait between attempts

logger = logging.getLogger("aiozstream.emulator.delivery")


@dataclass(frozen=True)
class DeliveryResult:
    """Outcome of one HTTP call to a webhook URL."""

    status: int | None
    """HTTP status, or ``None`` when no response arrived."""
    error: str | None = None
    """Reason no response arrived (connection refused, timeout, ...)."""

    @property
    def ok(self) -> bool:
        """True for a 2xx status, the only response that counts as delivered."""
        return self.status is not None and 200 <= self.status < 300

    def describe(self) -> str:
        """Return ``HTTP 500`` or the connection error, for logs and API messages."""
        return f"HTTP {self.status}" if self.status is not None else str(self.error)


def event_payload(event: Event, webhook_id: str) -> dict[str, Any]:
    """Build the JSON body of one event delivery (the shape is in the module docstring)."""
    payload = {
        "type": event["type"],
        "media_id": event.get("media_id"),
        "media_type": event.get("media_type"),
        "title": event.get("title"),
        "status": event.get("status"),
        "timestamp": event.get("timestamp"),
        "seq": event.get("seq"),
        "webhook_id": webhook_id,
    }
    if event.get("quality"):
        payload["quality"] = event["quality"]
    if event.get("reason"):
        payload["reason"] = event["reason"]
    return payload


def check_payload(webhook: dict[str, Any]) -> dict[str, Any]:
    """Build the JSON body of the test call made by ``POST /webhooks/check/{id}``."""
    return {
        "type": CHECK_TYPE,
        "webhook_id": webhook["id"],
        "url": webhook["url"],
        "timestamp": utc_timestamp(),
    }


async def post_json(
    url: str, payload: dict[str, Any], *, timeout: float, headers: dict[str, str] | None = None
) -> DeliveryResult:
    """POST ``payload`` as JSON to ``url`` once and return the status or the error."""
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    all_headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        **(headers or {}),
    }
    return await asyncio.to_thread(_post, url, body, all_headers, timeout)


class WebhookSender:
    """Delivers the store's lifecycle events to the webhooks subscribed to them."""

    def __init__(self, store: Store, *, attempts: int, backoff: float, timeout: float) -> None:
        self._store = store
        self._attempts = attempts
        self._backoff = backoff
        self._timeout = timeout
        self._loop: asyncio.AbstractEventLoop | None = None
        self._queues: dict[str, deque[tuple[str, dict[str, Any]]]] = {}
        self._workers: dict[str, asyncio.Task[None]] = {}

    @classmethod
    def start(cls, sandbox: Sandbox) -> WebhookSender:
        """Create a sender for ``sandbox`` and subscribe it; call on the server's event loop."""
        config = sandbox.config
        sender = cls(
            sandbox.store,
            attempts=config.webhook_attempts,
            backoff=config.webhook_backoff,
            timeout=config.webhook_timeout,
        )
        sender._loop = asyncio.get_running_loop()
        sandbox.store.add_event_listener(sender._on_event)
        return sender

    async def stop(self) -> None:
        """Unsubscribe and cancel the deliveries still queued or in progress."""
        # NOTE: queued deliveries live only in memory, so a sandbox stopped mid-retry never
        # sends them. Persisting the queues in the store would let a restart resend them.
        self._store.remove_event_listener(self._on_event)
        workers = list(self._workers.values())
        self._workers.clear()
        self._queues.clear()
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)

    def _on_event(self, event: Event) -> None:
        # The store calls listeners in the thread that stored the event, often with its
        # lock held, so the event is handed to the loop and looked at there.
        assert self._loop is not None
        if event.get("type") in EVENT_TYPES:
            self._loop.call_soon_threadsafe(self._dispatch, event)

    def _dispatch(self, event: Event) -> None:
        for webhook in self._store.records(WEBHOOKS):
            if not webhook.get(event["type"]):
                continue
            queue = self._queues.setdefault(webhook["id"], deque())
            queue.append((webhook["url"], event_payload(event, webhook["id"])))
            if webhook["id"] not in self._workers:
                task = asyncio.get_running_loop().create_task(
                    self._drain(webhook["id"]), name=f"webhook-{webhook['id']}"
                )
                self._workers[webhook["id"]] = task

    async def _drain(self, webhook_id: str) -> None:
        queue = self._queues[webhook_id]
        try:
            while queue:
                url, payload = queue.popleft()
                await self._deliver(webhook_id, url, payload)
        finally:
            self._workers.pop(webhook_id, None)
            self._queues.pop(webhook_id, None)

    async def _deliver(self, webhook_id: str, url: str, payload: dict[str, Any]) -> bool:
        for attempt in range(1, self._attempts + 1):
            headers = {
                "X-Sandbox-Delivery-Attempt": str(attempt),
                "X-Sandbox-Event-Seq": str(payload["seq"]),
            }
            self._store.update(WEBHOOKS, webhook_id, {"last_triggered_at": utc_timestamp()})
            result = await post_json(url, payload, timeout=self._timeout, headers=headers)
            if result.ok:
                logger.info(
                    "delivered %s of media %s to webhook %s (attempt %d)",
                    payload["type"],
                    payload["media_id"],
                    webhook_id,
                    attempt,
                )
                return True

            last = attempt == self._attempts
            logger.warning(
                "webhook %s: delivery of %s (event %s) failed with %s on attempt %d of %d%s",
                webhook_id,
                payload["type"],
                payload["seq"],
                result.describe(),
                attempt,
                self._attempts,
                "; giving up" if last else "",
            )
            if not last:
                await asyncio.sleep(min(MAX_BACKOFF, self._backoff * 2 ** (attempt - 1)))
        return False


def _post(url: str, body: bytes, headers: dict[str, str], timeout: float) -> DeliveryResult:
    parts = urlsplit(url)
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    connection_class = (
        http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    )
    try:
        connection = connection_class(parts.hostname, parts.port, timeout=timeout)
    except (ValueError, http.client.HTTPException) as exc:
        return DeliveryResult(None, f"invalid URL: {exc}")
    try:
        connection.request("POST", target, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        return DeliveryResult(response.status)
    except TimeoutError:
        return DeliveryResult(None, f"no response within {timeout:g} s")
    except (OSError, http.client.HTTPException) as exc:
        return DeliveryResult(None, f"{type(exc).__name__}: {exc}")
    finally:
        connection.close()
