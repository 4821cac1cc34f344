"""``aioz playlists`` against the sandbox: output, JSON, confirmations and input errors."""

from __future__ import annotations

import json

import pytest

from aiozstream import Client
from aiozstream.emulator import SandboxServer

from .support import PNG_FIXTURE, routes_sent, run_cli


def filled(client: Client, media_ids: list[str], count: int) -> tuple[str, list[str]]:
    playlist = client.playlists.create("cli mix")
    for media_id in media_ids[:count]:
        client.playlists.add_media(playlist.id, media_id)
    return playlist.id, client.playlists.get(playlist.id).item_ids()


def test_create_show_and_list(sandbox: SandboxServer, media_ids: list[str]) -> None:
    created = run_cli(
        sandbox, "--json", "playlists", "create", "Road trip", "--tag", "car", "--meta", "year=2024"
    )
    playlist_id = json.loads(created.stdout)["id"]
    added = run_cli(sandbox, "playlists", "add", playlist_id, media_ids[0])
    shown = run_cli(sandbox, "playlists", "show", playlist_id)
    listed = run_cli(sandbox, "--json", "playlists", "list", "--search", "Road")

    assert created.exit_code == 0, created.output
    assert added.exit_code == 0, added.output
    assert "position 1" in added.stdout
    assert "Road trip" in shown.stdout
    assert "clip 0" in shown.stdout
    assert "year=2024" in shown.stdout
    assert [playlist["id"] for playlist in json.loads(listed.stdout)["playlists"]] == [playlist_id]


def test_add_reports_item_id(sandbox: SandboxServer, client: Client, media_ids: list[str]) -> None:
    playlist = client.playlists.create("add json")

    outcome = run_cli(sandbox, "--json", "playlists", "add", playlist.id, media_ids[1])

    result = json.loads(outcome.stdout)
    assert result["item_id"] == client.playlists.get(playlist.id).item_ids()[0]
    assert result["position"] == 1


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--to", "top"], [2, 0, 1]),
        (["--to", "BOTTOM"], [0, 1, 2]),
        (["--before", "ITEM1"], [0, 2, 1]),
        (["--after", "ITEM0"], [0, 2, 1]),
        (["--position", "1"], [2, 0, 1]),
    ],
)
def test_move_places_item(
    sandbox: SandboxServer,
    client: Client,
    media_ids: list[str],
    options: list[str],
    expected: list[int],
) -> None:
    playlist_id, item_ids = filled(client, media_ids, 3)
    options = [item_ids[int(value[4:])] if value.startswith("ITEM") else value for value in options]

    outcome = run_cli(sandbox, "--json", "playlists", "move", playlist_id, item_ids[2], *options)

    expected_order = [item_ids[index] for index in expected]
    assert outcome.exit_code == 0, outcome.output
    assert json.loads(outcome.stdout)["order"] == expected_order
    assert client.playlists.get(playlist_id).item_ids() == expected_order


def test_move_prints_new_position(
    sandbox: SandboxServer, client: Client, media_ids: list[str]
) -> None:
    playlist_id, item_ids = filled(client, media_ids, 3)

    outcome = run_cli(sandbox, "playlists", "move", playlist_id, item_ids[2], "--to", "top")

    assert outcome.stdout.strip() == f"Moved item {item_ids[2]} to position 1 of 3."


def test_move_to_current_place_says_so_without_put(
    sandbox: SandboxServer, client: Client, media_ids: list[str]
) -> None:
    playlist_id, item_ids = filled(client, media_ids, 3)
    sandbox.request_log.clear()

    outcome = run_cli(sandbox, "playlists", "move", playlist_id, item_ids[0], "--to", "top")

    assert outcome.exit_code == 0
    assert "nothing was changed" in outcome.stdout
    assert routes_sent(sandbox) == ["PLAYLIST_GET"]


@pytest.mark.parametrize(
    ("options", "field"),
    [
        (["--position", "0"], "position"),
        (["--position", "-1"], "position"),
        (["--position", "abc"], "position"),
        (["--before", "ITEM1", "--to", "top"], "target"),
        ([], "target"),
        (["--to", "middle"], "--to"),
    ],
)
def test_move_rejects_bad_target_before_any_request(
    sandbox: SandboxServer, client: Client, media_ids: list[str], options: list[str], field: str
) -> None:
    playlist_id, item_ids = filled(client, media_ids, 3)
    options = [item_ids[1] if value == "ITEM1" else value for value in options]
    sandbox.request_log.clear()

    outcome = run_cli(sandbox, "playlists", "move", playlist_id, item_ids[0], *options)

    assert outcome.exit_code == 2
    assert outcome.stderr.count("\n") == 1
    assert field in outcome.stderr
    assert routes_sent(sandbox) == []


@pytest.mark.parametrize(
    ("options", "field"),
    [
        (["--position", "4"], "position"),
        (["--before", "UNKNOWN"], "before"),
        (["--after", "SELF"], "after"),
    ],
)
def test_move_rejects_target_outside_playlist_without_put(
    sandbox: SandboxServer, client: Client, media_ids: list[str], options: list[str], field: str
) -> None:
    playlist_id, item_ids = filled(client, media_ids, 3)
    replacements = {"UNKNOWN": "7c0e3a4e-2d2b-4a7e-9c55-0d0d9d0f6b11", "SELF": item_ids[0]}
    options = [replacements.get(value, value) for value in options]
    sandbox.request_log.clear()

    outcome = run_cli(sandbox, "playlists", "move", playlist_id, item_ids[0], *options)

    assert outcome.exit_code == 2
    assert outcome.stderr.count("\n") == 1
    assert field in outcome.stderr
    assert routes_sent(sandbox) == ["PLAYLIST_GET"]


def test_move_rejects_unknown_item_without_put(
    sandbox: SandboxServer, client: Client, media_ids: list[str]
) -> None:
    playlist_id, _ = filled(client, media_ids, 2)
    sandbox.request_log.clear()

    outcome = run_cli(sandbox, "playlists", "move", playlist_id, "not-an-item", "--to", "top")

    assert outcome.exit_code == 2
    assert "not-an-item" in outcome.stderr
    assert "PLAYLIST_ITEM_MOVE" not in routes_sent(sandbox)


def test_remove_needs_yes_without_terminal(
    sandbox: SandboxServer, client: Client, media_ids: list[str]
) -> None:
    playlist_id, item_ids = filled(client, media_ids, 2)
    sandbox.request_log.clear()

    refused = run_cli(sandbox, "playlists", "remove", playlist_id, item_ids[0])
    assert refused.exit_code == 2
    assert routes_sent(sandbox) == []

    done = run_cli(sandbox, "playlists", "remove", playlist_id, media_ids[0], "--yes")
    assert done.exit_code == 0, done.output
    assert item_ids[0] in done.stdout
    assert client.playlists.get(playlist_id).item_ids() == [item_ids[1]]


def test_update_name_and_thumbnail(sandbox: SandboxServer, client: Client) -> None:
    playlist = client.playlists.create("old name")

    outcome = run_cli(
        sandbox,
        "playlists",
        "update",
        playlist.id,
        "--name",
        "new name",
        "--thumbnail",
        str(PNG_FIXTURE),
    )

    updated = client.playlists.get(playlist.id)
    assert outcome.exit_code == 0, outcome.output
    assert "new name" in outcome.stdout
    assert updated.name == "new name"
    assert updated.thumbnail_url


@pytest.mark.parametrize(
    ("options", "words"),
    [
        ([], "Nothing to update"),
        (["--name", "  "], "name is empty"),
        (["--thumbnail", "NOT_IMAGE"], "not a JPEG or PNG"),
        (["--thumbnail", "MISSING"], "does not exist"),
        (["--tag", "a", "--clear-tags"], "--clear-tags"),
        (["--meta", "novalue"], "KEY=VALUE"),
    ],
)
def test_update_rejects_bad_input_before_any_request(
    sandbox: SandboxServer, client: Client, tmp_path, options: list[str], words: str
) -> None:
    playlist = client.playlists.create("untouched")
    not_image = tmp_path / "cover.png"
    not_image.write_text("plain text")
    paths = {"NOT_IMAGE": str(not_image), "MISSING": str(tmp_path / "missing.png")}
    options = [paths.get(value, value) for value in options]
    sandbox.request_log.clear()

    outcome = run_cli(sandbox, "playlists", "update", playlist.id, *options)

    assert outcome.exit_code == 2
    assert words in outcome.stderr
    assert routes_sent(sandbox) == []


def test_create_rejects_empty_name(sandbox: SandboxServer) -> None:
    sandbox.request_log.clear()

    outcome = run_cli(sandbox, "playlists", "create", "")

    assert outcome.exit_code == 2
    assert "name is empty" in outcome.stderr
    assert routes_sent(sandbox) == []


def test_delete_thumbnail_and_playlist(sandbox: SandboxServer, client: Client) -> None:
    playlist = client.playlists.create("doomed")
    client.playlists.update(playlist.id, thumbnail=PNG_FIXTURE)

    thumbnail = run_cli(sandbox, "playlists", "delete-thumbnail", playlist.id, "--yes")
    deleted = run_cli(sandbox, "--json", "playlists", "delete", playlist.id, "--yes")
    missing = run_cli(sandbox, "playlists", "show", playlist.id)

    assert thumbnail.exit_code == 0, thumbnail.output
    assert json.loads(deleted.stdout) == {"kind": "deleted", "playlist_id": playlist.id}
    assert missing.exit_code == 1


def test_delete_refused_without_yes(sandbox: SandboxServer, client: Client) -> None:
    playlist = client.playlists.create("kept")
    sandbox.request_log.clear()

    outcome = run_cli(sandbox, "playlists", "delete", playlist.id)

    assert outcome.exit_code == 2
    assert "--yes" in outcome.stderr
    assert routes_sent(sandbox) == []


def test_chinese_messages(sandbox: SandboxServer, client: Client, media_ids: list[str]) -> None:
    playlist_id, item_ids = filled(client, media_ids, 2)

    moved = run_cli(
        sandbox, "--lang", "zh", "playlists", "move", playlist_id, item_ids[1], "--to", "top"
    )
    refused = run_cli(
        sandbox, "--lang", "zh", "playlists", "move", playlist_id, item_ids[1], "--position", "0"
    )

    assert moved.stdout.strip() == f"已将项目 {item_ids[1]} 移到第 1 位(共 2 项)。"
    assert "位置无效" in refused.stderr


def test_help_shows_example(sandbox: SandboxServer) -> None:
    outcome = run_cli(sandbox, "playlists", "--help")

    assert "aioz playlists move PLAYLIST_ID ITEM_ID --to top" in outcome.stdout
