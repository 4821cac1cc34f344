"""Serve the sandbox with uvicorn: blocking, or in a background thread for tests."""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
import threading
import time
from collections.abc import Iterable
from types import TracebackType
from typing import Any

import uvicorn

from aiozstream.emulator.admin import ADMIN_PREFIX
from aiozstream.emulator.app import create_app
from aiozstream.emulator.config import SandboxConfig
from aiozstream.emulator.context import Sandbox
from aiozstream.emulator.faults import FaultInjector
from aiozstream.emulator.requestlog import API_PREFIX, RequestLog
from aiozstream.emulator.store import MEDIA, Store

DEFAULT_HOST = "127.0.0.1"
START_TIMEOUT = 10.0
STOP_TIMEOUT = 10.0
GRACEFUL_SHUTDOWN_SECONDS = 2

logger = logging.getLogger("aiozstream.emulator.server")


def serve(config: SandboxConfig | None = None, host: str = DEFAULT_HOST, port: int = 0) -> None:
    """Serve the sandbox until interrupted (Ctrl+C). Port 0 picks a free port.

    The sandbox has only its configured key pair for protection, so it listens on the
    loopback interface unless ``host`` names another one.
    """
    _warn_if_exposed(host)
    app = create_app(config)
    uvicorn.run(app, host=host, port=port, timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_SECONDS)


class SandboxServer:
    """A sandbox served by uvicorn in a background thread on a free loopback port.

    Use it as a context manager, or call :meth:`start` and :meth:`stop`::

        with SandboxServer(SandboxConfig(transcode_delay=0)) as sandbox:
            httpx.get(sandbox.base_url + "/media/...", headers=sandbox.auth_headers)
    """

    def __init__(
        self, config: SandboxConfig | None = None, *, host: str = DEFAULT_HOST, port: int = 0
    ) -> None:
        self.config = config or SandboxConfig()
        self.host = host
        self.port = port
        self.app = create_app(self.config)
        self.sandbox: Sandbox = self.app.state.sandbox
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def store(self) -> Store:
        return self.sandbox.store

    @property
    def faults(self) -> FaultInjector:
        return self.sandbox.faults

    @property
    def request_log(self) -> RequestLog:
        return self.sandbox.requests

    @property
    def root_url(self) -> str:
        """``http://HOST:PORT`` of the running server."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        """The API base URL clients use, ending in ``/api``."""
        return self.root_url + API_PREFIX

    @property
    def admin_url(self) -> str:
        """The base URL of the admin endpoints, ending in ``/_sandbox``."""
        return self.root_url + ADMIN_PREFIX

    @property
    def auth_headers(self) -> dict[str, str]:
        """The ``stream-public-key`` and ``stream-secret-key`` headers of the configured pair."""
        return {
            "stream-public-key": self.config.public_key,
            "stream-secret-key": self.config.secret_key,
        }

    def start(self) -> SandboxServer:
        """Bind the port, start uvicorn in a daemon thread and return once it accepts requests."""
        if self._thread is not None:
            raise RuntimeError("this SandboxServer is already started")
        _warn_if_exposed(self.host)
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets whose proto
        # is TCP, and without it every keep-alive request waits ~40 ms for an ACK.
        listener = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((self.host, self.port))
        self.port = listener.getsockname()[1]

        uvicorn_config = uvicorn.Config(
            self.app,
            log_config=None,
            access_log=False,
            lifespan="on",
            timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_SECONDS,
        )
        self._server = _QuickExitServer(uvicorn_config)
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [listener]},
            name=f"aiozstream-sandbox-{self.port}",
            daemon=True,
        )
        self._thread.start()

        deadline = time.monotonic() + START_TIMEOUT
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(
                    f"the sandbox did not start on {self.root_url}; see the log for the cause"
                )
            time.sleep(0.005)
        logger.info("sandbox listening on %s", self.base_url)
        return self

    def stop(self, *, wait: bool = True) -> None:
        """Ask uvicorn to shut down, and with ``wait`` (the default) :meth:`join` it.

        Shutting down takes about 0.1 s, mostly a fixed pause in uvicorn. A test suite
        can pass ``wait=False`` and join every server at the end instead.
        """
        if self._server is not None:
            self._server.should_exit = True
        if wait:
            self.join()

    def join(self, timeout: float = STOP_TIMEOUT) -> None:
        """Wait until a stopped server's thread has finished; safe to call twice."""
        if self._thread is None:
            return
        self._thread.join(timeout)
        if self._thread.is_alive():
            logger.warning("sandbox thread on port %s did not stop within %s s", self.port, timeout)
            return
        self._server = None
        self._thread = None

    def requests(self, route: str | None = None, method: str | None = None) -> list[dict[str, Any]]:
        """Return the request log entries, optionally only one route name or method."""
        return self.request_log.entries(route=route, method=method)

    def wait_for_status(
        self, media_id: str, statuses: Iterable[str] = ("done", "fail"), timeout: float = 10.0
    ) -> str:
        """Wait until a media reaches one of ``statuses`` and return it; raise ``TimeoutError``."""
        expected = set(statuses)
        deadline = time.monotonic() + timeout
        while True:
            record = self.store.get(MEDIA, media_id)
            status = record["status"] if record else None
            if status in expected:
                return status
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"media {media_id} is {status!r} after {timeout} s, "
                    f"not one of {sorted(expected)}"
                )
            time.sleep(0.01)

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


class _QuickExitServer(uvicorn.Server):
    """A uvicorn server that notices ``should_exit`` within 10 ms instead of 100 ms.

    Tests start and stop a sandbox per test, so the stop time adds up.
    NOTE: this overrides uvicorn's undocumented ``main_loop`` (uvicorn 0.55). If a
    later uvicorn drops that method, the override goes unused and stopping takes
    about 0.1 s longer.
    """

    async def main_loop(self) -> None:
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864000
            await asyncio.sleep(0.01)


def _warn_if_exposed(host: str) -> None:
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback:
        logger.warning(
            "the sandbox listens on %s, which is not a loopback address; anyone who reaches it "
            "can use it with the configured keys",
            host,
        )
