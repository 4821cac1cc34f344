"""Fixtures of the analytics tests: one sandbox per module and ``aioz`` aimed at it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from aiozstream.emulator import SandboxConfig, SandboxServer
from tests.cli.conftest import Outcome, aioz  # noqa: F401 - provides the aioz fixture


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory) -> Iterator[SandboxServer]:
    data_dir = tmp_path_factory.mktemp("analytics-sandbox")
    with SandboxServer(SandboxConfig(data_dir=data_dir, transcode_delay=0)) as server:
        yield server


@pytest.fixture
def run(aioz, sandbox: SandboxServer) -> Callable[..., Outcome]:  # noqa: F811
    """Run ``aioz --base-url SANDBOX ARGS`` with the sandbox's keys, 100 columns wide."""
    env = {
        "AIOZ_PUBLIC_KEY": sandbox.config.public_key,
        "AIOZ_SECRET_KEY": sandbox.config.secret_key,
        "COLUMNS": "100",
    }

    def invoke(*args: str) -> Outcome:
        return aioz("--base-url", sandbox.base_url, *args, env=env)

    return invoke
