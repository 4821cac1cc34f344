"""Run ``aioz`` in a child process, so a test can send it HTTP requests and Ctrl+C."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable


def free_port() -> int:
    """Return a loopback port that was free a moment ago."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class AiozProcess:
    """``aioz ARGS`` in a child process whose stdout and stderr are collected as they come."""

    def __init__(self, *args: str, env: dict[str, str] | None = None) -> None:
        child_env = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
        self._process = subprocess.Popen(
            [sys.executable, "-c", "from aiozstream.cli.main import run; run()", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=child_env,
        )
        self._stdout = bytearray()
        self._stderr = bytearray()
        self._lock = threading.Lock()
        self._readers = [
            threading.Thread(
                target=self._read, args=(self._process.stdout, self._stdout), daemon=True
            ),
            threading.Thread(
                target=self._read, args=(self._process.stderr, self._stderr), daemon=True
            ),
        ]
        for reader in self._readers:
            reader.start()

    @property
    def stdout(self) -> str:
        with self._lock:
            return self._stdout.decode("utf-8", "replace")

    @property
    def stderr(self) -> str:
        with self._lock:
            return self._stderr.decode("utf-8", "replace")

    def wait_for(self, condition: Callable[[str, str], bool], timeout: float = 15.0) -> None:
        """Wait until ``condition(stdout, stderr)`` holds; fail after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while not condition(self.stdout, self.stderr):
            if self._process.poll() is not None:
                time.sleep(0.1)
                if condition(self.stdout, self.stderr):
                    return
                raise AssertionError(
                    f"aioz exited {self._process.returncode}\n"
                    f"stdout:\n{self.stdout}\nstderr:\n{self.stderr}"
                )
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out\nstdout:\n{self.stdout}\nstderr:\n{self.stderr}")
            time.sleep(0.02)

    def interrupt(self, timeout: float = 15.0) -> int:
        """Send Ctrl+C (SIGINT) and return the exit code."""
        self._process.send_signal(signal.SIGINT)
        code = self._process.wait(timeout)
        for reader in self._readers:
            reader.join(5)
        return code

    def kill(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
            self._process.wait(5)

    def _read(self, stream, buffer: bytearray) -> None:
        for line in iter(stream.readline, b""):
            with self._lock:
                buffer.extend(line)
