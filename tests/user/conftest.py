"""A sandbox per test module and an SDK client for it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from aiozstream import Client
from aiozstream.emulator import SandboxConfig, SandboxServer


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    config = SandboxConfig(data_dir=tmp_path_factory.mktemp("sandbox"), transcode_delay=0)
    with SandboxServer(config) as server:
        yield server


@pytest.fixture
def client(sandbox: SandboxServer) -> Iterator[Client]:
    with Client(
        sandbox.config.public_key, sandbox.config.secret_key, base_url=sandbox.base_url
    ) as sdk:
        yield sdk
