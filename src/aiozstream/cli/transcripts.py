"""``aioz transcripts``: add, list, set the default and delete the subtitles of a media.

Two rules apply. A media takes one transcript per primary language, so adding
``en-US`` while ``en-GB`` exists asks to delete ``en-GB`` first (``--replace``
in scripts; without it and without a terminal the command stops with exit code
3). Deleting the default transcript leaves the media without one, so the user
is reminded to set a new default.
"""

from pathlib import Path
from typing import Annotated

import typer

from aiozstream import i18n
from aiozstream.cli import _console
from aiozstream.cli._context import AppState, confirm_destructive
from aiozstream.cli.chapters import checked_language
from aiozstream.errors import RuleError
from aiozstream.models.transcripts import MediaCaption
from aiozstream.resources.chapters import check_vtt_file
from aiozstream.rules.language_tags import primary_language

DEFAULT_MARK = "✓"


def build() -> typer.Typer:
    """Build the ``transcripts`` command group."""
    t = i18n.t
    group = typer.Typer(
        no_args_is_help=True, help=t("transcripts.help"), epilog=t("transcripts.help_example")
    )

    @group.command("add", help=t("transcripts.help_add"))
    def add_transcript(
        ctx: typer.Context,
        media_id: Annotated[str, typer.Argument(help=t("help.media_id"), show_default=False)],
        language: Annotated[
            str, typer.Argument(help=t("transcripts.help_language"), show_default=False)
        ],
        file: Annotated[Path, typer.Argument(help=t("transcripts.help_file"), show_default=False)],
        description: Annotated[
            str | None, typer.Option("--description", help=t("transcripts.help_description"))
        ] = None,
        replace: Annotated[
            bool, typer.Option("--replace", help=t("transcripts.help_replace"))
        ] = False,
        make_default: Annotated[
            bool, typer.Option("--default", help=t("transcripts.help_make_default"))
        ] = False,
    ) -> None:
        state: AppState = ctx.obj
        # Bad input fails here, before keys are asked for or any request is sent.
        tag = checked_language(language)
        check_vtt_file(file)
        with state.client() as client:
            existing = client.transcripts.find_same_language(media_id, tag)
            if existing is not None:
                _approve_replacement(state, replace, media_id, tag, existing)
                _console.print_notice(
                    t("transcripts.replacing", existing=existing.language, language=tag)
                )
            transcript = client.transcripts.create(
                media_id, tag, file, replace=existing is not None, description=description
            )
            if make_default:
                client.transcripts.set_default(media_id, tag)
                transcript.is_default = True
        if existing is not None and existing.is_default and not make_default:
            _console.print_notice(
                t("transcripts.default_deleted", language=existing.language, media_id=media_id)
            )

        if state.json_output:
            replaced = existing.model_dump(mode="json") if existing is not None else None
            _console.print_json(
                {
                    "kind": "added",
                    "media_id": media_id,
                    "transcript": transcript.model_dump(mode="json"),
                    "replaced": replaced,
                }
            )
            return
        _console.print_text(
            t(
                "transcripts.added",
                language=transcript.language or tag,
                media_id=media_id,
                url=transcript.url,
            )
        )
        if make_default:
            _console.print_text(t("transcripts.default_set", language=tag, media_id=media_id))

    @group.command("list", help=t("transcripts.help_list"))
    def list_transcripts(
        ctx: typer.Context,
        media_id: Annotated[str, typer.Argument(help=t("help.media_id"), show_default=False)],
        limit: Annotated[int, typer.Option("--limit", min=1, max=100, help=t("help.limit"))] = 25,
        offset: Annotated[int, typer.Option("--offset", min=0, help=t("help.offset"))] = 0,
        every_page: Annotated[bool, typer.Option("--all", help=t("help.all"))] = False,
    ) -> None:
        state: AppState = ctx.obj
        with state.client() as client:
            page = client.transcripts.list(media_id, offset=offset, limit=limit)
            items = list(page) if every_page else page.items
        if state.json_output:
            _console.print_json(
                {
                    "total": page.total,
                    "transcripts": [item.model_dump(mode="json") for item in items],
                }
            )
            return
        columns = [
            t("chapters.col_language"),
            t("transcripts.col_default"),
            t("transcripts.col_status"),
            t("chapters.col_url"),
        ]
        rows = [
            (item.language, DEFAULT_MARK if item.is_default else "", item.status, item.url)
            for item in items
        ]
        _console.print_table(
            columns, rows, title=t("transcripts.total", shown=len(items), total=page.total)
        )

    @group.command("default", help=t("transcripts.help_set_default"))
    def set_default_transcript(
        ctx: typer.Context,
        media_id: Annotated[str, typer.Argument(help=t("help.media_id"), show_default=False)],
        language: Annotated[
            str, typer.Argument(help=t("transcripts.help_language"), show_default=False)
        ],
    ) -> None:
        state: AppState = ctx.obj
        tag = checked_language(language)
        with state.client() as client:
            client.transcripts.set_default(media_id, tag)
        if state.json_output:
            _console.print_json({"kind": "default_set", "media_id": media_id, "language": tag})
        else:
            _console.print_text(t("transcripts.default_set", language=tag, media_id=media_id))

    @group.command("delete", help=t("transcripts.help_delete"))
    def delete_transcript(
        ctx: typer.Context,
        media_id: Annotated[str, typer.Argument(help=t("help.media_id"), show_default=False)],
        language: Annotated[
            str, typer.Argument(help=t("transcripts.help_language"), show_default=False)
        ],
        yes: Annotated[bool, typer.Option("--yes", "-y", help=t("help.yes"))] = False,
    ) -> None:
        state: AppState = ctx.obj
        tag = checked_language(language)
        confirm_destructive(
            state, yes, t("transcripts.confirm_delete", language=tag, media_id=media_id)
        )
        with state.client() as client:
            deleted = client.transcripts.delete(media_id, tag)
        was_default = deleted is not None and deleted.is_default
        if was_default:
            _console.print_notice(t("transcripts.default_deleted", language=tag, media_id=media_id))
        if state.json_output:
            _console.print_json(
                {
                    "kind": "deleted",
                    "media_id": media_id,
                    "language": tag,
                    "was_default": was_default,
                }
            )
        else:
            _console.print_text(t("transcripts.deleted", language=tag, media_id=media_id))

    return group


def _approve_replacement(
    state: AppState, replace: bool, media_id: str, tag: str, existing: MediaCaption
) -> None:
    """Return when the existing transcript may be deleted; raise :class:`RuleError` otherwise.

    ``--replace`` approves at once; on a terminal the user is asked; elsewhere the
    command stops and names the existing tag and the flag.
    """
    if replace:
        return
    facts = {"media_id": media_id, "language": tag, "existing": existing.language}
    if not state.json_output and _console.is_terminal():
        if typer.confirm(i18n.t("transcripts.confirm_replace", **facts), default=False, err=True):
            return
    raise RuleError("transcripts.language_taken_cli", primary=primary_language(tag), **facts)
