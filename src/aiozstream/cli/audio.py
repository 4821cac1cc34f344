"""``aioz audio``: the media commands for audio.

Audio uses the media endpoints with ``type: audio``, the quality presets
standard, good, highest and lossless, and has no MP4 link. ``upload`` runs the
same engine and views as ``aioz upload --type audio``; the other commands
refuse a video id, so an audio command never changes a video.
"""

import asyncio
from pathlib import Path
from typing import Annotated, Any

import typer

from aiozstream import i18n
from aiozstream._constants import DEFAULT_CHUNK_SIZE, DEFAULT_PARALLEL_PARTS, MIB
from aiozstream.cli import _console
from aiozstream.cli import upload as upload_command
from aiozstream.cli._context import AppState, confirm_destructive
from aiozstream.cli.media import check_list_filters
from aiozstream.client import Client
from aiozstream.errors import InputError
from aiozstream.models.media import Media
from aiozstream.rules.media_file import check_upload_file, probe_media
from aiozstream.rules.qualities import check_qualities
from aiozstream.upload import UploadOptions
from aiozstream.upload.engine import check_upload

AUDIO = "audio"


def build() -> typer.Typer:
    """Build the ``audio`` command group."""
    t = i18n.t
    group = typer.Typer(no_args_is_help=True, help=t("audio.help"), epilog=t("audio.help_example"))

    @group.command("upload", help=t("audio.help_upload"))
    def upload_audio(
        ctx: typer.Context,
        file: Annotated[Path, typer.Argument(help=t("audio.help_upload_file"), show_default=False)],
        title: Annotated[str | None, typer.Option("--title", help=t("help.upload_title"))] = None,
        description: Annotated[
            str | None, typer.Option("--description", help=t("help.upload_description"))
        ] = None,
        tags: Annotated[list[str] | None, typer.Option("--tag", help=t("help.upload_tag"))] = None,
        metadata: Annotated[
            list[str] | None, typer.Option("--meta", help=t("help.upload_meta"))
        ] = None,
        public: Annotated[
            bool | None, typer.Option("--public/--private", help=t("help.upload_public"))
        ] = None,
        qualities: Annotated[
            list[str] | None, typer.Option("--quality", "-q", help=t("audio.help_quality"))
        ] = None,
        container: Annotated[
            str | None, typer.Option("--container", help=t("audio.help_container"))
        ] = None,
        duration: Annotated[
            float | None, typer.Option("--duration", help=t("help.upload_duration"))
        ] = None,
        chunk_size: Annotated[
            float, typer.Option("--chunk-size", help=t("help.upload_chunk_size"))
        ] = DEFAULT_CHUNK_SIZE / MIB,
        parallel: Annotated[
            int, typer.Option("--parallel", help=t("help.upload_parallel"))
        ] = DEFAULT_PARALLEL_PARTS,
        resume: Annotated[bool, typer.Option("--resume", help=t("help.upload_resume"))] = False,
        new: Annotated[bool, typer.Option("--new", help=t("help.upload_new"))] = False,
    ) -> None:
        state: AppState = ctx.obj
        if resume and new:
            raise InputError("upload.resume_and_new")
        options = UploadOptions(
            title=title,
            media_type=AUDIO,
            description=description,
            is_public=public,
            tags=tags or None,
            metadata=upload_command._parse_metadata(metadata or []),
            qualities=tuple(qualities or ()),
            container=container,
            duration=duration,
            chunk_size=int(chunk_size * MIB),
            parallel=parallel,
            resume=upload_command._resume_choice(resume, new),
        )
        # Presets and file are checked first, so a bad preset is the only line printed.
        check_upload(file, options)
        _warn_about_video_track(file)
        result = asyncio.run(upload_command._run_upload(state, file, options))
        upload_command._print_result(state, result)

    @group.command("list", help=t("audio.help_list"))
    def list_audio(
        ctx: typer.Context,
        search: Annotated[str | None, typer.Option("--search", help=t("help.media_search"))] = None,
        status: Annotated[
            list[str] | None, typer.Option("--status", help=t("help.media_status"))
        ] = None,
        tags: Annotated[list[str] | None, typer.Option("--tag", help=t("help.media_tag"))] = None,
        limit: Annotated[int, typer.Option("--limit", min=1, max=100, help=t("help.limit"))] = 25,
        offset: Annotated[int, typer.Option("--offset", min=0, help=t("help.offset"))] = 0,
        every_page: Annotated[bool, typer.Option("--all", help=t("help.all"))] = False,
    ) -> None:
        state: AppState = ctx.obj
        check_list_filters(status, None)
        with state.client() as client:
            page = client.media.list(
                search=search, status=status, tags=tags, type=AUDIO, offset=offset, limit=limit
            )
            items = list(page) if every_page else page.items
        if state.json_output:
            _console.print_json(
                {"total": page.total, "media": [_audio_json(item) for item in items]}
            )
            return
        columns = [
            t("cli.col_id"),
            t("cli.col_title"),
            t("cli.col_status"),
            t("cli.col_duration"),
            t("cli.col_created"),
        ]
        rows = [
            (item.id, item.title, item.status, item.duration, item.created_at) for item in items
        ]
        _console.print_table(
            columns, rows, title=t("audio.total", shown=len(items), total=page.total)
        )

    @group.command("get", help=t("audio.help_get"))
    def get_audio(
        ctx: typer.Context,
        media_id: Annotated[str, typer.Argument(help=t("help.media_id"), show_default=False)],
    ) -> None:
        state: AppState = ctx.obj
        with state.client() as client:
            media = _get_audio(client, media_id, "get")
        if state.json_output:
            _console.print_json(_audio_json(media))
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
        rows += [(name, value) for name, value in _audio_assets(media).items() if value]
        _console.print_table([t("cli.col_field"), t("cli.col_value")], rows)

    @group.command("update", help=t("audio.help_update"))
    def update_audio(
        ctx: typer.Context,
        media_id: Annotated[str, typer.Argument(help=t("help.media_id"), show_default=False)],
        title: Annotated[str | None, typer.Option("--title", help=t("help.media_title"))] = None,
        description: Annotated[
            str | None, typer.Option("--description", help=t("help.upload_description"))
        ] = None,
        public: Annotated[
            bool | None, typer.Option("--public/--private", help=t("help.upload_public"))
        ] = None,
        tags: Annotated[list[str] | None, typer.Option("--tag", help=t("help.upload_tag"))] = None,
        player_id: Annotated[
            str | None, typer.Option("--player", help=t("help.media_player"))
        ] = None,
    ) -> None:
        state: AppState = ctx.obj
        fields = {
            "title": title,
            "description": description,
            "is_public": public,
            "tags": tags,
            "player_id": player_id,
        }
        changes = {name: value for name, value in fields.items() if value is not None}
        if not changes:
            raise InputError("cli.nothing_to_update")
        with state.client() as client:
            _get_audio(client, media_id, "update")
            client.media.update(media_id, **changes)
            media = client.media.get(media_id)
        if state.json_output:
            _console.print_json(_audio_json(media))
        else:
            _console.print_text(t("cli.media_updated", media_id=media.id, title=media.title))

    @group.command("delete", help=t("audio.help_delete"))
    def delete_audio(
        ctx: typer.Context,
        media_id: Annotated[str, typer.Argument(help=t("help.media_id"), show_default=False)],
        yes: Annotated[bool, typer.Option("--yes", "-y", help=t("help.yes"))] = False,
    ) -> None:
        state: AppState = ctx.obj
        confirm_destructive(state, yes, t("cli.confirm_media_delete", media_id=media_id))
        with state.client() as client:
            _get_audio(client, media_id, "delete")
            client.media.delete(media_id)
        if state.json_output:
            _console.print_json({"kind": "deleted", "media_id": media_id})
        else:
            _console.print_text(t("cli.media_deleted", media_id=media_id))

    @group.command("cost", help=t("audio.help_cost"))
    def audio_cost(
        ctx: typer.Context,
        qualities: Annotated[
            list[str], typer.Option("--quality", "-q", help=t("audio.help_cost_quality"))
        ],
        duration: Annotated[
            float | None, typer.Option("--duration", help=t("audio.help_duration"))
        ] = None,
        file: Annotated[Path | None, typer.Option("--file", help=t("audio.help_cost_file"))] = None,
    ) -> None:
        state: AppState = ctx.obj
        plan = check_qualities(AUDIO, qualities)
        seconds = _duration_to_price(duration, file)
        with state.client() as client:
            cost = client.media.cost(type=AUDIO, duration=seconds, qualities=plan.presets)
        if state.json_output:
            _console.print_json(cost.model_dump(mode="json"))
            return
        _console.print_text(t("cli.cost_line", presets=", ".join(plan.presets), price=cost.price))
        if not cost.is_enough:
            _console.print_text(t("rule.insufficient_balance"))

    return group


def _get_audio(client: Client, media_id: str, command: str) -> Media:
    """Return the media, or raise :class:`InputError` when it is not audio."""
    media = client.media.get(media_id)
    if media.type and media.type != AUDIO:
        raise InputError(
            "audio.not_audio", media_id=media_id, media_type=media.type, command=command
        )
    return media


def _audio_assets(media: Media) -> dict[str, Any]:
    # Audio has no MP4 rendition, so its link is left out even when the API sends the field.
    assets = media.assets.model_dump() if media.assets is not None else {}
    assets.pop("mp4_url", None)
    return assets


def _audio_json(media: Media) -> dict[str, Any]:
    data = media.model_dump(mode="json")
    if isinstance(data.get("assets"), dict):
        data["assets"].pop("mp4_url", None)
    return data


def _duration_to_price(duration: float | None, file: Path | None) -> float:
    if duration is not None and file is not None:
        raise InputError("audio.cost_duration_and_file")
    if duration is not None:
        if duration <= 0:
            raise InputError("upload.duration_invalid", value=duration)
        return duration
    if file is None:
        raise InputError("audio.cost_needs_duration")
    check_upload_file(file)
    probed = probe_media(file).duration
    if not probed:
        raise InputError("upload.duration_unknown", path=str(file))
    return probed


def _warn_about_video_track(file: Path) -> None:
    if file.is_file() and probe_media(file).kind == "video":
        _console.print_notice(i18n.t("audio.video_track", path=str(file)))
