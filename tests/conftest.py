"""Fixtures shared by the whole suite: isolated settings folders and the shared media files."""

from __future__ import annotations

from pathlib import Path

import pytest

from aiozstream import i18n

REPO_ROOT = Path(__file__).resolve().parents[1]
FIXTURES = REPO_ROOT.parent / "shared" / "fixtures"
PLANTED_SECRET = "planted-secret-3f9c1d7e-never-print-me"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory, monkeypatch):
    """Keep every test away from the user's keys, journals and sandbox data."""
    base = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("AIOZ_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("AIOZ_STATE_DIR", str(base / "state"))
    monkeypatch.setenv("AIOZ_SANDBOX_DATA", str(base / "sandbox"))
    monkeypatch.setenv("AIOZ_KEYRING", "off")
    for name in ("AIOZ_PUBLIC_KEY", "AIOZ_SECRET_KEY", "AIOZ_BASE_URL", "AIOZ_LANG", "AIOZ_ASSISTANT_NAME"):
        monkeypatch.delenv(name, raising=False)
    i18n.set_language("en")
    yield base
    i18n.set_language(None)


@pytest.fixture
def sample_video() -> Path:
    """The 571,228-byte H.264 MP4 of the shared fixtures (5.6 s)."""
    path = FIXTURES / "558k.mp4"
    assert path.is_file(), f"missing shared fixture {path}"
    return path


@pytest.fixture
def sandbox_server(tmp_path):
    """A sandbox on a free loopback port with its data in ``tmp_path``; encoding finishes at once."""
    from aiozstream.emulator import SandboxConfig, SandboxServer

    server = SandboxServer(SandboxConfig(data_dir=tmp_path / "sandbox-data", transcode_delay=0)).start()
    yield server
    server.stop()


@pytest.fixture
def sdk_client(sandbox_server):
    """A blocking SDK client of ``sandbox_server`` with quick retries."""
    from aiozstream import Client
    from aiozstream._core.base import RetryPolicy

    client = Client(
        sandbox_server.config.public_key,
        sandbox_server.config.secret_key,
        base_url=sandbox_server.base_url,
        retry=RetryPolicy(max_retries=4, initial=0.01, maximum=0.05),
    )
    yield client
    client.close()
