"""Fixtures of the payments tests: a fresh sandbox per test and ``aioz`` aimed at it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from aiozstream.emulator import SandboxConfig, SandboxServer
from tests.cli.conftest import Outcome, aioz  # noqa: F401 - provides the aioz fixture


@pytest.fixture
def sandbox(tmp_path) -> Iterator[SandboxServer]:
    with SandboxServer(SandboxConfig(data_dir=tmp_path / "sandbox", transcode_delay=0)) as server:
        yield server


@pytest.fixture
def run(aioz, sandbox: SandboxServer) -> Callable[..., Outcome]:  # noqa: F811
    """Run ``aioz --base-url SANDBOX ARGS`` with the sandbox's keys, 120 columns wide."""
    env = {
        "AIOZ_PUBLIC_KEY": sandbox.config.public_key,
        "AIOZ_SECRET_KEY": sandbox.config.secret_key,
        "COLUMNS": "120",
    }

    def invoke(*args: str) -> Outcome:
        return aioz("--base-url", sandbox.base_url, *args, env=env)

    return invoke
