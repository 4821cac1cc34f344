"""Serve the listener app with uvicorn in a background thread.

The thread leaves the caller's thread free: the CLI waits there for Ctrl+C, and
``upload --wait`` polls the API there while events arrive.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
import time

import uvicorn
from starlette.applications import Starlette

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
START_TIMEOUT = 10.0  # seconds
STOP_TIMEOUT = 10.0  # seconds
GRACEFUL_SHUTDOWN_SECONDS = 2

logger = logging.getLogger("aiozstream.listener")


def is_loopback(host: str) -> bool:
    """Tell whether ``host`` is a loopback address (or ``localhost``)."""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


class ListenerServer:
    """Runs a listener app on ``host:port`` in a daemon thread; port 0 picks a free one."""

    def __init__(
        self, app: Starlette, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, path: str = "/"
    ) -> None:
        self.app = app
        self.host = host
        self.port = port
        self.path = path
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The local URL that receives events, such as ``http://127.0.0.1:8765/``."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}{self.path}"

    def start(self) -> ListenerServer:
        """Bind the port (raising ``OSError`` when it is taken) and return once uvicorn serves."""
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        listener = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            listener.bind((self.host, self.port))
        except OSError:
            listener.close()
            raise
        self.port = listener.getsockname()[1]

        config = uvicorn.Config(
            self.app,
            log_config=None,
            access_log=False,
            lifespan="on",
            timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_SECONDS,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [listener]},
            name=f"aiozstream-listener-{self.port}",
            daemon=True,
        )
        self._thread.start()

        deadline = time.monotonic() + START_TIMEOUT
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise OSError(f"the listener did not start on {self.url}")
            time.sleep(0.005)
        logger.info("listener serving on %s", self.url)
        return self

    def serve_until_stopped(self, poll: float = 0.2) -> None:
        """Block while the server runs; Ctrl+C raises ``KeyboardInterrupt`` in this thread."""
        while self._thread is not None and self._thread.is_alive():
            self._thread.join(poll)

    def stop(self) -> None:
        """Ask uvicorn to shut down and wait for its thread."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(STOP_TIMEOUT)
            if self._thread.is_alive():
                logger.warning(
                    "listener thread on port %s did not stop within %s s", self.port, STOP_TIMEOUT
                )
        self._server = None
        self._thread = None

    def __enter__(self) -> ListenerServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
