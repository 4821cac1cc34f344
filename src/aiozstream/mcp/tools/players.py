"""Player theme tools: create, list, get, update, delete, logo, assign to media.

Colors become ``rgba(r, g, b, a)`` and sizes ``Npx`` before any request; every
conversion and warning (default theme, CDN delay) is part of the result.
Deleting a theme that media use first returns the list of those media, and the
call with ``unassign: true`` removes it from them and deletes it.
"""

from __future__ import annotations

from typing import Annotated

from mcp.server.mcpserver import Context
from mcp.types import CallToolResult
from pydantic import BaseModel, Field

from aiozstream.errors import InputError
from aiozstream.mcp.params import (
    AllPages,
    Confirm,
    Lang,
    Limit,
    MediaId,
    Offset,
    PlayerId,
    Search,
    SortOrder,
)
from aiozstream.mcp.replies import Reply, yes_no
from aiozstream.mcp.runtime import Runtime, register, reply_for
from aiozstream.mcp.tools.common import check_id, collect
from aiozstream.models.players import CONTROL_FIELDS, THEME_FIELDS, PlayerTheme, PlayerThemeChange
from aiozstream.resources.players import (
    PlayerInUseError,
    check_list_options,
    check_logo_link,
    normalize_theme,
)
from aiozstream.rules.logo import check_player_logo

_COLOR = "Any CSS color (#rgb, #rrggbb, #rrggbbaa, a name such as white, rgb(), hsl()); sent as rgba()."
_SIZE = "A size in px, or a bare number taken as px (40 or 40px); other units are refused."


class ThemeInput(BaseModel):
    """Colors and sizes of a player theme; leave out what should not change."""

    text_color: str | None = Field(default=None, description="Text color. " + _COLOR)
    main_color: str | None = Field(default=None, description="Accent color of the player. " + _COLOR)
    control_bar_background_color: str | None = Field(default=None, description="Control bar background. " + _COLOR)
    menu_background_color: str | None = Field(default=None, description="Menu background. " + _COLOR)
    menu_item_background_hover: str | None = Field(default=None, description="Menu item background on hover. " + _COLOR)
    text_track_color: str | None = Field(default=None, description="Subtitle text color. " + _COLOR)
    text_track_background: str | None = Field(default=None, description="Subtitle background. " + _COLOR)
    control_bar_height: str | None = Field(default=None, description="Control bar height. " + _SIZE)
    progress_bar_height: str | None = Field(default=None, description="Progress bar height. " + _SIZE)
    progress_bar_circle_size: str | None = Field(default=None, description="Progress bar knob size. " + _SIZE)


class ControlsInput(BaseModel):
    """Switches of the player; leave out what should not change."""

    enable_api: bool | None = Field(default=None, description="Allow control through the player's JavaScript API.")
    enable_controls: bool | None = Field(default=None, description="Show the control bar.")
    force_autoplay: bool | None = Field(default=None, description="Start playing as soon as the player loads.")
    force_loop: bool | None = Field(default=None, description="Start again from the beginning after the end.")
    hide_title: bool | None = Field(default=None, description="Hide the media title.")


Name = Annotated[str | None, Field(description="Name of the player theme.")]
IsDefault = Annotated[
    bool | None,
    Field(
        description=(
            "true makes this the default theme, which clears the default on every other theme."
        )
    ),
]
Theme = Annotated[ThemeInput | None, Field(description="Colors and sizes to set.")]
Controls = Annotated[ControlsInput | None, Field(description="Player switches to set.")]
Unassign = Annotated[
    bool,
    Field(
        description=(
            "Set true only after the user agreed to remove this theme from the media that use it, "
            "so that it can be deleted."
        )
    ),
]
LogoFile = Annotated[
    str, Field(description="Absolute path of a local JPEG or PNG logo: at most 100 KB and 200×100 px.")
]
LogoLink = Annotated[str | None, Field(description="http or https page that opens when the logo is clicked.")]
SortBy = Annotated[str | None, Field(description="Sort field: created_at or name.")]


def register_tools(server, runtime: Runtime) -> None:
    """Add the player theme tools."""

    @register(server, runtime)
    async def players_create(
        ctx: Context,
        name: Name = None,
        is_default: IsDefault = None,
        theme: Theme = None,
        controls: Controls = None,
        lang: Lang = None,
    ) -> CallToolResult:
        """Create a player theme; colors and sizes are converted and each conversion is reported."""
        reply = reply_for(runtime, lang)
        theme_values, control_values = _inputs(theme, controls)
        async with await runtime.client(ctx, reply.lang) as client:
            change = await client.players.create(
                name, theme=theme_values, controls=control_values, is_default=is_default
            )
        player = change.player_theme
        reply.say("players.created", player_id=player.id, name=_name(reply, player))
        _notices(reply, change)
        return reply.result()

    @register(server, runtime, read_only=True)
    async def players_list(
        ctx: Context,
        search: Search = None,
        sort_by: SortBy = None,
        order_by: SortOrder = None,
        limit: Limit = 25,
        offset: Offset = 0,
        all_pages: AllPages = False,
        lang: Lang = None,
    ) -> CallToolResult:
        """List player themes with id, name, default mark, logo and creation time."""
        reply = reply_for(runtime, lang)
        check_list_options(sort_by=sort_by, order_by=order_by, offset=offset, limit=limit)
        async with await runtime.client(ctx, reply.lang) as client:
            page = await client.players.list(
                search=search, sort_by=sort_by, order_by=order_by, offset=offset, limit=limit
            )
            players = await collect(page, all_pages)
        columns = [
            reply.t("cli.col_id"),
            reply.t("players.col_name"),
            reply.t("players.col_default"),
            reply.t("players.col_logo"),
            reply.t("cli.col_created"),
        ]
        rows = [
            (
                player.id,
                player.name,
                yes_no(player.is_default, reply.lang),
                yes_no(bool(player.asset and player.asset.logo_image_link), reply.lang),
                player.created_at,
            )
            for player in players
        ]
        reply.table(columns, rows, title=reply.t("players.total", shown=len(players), total=page.total))
        return reply.result()

    @register(server, runtime, read_only=True)
    async def players_get(ctx: Context, player_id: PlayerId, lang: Lang = None) -> CallToolResult:
        """Show one player theme: name, default mark, colors, sizes, switches and logo."""
        reply = reply_for(runtime, lang)
        player_id = check_id("player_id", player_id)
        async with await runtime.client(ctx, reply.lang) as client:
            player = await client.players.get(player_id)
        _details(reply, player)
        return reply.result()

    @register(server, runtime)
    async def players_update(
        ctx: Context,
        player_id: PlayerId,
        name: Name = None,
        is_default: IsDefault = None,
        theme: Theme = None,
        controls: Controls = None,
        lang: Lang = None,
    ) -> CallToolResult:
        """Change a player theme (only what is given); conversions and the CDN delay are reported."""
        reply = reply_for(runtime, lang)
        player_id = check_id("player_id", player_id)
        theme_values, control_values = _inputs(theme, controls)
        changes = {
            field: value
            for field, value in {
                "name": name,
                "is_default": is_default,
                "theme": theme_values or None,
                "controls": control_values or None,
            }.items()
            if value is not None
        }
        if not changes:
            raise InputError("players.nothing_to_update")
        async with await runtime.client(ctx, reply.lang) as client:
            change = await client.players.update(player_id, **changes)
            player = await client.players.get(player_id)
        reply.say("players.updated", player_id=player.id, name=_name(reply, player))
        _notices(reply, change)
        return reply.result()

    @register(server, runtime, destructive=True)
    async def players_delete(
        ctx: Context,
        player_id: PlayerId,
        confirm: Confirm = False,
        unassign: Unassign = False,
        lang: Lang = None,
    ) -> CallToolResult:
        """Delete a player theme. Needs confirm true. If media use it, the result lists them and
        names the next call: unassign true, which removes the theme from them first."""
        reply = reply_for(runtime, lang)
        player_id = check_id("player_id", player_id)
        if not confirm:
            question = reply.t("players.confirm_delete", player_id=player_id)
            return reply.confirm(question, "players_delete", "confirm").result()
        async with await runtime.client(ctx, reply.lang) as client:
            try:
                unassigned = await client.players.delete(player_id, unassign_media=unassign)
            except PlayerInUseError as in_use:
                question = reply.t("mcp.player_in_use", player_id=player_id, count=len(in_use.media))
                reply.text(question)
                reply.table(
                    [reply.t("cli.col_id"), reply.t("cli.col_title")],
                    [(media.id, media.title) for media in in_use.media],
                )
                return reply.say("mcp.confirm_call_again", tool="players_delete", argument="unassign").result()
        for media_id in unassigned:
            reply.notice(reply.t("players.unassigned_from", player_id=player_id, media_id=media_id))
        reply.say("players.deleted", player_id=player_id)
        return reply.result()

    @register(server, runtime)
    async def players_logo_upload(
        ctx: Context, player_id: PlayerId, file: LogoFile, link: LogoLink = None, lang: Lang = None
    ) -> CallToolResult:
        """Upload the logo of a player theme; the file is checked (JPEG/PNG, 100 KB, 200×100 px) first."""
        reply = reply_for(runtime, lang)
        player_id = check_id("player_id", player_id)
        info = check_player_logo(file)
        check_logo_link(link)
        async with await runtime.client(ctx, reply.lang) as client:
            await client.players.upload_logo(player_id, file, link=link)
        reply.say(
            "players.logo_uploaded",
            player_id=player_id,
            format=info.format,
            width=info.width,
            height=info.height,
            size=info.size,
        )
        reply.notice(reply.t("players.warning_cdn"))
        return reply.result()

    @register(server, runtime, destructive=True)
    async def players_logo_delete(
        ctx: Context, player_id: PlayerId, confirm: Confirm = False, lang: Lang = None
    ) -> CallToolResult:
        """Remove the logo of a player theme. Needs confirm true."""
        reply = reply_for(runtime, lang)
        player_id = check_id("player_id", player_id)
        if not confirm:
            question = reply.t("players.confirm_logo_delete", player_id=player_id)
            return reply.confirm(question, "players_logo_delete", "confirm").result()
        async with await runtime.client(ctx, reply.lang) as client:
            await client.players.delete_logo(player_id)
        reply.say("players.logo_deleted", player_id=player_id)
        return reply.result()

    @register(server, runtime)
    async def players_assign(
        ctx: Context, player_id: PlayerId, media_id: MediaId, lang: Lang = None
    ) -> CallToolResult:
        """Make a media play with this player theme."""
        reply = reply_for(runtime, lang)
        player_id = check_id("player_id", player_id)
        media_id = check_id("media_id", media_id)
        async with await runtime.client(ctx, reply.lang) as client:
            await client.players.assign(player_id, media_id)
        reply.say("players.assigned", player_id=player_id, media_id=media_id)
        return reply.result()

    @register(server, runtime)
    async def players_unassign(
        ctx: Context, player_id: PlayerId, media_id: MediaId, lang: Lang = None
    ) -> CallToolResult:
        """Remove this player theme from a media."""
        reply = reply_for(runtime, lang)
        player_id = check_id("player_id", player_id)
        media_id = check_id("media_id", media_id)
        async with await runtime.client(ctx, reply.lang) as client:
            await client.players.unassign(player_id, media_id)
        reply.say("players.unassigned_from", player_id=player_id, media_id=media_id)
        return reply.result()


def _inputs(theme: ThemeInput | None, controls: ControlsInput | None) -> tuple[dict, dict]:
    """Return the given theme and control values; bad colors or sizes fail here, before any request."""
    theme_values = theme.model_dump(exclude_none=True) if theme is not None else {}
    control_values = controls.model_dump(exclude_none=True) if controls is not None else {}
    normalize_theme(theme_values)
    return theme_values, control_values


def _notices(reply: Reply, change: PlayerThemeChange) -> None:
    for line in change.notices(reply.lang):
        reply.notice(line)


def _name(reply: Reply, player: PlayerTheme) -> str:
    return player.name or reply.t("players.unnamed")


def _details(reply: Reply, player: PlayerTheme) -> None:
    rows: list[tuple[str, object]] = [
        (reply.t("cli.col_id"), player.id),
        (reply.t("players.col_name"), player.name),
        (reply.t("players.col_default"), yes_no(player.is_default, reply.lang)),
        (reply.t("cli.col_created"), player.created_at),
    ]
    theme = player.theme.model_dump() if player.theme else {}
    rows += [(field, theme.get(field)) for field in THEME_FIELDS]
    controls = player.controls.model_dump() if player.controls else {}
    rows += [(field, yes_no(controls.get(field), reply.lang)) for field in CONTROL_FIELDS]
    if player.asset is not None:
        rows += list(player.asset.model_dump().items())
    reply.fields(rows)
