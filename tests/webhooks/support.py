"""Helpers shared by the webhook and listener tests: a scripted receiver and sandbox uploads."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from aiozstream.emulator import SandboxServer
from aiozstream.listener import ListenerServer


@dataclass(frozen=True)
class Call:
    """One request the receiver got."""

    path: str
    headers: dict[str, str]
    body: Any


class Receiver:
    """An HTTP endpoint on 127.0.0.1 that records every POST and responds with scripted statuses.

    ``statuses`` are used in order, one per request. Once they run out, every response is 200.
    """

    def __init__(self, statuses: Iterable[int] = ()) -> None:
        self.calls: list[Call] = []
        self._statuses = list(statuses)
        self._condition = threading.Condition()
        app = Starlette(routes=[Route("/{path:path}", self._handle, methods=["POST", "GET"])])
        self._server = ListenerServer(app, port=0)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.port}/hook"

    def __enter__(self) -> Receiver:
        self._server.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.stop()

    def events(self) -> list[dict[str, Any]]:
        """Return the JSON bodies of the event deliveries (check calls left out)."""
        with self._condition:
            return [call.body for call in self.calls if call.body.get("type") != "webhook_check"]

    def wait_until(
        self, condition: Callable[[list[Call]], bool], timeout: float = 10.0
    ) -> list[Call]:
        """Wait until ``condition(calls)`` is true and return the calls; fail after a timeout."""
        deadline = time.monotonic() + timeout
        with self._condition:
            while not condition(self.calls):
                remaining = deadline - time.monotonic()
                assert remaining > 0, f"receiver calls so far: {[call.body for call in self.calls]}"
                self._condition.wait(remaining)
            return list(self.calls)

    async def _handle(self, request: Request) -> Response:
        body = await request.body()
        with self._condition:
            self.calls.append(
                Call(request.url.path, dict(request.headers), json.loads(body or b"{}"))
            )
            status = self._statuses.pop(0) if self._statuses else 200
            self._condition.notify_all()
        return Response(status_code=status)


def ended(calls: list[Call]) -> bool:
    """Tell whether an ``encoding_finished`` or ``encoding_failed`` delivery arrived."""
    return any(call.body.get("type") in ("encoding_finished", "encoding_failed") for call in calls)


def upload(sandbox: SandboxServer, path, **options: Any) -> str:
    """Upload ``path`` through the SDK to the sandbox and return the media id."""
    from aiozstream import Client
    from aiozstream.upload import UploadOptions

    with Client(
        sandbox.config.public_key, sandbox.config.secret_key, base_url=sandbox.base_url
    ) as client:
        result = client.upload(path, UploadOptions(**options))
    return result.media.id


def client_for(sandbox: SandboxServer):
    from aiozstream import Client

    return Client(sandbox.config.public_key, sandbox.config.secret_key, base_url=sandbox.base_url)
