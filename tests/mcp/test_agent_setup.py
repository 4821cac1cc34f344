"""``aioz agent setup``: print the MCP entry, merge it with a backup, install the OpenClaw skill."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from aiozstream.cli.agent import SKILL_NAME
from tests.conftest import PLANTED_SECRET, REPO_ROOT

SKILL = REPO_ROOT / "skill" / "SKILL.md"


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A home folder in tmp_path, with the platform's config folder inside it."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))
    monkeypatch.setenv("APPDATA", str(folder / "AppData"))
    monkeypatch.setenv("AIOZ_SECRET_KEY", PLANTED_SECRET)
    monkeypatch.setenv("AIOZ_PUBLIC_KEY", "public-key")
    monkeypatch.chdir(tmp_path)
    return folder


def test_setup_prints_entry_and_writes_nothing(aioz, home, tmp_path):
    config = tmp_path / "claude_desktop_config.json"

    outcome = aioz("--json", "agent", "setup", "--client", "claude-desktop", "--config", str(config))

    assert outcome.exit_code == 0, outcome.output
    report = json.loads(outcome.stdout)
    entry = report["config"]["mcpServers"]["aiozstream"]
    assert Path(entry["command"]).is_absolute()
    assert entry["args"][-1] == "mcp"
    assert report["written"] is False
    assert not config.exists()
    assert PLANTED_SECRET not in outcome.output


def test_write_merges_and_keeps_a_backup(aioz, home, tmp_path):
    config = tmp_path / "claude_desktop_config.json"
    before = {"theme": "dark", "mcpServers": {"files": {"command": "npx", "args": ["files-server"]}}}
    config.write_text(json.dumps(before), encoding="utf-8")

    outcome = aioz("agent", "setup", "--client", "claude-desktop", "--config", str(config), "--write")

    assert outcome.exit_code == 0, outcome.output
    after = json.loads(config.read_text(encoding="utf-8"))
    assert after["theme"] == "dark"
    assert after["mcpServers"]["files"] == before["mcpServers"]["files"]
    assert after["mcpServers"]["aiozstream"]["args"][-1] == "mcp"
    backups = list(tmp_path.glob("claude_desktop_config.json.*.bak"))
    assert len(backups) == 1
    assert json.loads(backups[0].read_text(encoding="utf-8")) == before
    assert PLANTED_SECRET not in config.read_text(encoding="utf-8")
    assert "Restart Claude Desktop" in outcome.stdout


def test_write_twice_updates_the_entry(aioz, home, tmp_path):
    config = tmp_path / ".mcp.json"

    first = aioz("agent", "setup", "--client", "claude-code", "--write")
    second = aioz("agent", "setup", "--client", "claude-code", "--write")

    assert first.exit_code == 0, first.output
    assert second.exit_code == 0, second.output
    servers = json.loads(config.read_text(encoding="utf-8"))["mcpServers"]
    assert list(servers) == ["aiozstream"]
    assert servers["aiozstream"]["type"] == "stdio"
    assert "Updated the aiozstream server" in second.stdout
    assert len(list(tmp_path.glob(".mcp.json.*.bak"))) == 1


def test_default_desktop_path_uses_the_config_folder(aioz, home):
    outcome = aioz("--json", "agent", "setup", "--client", "claude-desktop", "--write")

    assert outcome.exit_code == 0, outcome.output
    written = Path(json.loads(outcome.stdout)["config_path"])
    assert written.is_relative_to(home)
    assert json.loads(written.read_text(encoding="utf-8"))["mcpServers"]["aiozstream"]


def test_malformed_config_is_left_alone(aioz, home, tmp_path):
    config = tmp_path / "openclaw.json"
    config.write_text('{"mcp": {"servers": {,}}', encoding="utf-8")

    outcome = aioz("agent", "setup", "--client", "openclaw", "--config", str(config), "--write")

    assert outcome.exit_code == 2
    assert "is not valid JSON" in outcome.stderr
    assert "left unchanged" in outcome.stderr
    assert config.read_text(encoding="utf-8") == '{"mcp": {"servers": {,}}'
    assert not list(tmp_path.glob("openclaw.json.*.bak"))
    assert not (home / ".openclaw" / "skills").exists()


def test_servers_not_object_rejected(aioz, home, tmp_path):
    config = tmp_path / "claude.json"
    config.write_text('{"mcpServers": ["not", "an", "object"]}', encoding="utf-8")

    outcome = aioz("agent", "setup", "--client", "claude-code", "--config", str(config), "--write")

    assert outcome.exit_code == 2
    assert "mcpServers" in outcome.stderr
    assert json.loads(config.read_text(encoding="utf-8")) == {"mcpServers": ["not", "an", "object"]}


def test_openclaw_write_installs_the_skill(aioz, home):
    outcome = aioz("agent", "setup", "--client", "openclaw", "--write")

    assert outcome.exit_code == 0, outcome.output
    config = json.loads((home / ".openclaw" / "openclaw.json").read_text(encoding="utf-8"))
    assert config["mcp"]["servers"]["aiozstream"]["args"][-1] == "mcp"
    installed = home / ".openclaw" / "skills" / "aiozstream" / "SKILL.md"
    assert installed.read_text(encoding="utf-8") == SKILL.read_text(encoding="utf-8")


def test_unknown_client_is_refused(aioz, home):
    outcome = aioz("agent", "setup", "--client", "cursor")

    assert outcome.exit_code == 2
    assert "claude-desktop, claude-code, openclaw" in outcome.stderr


def test_skill_front_matter_follows_the_format():
    text = SKILL.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    fields = yaml.safe_load(front)
    metadata_line = next(line for line in front.splitlines() if line.startswith("metadata:"))

    assert fields["name"] == SKILL_NAME
    assert 0 < len(fields["description"]) <= 1024
    assert len(fields["compatibility"]) <= 500
    assert json.loads(metadata_line.removeprefix("metadata:").strip()) == fields["metadata"]
    assert fields["metadata"]["openclaw"]["requires"]["bins"] == ["aioz"]
    assert "Please enter your AIOZ Stream Public Key:" in body
    assert "Please enter your AIOZ Stream Secret Key:" in body
    assert "Keep your keys safe — treat them like passwords" in body
    assert "aioz login --stdin" in body
