"""``aioz api-keys`` against the sandbox: the new secret is shown once, bad input sends nothing."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from aiozstream import Client
from aiozstream.emulator import SandboxServer
from tests.playlists.support import routes_sent, run_cli


def files_containing(folder: Path, text: str) -> list[Path]:
    return [
        path for path in folder.rglob("*") if path.is_file() and text.encode() in path.read_bytes()
    ]


def test_create_prints_secret_once_with_warning(
    sandbox: SandboxServer, isolated_settings: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="aiozstream")

    outcome = run_cli(
        sandbox,
        "--debug",
        "api-keys",
        "create",
        "ci uploader",
        "--ttl",
        "30d",
        "--type",
        "only_upload",
    )

    assert outcome.exit_code == 0, outcome.output
    secret = outcome.stdout.split("Secret key: ", 1)[1].split()[0]
    assert len(secret) >= 32
    assert outcome.output.count(secret) == 1
    assert "cannot be retrieved again" in outcome.stderr
    assert "only_upload" in outcome.stdout
    assert caplog.records, "the --debug run logged nothing, so the log check below proves nothing"
    assert not any(secret in record.getMessage() for record in caplog.records)
    assert files_containing(isolated_settings, secret) == []
    assert files_containing(sandbox.config.data_dir, secret) == []


def test_create_json_carries_secret_and_warning(sandbox: SandboxServer) -> None:
    outcome = run_cli(sandbox, "--json", "api-keys", "create", "scripted", "--ttl", "3600")

    lines = outcome.stdout.splitlines()
    result = json.loads(lines[0])
    secret = result["api_key"]["secret"]
    assert len(lines) == 1
    assert result["kind"] == "created"
    assert result["api_key"]["ttl"] == "3600"
    assert "cannot be retrieved again" in result["warning"]
    assert outcome.output.count(secret) == 1


def test_create_warns_in_chinese(sandbox: SandboxServer) -> None:
    outcome = run_cli(sandbox, "--lang", "zh", "api-keys", "create", "中文", "--ttl", "1d")

    assert outcome.exit_code == 0, outcome.output
    assert "密钥:" in outcome.stdout
    assert "之后无法再次获取" in outcome.stderr


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        (["ci", "--ttl", "0"], "ttl"),
        (["ci", "--ttl", "2147483648"], "ttl"),
        (["ci", "--ttl", "abc"], "ttl"),
        (["ci", "--ttl", "3 months"], "ttl"),
        (["ci", "--ttl", "1h", "--type", "admin"], "type"),
        (["", "--ttl", "1h"], "name"),
        (["line\nbreak", "--ttl", "1h"], "name"),
        (["x" * 256, "--ttl", "1h"], "name"),
    ],
)
def test_create_rejects_bad_input_before_any_request(
    sandbox: SandboxServer, arguments: list[str], field: str
) -> None:
    sandbox.request_log.clear()

    outcome = run_cli(sandbox, "api-keys", "create", *arguments)

    assert outcome.exit_code == 2
    assert outcome.stderr.count("\n") == 1
    assert field in outcome.stderr
    assert outcome.stdout == ""
    assert routes_sent(sandbox) == []


def test_create_needs_ttl(sandbox: SandboxServer) -> None:
    sandbox.request_log.clear()

    outcome = run_cli(sandbox, "api-keys", "create", "no lifetime")

    assert outcome.exit_code == 2
    assert "--ttl" in outcome.stderr
    assert routes_sent(sandbox) == []


def test_list_shows_no_secret(sandbox: SandboxServer, client: Client) -> None:
    key = client.api_keys.create("listed", ttl=600)

    table = run_cli(sandbox, "api-keys", "list", "--search", "listed")
    as_json = run_cli(sandbox, "--json", "api-keys", "list", "--search", "listed")

    listed = json.loads(as_json.stdout)["api_keys"]
    assert key.secret not in table.output
    assert key.secret not in as_json.output
    assert [entry["id"] for entry in listed] == [key.id]
    assert listed[0]["secret"] is None
    assert listed[0]["truncated_secret"]


@pytest.mark.parametrize(("option", "value"), [("--sort", "color"), ("--order", "sideways")])
def test_list_rejects_bad_sort(sandbox: SandboxServer, option: str, value: str) -> None:
    sandbox.request_log.clear()

    outcome = run_cli(sandbox, "api-keys", "list", option, value)

    assert outcome.exit_code == 2
    assert value in outcome.stderr
    assert routes_sent(sandbox) == []


def test_rename_and_delete(sandbox: SandboxServer, client: Client) -> None:
    key = client.api_keys.create("old", ttl=600)

    renamed = run_cli(sandbox, "api-keys", "rename", key.id, "new")
    refused = run_cli(sandbox, "api-keys", "delete", key.id)
    deleted = run_cli(sandbox, "--json", "api-keys", "delete", key.id, "--yes")
    again = run_cli(sandbox, "api-keys", "rename", key.id, "newer")

    assert renamed.exit_code == 0, renamed.output
    assert "'new'" in renamed.stdout
    assert refused.exit_code == 2
    assert json.loads(deleted.stdout) == {"kind": "deleted", "api_key_id": key.id}
    assert again.exit_code == 1
    assert "not found" in again.stderr


def test_rename_rejects_empty_name(sandbox: SandboxServer) -> None:
    sandbox.request_log.clear()

    outcome = run_cli(sandbox, "api-keys", "rename", "7c0e3a4e-2d2b-4a7e-9c55-0d0d9d0f6b11", " ")

    assert outcome.exit_code == 2
    assert "name" in outcome.stderr
    assert routes_sent(sandbox) == []
