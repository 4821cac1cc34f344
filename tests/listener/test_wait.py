"""Waiting for encoding (polling and webhooks) and the guided retry of a failed encode."""

from __future__ import annotations

import re
import time
from datetime import datetime
from pathlib import Path

import pytest

from aiozstream.cli._context import AppState
from aiozstream.cli.wait import parse_listen_address, register_retry, wait_for_encoding
from aiozstream.emulator import FaultRule, SandboxConfig, SandboxServer
from aiozstream.errors import InputError
from aiozstream.settings import link_hosts
from aiozstream.templates import render_event
from tests.webhooks.support import client_for, upload

from .support import free_port


@pytest.fixture
def slow_sandbox(tmp_path: Path, monkeypatch):
    """A sandbox whose encoding takes 0.6 s, with its keys in the environment."""
    config = SandboxConfig(
        data_dir=tmp_path / "slow", transcode_delay=0.6, webhook_backoff=0.05, webhook_attempts=2
    )
    with SandboxServer(config) as server:
        monkeypatch.setenv("AIOZ_PUBLIC_KEY", server.config.public_key)
        monkeypatch.setenv("AIOZ_SECRET_KEY", server.config.secret_key)
        yield server


@pytest.fixture
def with_retry(monkeypatch):
    """Add ``retry`` to ``aioz media`` the way cli/media.py's build() will."""
    import aiozstream.cli.media as media_commands

    original = media_commands.build

    def build():
        group = original()
        register_retry(group)
        return group

    monkeypatch.setattr(media_commands, "build", build)


def headings(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("## ")]


def test_wait_polls_until_encoding_finished(slow_sandbox, sample_video, capsys):
    media_id = upload(slow_sandbox, sample_video, title="Polled", qualities=("360p", "720p"))
    state = AppState(base_url=slow_sandbox.base_url)

    final = wait_for_encoding(state, media_id, "Polled", "video", poll_initial=0.05, poll_max=0.1)

    output = capsys.readouterr()
    assert final == "encoding_finished"
    assert headings(output.out) == [
        "## ⚙️ Encoding Started",
        "## 🔄 Partial Quality Ready",
        "## 🔄 Partial Quality Ready",
        "## ✅ Encoding Finished — Media is Live!",
    ]
    # A polled event is stamped with the media's updated_at, or later to keep the order.
    shown = re.findall(r"\| \*\*Timestamp\*\* \| (\S+ \S+) UTC", output.out)
    assert shown == sorted(shown)
    finished = render_event(
        "encoding_finished",
        media_id=media_id,
        title="Polled",
        timestamp=datetime.strptime(shown[-1], "%Y-%m-%d %H:%M:%S"),
        links=link_hosts(slow_sandbox.base_url),
    )
    assert finished in output.out
    assert output.out.rstrip().endswith(f"media {media_id}: status done (from encoding_finished)")
    assert "GET /media/" in output.err


def test_wait_receives_webhooks_when_listening(slow_sandbox, sample_video, capsys):
    port = free_port()
    with client_for(slow_sandbox) as client:
        client.webhooks.create(f"http://127.0.0.1:{port}/")
    media_id = upload(slow_sandbox, sample_video, title="Heard", qualities=("360p", "720p"))
    state = AppState(base_url=slow_sandbox.base_url)
    started = time.monotonic()

    final = wait_for_encoding(state, media_id, "Heard", "video", listen=str(port))

    output = capsys.readouterr()
    assert final == "encoding_finished"
    # While listening the status is polled every 15 s, so only a webhook ends the wait this soon.
    assert time.monotonic() - started < 10
    assert f"http://127.0.0.1:{port}/" in output.err
    assert headings(output.out).count("## ✅ Encoding Finished — Media is Live!") == 1
    assert headings(output.out).count("## 🔄 Partial Quality Ready") == 2


def test_wait_on_failure_prints_template_and_retry_command(slow_sandbox, sample_video, capsys):
    slow_sandbox.faults.add(FaultRule(kind="fail_transcode", route="MEDIA_COMPLETE"))
    media_id = upload(slow_sandbox, sample_video, title="Doomed")
    state = AppState(base_url=slow_sandbox.base_url)

    with pytest.raises(SystemExit) as stopped:
        wait_for_encoding(
            state, media_id, "Doomed", "video", file=sample_video, poll_initial=0.05, poll_max=0.1
        )

    output = capsys.readouterr()
    assert stopped.value.code == 1
    assert headings(output.out)[-1] == "## ❌ Encoding Failed"
    assert "### ⚠️ How to Retry" in output.out
    assert f"media retry {media_id} {sample_video}" in output.err


def test_media_retry_after_failed_encode(aioz, keys_env, sample_video, with_retry):
    sandbox = keys_env
    sandbox.faults.add(FaultRule(kind="fail_transcode", route="MEDIA_COMPLETE"))
    failed_id = upload(sandbox, sample_video, title="Second chance", qualities=("360p", "720p"))
    assert sandbox.wait_for_status(failed_id) == "fail"
    costs_before = len(sandbox.requests(route="MEDIA_COST"))

    outcome = aioz(
        "--base-url", sandbox.base_url, "media", "retry", failed_id, str(sample_video), "--yes"
    )

    assert outcome.exit_code == 0, outcome.output
    lines = outcome.stdout.splitlines()
    steps = [line.split(" · ")[0] for line in lines if line.startswith("Step ")]
    assert steps == ["Step 1/5", "Step 2/5", "Step 3/5", "Step 4/5", "Step 5/5"]
    assert "## 🎉 Upload Complete!" in lines
    assert headings(outcome.stdout)[-1] == "## ✅ Encoding Finished — Media is Live!"
    assert len(sandbox.requests(route="MEDIA_COST")) == costs_before + 1

    with client_for(sandbox) as client:
        page = client.media.list()
    assert [media.id for media in page.items if media.id == failed_id] == []
    retried = [media for media in page.items if media.title == "Second chance"]
    assert len(retried) == 1
    assert retried[0].status == "done"
    assert sorted(quality["name"] for quality in retried[0].qualities) == ["360p", "720p"]


def test_media_retry_without_yes_refuses_in_scripts(aioz, keys_env, sample_video, with_retry):
    keys_env.faults.add(FaultRule(kind="fail_transcode", route="MEDIA_COMPLETE"))
    failed_id = upload(keys_env, sample_video, title="Kept")
    keys_env.wait_for_status(failed_id)

    outcome = aioz("--base-url", keys_env.base_url, "media", "retry", failed_id, str(sample_video))
    assert outcome.exit_code == 2
    assert keys_env.requests(route="MEDIA_DELETE") == []


def test_media_retry_of_done_media_is_blocked(aioz, keys_env, sample_video, with_retry):
    media_id = upload(keys_env, sample_video, title="Fine")
    keys_env.wait_for_status(media_id)
    outcome = aioz(
        "--base-url", keys_env.base_url, "media", "retry", media_id, str(sample_video), "--yes"
    )
    assert outcome.exit_code == 3
    assert "only a failed encode is retried" in outcome.stderr
    assert keys_env.requests(route="MEDIA_DELETE") == []


def test_media_retry_checks_file_first(aioz, keys_env, tmp_path, with_retry):
    outcome = aioz(
        "--base-url",
        keys_env.base_url,
        "media",
        "retry",
        "0b5b0c4e-8a53-4d39-a9a3-1f1b1d2a9c55",
        str(tmp_path / "missing.mp4"),
        "--yes",
    )
    assert outcome.exit_code == 2
    assert keys_env.requests() == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("8765", ("127.0.0.1", 8765)),
        ("0.0.0.0:80", ("0.0.0.0", 80)),
        ("[::1]:9000", ("::1", 9000)),
        ("", None),
    ],
)
def test_listen_address_forms(value, expected):
    assert parse_listen_address(value) == expected


@pytest.mark.parametrize("value", ["http://x", "70000", "host:", "abc"])
def test_listen_address_rejected(value):
    with pytest.raises(InputError) as raised:
        parse_listen_address(value)
    assert raised.value.key == "wait.listen_invalid"
