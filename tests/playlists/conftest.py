"""A sandbox per test module, an SDK client for it, and media to put in playlists.

Tests share the module's sandbox, so each creates its own playlist and clears the
request log before the requests it checks.
"""

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


@pytest.fixture(scope="module")
def media_ids(sandbox: SandboxServer) -> list[str]:
    """Ids of six media in the sandbox, titled "clip 0" to "clip 5"."""
    with Client(
        sandbox.config.public_key, sandbox.config.secret_key, base_url=sandbox.base_url
    ) as sdk:
        return [sdk.media.create(f"clip {number}").id for number in range(6)]
