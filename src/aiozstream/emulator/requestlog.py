"""The request log: one entry per ``/api`` request, for tests to check what a client sent.

An entry records ``seq``, ``time``, ``method``, ``path`` and ``route`` (the constant
name from :mod:`aiozstream.routes`, ``None`` when no route matched). Part uploads add
``part_index``, ``content_range`` and ``part_filename``. Then come the response's
``status`` (``None`` when the connection was dropped), ``dropped``, the ``faults``
that fired and ``duration_ms``.
Entries are appended just before the last byte of the response is sent, so parallel
requests appear in the order they ended, and a client always finds its finished
request in the log. Admin requests under ``/_sandbox`` are not logged.
"""

from __future__ import annotations

import copy
import threading
import time
from collections import deque
from typing import Any

from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from aiozstream.emulator.store import utc_timestamp

API_PREFIX = "/api"
SCOPE_KEY = "aiozstream.sandbox.request_log_entry"


class RequestLog:
    """A bounded, thread-safe list of request entries."""

    def __init__(self, max_entries: int) -> None:
        self._lock = threading.Lock()
        self._entries: deque[dict[str, Any]] = deque(maxlen=max_entries)
        self._seq = 0

    def append(self, entry: dict[str, Any]) -> None:
        with self._lock:
            self._seq += 1
            entry["seq"] = self._seq
            self._entries.append(entry)

    def entries(self, route: str | None = None, method: str | None = None) -> list[dict[str, Any]]:
        """Return copies of the entries, optionally only one route name or method."""
        with self._lock:
            selected = [
                entry
                for entry in self._entries
                if (route is None or entry["route"] == route)
                and (method is None or entry["method"] == method)
            ]
            return copy.deepcopy(selected)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


def annotate(connection: HTTPConnection, **fields: Any) -> None:
    """Add fields (route, part_index, faults, ...) to the log entry of this request."""
    entry = connection.scope.get(SCOPE_KEY)
    if entry is None:
        return
    faults = fields.pop("faults", None)
    if faults:
        entry["faults"].extend(faults)
    entry.update(fields)


class RequestLogMiddleware:
    """ASGI middleware that appends an entry to a :class:`RequestLog` for each API request."""

    def __init__(self, app: ASGIApp, log: RequestLog) -> None:
        self.app = app
        self.log = log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not _is_api_path(scope["path"]):
            await self.app(scope, receive, send)
            return

        headers = dict(HTTPConnection(scope).headers)
        entry: dict[str, Any] = {
            "time": utc_timestamp(),
            "method": scope["method"],
            "path": scope["path"],
            "route": None,
            "part_index": None,
            "content_range": headers.get("content-range"),
            "part_filename": None,
            "status": None,
            "dropped": False,
            "faults": [],
        }
        scope[SCOPE_KEY] = entry
        started = time.monotonic()
        appended = False

        def finish() -> None:
            nonlocal appended
            if appended:
                return
            appended = True
            if "drop" in entry["faults"]:
                entry["status"] = None
            entry["dropped"] = entry["status"] is None
            entry["duration_ms"] = round((time.monotonic() - started) * 1000, 1)
            self.log.append(entry)

        async def send_and_record(message: Message) -> None:
            if message["type"] == "http.response.start":
                entry["status"] = message["status"]
            # Log before the last body byte leaves, so a client that has its response
            # already finds the request in the log.
            if message["type"] == "http.response.body" and not message.get("more_body"):
                finish()
            await send(message)

        try:
            await self.app(scope, receive, send_and_record)
        finally:
            finish()


def _is_api_path(path: str) -> bool:
    return path == API_PREFIX or path.startswith(API_PREFIX + "/")
