"""Fixtures for the MCP server tests: a sandbox with a planted secret and the CLI runner."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from aiozstream.emulator import SandboxConfig, SandboxServer
from tests.cli.conftest import aioz  # noqa: F401 - the CLI runner fixture, shared
from tests.conftest import PLANTED_SECRET


@pytest.fixture
def sandbox(tmp_path) -> Iterator[SandboxServer]:
    """A sandbox whose secret key is the planted secret; encoding finishes at once."""
    config = SandboxConfig(data_dir=tmp_path / "sandbox-data", transcode_delay=0, secret_key=PLANTED_SECRET)
    server = SandboxServer(config).start()
    yield server
    server.stop()
