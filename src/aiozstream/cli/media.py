"""``aioz media``: list, show, update, delete media, check the transcoding cost."""

from typing import Annotated, get_args

import typer

from aiozstream import i18n
from aiozstream.cli import _console
from aiozstream.cli._context import AppState, confirm_destructive
from aiozstream.errors import InputError
from aiozstream.models.media import MediaStatus
from aiozstream.rules.qualities import check_qualities

MEDIA_STATUSES = get_args(MediaStatus)


def build() -> typer.Typer:
    """Build the ``media`` command group."""
    t = i18n.t
    group = typer.Typer(no_args_is_help=True, help=t("help.media"), epilog=t("help.media_example"))

    @group.command("list", help=t("help.media_list"))
    def list_media(
        ctx: typer.Context,
        search: Annotated[str | None, typer.Option("--search", help=t("help.media_search"))] = None,
        status: Annotated[list[str] | None, typer.Option("--status", help=t("help.media_status"))] = None,
        tags: Annotated[list[str] | None, typer.Option("--tag", help=t("help.media_tag"))] = None,
        media_type: Annotated[str | None, typer.Option("--type", help=t("help.media_type_filter"))] = None,
        limit: Annotated[int, typer.Option("--limit", min=1, max=100, help=t("help.limit"))] = 25,
        offset: Annotated[int, typer.Option("--offset", min=0, help=t("help.offset"))] = 0,
        every_page: Annotated[bool, typer.Option("--all", help=t("help.all"))] = False,
    ) -> None:
        state: AppState = ctx.obj
        check_list_filters(status, media_type)
        with state.client() as client:
            page = client.media.list(
                search=search, status=status, tags=tags, type=media_type, offset=offset, limit=limit
            )
            items = list(page) if every_page else page.items
            total = page.total
        if state.json_output:
            _console.print_json({"total": total, "media": [item.model_dump(mode="json") for item in items]})
            return
        columns = [t("cli.col_id"), t("cli.col_title"), t("cli.col_type"), t("cli.col_status"), t("cli.col_created")]
        rows = [(item.id, item.title, item.type, item.status, item.created_at) for item in items]
        _console.print_table(columns, rows, title=t("cli.media_total", shown=len(items), total=total))

    @group.command("get", help=t("help.media_get"))
    def get_media(
        ctx: typer.Context,
        media_id: Annotated[str, typer.Argument(help=t("help.media_id"), show_default=False)],
    ) -> None:
        state: AppState = ctx.obj
        with state.client() as client:
            media = client.media.get(media_id)
        if state.json_output:
            _console.print_json(media.model_dump(mode="json"))
            return
        rows = [
            (t("cli.col_id"), media.id),
            (t("cli.col_title"), media.title),
            (t("cli.col_type"), media.type),
            (t("cli.col_status"), media.status),
            (t("cli.col_duration"), media.duration),
            (t("cli.col_size"), media.size),
            (t("cli.col_created"), media.created_at),
        ]
        if media.assets is not None:
            rows += [(name, value) for name, value in media.assets.model_dump().items() if value]
        _console.print_table([t("cli.col_field"), t("cli.col_value")], rows)

    @group.command("update", help=t("help.media_update"))
    def update_media(
        ctx: typer.Context,
        media_id: Annotated[str, typer.Argument(help=t("help.media_id"), show_default=False)],
        title: Annotated[str | None, typer.Option("--title", help=t("help.media_title"))] = None,
        description: Annotated[str | None, typer.Option("--description", help=t("help.upload_description"))] = None,
        public: Annotated[bool | None, typer.Option("--public/--private", help=t("help.upload_public"))] = None,
        tags: Annotated[list[str] | None, typer.Option("--tag", help=t("help.upload_tag"))] = None,
        player_id: Annotated[str | None, typer.Option("--player", help=t("help.media_player"))] = None,
    ) -> None:
        state: AppState = ctx.obj
        changes = {
            name: value
            for name, value in {
                "title": title,
                "description": description,
                "is_public": public,
                "tags": tags,
                "player_id": player_id,
            }.items()
            if value is not None
        }
        if not changes:
            raise InputError("cli.nothing_to_update")
        with state.client() as client:
            client.media.update(media_id, **changes)
            media = client.media.get(media_id)
        if state.json_output:
            _console.print_json(media.model_dump(mode="json"))
        else:
            _console.print_text(t("cli.media_updated", media_id=media.id, title=media.title))

    @group.command("delete", help=t("help.media_delete"))
    def delete_media(
        ctx: typer.Context,
        media_id: Annotated[str, typer.Argument(help=t("help.media_id"), show_default=False)],
        yes: Annotated[bool, typer.Option("--yes", "-y", help=t("help.yes"))] = False,
    ) -> None:
        state: AppState = ctx.obj
        confirm_destructive(state, yes, t("cli.confirm_media_delete", media_id=media_id))
        with state.client() as client:
            client.media.delete(media_id)
        if state.json_output:
            _console.print_json({"kind": "deleted", "media_id": media_id})
        else:
            _console.print_text(t("cli.media_deleted", media_id=media_id))

    @group.command("cost", help=t("help.media_cost"))
    def media_cost(
        ctx: typer.Context,
        duration: Annotated[float, typer.Option("--duration", help=t("help.media_cost_duration"))],
        qualities: Annotated[list[str], typer.Option("--quality", "-q", help=t("help.media_cost_quality"))],
        media_type: Annotated[str, typer.Option("--type", help=t("help.media_cost_type"))] = "video",
        codec: Annotated[str | None, typer.Option("--codec", help=t("help.upload_codec"))] = None,
    ) -> None:
        state: AppState = ctx.obj
        if duration <= 0:
            raise InputError("upload.duration_invalid", value=duration)
        if media_type not in ("video", "audio"):
            raise InputError("upload.type_invalid", value=media_type)
        plan = check_qualities(media_type, qualities, codec)
        with state.client() as client:
            cost = client.media.cost(type=media_type, duration=duration, qualities=plan.presets)
        if state.json_output:
            _console.print_json(cost.model_dump(mode="json"))
            return
        _console.print_text(t("cli.cost_line", presets=", ".join(plan.presets), price=cost.price))
        if not cost.is_enough:
            _console.print_text(t("rule.insufficient_balance"))

    from aiozstream.cli.wait import register_retry

    register_retry(group)
    return group


def check_list_filters(statuses: list[str] | None, media_type: str | None) -> None:
    """Raise ``InputError`` for a status or media type that the media list does not filter by."""
    for status in statuses or []:
        if status not in MEDIA_STATUSES:
            raise InputError("cli.media_status_invalid", value=status, allowed=", ".join(MEDIA_STATUSES))
    if media_type is not None and media_type not in ("video", "audio"):
        raise InputError("upload.type_invalid", value=media_type)
