"""``aioz agent setup``: connect an AI assistant to ``aioz mcp``.

Prints the entry that starts the MCP server for Claude Desktop, Claude Code or
OpenClaw. With ``--write`` it saves a timestamped copy of the client's JSON
configuration, then merges the entry into it, keeping every other key and
server, and installs the OpenClaw skill. No key is written, because the server
reads the keys from its environment or the pair saved by ``aioz login``.

Where each client reads its configuration (from the clients' documentation):

* Claude Desktop: ``claude_desktop_config.json``, key ``mcpServers``, in
  ``~/Library/Application Support/Claude`` on macOS and ``%APPDATA%\\Claude`` on
  Windows. Anthropic ships no Linux build; community builds read
  ``$XDG_CONFIG_HOME/Claude``, used here on other systems.
* Claude Code: ``.mcp.json`` in the project folder (project scope) or
  ``~/.claude.json`` (user scope), key ``mcpServers``, entries with ``type: stdio``.
* OpenClaw: ``~/.openclaw/openclaw.json``, key ``mcp.servers``; shared skills
  in ``~/.openclaw/skills/<name>/SKILL.md``.
"""

import json
import os
import shutil
import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

import typer

from aiozstream import i18n
from aiozstream.cli import _console
from aiozstream.cli._context import AppState
from aiozstream.errors import InputError

SERVER_NAME = "aiozstream"
CLIENTS = {
    "claude-desktop": "Claude Desktop",
    "claude-code": "Claude Code",
    "openclaw": "OpenClaw",
}
SCOPES = ("project", "user")
SKILL_NAME = "aiozstream"
# The skill lives in the repository's skill/ folder, three levels above this package's cli folder.
SKILL_SOURCE = Path(__file__).resolve().parents[3] / "skill" / "SKILL.md"


def build() -> typer.Typer:
    """Build the ``agent`` command group."""
    t = i18n.t
    group = typer.Typer(no_args_is_help=True, help=t("mcp.agent_help"), epilog=t("mcp.agent_setup_example"))

    @group.command("setup", help=t("mcp.agent_setup_help"), epilog=t("mcp.agent_setup_example"))
    def setup(
        ctx: typer.Context,
        client: Annotated[str, typer.Option("--client", help=t("mcp.agent_help_client"), show_default=False)],
        write: Annotated[bool, typer.Option("--write", help=t("mcp.agent_help_write"))] = False,
        config: Annotated[
            Path | None, typer.Option("--config", help=t("mcp.agent_help_config"), show_default=False)
        ] = None,
        scope: Annotated[str, typer.Option("--scope", help=t("mcp.agent_help_scope"))] = "project",
    ) -> None:
        state: AppState = ctx.obj
        client = client.strip().lower()
        if client not in CLIENTS:
            raise InputError("mcp.agent_client_invalid", value=client, allowed=", ".join(CLIENTS))
        scope = scope.strip().lower()
        if scope not in SCOPES:
            raise InputError("mcp.agent_scope_invalid", value=scope)

        path = config.expanduser() if config is not None else default_config_path(client, scope)
        entry = server_entry(client)
        keys = config_keys(client)
        snippet = _nest(keys, {SERVER_NAME: entry})
        skill_target = skill_path() if client == "openclaw" else None

        outcome: dict[str, Any] = {"written": False, "backup": None, "updated": False, "skill": None}
        if write:
            outcome.update(merge_entry(path, keys, entry))
            if skill_target is not None:
                outcome["skill"] = str(install_skill(skill_target))
        _report(state, client, path, snippet, skill_target, outcome)

    return group


def server_entry(client: str) -> dict[str, Any]:
    """Return the entry that starts ``aioz mcp``: the current ``aioz`` program, else this Python."""
    command, args = server_command()
    entry: dict[str, Any] = {"command": command, "args": args}
    if client == "claude-code":
        entry = {"type": "stdio", **entry}
    return entry


def server_command() -> tuple[str, list[str]]:
    """Return the absolute program and the arguments that run the MCP server."""
    program = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if program is not None and program.name in ("aioz", "aioz.exe") and program.exists():
        return str(program.resolve()), ["mcp"]
    found = shutil.which("aioz")
    if found:
        return str(Path(found).resolve()), ["mcp"]
    return str(Path(sys.executable).resolve()), ["-m", "aiozstream.cli", "mcp"]


def config_keys(client: str) -> tuple[str, ...]:
    """Return the keys, outermost first, of the object that contains the servers."""
    return ("mcp", "servers") if client == "openclaw" else ("mcpServers",)


def default_config_path(client: str, scope: str = "project") -> Path:
    """Return where ``client`` reads its MCP servers on this system."""
    home = Path.home()
    if client == "claude-code":
        return Path.cwd() / ".mcp.json" if scope == "project" else home / ".claude.json"
    if client == "openclaw":
        return home / ".openclaw" / "openclaw.json"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "Claude" / "claude_desktop_config.json"
    if sys.platform == "win32":
        app_data = os.environ.get("APPDATA")
        if not app_data:
            raise InputError("mcp.agent_no_config_path", client=CLIENTS[client])
        return Path(app_data) / "Claude" / "claude_desktop_config.json"
    config_home = os.environ.get("XDG_CONFIG_HOME") or str(home / ".config")
    return Path(config_home) / "Claude" / "claude_desktop_config.json"


def skill_path() -> Path:
    """Return where OpenClaw looks for a shared skill named ``aiozstream``."""
    return Path.home() / ".openclaw" / "skills" / SKILL_NAME / "SKILL.md"


def merge_entry(path: Path, keys: tuple[str, ...], entry: dict[str, Any]) -> dict[str, Any]:
    """Put ``entry`` under ``keys`` in the JSON file at ``path``, keeping everything else.

    An existing file is copied to ``<name>.<timestamp>.bak`` first. A file that
    is not a JSON object, or whose servers key contains no object, is left as it
    is, and :class:`InputError` names the problem. Returns what was done.
    """
    data: dict[str, Any] = {}
    existed = path.exists()
    if existed:
        data = _read_object(path)

    container = data
    for depth, key in enumerate(keys):
        value = container.setdefault(key, {})
        if not isinstance(value, dict):
            raise InputError("mcp.agent_not_object", path=str(path), where=".".join(keys[: depth + 1]))
        container = value
    updated = SERVER_NAME in container
    container[SERVER_NAME] = entry

    backup = _backup(path) if existed else None
    _write_json(path, data)
    return {"written": True, "backup": str(backup) if backup else None, "updated": updated}


def install_skill(target: Path) -> Path:
    """Copy the skill file to ``target`` (a copy of an older one is kept first)."""
    if not SKILL_SOURCE.is_file():
        raise InputError("mcp.agent_skill_missing", path=str(SKILL_SOURCE), target=str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        _backup(target)
    shutil.copyfile(SKILL_SOURCE, target)
    return target


def _read_object(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise InputError("mcp.agent_unreadable", path=str(path), reason=reason) from None
    if not text.strip():
        return {}
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        reason = f"line {error.lineno}, column {error.colno}: {error.msg}"
        raise InputError("mcp.agent_malformed", path=str(path), reason=reason) from None
    if not isinstance(data, dict):
        raise InputError("mcp.agent_not_object", path=str(path), where="/")
    return data


def _backup(path: Path) -> Path:
    """Copy ``path`` beside itself with a timestamp that no other copy has."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.{stamp}.bak")
    counter = 1
    while backup.exists():
        counter += 1
        backup = path.with_name(f"{path.name}.{stamp}-{counter}.bak")
    shutil.copy2(path, backup)
    return backup


def _write_json(path: Path, data: dict[str, Any]) -> None:
    """Replace ``path`` in one step, keeping its permissions, so a crash leaves the old file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if path.exists():
        shutil.copymode(path, temporary)
    os.replace(temporary, path)


def _nest(keys: tuple[str, ...], value: dict[str, Any]) -> dict[str, Any]:
    for key in reversed(keys):
        value = {key: value}
    return value


def _report(
    state: AppState,
    client: str,
    path: Path,
    snippet: dict[str, Any],
    skill_target: Path | None,
    outcome: dict[str, Any],
) -> None:
    t = i18n.t
    if state.json_output:
        _console.print_json(
            {
                "kind": "agent_setup",
                "client": client,
                "config_path": str(path),
                "config": snippet,
                "skill_path": str(skill_target) if skill_target else None,
                **outcome,
            }
        )
        return

    name = CLIENTS[client]
    _console.print_notice(t("mcp.agent_heading", client=name, path=path))
    _console.print_text(json.dumps(snippet, indent=2, ensure_ascii=False))
    _console.print_notice(t("mcp.agent_keys_note"))
    if not outcome["written"]:
        _console.print_notice(t("mcp.agent_dry_run", path=path))
        if skill_target is not None:
            _console.print_notice(t("mcp.agent_skill_target", path=skill_target))
        return
    if outcome["backup"]:
        _console.print_notice(t("mcp.agent_backup", path=outcome["backup"]))
    key = "mcp.agent_updated" if outcome["updated"] else "mcp.agent_written"
    _console.print_text(t(key, name=SERVER_NAME, path=path, client=name))
    if outcome["skill"]:
        _console.print_text(t("mcp.agent_skill_written", path=outcome["skill"]))
