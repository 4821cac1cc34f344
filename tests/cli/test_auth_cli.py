"""Keys: login and logout, the two prompts, and keys never taken from the command line."""

from __future__ import annotations

import stat

import pytest

from aiozstream._core import credentials
from aiozstream.cli import _console
from tests.conftest import PLANTED_SECRET


def test_login_stdin_saves_private_file(aioz, isolated_settings):
    outcome = aioz("login", "--stdin", input=f"pub-key\n{PLANTED_SECRET}\n")

    assert outcome.exit_code == 0, outcome.output
    saved = isolated_settings / "config" / "credentials.json"
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert PLANTED_SECRET not in outcome.output
    pair = credentials.load_saved()
    assert pair.public_key == "pub-key"
    assert pair.secret_key.get_secret_value() == PLANTED_SECRET


def test_logout_removes_saved_keys(aioz, isolated_settings):
    aioz("login", "--stdin", input=f"pub-key\n{PLANTED_SECRET}\n")

    outcome = aioz("logout")

    assert outcome.exit_code == 0
    assert credentials.load_saved() is None
    assert not (isolated_settings / "config" / "credentials.json").exists()
    assert "No saved keys" in aioz("logout").stdout


def test_login_without_terminal_or_stdin_exit_2(aioz):
    outcome = aioz("login")

    assert outcome.exit_code == 2
    assert "AIOZ_PUBLIC_KEY" in outcome.stderr


def test_saved_keys_used_by_commands(aioz, sandbox_server):
    pair = credentials.Credentials.of(sandbox_server.config.public_key, sandbox_server.config.secret_key)
    credentials.save(pair)

    outcome = aioz("--base-url", sandbox_server.base_url, "--json", "media", "list")

    assert outcome.exit_code == 0, outcome.output
    assert '"total": 0' in outcome.stdout


# Hidden input falls back to plain reading without a real terminal, and getpass warns about it.
@pytest.mark.filterwarnings("ignore::getpass.GetPassWarning")
def test_terminal_prompts_in_order_then_reminder(aioz, sandbox_server, monkeypatch):
    monkeypatch.setattr(_console, "is_terminal", lambda: True)
    keys = f"{sandbox_server.config.public_key}\n{sandbox_server.config.secret_key}\n"

    outcome = aioz("--base-url", sandbox_server.base_url, "media", "list", input=keys)

    assert outcome.exit_code == 0, outcome.output
    public_at = outcome.stderr.index("Please enter your AIOZ Stream Public Key:")
    secret_at = outcome.stderr.index("Please enter your AIOZ Stream Secret Key:")
    reminder_at = outcome.stderr.index("Keep your keys safe — treat them like passwords")
    assert public_at < secret_at < reminder_at
    assert sandbox_server.config.secret_key not in outcome.output


@pytest.mark.filterwarnings("ignore::getpass.GetPassWarning")
def test_terminal_prompts_in_chinese(aioz, sandbox_server, monkeypatch):
    monkeypatch.setattr(_console, "is_terminal", lambda: True)
    keys = f"{sandbox_server.config.public_key}\n{sandbox_server.config.secret_key}\n"

    outcome = aioz("--lang", "zh", "--base-url", sandbox_server.base_url, "media", "list", input=keys)

    assert outcome.exit_code == 0, outcome.output
    assert "请输入您的AIOZ Stream公钥:" in outcome.stderr
    assert "请输入您的AIOZ Stream密钥:" in outcome.stderr
    assert "请妥善保管您的密钥" in outcome.stderr


def test_no_option_accepts_a_secret(aioz):
    for flag in ("--secret-key", "--secret", "--api-secret"):
        outcome = aioz(flag, "x", "media", "list")
        assert outcome.exit_code == 2, flag
