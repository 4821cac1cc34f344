"""Fixtures for the player theme tests: a sandbox, SDK clients, the CLI runner and images."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin

from aiozstream import AsyncClient, Client
from aiozstream._core.base import RetryPolicy
from aiozstream.emulator import SandboxConfig, SandboxServer
from tests.cli.conftest import aioz  # noqa: F401 - the CLI runner fixture, shared
from tests.conftest import FIXTURES

PNG_LOGO = FIXTURES / "logo.png"
JPEG_LOGO = FIXTURES / "test.jpg"
VIDEO = FIXTURES / "558k.mp4"
QUICK_RETRIES = RetryPolicy(max_retries=2, initial=0.01, maximum=0.02)


@pytest.fixture(scope="session")
def stopping_servers() -> Iterator[list[SandboxServer]]:
    """Servers asked to stop, joined once at the end so that no test waits for a shutdown."""
    servers: list[SandboxServer] = []
    yield servers
    for server in servers:
        server.join()


@pytest.fixture
def sandbox(tmp_path: Path, stopping_servers: list[SandboxServer]) -> Iterator[SandboxServer]:
    """A sandbox on a free loopback port with its data in ``tmp_path``."""
    config = SandboxConfig(data_dir=tmp_path / "sandbox", transcode_delay=0)
    server = SandboxServer(config).start()
    yield server
    server.stop(wait=False)
    stopping_servers.append(server)


@pytest.fixture
def client(sandbox: SandboxServer) -> Iterator[Client]:
    """A blocking SDK client of the sandbox."""
    with Client(
        sandbox.config.public_key,
        sandbox.config.secret_key,
        base_url=sandbox.base_url,
        retry=QUICK_RETRIES,
    ) as sdk:
        yield sdk


@pytest.fixture
def async_client(sandbox: SandboxServer) -> AsyncClient:
    """An asyncio SDK client of the sandbox; the test closes it."""
    return AsyncClient(
        sandbox.config.public_key,
        sandbox.config.secret_key,
        base_url=sandbox.base_url,
        retry=QUICK_RETRIES,
    )


@pytest.fixture
def cli(aioz, sandbox: SandboxServer):  # noqa: F811 - uses the imported fixture
    """Run ``aioz --base-url SANDBOX ARGS`` with the sandbox's keys in the environment."""
    env = {
        "AIOZ_PUBLIC_KEY": sandbox.config.public_key,
        "AIOZ_SECRET_KEY": sandbox.config.secret_key,
    }

    def run(*args: str, input: str | None = None):
        return aioz("--base-url", sandbox.base_url, *args, input=input, env=env)

    return run


@pytest.fixture
def wide_png(tmp_path: Path) -> Path:
    """A 300×50 PNG: small in bytes but wider than 200 px."""
    path = tmp_path / "wide.png"
    Image.new("RGB", (300, 50), "red").save(path)
    return path


@pytest.fixture
def heavy_png(tmp_path: Path) -> Path:
    """A 100×100 PNG over 100 KB, padded with a text chunk."""
    path = tmp_path / "heavy.png"
    info = PngImagePlugin.PngInfo()
    info.add_text("padding", "x" * 120_000)
    Image.new("RGB", (100, 100), "blue").save(path, pnginfo=info)
    assert path.stat().st_size > 100 * 1024
    return path
