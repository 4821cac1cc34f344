"""Fixtures for the sandbox emulator tests: a server per test and raw httpx clients.

These tests talk HTTP with httpx directly, never through the aiozstream SDK, so that
an SDK bug cannot hide an emulator bug or the reverse. Helpers live in ``support.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from aiozstream.emulator import SandboxConfig, SandboxServer

from .support import StartSandbox, api_client


@pytest.fixture(scope="session")
def stopping_servers() -> Iterator[list[SandboxServer]]:
    """Servers asked to stop, joined once at the end so that no test waits for a shutdown."""
    servers: list[SandboxServer] = []
    yield servers
    for server in servers:
        server.join()


@pytest.fixture
def start_sandbox(tmp_path: Path, stopping_servers: list[SandboxServer]) -> Iterator[StartSandbox]:
    """Start sandboxes with config overrides; every one is stopped after the test.

    The data folder defaults to ``tmp_path / "data"`` and encoding finishes at once.
    """
    servers: list[SandboxServer] = []

    def start(**overrides: Any) -> SandboxServer:
        settings: dict[str, Any] = {"data_dir": tmp_path / "data", "transcode_delay": 0}
        settings.update(overrides)
        server = SandboxServer(SandboxConfig(**settings)).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop(wait=False)
        stopping_servers.append(server)


@pytest.fixture
def sandbox(start_sandbox: StartSandbox) -> SandboxServer:
    return start_sandbox()


@pytest.fixture
def client(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with api_client(sandbox) as http:
        yield http
