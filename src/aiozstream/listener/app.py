"""The webhook listener's Starlette app: receive, check, deduplicate, hand over, forward.

``POST {path}`` takes one delivery. A body larger than ``max_body`` bytes, a body
that is not JSON, and an unknown event get a 400 response with the reason in
``{"status": "error", "message": ...}`` and a logged warning, and the listener keeps
serving. An accepted event gets 200 with ``{"status": "ok", "repeat": bool}`` after
``on_event`` has run, repeats included, so the sender stops retrying. The API's test
call gets 200 as well. ``GET {path}`` returns 200, so a person or a health check can
see that the listener is up.

NOTE: AIOZ's OpenAPI document describes no webhook signature, so this listener cannot
prove where an event came from: anyone who can reach the port can post one. That is
why the listener binds to 127.0.0.1 unless the user names another address; reach it
from outside only through a tunnel or proxy you control.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Protocol

import httpx
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from aiozstream.listener.payload import CheckPing, PayloadError, WebhookEvent, parse_delivery
from aiozstream.listener.tracker import EventTracker, Observation

DEFAULT_MAX_BODY = 1024 * 1024  # bytes; AIOZ's events are small JSON objects
FORWARD_TIMEOUT = 10.0  # seconds
MAX_CACHED_LOOKUPS = 10_000  # media whose details are remembered; the cache restarts past it

logger = logging.getLogger("aiozstream.listener")


@dataclass(frozen=True)
class MediaDetails:
    """Title and type of a media, fetched because its event lacked them."""

    title: str | None = None
    media_type: str | None = None


class MediaLookup(Protocol):
    """Fetches a media's title and type, for events that do not carry them."""

    async def __call__(self, media_id: str) -> MediaDetails | None: ...


@dataclass(frozen=True)
class Delivery:
    """One accepted event with the details needed to render it."""

    observation: Observation
    title: str | None
    """From the event, else from the lookup; ``None`` when neither had it."""
    media_type: str | None
    """``video`` or ``audio`` from the event or the lookup; ``None`` when unknown."""

    @property
    def event(self) -> WebhookEvent:
        return self.observation.event


EventHandler = Callable[[Delivery], None]
CheckHandler = Callable[[CheckPing], None]


def create_listener_app(
    on_event: EventHandler,
    *,
    on_check: CheckHandler | None = None,
    tracker: EventTracker | None = None,
    lookup: MediaLookup | None = None,
    forward_to: str | None = None,
    path: str = "/",
    max_body: int = DEFAULT_MAX_BODY,
) -> Starlette:
    """Build the listener app; ``on_event`` runs on the server's event loop for each event."""
    tracker = tracker or EventTracker()
    details_cache: dict[str, MediaDetails | None] = {}
    forwarder: dict[str, httpx.AsyncClient] = {}

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if forward_to:
            forwarder["client"] = httpx.AsyncClient(timeout=FORWARD_TIMEOUT, follow_redirects=False)
        try:
            yield
        finally:
            if "client" in forwarder:
                await forwarder.pop("client").aclose()
            close = getattr(lookup, "aclose", None)
            if close is not None:
                await close()

    async def receive(request: Request) -> Response:
        if request.method == "GET":
            return JSONResponse({"status": "ok", "listening": True})

        client = request.client.host if request.client else "unknown"
        try:
            body = await _read_body(request, max_body)
            parsed = parse_delivery(body, received_at=datetime.now(timezone.utc))
        except PayloadError as exc:
            logger.warning("rejected a webhook delivery from %s: %s", client, exc.reason)
            return JSONResponse({"status": "error", "message": exc.reason}, status_code=400)
        except ClientDisconnect:
            logger.warning("a webhook delivery from %s disconnected before its body ended", client)
            return Response(status_code=400)

        if isinstance(parsed, CheckPing):
            logger.info("responded 200 to a check call from %s", client)
            if on_check is not None:
                on_check(parsed)
            return JSONResponse({"status": "ok", "check": True})

        observation = tracker.observe(parsed)
        details = None
        # The media type matters only for encoding_finished, whose audio form has no MP4 link.
        needs_type = parsed.media_type is None and parsed.event == "encoding_finished"
        if (parsed.title is None or needs_type) and lookup is not None:
            details = await _lookup(lookup, details_cache, parsed.media_id)
        delivery = Delivery(
            observation=observation,
            title=parsed.title or (details.title if details else None),
            media_type=parsed.media_type or (details.media_type if details else None),
        )
        try:
            on_event(delivery)
        except Exception:
            logger.exception("showing event %s of media %s failed", parsed.event, parsed.media_id)

        task = None
        if "client" in forwarder and forward_to:
            content_type = request.headers.get("content-type", "application/json")
            task = BackgroundTask(_forward, forwarder["client"], forward_to, body, content_type)
        return JSONResponse({"status": "ok", "repeat": observation.repeat}, background=task)

    return Starlette(routes=[Route(path, receive, methods=["GET", "POST"])], lifespan=lifespan)


async def _read_body(request: Request, max_body: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > max_body:
        raise PayloadError(f"the body has {declared} bytes; the limit is {max_body}")
    chunks = bytearray()
    async for chunk in request.stream():
        chunks += chunk
        if len(chunks) > max_body:
            raise PayloadError(f"the body is larger than the limit of {max_body} bytes")
    return bytes(chunks)


async def _lookup(
    lookup: MediaLookup, cache: dict[str, MediaDetails | None], media_id: str
) -> MediaDetails | None:
    if media_id not in cache:
        if len(cache) >= MAX_CACHED_LOOKUPS:
            cache.clear()
        try:
            cache[media_id] = await lookup(media_id)
        except Exception as exc:  # a failed lookup only costs the title
            logger.warning(
                "could not fetch media %s for its title: %s", media_id, type(exc).__name__
            )
            cache[media_id] = None
    return cache[media_id]


async def _forward(client: httpx.AsyncClient, url: str, body: bytes, content_type: str) -> None:
    try:
        response = await client.post(url, content=body, headers={"Content-Type": content_type})
    except httpx.HTTPError as exc:
        logger.warning("forwarding an event to %s failed: %s", url, type(exc).__name__)
        return
    if not 200 <= response.status_code < 300:
        logger.warning("forwarding an event to %s got HTTP %d", url, response.status_code)
