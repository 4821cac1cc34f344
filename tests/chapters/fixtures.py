"""Fixtures shared by the chapters, transcripts and audio tests.

Each test module gets its own sandbox. Every test starts with an empty request log,
so a test can check which requests its own commands sent.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from aiozstream import Client
from aiozstream.emulator import SandboxConfig, SandboxServer
from tests.cli.conftest import aioz  # noqa: F401 - re-exported as a fixture

VTT_TEXT = (
    "WEBVTT\n\n00:00:00.000 --> 00:00:01.500\nIntro\n\n00:00:01.500 --> 00:00:03.000\nMain part\n"
)
UNKNOWN_MEDIA_ID = "00000000-0000-4000-8000-000000000000"


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    data_dir = tmp_path_factory.mktemp("sandbox")
    with SandboxServer(SandboxConfig(data_dir=data_dir, transcode_delay=0)) as server:
        yield server


@pytest.fixture(autouse=True)
def empty_request_log(sandbox: SandboxServer) -> None:
    sandbox.request_log.clear()


@pytest.fixture
def sdk(sandbox: SandboxServer) -> Iterator[Client]:
    with Client(
        sandbox.config.public_key, sandbox.config.secret_key, base_url=sandbox.base_url
    ) as client:
        yield client


@pytest.fixture
def keys_env(sandbox: SandboxServer) -> dict[str, str]:
    """Environment of a CLI run that reaches the sandbox with its keys."""
    return {
        "AIOZ_PUBLIC_KEY": sandbox.config.public_key,
        "AIOZ_SECRET_KEY": sandbox.config.secret_key,
        "AIOZ_BASE_URL": sandbox.base_url,
    }


@pytest.fixture
def media_id(sdk: Client, sandbox: SandboxServer) -> str:
    """Id of a new video; its creation is left out of the request log."""
    created = sdk.media.create("clip").id
    sandbox.request_log.clear()
    return created


@pytest.fixture
def vtt(tmp_path: Path) -> Path:
    path = tmp_path / "cues.vtt"
    path.write_text(VTT_TEXT, encoding="utf-8")
    return path


@pytest.fixture
def srt(tmp_path: Path) -> Path:
    """A SubRip file, which is not WebVTT."""
    path = tmp_path / "cues.srt"
    path.write_text("1\n00:00:00,000 --> 00:00:01,500\nIntro\n", encoding="utf-8")
    return path
