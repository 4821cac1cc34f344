"""``aioz players``: create, list, show, update and delete player themes, logos, assignments.

Colors and sizes come as ``--set FIELD=VALUE``. They are checked before keys are
needed or a request is sent, and each conversion and warning is printed as a notice.
"""

from typing import Annotated

import typer

from aiozstream import i18n
from aiozstream.cli import _console
from aiozstream.cli._context import AppState, confirm_destructive
from aiozstream.errors import InputError, RuleError
from aiozstream.models.players import CONTROL_FIELDS, THEME_FIELDS, PlayerTheme, PlayerThemeChange
from aiozstream.resources.players import (
    PlayerInUseError,
    check_list_options,
    check_logo_link,
    normalize_theme,
)
from aiozstream.rules.logo import check_player_logo


def build() -> typer.Typer:
    """Build the ``players`` command group."""
    t = i18n.t
    group = typer.Typer(
        no_args_is_help=True, help=t("players.help"), epilog=t("players.help_example")
    )

    # Options shared by create and update.
    NameOption = Annotated[str | None, typer.Option("--name", help=t("players.help_name"))]
    DefaultOption = Annotated[
        bool | None, typer.Option("--default/--no-default", help=t("players.help_default"))
    ]
    SetOption = Annotated[
        list[str] | None, typer.Option("--set", metavar="FIELD=VALUE", help=t("players.help_set"))
    ]
    ApiOption = Annotated[bool | None, typer.Option("--api/--no-api", help=t("players.help_api"))]
    ControlsOption = Annotated[
        bool | None, typer.Option("--controls/--no-controls", help=t("players.help_controls"))
    ]
    AutoplayOption = Annotated[
        bool | None, typer.Option("--autoplay/--no-autoplay", help=t("players.help_autoplay"))
    ]
    LoopOption = Annotated[
        bool | None, typer.Option("--loop/--no-loop", help=t("players.help_loop"))
    ]
    HideTitleOption = Annotated[
        bool | None, typer.Option("--hide-title/--show-title", help=t("players.help_hide_title"))
    ]
    PlayerIdArgument = Annotated[
        str,
        typer.Argument(metavar="PLAYER_ID", help=t("players.help_player_id"), show_default=False),
    ]
    MediaIdArgument = Annotated[
        str, typer.Argument(metavar="MEDIA_ID", help=t("players.help_media_id"), show_default=False)
    ]
    YesOption = Annotated[bool, typer.Option("--yes", "-y", help=t("help.yes"))]

    @group.command("create", help=t("players.help_create"))
    def create_player(
        ctx: typer.Context,
        name: NameOption = None,
        is_default: DefaultOption = None,
        settings: SetOption = None,
        enable_api: ApiOption = None,
        enable_controls: ControlsOption = None,
        force_autoplay: AutoplayOption = None,
        force_loop: LoopOption = None,
        hide_title: HideTitleOption = None,
    ) -> None:
        state: AppState = ctx.obj
        theme = parse_settings(settings)
        controls = _controls(enable_api, enable_controls, force_autoplay, force_loop, hide_title)
        with state.client() as client:
            change = client.players.create(
                name, theme=theme, controls=controls, is_default=is_default
            )
        player = change.player_theme
        _show_change(
            state, change, player, t("players.created", player_id=player.id, name=_name(player))
        )

    @group.command("list", help=t("players.help_list"))
    def list_players(
        ctx: typer.Context,
        search: Annotated[
            str | None, typer.Option("--search", help=t("players.help_search"))
        ] = None,
        sort_by: Annotated[str | None, typer.Option("--sort", help=t("players.help_sort"))] = None,
        order_by: Annotated[
            str | None, typer.Option("--order", help=t("players.help_order"))
        ] = None,
        limit: Annotated[int, typer.Option("--limit", min=1, max=100, help=t("help.limit"))] = 25,
        offset: Annotated[int, typer.Option("--offset", min=0, help=t("help.offset"))] = 0,
        every_page: Annotated[bool, typer.Option("--all", help=t("help.all"))] = False,
    ) -> None:
        state: AppState = ctx.obj
        check_list_options(sort_by=sort_by, order_by=order_by, offset=offset, limit=limit)
        with state.client() as client:
            page = client.players.list(
                search=search, sort_by=sort_by, order_by=order_by, offset=offset, limit=limit
            )
            players = list(page) if every_page else page.items
            total = page.total
        if state.json_output:
            _console.print_json(
                {
                    "total": total,
                    "player_themes": [player.model_dump(mode="json") for player in players],
                }
            )
            return
        columns = [
            t("cli.col_id"),
            t("players.col_name"),
            t("players.col_default"),
            t("players.col_logo"),
            t("cli.col_created"),
        ]
        rows = [
            (
                player.id,
                player.name,
                _yes_no(player.is_default),
                _yes_no(_has_logo(player)),
                player.created_at,
            )
            for player in players
        ]
        _console.print_table(
            columns, rows, title=t("players.total", shown=len(players), total=total)
        )

    @group.command("get", help=t("players.help_get"))
    def get_player(ctx: typer.Context, player_id: PlayerIdArgument) -> None:
        state: AppState = ctx.obj
        with state.client() as client:
            player = client.players.get(player_id)
        if state.json_output:
            _console.print_json(player.model_dump(mode="json"))
            return
        _console.print_table([t("cli.col_field"), t("cli.col_value")], _detail_rows(player))

    # "show" reads more naturally to some people; it is the same command as "get".
    group.command("show", help=t("players.help_get"), hidden=True)(get_player)

    @group.command("update", help=t("players.help_update"))
    def update_player(
        ctx: typer.Context,
        player_id: PlayerIdArgument,
        name: NameOption = None,
        is_default: DefaultOption = None,
        settings: SetOption = None,
        enable_api: ApiOption = None,
        enable_controls: ControlsOption = None,
        force_autoplay: AutoplayOption = None,
        force_loop: LoopOption = None,
        hide_title: HideTitleOption = None,
    ) -> None:
        state: AppState = ctx.obj
        theme = parse_settings(settings)
        controls = _controls(enable_api, enable_controls, force_autoplay, force_loop, hide_title)
        changes = {
            field: value
            for field, value in {
                "name": name,
                "is_default": is_default,
                "theme": theme or None,
                "controls": controls or None,
            }.items()
            if value is not None
        }
        if not changes:
            raise InputError("players.cli_nothing_to_update")
        with state.client() as client:
            change = client.players.update(player_id, **changes)
            player = client.players.get(player_id)
        _show_change(
            state, change, player, t("players.updated", player_id=player.id, name=_name(player))
        )

    @group.command("delete", help=t("players.help_delete"))
    def delete_player(
        ctx: typer.Context,
        player_id: PlayerIdArgument,
        unassign: Annotated[
            bool, typer.Option("--unassign", help=t("players.help_unassign_flag"))
        ] = False,
        yes: YesOption = False,
    ) -> None:
        state: AppState = ctx.obj
        confirm_destructive(state, yes, t("players.confirm_delete", player_id=player_id))
        with state.client() as client:
            try:
                unassigned = client.players.delete(player_id, unassign_media=unassign)
            except PlayerInUseError as in_use:
                _offer_unassign(state, in_use)
                for media_id in in_use.media_ids:
                    client.players.unassign(player_id, media_id)
                client.players.delete(player_id)
                unassigned = in_use.media_ids
        if state.json_output:
            _console.print_json(
                {"kind": "deleted", "player_id": player_id, "unassigned_media": unassigned}
            )
            return
        for media_id in unassigned:
            _console.print_notice(
                t("players.unassigned_from", player_id=player_id, media_id=media_id)
            )
        _console.print_text(t("players.deleted", player_id=player_id))

    @group.command("assign", help=t("players.help_assign"))
    def assign_player(
        ctx: typer.Context, player_id: PlayerIdArgument, media_id: MediaIdArgument
    ) -> None:
        state: AppState = ctx.obj
        with state.client() as client:
            client.players.assign(player_id, media_id)
        if state.json_output:
            _console.print_json({"kind": "assigned", "player_id": player_id, "media_id": media_id})
        else:
            _console.print_text(t("players.assigned", player_id=player_id, media_id=media_id))

    @group.command("unassign", help=t("players.help_unassign"))
    def unassign_player(
        ctx: typer.Context, player_id: PlayerIdArgument, media_id: MediaIdArgument
    ) -> None:
        state: AppState = ctx.obj
        with state.client() as client:
            client.players.unassign(player_id, media_id)
        if state.json_output:
            _console.print_json(
                {"kind": "unassigned", "player_id": player_id, "media_id": media_id}
            )
        else:
            _console.print_text(
                t("players.unassigned_from", player_id=player_id, media_id=media_id)
            )

    group.add_typer(_build_logo_group(), name="logo", help=t("players.help_logo"))
    return group


def _build_logo_group() -> typer.Typer:
    """Build ``aioz players logo``: upload and delete."""
    t = i18n.t
    logo = typer.Typer(
        no_args_is_help=True, help=t("players.help_logo"), epilog=t("players.help_logo_example")
    )

    @logo.command("upload", help=t("players.help_logo_upload"))
    def upload_logo(
        ctx: typer.Context,
        player_id: Annotated[
            str,
            typer.Argument(
                metavar="PLAYER_ID", help=t("players.help_player_id"), show_default=False
            ),
        ],
        path: Annotated[
            str,
            typer.Argument(metavar="FILE", help=t("players.help_logo_file"), show_default=False),
        ],
        link: Annotated[
            str | None, typer.Option("--link", help=t("players.help_logo_link"))
        ] = None,
    ) -> None:
        state: AppState = ctx.obj
        info = check_player_logo(path)
        check_logo_link(link)
        with state.client() as client:
            player = client.players.upload_logo(player_id, path, link=link)
        if state.json_output:
            _console.print_json(player.model_dump(mode="json"))
            return
        _console.print_text(
            t(
                "players.logo_uploaded",
                player_id=player_id,
                format=info.format,
                width=info.width,
                height=info.height,
                size=info.size,
            )
        )

    @logo.command("delete", help=t("players.help_logo_delete"))
    def delete_logo(
        ctx: typer.Context,
        player_id: Annotated[
            str,
            typer.Argument(
                metavar="PLAYER_ID", help=t("players.help_player_id"), show_default=False
            ),
        ],
        yes: Annotated[bool, typer.Option("--yes", "-y", help=t("help.yes"))] = False,
    ) -> None:
        state: AppState = ctx.obj
        confirm_destructive(state, yes, t("players.confirm_logo_delete", player_id=player_id))
        with state.client() as client:
            client.players.delete_logo(player_id)
        if state.json_output:
            _console.print_json({"kind": "logo_deleted", "player_id": player_id})
        else:
            _console.print_text(t("players.logo_deleted", player_id=player_id))

    return logo


def parse_settings(settings: list[str] | None) -> dict[str, str]:
    """Turn ``--set FIELD=VALUE`` options into a theme, checked and converted as the SDK will.

    A field may be written with hyphens (``text-color``). Raises :class:`InputError`
    for a value without ``=``, a field given twice, an unknown field, or a color or
    size that cannot be converted, so bad input stops before keys are needed.
    """
    theme: dict[str, str] = {}
    for setting in settings or []:
        field, equals, value = setting.partition("=")
        field = field.strip().lower().replace("-", "_")
        if not equals or not field:
            raise InputError("players.set_invalid", value=setting)
        if field in theme:
            raise InputError("players.set_repeated", field=field)
        theme[field] = value.strip()
    normalize_theme(theme)
    return theme


def _controls(
    enable_api: bool | None,
    enable_controls: bool | None,
    force_autoplay: bool | None,
    force_loop: bool | None,
    hide_title: bool | None,
) -> dict[str, bool]:
    values = {
        "enable_api": enable_api,
        "enable_controls": enable_controls,
        "force_autoplay": force_autoplay,
        "force_loop": force_loop,
        "hide_title": hide_title,
    }
    return {field: value for field, value in values.items() if value is not None}


def _offer_unassign(state: AppState, in_use: PlayerInUseError) -> None:
    """Ask on a terminal whether to unassign the theme first, else raise the rule error (exit 3)."""
    t = i18n.t
    in_use_error = RuleError(
        "players.in_use_pass_unassign",
        player_id=in_use.player_id,
        count=len(in_use.media_ids),
        media_ids=", ".join(in_use.media_ids),
    )
    if state.json_output or not _console.is_terminal():
        raise in_use_error

    _console.print_notice(
        t("players.in_use_explain", player_id=in_use.player_id, count=len(in_use.media))
    )
    for media in in_use.media:
        _console.print_notice(
            t("players.in_use_media_line", media_id=media.id, title=media.title or "")
        )
    if not typer.confirm(
        t("players.confirm_unassign", count=len(in_use.media)), default=False, err=True
    ):
        raise in_use_error


def _show_change(
    state: AppState, change: PlayerThemeChange, player: PlayerTheme, done_line: str
) -> None:
    if state.json_output:
        _console.print_json(player.model_dump(mode="json"))
    else:
        _console.print_text(done_line)
    for notice in change.notices():
        _console.print_notice(notice)


def _detail_rows(player: PlayerTheme) -> list[tuple[str, object]]:
    t = i18n.t
    rows: list[tuple[str, object]] = [
        (t("cli.col_id"), player.id),
        (t("players.col_name"), player.name),
        (t("players.col_default"), _yes_no(player.is_default)),
        (t("cli.col_created"), player.created_at),
    ]
    theme = player.theme.model_dump() if player.theme else {}
    rows += [(field, theme.get(field)) for field in THEME_FIELDS if theme.get(field)]
    controls = player.controls.model_dump() if player.controls else {}
    rows += [
        (field, _yes_no(controls[field]))
        for field in CONTROL_FIELDS
        if controls.get(field) is not None
    ]
    if player.asset is not None:
        rows += [(name, value) for name, value in player.asset.model_dump().items() if value]
    return rows


def _name(player: PlayerTheme) -> str:
    return player.name or i18n.t("players.unnamed")


def _has_logo(player: PlayerTheme) -> bool:
    return bool(player.asset and player.asset.logo_image_link)


def _yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return i18n.t("players.value_yes") if value else i18n.t("players.value_no")
