"""``aioz upload`` and friends as a person and a script use them."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from aiozstream.emulator import FaultRule, SandboxConfig, SandboxServer
from tests.conftest import PLANTED_SECRET, REPO_ROOT
from tests.upload.test_upload_sandbox import CHUNK, make_file

SAMPLE = REPO_ROOT / "samples" / "sample.mp4"
SAMPLE_AUDIO = REPO_ROOT / "samples" / "sample.m4a"


@pytest.fixture
def planted_sandbox(tmp_path):
    """A sandbox whose secret key is the planted secret, so any leak is detectable."""
    server = SandboxServer(
        SandboxConfig(
            data_dir=tmp_path / "data", transcode_delay=0, public_key="pub-planted", secret_key=PLANTED_SECRET
        )
    ).start()
    yield server
    server.stop()


@pytest.fixture
def keys_env(planted_sandbox):
    return {"AIOZ_PUBLIC_KEY": "pub-planted", "AIOZ_SECRET_KEY": PLANTED_SECRET}


def test_sandbox_upload_shows_templates_and_links(aioz):
    outcome = aioz("--sandbox", "upload", str(SAMPLE))

    assert outcome.exit_code == 0, outcome.output
    assert "## 📤 Uploading: sample" in outcome.stdout
    assert "Progress: ██████████ 100% (1 of 1 chunks)" in outcome.stdout
    assert "| 0     | 0.13 MB | ✅ Valid    | ✅ Done        |" in outcome.stdout
    assert "## 🎉 Upload Complete!" in outcome.stdout
    assert "| **Type**     | video" in outcome.stdout
    assert "/manifest.m3u8" in outcome.stdout
    assert "/embed/vod/hls/" in outcome.stdout


def test_upload_in_chinese(aioz):
    outcome = aioz("--sandbox", "--lang", "zh", "upload", str(SAMPLE))

    assert outcome.exit_code == 0, outcome.output
    assert "## 📤 正在上传:sample" in outcome.stdout
    assert "## 🎉 上传完成!" in outcome.stdout
    assert "链接" in outcome.stdout


def test_upload_json_lines(aioz):
    outcome = aioz("--sandbox", "--json", "upload", str(SAMPLE), "--title", "JSON run")

    assert outcome.exit_code == 0, outcome.output
    lines = [json.loads(line) for line in outcome.stdout.splitlines()]
    kinds = [line["kind"] for line in lines]
    assert kinds[0] == "upload_started"
    assert "chunk_done" in kinds
    assert kinds[-2:] == ["upload_completed", "result"]
    assert lines[-1]["media"]["title"] == "JSON run"


def test_audio_upload_detects_type(aioz):
    outcome = aioz("--sandbox", "--json", "upload", str(SAMPLE_AUDIO), "-q", "good")

    assert outcome.exit_code == 0, outcome.output
    result = json.loads(outcome.stdout.splitlines()[-1])
    assert result["media"]["type"] == "audio"


def test_h265_mpegts_warns(aioz):
    outcome = aioz("--sandbox", "upload", str(SAMPLE), "-q", "720p", "--codec", "h265", "--container", "mpegts")

    assert outcome.exit_code == 0, outcome.output
    assert "Safari" in outcome.stderr
    assert "fmp4" in outcome.stderr


def test_insufficient_balance_exit_3(aioz, planted_sandbox, keys_env):
    planted_sandbox.store.set_balance(0)

    outcome = aioz("--base-url", planted_sandbox.base_url, "upload", str(SAMPLE), "-q", "1080p", env=keys_env)

    assert outcome.exit_code == 3
    assert (
        "⚠️ Your account balance is insufficient to transcode with the requested quality presets. "
        "Please top up your AIOZ wallet before proceeding."
    ) in outcome.stderr
    assert planted_sandbox.requests("MEDIA_CREATE") == []


def bad_input_cases(tmp_path: Path):
    folder = tmp_path / "folder"
    folder.mkdir()
    empty = tmp_path / "empty.mp4"
    empty.touch()
    return [
        (["upload", str(tmp_path / "missing.mp4")], "not found"),
        (["upload", str(folder)], "folder"),
        (["upload", str(empty)], "empty"),
        (["upload", str(SAMPLE), "--chunk-size", "4"], "chunk size"),
        (["upload", str(SAMPLE), "--chunk-size", "201"], "chunk size"),
        (["upload", str(SAMPLE), "-q", "999p"], "999p"),
        (["upload", str(SAMPLE), "-q", "4320p"], "h264"),
        (["upload", str(SAMPLE), "-q", "good"], "audio preset"),
        (["upload", str(SAMPLE_AUDIO), "-q", "720p"], "video resolution"),
        (["upload", str(SAMPLE), "--codec", "vp9"], "vp9"),
        (["upload", str(SAMPLE), "--container", "avi"], "avi"),
        (["upload", str(SAMPLE), "--parallel", "0"], "parallel"),
        (["upload", str(SAMPLE), "--duration", "-3", "-q", "720p"], "duration"),
        (["upload", str(SAMPLE), "--type", "image"], "image"),
        (["upload", str(SAMPLE), "--resume", "--new"], "--resume"),
        (["upload", str(SAMPLE), "--resume"], "resume"),
        (["upload", str(SAMPLE), "--meta", "novalue"], "KEY=VALUE"),
    ]


def test_bad_input_refused_before_any_request(aioz, planted_sandbox, keys_env, tmp_path):
    for args, expected in bad_input_cases(tmp_path):
        outcome = aioz("--base-url", planted_sandbox.base_url, *args, env=keys_env)

        assert outcome.exit_code == 2, (args, outcome.output)
        assert expected.lower() in outcome.stderr.lower(), (args, outcome.stderr)
        assert len(outcome.stderr.strip().splitlines()) == 1, (args, outcome.stderr)
        assert "Traceback" not in outcome.output
    assert planted_sandbox.requests() == []


def test_unreadable_file_refused(aioz, planted_sandbox, keys_env, tmp_path, monkeypatch):
    locked = tmp_path / "locked.mp4"
    locked.write_bytes(b"data")
    original_open = Path.open

    def refuse(self, *args, **kwargs):
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return original_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    outcome = aioz("--base-url", planted_sandbox.base_url, "upload", str(locked), env=keys_env)

    assert outcome.exit_code == 2
    assert "Permission denied" in outcome.stderr
    assert planted_sandbox.requests() == []


def test_missing_keys_without_terminal_exit_2(aioz, planted_sandbox):
    outcome = aioz("--base-url", planted_sandbox.base_url, "upload", str(SAMPLE))

    assert outcome.exit_code == 2
    assert "AIOZ_PUBLIC_KEY" in outcome.stderr
    assert "AIOZ_SECRET_KEY" in outcome.stderr
    assert planted_sandbox.requests() == []


def test_unknown_media_id_shows_api_message(aioz, planted_sandbox, keys_env):
    outcome = aioz(
        "--base-url", planted_sandbox.base_url, "media", "get", "00000000-0000-4000-8000-000000000000", env=keys_env
    )

    assert outcome.exit_code == 1
    assert "not found" in outcome.stderr.lower()
    assert len(outcome.stderr.strip().splitlines()) == 1


def test_secret_absent_from_every_output(aioz, planted_sandbox, keys_env, tmp_path):
    source = make_file(tmp_path / "clip.bin", CHUNK + 3)
    planted_sandbox.faults.add(FaultRule(kind="error", route="MEDIA_PART", part_index=1, status=500))
    runs = [
        ("--debug", "upload", str(source), "--chunk-size", "5"),
        ("--debug", "--json", "upload", str(SAMPLE), "--title", "json"),
        ("--debug", "media", "list"),
        ("--debug", "media", "get", "00000000-0000-4000-8000-000000000000"),
        ("--debug", "upload", str(tmp_path / "missing.mp4")),
    ]
    for args in runs:
        outcome = aioz("--base-url", planted_sandbox.base_url, *args, env=keys_env)
        assert PLANTED_SECRET not in outcome.output, args
    wrong_key = aioz(
        "--debug", "--base-url", planted_sandbox.base_url, "media", "list", env={**keys_env, "AIOZ_PUBLIC_KEY": "wrong"}
    )
    assert wrong_key.exit_code == 1
    assert PLANTED_SECRET not in wrong_key.output


def test_killed_upload_resumes_missing_parts_only(planted_sandbox, keys_env, tmp_path):
    source = make_file(tmp_path / "big.bin", 6 * CHUNK + 11)
    planted_sandbox.faults.add(FaultRule(kind="delay", route="MEDIA_PART", delay=0.4, times=None))
    env = {**os.environ, **keys_env}
    command = [
        sys.executable,
        "-m",
        "aiozstream.cli",
        "--base-url",
        planted_sandbox.base_url,
        "--json",
        "upload",
        str(source),
    ]
    process = subprocess.Popen(
        [*command, "--chunk-size", "5", "--parallel", "1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    accepted = 0
    for line in process.stdout:
        if json.loads(line)["kind"] == "chunk_done":
            accepted += 1
        if accepted == 2:
            process.send_signal(signal.SIGKILL)
            break
    process.wait(timeout=30)
    planted_sandbox.faults.clear()
    assert planted_sandbox.requests("MEDIA_COMPLETE") == []
    first_run = {entry["seq"] for entry in planted_sandbox.requests()}

    resumed = subprocess.run([*command, "--resume"], env=env, capture_output=True, text=True, timeout=60)

    assert resumed.returncode == 0, resumed.stderr
    result = json.loads(resumed.stdout.splitlines()[-1])
    media_id = result["media"]["id"]
    second_run = [entry for entry in planted_sandbox.requests("MEDIA_PART") if entry["seq"] not in first_run]
    sent_before = {entry["part_index"] for entry in planted_sandbox.requests("MEDIA_PART") if entry["seq"] in first_run}
    assert {entry["part_index"] for entry in second_run} == set(range(1, 8)) - {1, 2}
    assert {1, 2} <= sent_before
    assert len(planted_sandbox.requests("MEDIA_COMPLETE")) == 1
    assert planted_sandbox.store.read_assembled(media_id) == source.read_bytes()
