"""Fault injection: responses that make clients exercise their retry and resume paths.

A :class:`FaultRule` selects the requests it hits (an API route, optionally one part
index) and what happens to them:

* ``error``: respond ``status`` (default 500) with an error envelope.
* ``rate_limit``: respond 429 with ``X-RateLimit-Retry-After: retry_after``.
* ``drop``: close the connection without a response. On a part upload the sandbox first
  reads about half of the part's bytes, so the client sees the connection break while
  it is still sending.
* ``delay``: wait ``delay`` seconds, then respond normally (or apply the other faults).
* ``fail_transcode``: on ``GET /media/{id}/complete``, make the lifecycle end in
  ``fail`` even when the bytes are valid media.

Counting: every request that matches a rule's route and part index counts once. The
rule fires on the ``nth`` matching request and on the ones after it, ``times`` times
in all (``None``: forever). Rules with a ``part_index`` are checked once the part's
``index`` field has been read, because that field travels inside the multipart body.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from aiozstream.emulator.responses import ApiError

KINDS = ("error", "rate_limit", "drop", "delay", "fail_transcode")
ANY_ROUTE = "*"
PART_ROUTE = "MEDIA_PART"

logger = logging.getLogger("aiozstream.emulator.faults")


class ConnectionDropped(Exception):
    """Raised inside a handler to make the sandbox close the connection without a response."""


@dataclass
class FaultRule:
    """One fault and the requests it hits. Build it in Python or from admin JSON."""

    kind: str
    """One of ``error``, ``rate_limit``, ``drop``, ``delay``, ``fail_transcode``."""

    route: str = PART_ROUTE
    """Name of the route constant in :mod:`aiozstream.routes` (``MEDIA_PART``,
    ``MEDIA_COMPLETE``, ...) or ``*`` for every API route."""

    part_index: int | None = None
    """Only part uploads whose ``index`` field has this value; ``None``: any request."""

    nth: int = 1
    """The first matching request that the rule hits, counting from 1."""

    times: int | None = 1
    """How many requests the rule hits in all; ``None``: every one from ``nth`` on."""

    status: int = 500
    """HTTP status of an ``error`` response, 400 to 599."""

    retry_after: int = 1
    """Seconds sent in ``X-RateLimit-Retry-After`` by a ``rate_limit`` response."""

    delay: float = 1.0
    """Seconds a ``delay`` fault waits before responding."""

    message: str | None = None
    """Message of the error envelope; ``None``: a message naming the fault."""

    seen: int = field(default=0, compare=False)
    """Matching requests counted so far (maintained by :class:`FaultInjector`)."""

    fired: int = field(default=0, compare=False)
    """Requests hit so far (maintained by :class:`FaultInjector`)."""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"fault kind must be one of {', '.join(KINDS)}, got {self.kind!r}")
        if not isinstance(self.route, str) or not self.route:
            raise ValueError("fault route must be a route constant name such as MEDIA_PART, or *")
        if self.part_index is not None and (not _is_int(self.part_index) or self.part_index < 0):
            raise ValueError(
                f"fault part_index must be an integer of 0 or more, got {self.part_index!r}"
            )
        if not _is_int(self.nth) or self.nth < 1:
            raise ValueError(f"fault nth must be an integer of 1 or more, got {self.nth!r}")
        if self.times is not None and (not _is_int(self.times) or self.times < 1):
            raise ValueError(
                f"fault times must be an integer of 1 or more, or null, got {self.times!r}"
            )
        if not _is_int(self.status) or not 400 <= self.status <= 599:
            raise ValueError(
                f"fault status must be an HTTP error status 400-599, got {self.status!r}"
            )
        if not _is_int(self.retry_after) or self.retry_after < 0:
            raise ValueError(
                f"fault retry_after must be 0 or more seconds, got {self.retry_after!r}"
            )
        if (
            isinstance(self.delay, bool)
            or not isinstance(self.delay, (int, float))
            or self.delay < 0
        ):
            raise ValueError(f"fault delay must be 0 or more seconds, got {self.delay!r}")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FaultRule:
        """Build a rule from admin JSON, raising ``ValueError`` on unknown or invalid fields."""
        if not isinstance(data, Mapping):
            raise ValueError("a fault must be a JSON object")
        allowed = {f.name for f in fields(cls)} - {"seen", "fired"}
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise ValueError(
                f"unknown fault fields: {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}"
            )
        if "kind" not in data:
            raise ValueError("a fault needs a kind")
        return cls(**dict(data))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def matches(self, route_name: str, part_index: int | None) -> bool:
        route_ok = self.route in (ANY_ROUTE, route_name)
        return route_ok and self.part_index == part_index


class FaultInjector:
    """The active fault rules of one sandbox; safe to use from any thread."""

    def __init__(self, rules: Iterable[FaultRule] = ()) -> None:
        self._lock = threading.Lock()
        self._rules: list[FaultRule] = [_fresh_copy(rule) for rule in rules]

    def add(self, rule: FaultRule) -> None:
        with self._lock:
            self._rules.append(_fresh_copy(rule))

    def replace(self, rules: Iterable[FaultRule]) -> None:
        with self._lock:
            self._rules = [_fresh_copy(rule) for rule in rules]

    def clear(self) -> None:
        with self._lock:
            self._rules = []

    def rules(self) -> list[dict[str, Any]]:
        """Return every rule with its counters, as JSON-ready dicts."""
        with self._lock:
            return [rule.to_dict() for rule in self._rules]

    def evaluate(self, route_name: str, part_index: int | None = None) -> list[FaultRule]:
        """Count one request and return copies of the rules that fire on it.

        With ``part_index=None`` only rules without a part index are checked; with an
        index, only the rules naming that index. A part upload calls this twice: at the
        start, and once its ``index`` field is known.
        """
        fired = []
        with self._lock:
            for rule in self._rules:
                if not rule.matches(route_name, part_index):
                    continue
                rule.seen += 1
                exhausted = rule.times is not None and rule.fired >= rule.times
                if rule.seen >= rule.nth and not exhausted:
                    rule.fired += 1
                    fired.append(_fresh_copy(rule))
        for rule in fired:
            logger.info("fault %s fires on %s (part index %s)", rule.kind, route_name, part_index)
        return fired


async def delay_for(rules: Iterable[FaultRule]) -> None:
    """Sleep for the sum of the delays of the ``delay`` rules among ``rules``."""
    seconds = sum(rule.delay for rule in rules if rule.kind == "delay")
    if seconds > 0:
        await asyncio.sleep(seconds)


def raise_for_faults(rules: Iterable[FaultRule]) -> None:
    """Raise what the fired rules ask for: a dropped connection, then 429, then an error.

    Only one response can be sent, so when several kinds fired, the first kind in that
    order wins. ``delay`` and ``fail_transcode`` rules raise nothing.
    """
    rules = list(rules)
    for kind in ("drop", "rate_limit", "error"):
        rule = next((rule for rule in rules if rule.kind == kind), None)
        if rule is None:
            continue
        if kind == "drop":
            raise ConnectionDropped("connection dropped on purpose by a drop fault")
        if kind == "rate_limit":
            message = (
                rule.message
                or f"rate limit exceeded (sandbox fault); retry after {rule.retry_after} s"
            )
            headers = {
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Retry-After": str(rule.retry_after),
            }
            raise ApiError(429, message, headers)
        raise ApiError(rule.status, rule.message or f"sandbox fault: injected {rule.status} error")


class DroppedResponse(Response):
    """An ASGI response that closes the client connection instead of responding.

    Under uvicorn it aborts the socket directly, so the client gets no status line at
    all. Under another ASGI server it starts a response that promises more body than
    it sends, then raises :class:`ConnectionDropped` so that the server cuts the
    connection. The client then fails while reading the body.
    """

    def __init__(self) -> None:
        super().__init__(status_code=500)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if await _abort_uvicorn_transport(receive):
            return
        promised = b"1048576"
        await send(
            {
                "type": "http.response.start",
                "status": 500,
                "headers": [(b"content-type", b"application/json"), (b"content-length", promised)],
            }
        )
        await send({"type": "http.response.body", "body": b'{"status":', "more_body": True})
        raise ConnectionDropped("connection dropped on purpose by a drop fault")


async def _abort_uvicorn_transport(receive: Receive) -> bool:
    # uvicorn's receive() is a bound method of its request cycle, which keeps the
    # socket transport. Aborting it and waiting for connection_lost makes uvicorn treat
    # the request as a client disconnect: it neither responds 500 nor logs an error.
    # NOTE: this relies on uvicorn internals (checked with uvicorn 0.55, h11 protocol);
    # when they change, DroppedResponse falls back to a truncated response.
    cycle = getattr(receive, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None or not hasattr(cycle, "disconnected"):
        return False
    transport.abort()
    for _ in range(200):
        if cycle.disconnected:
            break
        await asyncio.sleep(0.001)
    return True


def _fresh_copy(rule: FaultRule) -> FaultRule:
    return FaultRule(**{f.name: getattr(rule, f.name) for f in fields(FaultRule)})


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
