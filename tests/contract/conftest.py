"""Fixtures of the contract tests: one sandbox per test module, with shared objects made."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from aiozstream.emulator import SandboxConfig, SandboxServer

from .world import World, webhook_receiver


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """A sandbox on a free loopback port holding one object of each kind."""
    data_dir = tmp_path_factory.mktemp("contract-sandbox")
    # Generated requests and schemathesis's auth probes add up to more than the default
    # 1000 requests per minute, and a 429 is not what these tests look at.
    config = SandboxConfig(data_dir=data_dir, transcode_delay=0, rate_limit=1_000_000)
    with (
        webhook_receiver() as webhook_url,
        SandboxServer(config) as sandbox,
        httpx.Client(base_url=sandbox.base_url, headers=sandbox.auth_headers, timeout=30) as http,
    ):
        yield World(sandbox=sandbox, http=http, webhook_url=webhook_url).build()
