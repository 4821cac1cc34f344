"""``aioz players`` in-process against the sandbox: notices, tables, JSON and exit codes."""

from __future__ import annotations

import json

import pytest

from aiozstream.cli import _console
from aiozstream.emulator import SandboxServer

from .conftest import JPEG_LOGO, PNG_LOGO, VIDEO

DEFAULT_WARNING = (
    "⚠️ Setting a default player theme clears the default on all your other player themes."
)
CDN_WARNING = "⚠️ Player theme changes may take up to 10 minutes to reach viewers through the CDN."


def create(cli, *args: str) -> dict:
    """Create a player theme through the CLI and return its JSON."""
    outcome = cli("--json", "players", "create", *args)
    assert outcome.exit_code == 0, outcome.output
    return json.loads(outcome.stdout)


def new_media(sandbox: SandboxServer, cli) -> str:
    from tests.emulator.support import api_client, create_media

    with api_client(sandbox) as http:
        return create_media(http)["id"]


def test_create_prints_each_conversion(cli, sandbox: SandboxServer) -> None:
    outcome = cli(
        "players",
        "create",
        "--name",
        "Brand",
        "--set",
        "text_color=#f00",
        "--set",
        "main-color=rgb(0 128 255 / 50%)",
        "--set",
        "control_bar_height=40",
        "--set",
        "progress_bar_height=4px",
        "--autoplay",
        "--no-api",
    )

    assert outcome.exit_code == 0, outcome.output
    assert outcome.stdout.startswith("Player theme ")
    assert outcome.stdout.rstrip().endswith("created: Brand.")
    assert outcome.stderr.splitlines() == [
        "Converted text_color from #f00 to rgba(255, 0, 0, 1).",
        "Converted main_color from rgb(0 128 255 / 50%) to rgba(0, 128, 255, 0.5).",
        "Converted control_bar_height from 40 to 40px.",
    ]
    (stored,) = sandbox.store.records("players")
    assert stored["theme"]["main_color"] == "rgba(0, 128, 255, 0.5)"
    assert stored["theme"]["progress_bar_height"] == "4px"
    assert stored["controls"]["force_autoplay"] is True
    assert stored["controls"]["enable_api"] is False


def test_create_default_shows_both_warnings(cli) -> None:
    outcome = cli("players", "create", "--name", "Main", "--default")

    assert outcome.exit_code == 0, outcome.output
    assert outcome.stderr.splitlines() == [DEFAULT_WARNING, CDN_WARNING]


def test_update_shows_cdn_warning(cli) -> None:
    player_id = create(cli, "--name", "Brand")["id"]

    renamed = cli("players", "update", player_id, "--name", "Renamed", "--set", "text_color=navy")
    defaulted = cli("players", "update", player_id, "--default")

    assert renamed.exit_code == 0, renamed.output
    assert renamed.stdout.strip() == f"Player theme {player_id} updated: Renamed."
    assert renamed.stderr.splitlines() == [
        "Converted text_color from navy to rgba(0, 0, 128, 1).",
        CDN_WARNING,
    ]
    assert defaulted.stderr.splitlines() == [DEFAULT_WARNING, CDN_WARNING]


def test_update_json_shows_whole_theme(cli) -> None:
    player_id = create(cli, "--name", "Brand", "--set", "control_bar_height=30")["id"]

    outcome = cli("--json", "players", "update", player_id, "--hide-title")

    assert outcome.exit_code == 0, outcome.output
    player = json.loads(outcome.stdout)
    assert player["id"] == player_id
    assert player["controls"]["hide_title"] is True
    assert player["theme"]["control_bar_height"] == "30px"
    assert player["asset"] == {"logo_link": "", "logo_image_link": ""}
    assert outcome.stderr.splitlines() == [CDN_WARNING]


@pytest.mark.parametrize(
    ("setting", "named"),
    [
        ("text_color=#12345", "text_color"),
        ("main_color=reddish", "main_color"),
        ("menu_background_color=rgb(0, 0, 300)", "menu_background_color"),
        ("control_bar_height=3em", "control_bar_height"),
        ("progress_bar_height=10%", "progress_bar_height"),
        ("link_color=#fff", "link_color"),
        ("text_color", "text_color"),
    ],
)
def test_bad_settings_exit_2_without_request(
    cli, sandbox: SandboxServer, setting: str, named: str
) -> None:
    outcome = cli("players", "create", "--set", setting)

    assert outcome.exit_code == 2
    assert outcome.stdout == ""
    lines = outcome.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Error: ")
    assert named in lines[0]
    assert sandbox.requests(route="PLAYER_CREATE") == []


def test_bad_settings_need_no_keys(aioz) -> None:
    outcome = aioz("players", "create", "--set", "control_bar_height=2rem")

    assert outcome.exit_code == 2
    assert "Only px is accepted" in outcome.stderr


def test_repeated_setting_rejected(cli, sandbox: SandboxServer) -> None:
    outcome = cli("players", "create", "--set", "text_color=red", "--set", "text-color=blue")

    assert outcome.exit_code == 2
    assert "text_color is given twice" in outcome.stderr
    assert sandbox.requests(route="PLAYER_CREATE") == []


def test_empty_update_rejected(cli, sandbox: SandboxServer) -> None:
    player_id = create(cli, "--name", "Brand")["id"]

    outcome = cli("players", "update", player_id)

    assert outcome.exit_code == 2
    assert "Nothing to update" in outcome.stderr
    assert sandbox.requests(route="PLAYER_UPDATE") == []


def test_list_table_and_json(cli) -> None:
    first = create(cli, "--name", "Alpha", "--default")
    create(cli, "--name", "Bravo")

    table = cli("players", "list", "--sort", "name")
    as_json = cli("--json", "players", "list", "--limit", "1", "--all")

    assert table.exit_code == 0, table.output
    assert "2 of 2 player themes" in table.stdout
    for heading in ("ID", "Name", "Default", "Logo", "Created"):
        assert heading in table.stdout
    assert table.stdout.index("Alpha") < table.stdout.index("Bravo")
    # Rich folds a 36-character id at the test console's 80 columns.
    assert first["id"].split("-")[0] in table.stdout
    data = json.loads(as_json.stdout)
    assert data["total"] == 2
    assert sorted(player["name"] for player in data["player_themes"]) == ["Alpha", "Bravo"]


def test_list_bad_sort_exit_2(cli, sandbox: SandboxServer) -> None:
    outcome = cli("players", "list", "--sort", "size")

    assert outcome.exit_code == 2
    assert "created_at, name" in outcome.stderr
    assert sandbox.requests(route="PLAYER_LIST") == []


def test_get_table_and_show_alias(cli) -> None:
    player_id = create(cli, "--name", "Brand", "--set", "text_color=#fff", "--loop")["id"]

    table = cli("players", "get", player_id)
    shown = cli("--json", "players", "show", player_id)

    assert table.exit_code == 0, table.output
    assert "rgba(255, 255, 255, 1)" in table.stdout
    assert "force_loop" in table.stdout
    assert json.loads(shown.stdout)["theme"]["text_color"] == "rgba(255, 255, 255, 1)"


def test_logo_upload_and_delete(cli, sandbox: SandboxServer) -> None:
    player_id = create(cli, "--name", "Brand")["id"]

    uploaded = cli(
        "players", "logo", "upload", player_id, str(JPEG_LOGO), "--link", "https://a.example"
    )
    unconfirmed = cli("players", "logo", "delete", player_id)
    deleted = cli("players", "logo", "delete", player_id, "--yes")

    assert uploaded.exit_code == 0, uploaded.output
    assert uploaded.stdout.strip() == (
        f"Logo uploaded to player theme {player_id} (JPEG, 43×43 px, 14173 bytes)."
    )
    assert unconfirmed.exit_code == 2
    assert "--yes" in unconfirmed.stderr
    assert deleted.exit_code == 0, deleted.output
    assert deleted.stdout.strip() == f"Logo of player theme {player_id} deleted."
    assert len(sandbox.requests(route="PLAYER_LOGO_DELETE")) == 1


@pytest.mark.parametrize(
    ("logo_fixture", "message"),
    [
        ("wide_png", "300×50 px"),
        ("heavy_png", "The maximum is 102400 bytes"),
        (None, "Use a JPEG or PNG image"),
    ],
)
def test_bad_logo_exit_2_without_request(
    cli, sandbox: SandboxServer, request, logo_fixture, message: str
) -> None:
    player_id = create(cli, "--name", "Brand")["id"]
    logo = request.getfixturevalue(logo_fixture) if logo_fixture else VIDEO

    outcome = cli("players", "logo", "upload", player_id, str(logo))

    assert outcome.exit_code == 2
    assert message in outcome.stderr
    assert sandbox.requests(route="PLAYER_LOGO_UPLOAD") == []


def test_bad_logo_link_exit_2(cli, sandbox: SandboxServer) -> None:
    player_id = create(cli, "--name", "Brand")["id"]

    outcome = cli("players", "logo", "upload", player_id, str(PNG_LOGO), "--link", "example.com")

    assert outcome.exit_code == 2
    assert "http:// or https://" in outcome.stderr
    assert sandbox.requests(route="PLAYER_LOGO_UPLOAD") == []


def test_assign_and_unassign(cli, sandbox: SandboxServer) -> None:
    player_id = create(cli, "--name", "Brand")["id"]
    media_id = new_media(sandbox, cli)

    assigned = cli("players", "assign", player_id, media_id)
    as_json = cli("--json", "players", "unassign", player_id, media_id)

    assert assigned.stdout.strip() == f"Player theme {player_id} assigned to media {media_id}."
    assert json.loads(as_json.stdout) == {
        "kind": "unassigned",
        "player_id": player_id,
        "media_id": media_id,
    }
    assert sandbox.store.get("media", media_id)["player_theme_id"] == ""


def test_delete_assigned_without_unassign_exit_3(cli, sandbox: SandboxServer) -> None:
    player_id = create(cli, "--name", "Brand")["id"]
    media_id = new_media(sandbox, cli)
    cli("players", "assign", player_id, media_id)

    outcome = cli("players", "delete", player_id, "--yes")

    assert outcome.exit_code == 3
    assert outcome.stderr.strip() == (
        f"Error: Player theme {player_id} is assigned to 1 media ({media_id}), so it cannot be "
        "deleted. Pass --unassign to remove it from them and then delete it."
    )
    assert sandbox.store.get("players", player_id) is not None
    assert sandbox.requests(route="PLAYER_UNASSIGN") == []


def test_delete_assigned_with_unassign(cli, sandbox: SandboxServer) -> None:
    player_id = create(cli, "--name", "Brand")["id"]
    media_id = new_media(sandbox, cli)
    cli("players", "assign", player_id, media_id)

    outcome = cli("players", "delete", player_id, "--unassign", "--yes")

    assert outcome.exit_code == 0, outcome.output
    assert outcome.stderr.strip() == f"Player theme {player_id} removed from media {media_id}."
    assert outcome.stdout.strip() == f"Player theme {player_id} deleted."
    assert sandbox.store.get("players", player_id) is None
    assert sandbox.store.get("media", media_id)["player_theme_id"] == ""


def test_delete_json_lists_unassigned_media(cli, sandbox: SandboxServer) -> None:
    player_id = create(cli, "--name", "Brand")["id"]
    media_id = new_media(sandbox, cli)
    cli("players", "assign", player_id, media_id)

    outcome = cli("--json", "players", "delete", player_id, "--unassign", "--yes")

    assert json.loads(outcome.stdout) == {
        "kind": "deleted",
        "player_id": player_id,
        "unassigned_media": [media_id],
    }


def test_delete_needs_yes_without_terminal(cli, sandbox: SandboxServer) -> None:
    player_id = create(cli, "--name", "Brand")["id"]

    outcome = cli("players", "delete", player_id)

    assert outcome.exit_code == 2
    assert "--yes" in outcome.stderr
    assert sandbox.requests(route="PLAYER_DELETE") == []


def test_delete_on_terminal_offers_unassign(cli, sandbox: SandboxServer, monkeypatch) -> None:
    monkeypatch.setattr(_console, "is_terminal", lambda: True)
    player_id = create(cli, "--name", "Brand")["id"]
    media_id = new_media(sandbox, cli)
    cli("players", "assign", player_id, media_id)

    outcome = cli("players", "delete", player_id, input="y\ny\n")

    assert outcome.exit_code == 0, outcome.output
    assert f"Delete player theme {player_id}?" in outcome.stderr
    assert f"Player theme {player_id} is assigned to 1 media:" in outcome.stderr
    assert f"  {media_id}  clip" in outcome.stderr
    assert "Unassign it from these 1 media and then delete it?" in outcome.stderr
    assert sandbox.store.get("players", player_id) is None


def test_delete_on_terminal_declined_exit_3(cli, sandbox: SandboxServer, monkeypatch) -> None:
    monkeypatch.setattr(_console, "is_terminal", lambda: True)
    player_id = create(cli, "--name", "Brand")["id"]
    media_id = new_media(sandbox, cli)
    cli("players", "assign", player_id, media_id)

    outcome = cli("players", "delete", player_id, input="y\nn\n")

    assert outcome.exit_code == 3
    assert "Pass --unassign" in outcome.stderr
    assert sandbox.store.get("players", player_id) is not None
    assert sandbox.store.get("media", media_id)["player_theme_id"] == player_id


def test_chinese_notices(cli) -> None:
    outcome = cli("--lang", "zh", "players", "create", "--default", "--set", "text_color=#000")

    assert outcome.exit_code == 0, outcome.output
    assert outcome.stdout.startswith("已创建播放器主题 ")
    assert outcome.stderr.splitlines() == [
        "已将text_color从 #000 转换为 rgba(0, 0, 0, 1)。",
        "⚠️ 设置默认播放器主题会清除您其他所有播放器主题的默认设置。",
        "⚠️ 播放器主题的更改可能需要最多10分钟才能通过CDN传达给观众。",
    ]


def test_help_shows_example(aioz) -> None:
    outcome = aioz("players", "--help")

    assert outcome.exit_code == 0
    assert "aioz players create --name Brand" in outcome.stdout
    for command in ("create", "list", "get", "update", "delete", "assign", "unassign", "logo"):
        assert command in outcome.stdout
