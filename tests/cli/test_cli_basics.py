"""Root behaviour of ``aioz``: version, bare groups, bad settings, Ctrl+C, tables in pipes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

from aiozstream.emulator import FaultRule
from tests.conftest import REPO_ROOT
from tests.upload.test_upload_sandbox import CHUNK, make_file


def test_version_needs_no_command(aioz):
    outcome = aioz("--version")

    assert outcome.exit_code == 0
    assert outcome.stdout.startswith("aioz ")


def test_bare_group_prints_formatted_help(aioz):
    outcome = aioz("media")

    assert outcome.exit_code == 2
    assert "Commands:" in outcome.stdout
    assert "\n  list " in outcome.stdout
    assert "Error" not in outcome.stderr


def test_malformed_base_url_is_bad_input(aioz):
    outcome = aioz("--base-url", "not-a-url", "media", "list", env={"AIOZ_PUBLIC_KEY": "p", "AIOZ_SECRET_KEY": "s"})

    assert outcome.exit_code == 2
    assert "not-a-url" in outcome.stderr
    assert "https://" in outcome.stderr


def test_half_set_keys_name_the_missing_one(aioz):
    outcome = aioz("--base-url", "http://127.0.0.1:9/api", "media", "list", env={"AIOZ_PUBLIC_KEY": "p"})

    assert outcome.exit_code == 2
    assert "AIOZ_SECRET_KEY is set but" not in outcome.stderr
    assert "AIOZ_PUBLIC_KEY is set but AIOZ_SECRET_KEY is not" in outcome.stderr


def test_network_error_names_the_host(aioz):
    env = {"AIOZ_PUBLIC_KEY": "p", "AIOZ_SECRET_KEY": "s"}
    outcome = aioz("--base-url", "http://127.0.0.1:9/api", "media", "get", "abc", env=env)

    assert outcome.exit_code == 4
    assert "127.0.0.1:9/api/media/abc" in outcome.stderr


def test_tables_keep_ids_whole_in_pipes(aioz, sdk_client, sandbox_server, sample_video):
    media_id = sdk_client.upload(sample_video).media.id
    env = {"AIOZ_PUBLIC_KEY": sandbox_server.config.public_key, "AIOZ_SECRET_KEY": sandbox_server.config.secret_key}

    outcome = aioz("--base-url", sandbox_server.base_url, "media", "list", env=env)

    assert outcome.exit_code == 0, outcome.output
    assert media_id in outcome.stdout


def test_ctrl_c_during_upload_names_resume_command(sandbox_server, tmp_path):
    source = make_file(tmp_path / "clip.bin", 4 * CHUNK)
    sandbox_server.faults.add(FaultRule(kind="delay", route="MEDIA_PART", delay=0.5, times=None))
    env = {
        **os.environ,
        "AIOZ_PUBLIC_KEY": sandbox_server.config.public_key,
        "AIOZ_SECRET_KEY": sandbox_server.config.secret_key,
    }
    command = [sys.executable, "-m", "aiozstream.cli", "--base-url", sandbox_server.base_url, "--json"]
    process = subprocess.Popen(
        [*command, "upload", str(source), "--chunk-size", "5", "--parallel", "1"],
        env=env,
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    for line in process.stdout:
        if json.loads(line)["kind"] == "chunk_done":
            process.send_signal(signal.SIGINT)
            break
    rest, _ = process.communicate(timeout=60)

    assert process.returncode == 130
    error = json.loads(rest.strip().splitlines()[-1])
    assert error["kind"] == "error"
    assert error["exit_code"] == 130
    assert "--resume" in error["message"]
    assert str(source) in error["message"]
    assert sandbox_server.requests("MEDIA_COMPLETE") == []
