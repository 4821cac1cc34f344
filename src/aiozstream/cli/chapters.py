"""``aioz chapters``: add, list and delete the WebVTT chapter files of a media."""

from pathlib import Path
from typing import Annotated

import typer

from aiozstream import i18n
from aiozstream.cli import _console
from aiozstream.cli._context import AppState, confirm_destructive
from aiozstream.resources.chapters import LANGUAGE_FIELD, check_vtt_file
from aiozstream.rules.language_tags import check_language_tag


def build() -> typer.Typer:
    """Build the ``chapters`` command group."""
    t = i18n.t
    group = typer.Typer(
        no_args_is_help=True, help=t("chapters.help"), epilog=t("chapters.help_example")
    )

    @group.command("add", help=t("chapters.help_add"))
    def add_chapters(
        ctx: typer.Context,
        media_id: Annotated[str, typer.Argument(help=t("help.media_id"), show_default=False)],
        language: Annotated[
            str, typer.Argument(help=t("chapters.help_language"), show_default=False)
        ],
        file: Annotated[Path, typer.Argument(help=t("chapters.help_file"), show_default=False)],
    ) -> None:
        state: AppState = ctx.obj
        # Bad input fails here, before keys are asked for or any request is sent.
        tag = checked_language(language)
        check_vtt_file(file)
        with state.client() as client:
            chapter = client.chapters.create(media_id, tag, file)
        if state.json_output:
            _console.print_json(
                {"kind": "added", "media_id": media_id, "chapter": chapter.model_dump(mode="json")}
            )
        else:
            _console.print_text(
                t(
                    "chapters.added",
                    language=chapter.language or tag,
                    media_id=media_id,
                    url=chapter.url,
                )
            )

    @group.command("list", help=t("chapters.help_list"))
    def list_chapters(
        ctx: typer.Context,
        media_id: Annotated[str, typer.Argument(help=t("help.media_id"), show_default=False)],
        limit: Annotated[int, typer.Option("--limit", min=1, max=100, help=t("help.limit"))] = 25,
        offset: Annotated[int, typer.Option("--offset", min=0, help=t("help.offset"))] = 0,
        every_page: Annotated[bool, typer.Option("--all", help=t("help.all"))] = False,
    ) -> None:
        state: AppState = ctx.obj
        with state.client() as client:
            page = client.chapters.list(media_id, offset=offset, limit=limit)
            items = list(page) if every_page else page.items
        if state.json_output:
            _console.print_json(
                {"total": page.total, "chapters": [item.model_dump(mode="json") for item in items]}
            )
            return
        columns = [t("chapters.col_language"), t("chapters.col_url")]
        rows = [(item.language, item.url) for item in items]
        _console.print_table(
            columns, rows, title=t("chapters.total", shown=len(items), total=page.total)
        )

    @group.command("delete", help=t("chapters.help_delete"))
    def delete_chapters(
        ctx: typer.Context,
        media_id: Annotated[str, typer.Argument(help=t("help.media_id"), show_default=False)],
        language: Annotated[
            str, typer.Argument(help=t("chapters.help_language"), show_default=False)
        ],
        yes: Annotated[bool, typer.Option("--yes", "-y", help=t("help.yes"))] = False,
    ) -> None:
        state: AppState = ctx.obj
        tag = checked_language(language)
        confirm_destructive(
            state, yes, t("chapters.confirm_delete", language=tag, media_id=media_id)
        )
        with state.client() as client:
            client.chapters.delete(media_id, tag)
        if state.json_output:
            _console.print_json({"kind": "deleted", "media_id": media_id, "language": tag})
        else:
            _console.print_text(t("chapters.deleted", language=tag, media_id=media_id))

    return group


def checked_language(value: str) -> str:
    """Check a BCP 47 tag and return its standard form, telling the user when it changed."""
    tag = check_language_tag(LANGUAGE_FIELD, value)
    if tag != value.strip():
        _console.print_notice(
            i18n.t("rules.converted", field=LANGUAGE_FIELD, original=value, converted=tag)
        )
    return tag
