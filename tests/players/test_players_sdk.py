"""The players resource against the sandbox: conversions, warnings, logos, assignments."""

from __future__ import annotations

import asyncio

import pytest

from aiozstream import Client, InputError, NotFoundError
from aiozstream.emulator import SandboxServer
from aiozstream.models.players import (
    WARNING_CDN_PROPAGATION,
    WARNING_DEFAULT_CLEARS_OTHERS,
    PlayerThemeChange,
)
from aiozstream.resources.players import PlayerInUseError, normalize_theme
from aiozstream.rules.colors import Conversion

from .conftest import JPEG_LOGO, PNG_LOGO, VIDEO

COLOR_FORMS = [
    ("#f00", "rgba(255, 0, 0, 1)"),
    ("#f008", "rgba(255, 0, 0, 0.533)"),
    ("#ff0000", "rgba(255, 0, 0, 1)"),
    ("#FF000080", "rgba(255, 0, 0, 0.5)"),
    ("red", "rgba(255, 0, 0, 1)"),
    ("transparent", "rgba(0, 0, 0, 0)"),
    ("rgb(255, 0, 0)", "rgba(255, 0, 0, 1)"),
    ("rgb(255 0 0 / 50%)", "rgba(255, 0, 0, 0.5)"),
    ("hsl(0, 100%, 50%)", "rgba(255, 0, 0, 1)"),
    ("hsla(120, 100%, 25%, 0.25)", "rgba(0, 128, 0, 0.25)"),
]


def stored_player(sandbox: SandboxServer, player_id: str) -> dict:
    return sandbox.store.get("players", player_id)


@pytest.mark.parametrize(("given", "expected"), COLOR_FORMS)
def test_create_converts_each_color_form(
    client: Client, sandbox: SandboxServer, given: str, expected: str
) -> None:
    change = client.players.create("brand", theme={"main_color": given})

    assert change.player_theme.theme.main_color == expected
    assert change.conversions == (Conversion("main_color", given, expected),)
    assert change.notices() == [f"Converted main_color from {given} to {expected}."]
    assert stored_player(sandbox, change.player_theme.id)["theme"]["main_color"] == expected


@pytest.mark.parametrize("given", ["rgba(1, 2, 3, 0.5)", "rgba(1,2,3,.50)", "RGBA( 1, 2, 3, 0.5 )"])
def test_rgba_is_respaced_without_notice(client: Client, given: str) -> None:
    change = client.players.create("brand", theme={"text_color": given})

    assert change.player_theme.theme.text_color == "rgba(1, 2, 3, 0.5)"
    assert change.conversions == ()
    assert change.notices() == []


def test_sizes_gain_px_and_are_reported(client: Client) -> None:
    change = client.players.create(
        theme={
            "control_bar_height": 40,
            "progress_bar_height": "12.50",
            "progress_bar_circle_size": "8px",
        }
    )

    theme = change.player_theme.theme
    assert theme.control_bar_height == "40px"
    assert theme.progress_bar_height == "12.5px"
    assert theme.progress_bar_circle_size == "8px"
    assert [conversion.field for conversion in change.conversions] == [
        "control_bar_height",
        "progress_bar_height",
    ]


def test_every_theme_field_round_trips(client: Client) -> None:
    theme = {
        "text_color": "#fff",
        "main_color": "#ff6600",
        "control_bar_background_color": "black",
        "menu_background_color": "rgb(10, 20, 30)",
        "menu_item_background_hover": "hsl(0, 0%, 50%)",
        "text_track_color": "white",
        "text_track_background": "#00000080",
        "control_bar_height": 40,
        "progress_bar_height": 4,
        "progress_bar_circle_size": "12px",
    }
    controls = {
        "enable_api": False,
        "enable_controls": True,
        "force_autoplay": True,
        "force_loop": True,
        "hide_title": True,
    }

    created = client.players.create("all", theme=theme, controls=controls).player_theme
    fetched = client.players.get(created.id)

    assert fetched.theme.model_dump() == {
        "text_color": "rgba(255, 255, 255, 1)",
        "main_color": "rgba(255, 102, 0, 1)",
        "control_bar_background_color": "rgba(0, 0, 0, 1)",
        "menu_background_color": "rgba(10, 20, 30, 1)",
        "menu_item_background_hover": "rgba(128, 128, 128, 1)",
        "text_track_color": "rgba(255, 255, 255, 1)",
        "text_track_background": "rgba(0, 0, 0, 0.5)",
        "control_bar_height": "40px",
        "progress_bar_height": "4px",
        "progress_bar_circle_size": "12px",
    }
    assert fetched.controls.model_dump() == controls
    assert fetched.name == "all"


@pytest.mark.parametrize(
    ("theme", "named"),
    [
        ({"text_color": "#ggg"}, "text_color"),
        ({"main_color": "not-a-color"}, "main_color"),
        ({"main_color": "rgb(300, 0, 0)"}, "main_color"),
        ({"control_bar_height": "2em"}, "control_bar_height"),
        ({"progress_bar_height": "50%"}, "progress_bar_height"),
        ({"progress_bar_height": -4}, "progress_bar_height"),
        ({"link_color": "#fff"}, "link_color"),
    ],
)
def test_bad_theme_rejected_before_request(
    client: Client, sandbox: SandboxServer, theme: dict, named: str
) -> None:
    with pytest.raises(InputError) as raised:
        client.players.create("brand", theme=theme)

    assert named in str(raised.value)
    assert raised.value.exit_code == 2
    assert sandbox.requests(route="PLAYER_CREATE") == []


def test_bad_control_rejected_before_request(client: Client, sandbox: SandboxServer) -> None:
    with pytest.raises(InputError, match="force_autoplay"):
        client.players.create(controls={"force_autoplay": "yes"})
    with pytest.raises(InputError, match="autoplay"):
        client.players.create(controls={"autoplay": True})

    assert sandbox.requests(route="PLAYER_CREATE") == []


def test_theme_copies_from_another_player(client: Client) -> None:
    source = client.players.create("source", theme={"main_color": "#123456"}).player_theme

    copy = client.players.create("copy", theme=source.theme).player_theme

    assert copy.theme.main_color == "rgba(18, 52, 86, 1)"
    assert copy.theme.text_color == ""


def test_normalize_theme_returns_theme_and_conversions() -> None:
    theme, conversions = normalize_theme({"text_color": "#000", "control_bar_height": "30px"})

    assert theme == {"text_color": "rgba(0, 0, 0, 1)", "control_bar_height": "30px"}
    assert conversions == [Conversion("text_color", "#000", "rgba(0, 0, 0, 1)")]


def test_default_create_warns_twice(client: Client) -> None:
    plain = client.players.create("plain")
    default = client.players.create("main", is_default=True)

    assert plain.warnings == ()
    assert default.warnings == (WARNING_DEFAULT_CLEARS_OTHERS, WARNING_CDN_PROPAGATION)
    assert default.notices() == [
        "⚠️ Setting a default player theme clears the default on all your other player themes.",
        "⚠️ Player theme changes may take up to 10 minutes to reach viewers through the CDN.",
    ]


def test_update_warns_about_cdn(client: Client) -> None:
    player_id = client.players.create("brand").player_theme.id

    renamed = client.players.update(player_id, name="renamed")
    made_default = client.players.update(player_id, is_default=True)

    assert renamed.warnings == (WARNING_CDN_PROPAGATION,)
    assert made_default.warnings == (WARNING_DEFAULT_CLEARS_OTHERS, WARNING_CDN_PROPAGATION)


def test_notices_render_in_chinese(client: Client) -> None:
    change = client.players.create(theme={"text_color": "#fff"}, is_default=True)

    notices = change.notices("zh")

    assert notices[0] == "已将text_color从 #fff 转换为 rgba(255, 255, 255, 1)。"
    assert notices[1] == "⚠️ 设置默认播放器主题会清除您其他所有播放器主题的默认设置。"
    assert notices[2] == "⚠️ 播放器主题的更改可能需要最多10分钟才能通过CDN传达给观众。"


def test_default_clears_the_others(client: Client) -> None:
    first = client.players.create("first", is_default=True).player_theme
    second = client.players.create("second", is_default=True).player_theme

    assert client.players.get(first.id).is_default is False
    assert client.players.get(second.id).is_default is True

    client.players.update(first.id, is_default=True)

    assert client.players.get(first.id).is_default is True
    assert client.players.get(second.id).is_default is False


def test_update_changes_only_given_fields(client: Client) -> None:
    created = client.players.create(
        "brand",
        theme={"text_color": "#fff", "control_bar_height": 40},
        controls={"force_loop": True},
    ).player_theme

    change = client.players.update(created.id, theme={"text_color": "black"})
    fetched = client.players.get(created.id)

    assert isinstance(change, PlayerThemeChange)
    assert change.player_theme.id == created.id
    assert change.conversions == (Conversion("text_color", "black", "rgba(0, 0, 0, 1)"),)
    assert fetched.theme.text_color == "rgba(0, 0, 0, 1)"
    assert fetched.theme.control_bar_height == "40px"
    assert fetched.controls.force_loop is True
    assert fetched.name == "brand"


def test_empty_update_rejected_before_request(client: Client, sandbox: SandboxServer) -> None:
    player_id = client.players.create("brand").player_theme.id

    with pytest.raises(InputError, match="Nothing to update"):
        client.players.update(player_id)

    assert sandbox.requests(route="PLAYER_UPDATE") == []


def test_list_pages_search_and_sort(client: Client) -> None:
    for name in ("delta", "alpha", "charlie", "bravo"):
        client.players.create(name)

    page = client.players.list(sort_by="name", limit=3)
    every_name = [player.name for player in page]
    newest_first = client.players.list(order_by="desc")
    found = client.players.list(search="ALP")

    assert page.total == 4
    assert [player.name for player in page.items] == ["alpha", "bravo", "charlie"]
    assert every_name == ["alpha", "bravo", "charlie", "delta"]
    assert [player.name for player in newest_first.items] == ["bravo", "charlie", "alpha", "delta"]
    assert [player.name for player in found.items] == ["alpha"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"sort_by": "size"}, "sort field"),
        ({"order_by": "up"}, "sort order"),
        ({"limit": 101}, "page size"),
        ({"offset": -1}, "offset"),
    ],
)
def test_bad_list_options_rejected(
    client: Client, sandbox: SandboxServer, options: dict, message: str
) -> None:
    with pytest.raises(InputError, match=message):
        client.players.list(**options)

    assert sandbox.requests(route="PLAYER_LIST") == []


def test_unknown_player_is_not_found(client: Client) -> None:
    with pytest.raises(NotFoundError):
        client.players.get("00000000-0000-4000-8000-000000000000")


@pytest.mark.parametrize(("logo", "extension"), [(PNG_LOGO, "png"), (JPEG_LOGO, "jpg")])
def test_logo_upload_and_delete(client: Client, sandbox: SandboxServer, logo, extension) -> None:
    player_id = client.players.create("brand").player_theme.id

    uploaded = client.players.upload_logo(player_id, logo, link="https://example.com/home")

    assert uploaded.id == player_id
    assert uploaded.asset.logo_link == "https://example.com/home"
    assert uploaded.asset.logo_image_link.endswith(f"/players/{player_id}/logo.{extension}")
    blob = sandbox.store.blob_dir("players", player_id) / f"logo.{extension}"
    assert blob.read_bytes() == logo.read_bytes()

    client.players.delete_logo(player_id)

    assert client.players.get(player_id).asset.logo_image_link == ""
    assert not blob.exists()


def test_logo_link_kept_without_new_link(client: Client) -> None:
    player_id = client.players.create("brand").player_theme.id

    client.players.upload_logo(player_id, PNG_LOGO, link="http://example.org")
    client.players.upload_logo(player_id, JPEG_LOGO)

    asset = client.players.get(player_id).asset
    assert asset.logo_link == "http://example.org"
    assert asset.logo_image_link.endswith("logo.jpg")


@pytest.mark.parametrize(
    ("logo_fixture", "message"),
    [("wide_png", "300×50"), ("heavy_png", "maximum is 102400 bytes")],
)
def test_bad_logo_rejected_before_upload(
    client: Client, sandbox: SandboxServer, request, logo_fixture: str, message: str
) -> None:
    player_id = client.players.create("brand").player_theme.id
    logo = request.getfixturevalue(logo_fixture)

    with pytest.raises(InputError, match=message):
        client.players.upload_logo(player_id, logo)

    assert sandbox.requests(route="PLAYER_LOGO_UPLOAD") == []


def test_video_as_logo_rejected(client: Client, sandbox: SandboxServer) -> None:
    player_id = client.players.create("brand").player_theme.id

    with pytest.raises(InputError, match="JPEG or PNG"):
        client.players.upload_logo(player_id, VIDEO)

    assert sandbox.requests(route="PLAYER_LOGO_UPLOAD") == []


def test_bad_logo_link_rejected(client: Client, sandbox: SandboxServer) -> None:
    player_id = client.players.create("brand").player_theme.id

    with pytest.raises(InputError, match="logo link"):
        client.players.upload_logo(player_id, PNG_LOGO, link="invalid-link")

    assert sandbox.requests(route="PLAYER_LOGO_UPLOAD") == []


def test_assign_unassign_and_media_using(client: Client, sandbox: SandboxServer) -> None:
    player_id = client.players.create("brand").player_theme.id
    first = client.media.create("first")
    second = client.media.create("second")
    client.media.create("third")

    client.players.assign(player_id, first.id)
    client.players.assign(player_id, second.id)

    assert client.media.get(first.id).player_theme_id == player_id
    assert sorted(media.id for media in client.players.media_using(player_id)) == sorted(
        [first.id, second.id]
    )
    assert len(sandbox.requests(route="PLAYER_ASSIGN")) == 2

    client.players.unassign(player_id, first.id)

    assert client.media.get(first.id).player_theme_id == ""
    assert [media.id for media in client.players.media_using(player_id)] == [second.id]


def test_assign_needs_both_ids(client: Client, sandbox: SandboxServer) -> None:
    with pytest.raises(InputError, match="media_id"):
        client.players.assign("00000000-0000-4000-8000-000000000000", " ")

    assert sandbox.requests(route="PLAYER_ASSIGN") == []


def test_delete_in_use_raises_rule_error(client: Client, sandbox: SandboxServer) -> None:
    player_id = client.players.create("brand").player_theme.id
    media = client.media.create("clip")
    client.players.assign(player_id, media.id)

    with pytest.raises(PlayerInUseError) as raised:
        client.players.delete(player_id)

    assert raised.value.exit_code == 3
    assert raised.value.media_ids == [media.id]
    assert media.id in str(raised.value)
    assert client.players.get(player_id).id == player_id


def test_delete_with_unassign_media(client: Client, sandbox: SandboxServer) -> None:
    player_id = client.players.create("brand").player_theme.id
    media = client.media.create("clip")
    client.players.assign(player_id, media.id)

    unassigned = client.players.delete(player_id, unassign_media=True)

    assert unassigned == [media.id]
    assert client.media.get(media.id).player_theme_id == ""
    with pytest.raises(NotFoundError):
        client.players.get(player_id)


def test_delete_unused_player(client: Client, sandbox: SandboxServer) -> None:
    player_id = client.players.create("brand").player_theme.id

    assert client.players.delete(player_id) == []
    assert sandbox.requests(route="MEDIA_LIST") == []
    with pytest.raises(NotFoundError):
        client.players.get(player_id)


def test_async_round_trip(async_client, sandbox: SandboxServer) -> None:
    async def scenario() -> None:
        async with async_client as sdk:
            change = await sdk.players.create(
                "async", theme={"main_color": "#0f0"}, is_default=True
            )
            player_id = change.player_theme.id
            media = await sdk.media.create("clip")
            await sdk.players.assign(player_id, media.id)

            with pytest.raises(PlayerInUseError):
                await sdk.players.delete(player_id)
            using = await sdk.players.media_using(player_id)
            updated = await sdk.players.update(player_id, theme={"text_color": "white"})
            logo = await sdk.players.upload_logo(player_id, PNG_LOGO)
            await sdk.players.delete_logo(player_id)
            page = await sdk.players.list()
            names = [player.name async for player in page]
            unassigned = await sdk.players.delete(player_id, unassign_media=True)

        assert change.player_theme.theme.main_color == "rgba(0, 255, 0, 1)"
        assert change.warnings == (WARNING_DEFAULT_CLEARS_OTHERS, WARNING_CDN_PROPAGATION)
        assert [item.id for item in using] == [media.id]
        assert updated.conversions == (Conversion("text_color", "white", "rgba(255, 255, 255, 1)"),)
        assert logo.asset.logo_image_link.endswith("logo.png")
        assert names == ["async"]
        assert unassigned == [media.id]

    asyncio.run(scenario())
    assert sandbox.store.records("players") == []
