"""``aioz upload``: the main job, a file to AIOZ Stream in chunks with live progress."""

import asyncio
import shlex
from pathlib import Path
from typing import Annotated

import typer

from aiozstream import i18n
from aiozstream._constants import DEFAULT_CHUNK_SIZE, DEFAULT_PARALLEL_PARTS, MIB
from aiozstream.cli import _console
from aiozstream.cli._context import AppState
from aiozstream.cli.wait import parse_listen_address, wait_for_encoding
from aiozstream.errors import InputError, Interrupted
from aiozstream.settings import assistant_name
from aiozstream.templates import ChunkRow, render_upload_complete, render_upload_progress
from aiozstream.upload import (
    BytesSent,
    ChunkDone,
    ChunkFailed,
    ChunkRetrying,
    ChunkStarted,
    CostChecked,
    Notice,
    UploadEvent,
    UploadOptions,
    UploadResult,
    UploadStarted,
)
from aiozstream.upload.engine import check_upload
from aiozstream.upload.events import ChunkState


def register(app: typer.Typer) -> None:
    """Add ``upload`` to the root app."""
    t = i18n.t

    @app.command("upload", help=t("help.upload"), epilog=t("help.upload_example"))
    def upload(
        ctx: typer.Context,
        file: Annotated[Path, typer.Argument(help=t("help.upload_file"), show_default=False)],
        title: Annotated[str | None, typer.Option("--title", help=t("help.upload_title"))] = None,
        media_type: Annotated[str | None, typer.Option("--type", help=t("help.upload_type"))] = None,
        description: Annotated[str | None, typer.Option("--description", help=t("help.upload_description"))] = None,
        tags: Annotated[list[str] | None, typer.Option("--tag", help=t("help.upload_tag"))] = None,
        metadata: Annotated[list[str] | None, typer.Option("--meta", help=t("help.upload_meta"))] = None,
        public: Annotated[bool | None, typer.Option("--public/--private", help=t("help.upload_public"))] = None,
        qualities: Annotated[list[str] | None, typer.Option("--quality", "-q", help=t("help.upload_quality"))] = None,
        codec: Annotated[str | None, typer.Option("--codec", help=t("help.upload_codec"))] = None,
        container: Annotated[str | None, typer.Option("--container", help=t("help.upload_container"))] = None,
        duration: Annotated[float | None, typer.Option("--duration", help=t("help.upload_duration"))] = None,
        chunk_size: Annotated[
            float, typer.Option("--chunk-size", help=t("help.upload_chunk_size"))
        ] = DEFAULT_CHUNK_SIZE / MIB,
        parallel: Annotated[int, typer.Option("--parallel", help=t("help.upload_parallel"))] = DEFAULT_PARALLEL_PARTS,
        resume: Annotated[bool, typer.Option("--resume", help=t("help.upload_resume"))] = False,
        new: Annotated[bool, typer.Option("--new", help=t("help.upload_new"))] = False,
        wait: Annotated[bool, typer.Option("--wait", help=t("help.wait_flag"))] = False,
        listen: Annotated[
            str | None, typer.Option("--listen", help=t("help.wait_listen"), envvar="AIOZ_WEBHOOK_LISTEN")
        ] = None,
    ) -> None:
        state: AppState = ctx.obj
        if resume and new:
            raise InputError("upload.resume_and_new")
        options = UploadOptions(
            title=title,
            media_type=media_type.lower() if media_type else None,
            description=description,
            is_public=public,
            tags=tags or None,
            metadata=_parse_metadata(metadata or []),
            qualities=tuple(qualities or ()),
            codec=codec,
            container=container,
            duration=duration,
            chunk_size=int(chunk_size * MIB),
            parallel=parallel,
            resume=_resume_choice(resume, new),
        )
        if listen:
            parse_listen_address(listen)
        try:
            result = asyncio.run(_run_upload(state, file, options))
        except KeyboardInterrupt:
            raise Interrupted("upload.interrupted", command=_resume_command(state, file)) from None
        _print_result(state, result)
        if wait:
            wait_for_encoding(state, result.media.id, result.title, result.media_type, file=file, listen=listen)


async def _run_upload(state: AppState, file: Path, options: UploadOptions) -> UploadResult:
    # Bad input fails here, before keys are asked for or any request is sent.
    check_upload(file, options)
    command = _resume_command(state, file)
    if state.json_output:
        reporter = _JsonReporter()
        async with state.async_client() as client:
            return await client.upload(file, options, on_event=reporter, resume_command=command)

    live = _console.is_terminal()
    with _console.UploadView(live=live) as view:
        reporter = _PeopleReporter(view)
        async with state.async_client() as client:
            return await client.upload(file, options, on_event=reporter, resume_command=command)


class _PeopleReporter:
    """Turns engine events into templates, notices and the byte bar."""

    def __init__(self, view: _console.UploadView) -> None:
        self._view = view
        self._title = ""

    def __call__(self, event: UploadEvent) -> None:
        if isinstance(event, Notice):
            _console.print_notice(i18n.t(event.key, **event.params))
        elif isinstance(event, CostChecked):
            _console.print_notice(i18n.t("upload.cost", presets=", ".join(event.presets), price=event.price))
        elif isinstance(event, UploadStarted):
            self._title = event.title
            if event.resumed:
                _console.print_notice(
                    i18n.t(
                        "upload.resuming", media_id=event.media_id, done=len(event.accepted), total=event.chunk_count
                    )
                )
            self._view.start(event.title, event.total_bytes, event.accepted_bytes)
        elif isinstance(event, BytesSent):
            self._view.bytes_done(event.bytes_done)
        elif isinstance(event, ChunkRetrying):
            _console.print_notice(i18n.t("cli.chunk_retrying", chunk=event.number - 1, attempt=event.attempt))
        elif isinstance(event, ChunkStarted):
            self._view.refresh_template(self._render(event.chunks))
        elif isinstance(event, (ChunkDone, ChunkFailed)):
            self._view.show_template(self._render(event.chunks))

    def _render(self, chunks: tuple[ChunkState, ...]) -> str:
        return render_upload_progress(
            self._title, _rows(chunks), lang=i18n.current_language(), assistant=assistant_name()
        )


class _JsonReporter:
    """Prints one JSON object per event; byte counts at most every half second."""

    def __init__(self) -> None:
        self._throttle = _console.Throttle(0.5)

    def __call__(self, event: UploadEvent) -> None:
        if isinstance(event, BytesSent) and not self._throttle.ready(force=event.bytes_done == event.total_bytes):
            return
        data = event.to_dict()
        if isinstance(event, Notice):
            data["message"] = i18n.t(event.key, **event.params)
        _console.print_json(data)


def _print_result(state: AppState, result: UploadResult) -> None:
    media = result.media
    if state.json_output:
        _console.print_json({"kind": "result", "media": media.model_dump(mode="json"), "resumed": result.resumed})
        return
    _console.print_text("")
    _console.print_text(
        render_upload_complete(
            media.id, result.title, result.media_type, result.uploaded_at, lang=i18n.current_language()
        )
    )
    _console.print_text("")
    _console.print_text(_links_block(state, media, result.media_type))


def _links_block(state: AppState, media, media_type: str) -> str:
    """List the stream, player and file links: the media's own where given, else the platform's pattern."""
    pattern = state.link_hosts().media_urls(media.id)
    assets = media.assets
    own = assets.model_dump() if assets is not None else {}
    links = [
        ("HLS", own.get("hls_url") or pattern["hls_stream_url"]),
        (i18n.t("cli.link_hls_player"), own.get("hls_player_url") or pattern["hls_player_url"]),
        ("DASH", own.get("dash_url") or pattern["dash_stream_url"]),
        (i18n.t("cli.link_dash_player"), own.get("dash_player_url") or pattern["dash_player_url"]),
        (i18n.t("cli.link_thumbnail"), own.get("thumbnail_url") or pattern["thumbnail_url"]),
    ]
    if media_type != "audio":
        links.append(("MP4", own.get("mp4_url") or pattern["mp4_url"]))
    links.append((i18n.t("cli.link_source"), own.get("source_url") or pattern["source_url"]))
    width = max(len(label) for label, _ in links)
    lines = [f"- {label.ljust(width)}  {url}" for label, url in links]
    return "\n".join([i18n.t("cli.links_heading"), *lines])


def _rows(chunks: tuple[ChunkState, ...]) -> list[ChunkRow]:
    return [ChunkRow(chunk.number - 1, chunk.size, chunk.md5 is not None, chunk.state) for chunk in chunks]


def _resume_choice(resume: bool, new: bool) -> bool | None:
    """Map the flags to the engine's choice: require a journal, ignore it, or use one if found."""
    if resume:
        return True
    if new:
        return False
    return None


def _parse_metadata(pairs: list[str]) -> dict[str, str] | None:
    if not pairs:
        return None
    metadata: dict[str, str] = {}
    for pair in pairs:
        key, separator, value = pair.partition("=")
        if not separator or not key.strip():
            raise InputError("cli.meta_invalid", value=pair)
        metadata[key.strip()] = value
    return metadata


def _resume_command(state: AppState, file: Path) -> str:
    parts = ["aioz"]
    if state.sandbox:
        parts.append("--sandbox")
    elif state.base_url:
        parts += ["--base-url", state.base_url]
    parts += ["upload", str(file), "--resume"]
    return shlex.join(parts)
