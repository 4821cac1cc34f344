"""Fixtures of the webhook tests: a sandbox per test that retries deliveries quickly."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from aiozstream.emulator import SandboxConfig, SandboxServer
from tests.cli.conftest import aioz  # noqa: F401 - the fixture, shared with the CLI tests


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[SandboxServer]:
    config = SandboxConfig(
        data_dir=tmp_path / "sandbox-data",
        transcode_delay=0,
        webhook_attempts=3,
        webhook_backoff=0.05,
        webhook_timeout=2,
    )
    with SandboxServer(config) as server:
        yield server


@pytest.fixture
def keys_env(sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch) -> SandboxServer:
    """Put the sandbox's keys in the environment for CLI runs."""
    monkeypatch.setenv("AIOZ_PUBLIC_KEY", sandbox.config.public_key)
    monkeypatch.setenv("AIOZ_SECRET_KEY", sandbox.config.secret_key)
    return sandbox
