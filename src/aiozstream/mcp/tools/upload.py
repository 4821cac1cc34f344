"""The upload tools: a local file to AIOZ Stream in chunks, with live progress for the client.

During the upload the client receives MCP progress notifications (bytes sent of
the file's size) when it gave a progress token, and the upload-progress
template after each chunk as a log message. The result is the upload-complete
template followed by the media's links.
"""

from __future__ import annotations

import logging
import math
import time
from pathlib import Path
from typing import Annotated, Literal

import anyio
from anyio.streams.memory import MemoryObjectReceiveStream
from mcp.server.mcpserver import Context
from mcp.types import CallToolResult
from pydantic import Field

from aiozstream._constants import (
    DEFAULT_CHUNK_SIZE,
    DEFAULT_PARALLEL_PARTS,
    MAX_PARALLEL_PARTS,
    MIB,
)
from aiozstream.errors import RuleError
from aiozstream.mcp.params import Confirm, Description, IsPublic, Lang, MediaId, Metadata, Tags, Title
from aiozstream.mcp.replies import Reply
from aiozstream.mcp.runtime import Runtime, register, reply_for, send_log
from aiozstream.mcp.tools.common import check_id
from aiozstream.models.media import Media
from aiozstream.rules.media_file import probe_media
from aiozstream.templates import ChunkRow, render_upload_complete, render_upload_progress
from aiozstream.upload import (
    BytesSent,
    ChunkDone,
    ChunkFailed,
    CostChecked,
    Notice,
    UploadEvent,
    UploadOptions,
    UploadResult,
    UploadStarted,
)
from aiozstream.upload.engine import check_upload

logger = logging.getLogger("aiozstream.mcp")

PROGRESS_INTERVAL = 0.25  # seconds between byte-count progress notifications
LOGGER_NAME = "aiozstream.upload"

UploadFile = Annotated[
    str,
    Field(description="Absolute path of the local video or audio file to upload (never empty)."),
]
Qualities = Annotated[
    list[str] | None,
    Field(
        description=(
            "Custom quality presets. Video: 240p, 360p, 480p, 720p, 1080p, 1440p, 2160p, 4320p "
            "(h264 up to 2160p, h265 up to 4320p). Audio: standard, good, highest, lossless. "
            "When given, the transcoding cost is checked first and the upload is refused if the "
            "balance is insufficient. Default: the platform's presets."
        )
    ),
]
AudioQualities = Annotated[
    list[Literal["standard", "good", "highest", "lossless"]] | None,
    Field(
        description=(
            "Custom audio presets: standard, good, highest, lossless. The cost is checked first."
        )
    ),
]
Codec = Annotated[
    Literal["h264", "h265"] | None,
    Field(description="Video codec of the custom presets: h264 (default) or h265."),
]
Container = Annotated[
    Literal["mpegts", "fmp4"] | None,
    Field(
        description=(
            "HLS container: mpegts or fmp4. h265 with mpegts does not play on Safari and iOS, "
            "so fmp4 is advised with h265."
        )
    ),
]
Duration = Annotated[
    float | None,
    Field(gt=0, description="Duration in seconds for the cost check; default: read from the file."),
]
ChunkSize = Annotated[
    float,
    Field(description="Chunk size in MiB, from 5 to 200 (default 50); the last chunk is smaller."),
]
Parallel = Annotated[
    int, Field(description=f"Chunks sent at once, from 1 to {MAX_PARALLEL_PARTS}.")
]
Resume = Annotated[
    bool | None,
    Field(
        description=(
            "true: continue an interrupted upload of this file (fails if there is none); "
            "false: start a new media; default: continue when an interrupted upload matches."
        )
    ),
]
MediaTypeChoice = Annotated[
    Literal["video", "audio"] | None,
    Field(description="video or audio; default: detected from the file."),
]


def register_tools(server, runtime: Runtime) -> None:
    """Add ``media_upload``, ``audio_upload`` and ``media_retry``."""

    @register(server, runtime)
    async def media_upload(
        ctx: Context,
        file: UploadFile,
        title: Title = None,
        media_type: MediaTypeChoice = None,
        description: Description = None,
        is_public: IsPublic = None,
        tags: Tags = None,
        metadata: Metadata = None,
        qualities: Qualities = None,
        codec: Codec = None,
        container: Container = None,
        duration: Duration = None,
        chunk_size_mib: ChunkSize = DEFAULT_CHUNK_SIZE / MIB,
        parallel: Parallel = DEFAULT_PARALLEL_PARTS,
        resume: Resume = None,
        lang: Lang = None,
    ) -> CallToolResult:
        """Upload a local video or audio file to AIOZ Stream in chunks (create, parts with MD5, complete).

        Sends progress notifications and the upload-progress template after each chunk, then returns
        the upload-complete template and the media's stream and player links. Transcoding starts
        afterwards; media_get shows its state. Title defaults to the file name.
        """
        options = UploadOptions(
            title=title,
            media_type=media_type,
            description=description,
            is_public=is_public,
            tags=tags or None,
            metadata=metadata or None,
            qualities=tuple(qualities or ()),
            codec=codec,
            container=container,
            duration=duration,
            chunk_size=int(chunk_size_mib * MIB),
            parallel=parallel,
            resume=resume,
        )
        return await _upload(ctx, runtime, reply_for(runtime, lang), Path(file), options, "media_upload")

    @register(server, runtime)
    async def audio_upload(
        ctx: Context,
        file: UploadFile,
        title: Title = None,
        description: Description = None,
        is_public: IsPublic = None,
        tags: Tags = None,
        metadata: Metadata = None,
        qualities: AudioQualities = None,
        container: Container = None,
        duration: Duration = None,
        chunk_size_mib: ChunkSize = DEFAULT_CHUNK_SIZE / MIB,
        parallel: Parallel = DEFAULT_PARALLEL_PARTS,
        resume: Resume = None,
        lang: Lang = None,
    ) -> CallToolResult:
        """Upload a local file as audio (type audio) in chunks; a video track is not kept.

        Same flow and templates as media_upload; audio media have no MP4 link.
        """
        reply = reply_for(runtime, lang)
        options = UploadOptions(
            title=title,
            media_type="audio",
            description=description,
            is_public=is_public,
            tags=tags or None,
            metadata=metadata or None,
            qualities=tuple(qualities or ()),
            container=container,
            duration=duration,
            chunk_size=int(chunk_size_mib * MIB),
            parallel=parallel,
            resume=resume,
        )
        path = Path(file)
        if path.is_file() and probe_media(path).kind == "video":
            reply.notice(reply.t("audio.video_track", path=str(path)))
        return await _upload(ctx, runtime, reply, path, options, "audio_upload")


    @register(server, runtime, destructive=True)
    async def media_retry(
        ctx: Context, media_id: MediaId, file: UploadFile, confirm: Confirm = False, lang: Lang = None
    ) -> CallToolResult:
        """Retry a media whose encoding failed: delete it, re-create it with the same title, type,
        qualities and details, check the cost, upload the file again in chunks and complete.

        Only a media in state fail is retried. Deleting it is irreversible, so this needs confirm
        true. Returns the upload-complete template of the new media.
        """
        reply = reply_for(runtime, lang)
        media_id = check_id("media_id", media_id)
        path = Path(file)
        check_upload(path, UploadOptions())
        async with await runtime.client(ctx, reply.lang) as client:
            failed = await client.media.get(media_id)
        if failed.status != "fail":
            raise RuleError("wait.retry_not_failed", media_id=media_id, status=failed.status)
        options = retry_options(failed)
        check_upload(path, options)
        if not confirm:
            question = reply.t("wait.retry_confirm", media_id=media_id, file=str(path))
            return reply.confirm(question, "media_retry", "confirm").result()

        reply.say(
            "wait.retry_started",
            media_id=media_id,
            title=options.title,
            media_type=options.media_type,
            presets=", ".join(options.qualities),
            file=str(path),
        )
        reply.say("wait.step_delete", media_id=media_id)
        async with await runtime.client(ctx, reply.lang) as client:
            await client.media.delete(media_id)
        return await _upload(ctx, runtime, reply, path, options, "media_upload")


def retry_options(failed: Media) -> UploadOptions:
    """Return the options that re-create a failed media as it was: title, type, details, presets."""
    qualities = [quality.get("name") or quality.get("resolution") for quality in failed.qualities or []]
    codecs = {quality.get("video_codec") for quality in failed.qualities or [] if quality.get("video_codec")}
    metadata = {
        str(pair.get("key")): str(pair.get("value", ""))
        for pair in failed.metadata or []
        if isinstance(pair, dict) and pair.get("key")
    }
    return UploadOptions(
        title=failed.title or failed.id,
        media_type=failed.type if failed.type in ("video", "audio") else None,
        description=failed.description or None,
        is_public=failed.is_public,
        tags=failed.tags or None,
        metadata=metadata or None,
        qualities=tuple(name for name in qualities if name),
        codec=codecs.pop() if len(codecs) == 1 else None,
        # The failed media is deleted, so the new one never resumes an earlier upload.
        resume=False,
    )


async def _upload(
    ctx: Context, runtime: Runtime, reply: Reply, path: Path, options: UploadOptions, tool: str
) -> CallToolResult:
    # Bad input fails here, before the keys are asked for or any request is sent.
    check_upload(path, options)
    client = await runtime.client(ctx, reply.lang)

    sender, receiver = anyio.create_memory_object_stream[UploadEvent](math.inf)
    reporter = _ProgressReporter(ctx, runtime, reply)
    outcome: UploadResult | None = None
    failure: Exception | None = None
    async with client, anyio.create_task_group() as tasks:
        tasks.start_soon(reporter.forward, receiver)
        try:
            outcome = await client.upload(
                path,
                options,
                on_event=sender.send_nowait,
                resume_command=reply.t("mcp.upload_resume", tool=tool),
            )
        except Exception as error:  # re-raised below, once the messages already queued are sent
            failure = error
        finally:
            sender.close()
    if failure is not None:
        raise failure

    assert outcome is not None
    reply.text(
        render_upload_complete(
            outcome.media.id, outcome.title, outcome.media_type, outcome.uploaded_at, lang=reply.lang
        )
    )
    reply.text(links_block(reply, runtime, outcome.media, outcome.media_type))
    return reply.result()


class _ProgressReporter:
    """Turns upload events into progress notifications, template log messages and notices."""

    def __init__(self, ctx: Context, runtime: Runtime, reply: Reply) -> None:
        self._ctx = ctx
        self._runtime = runtime
        self._reply = reply
        self._title = ""
        self._bytes_done = 0
        self._total_bytes = 0
        self._last_progress = 0.0

    async def forward(self, events: MemoryObjectReceiveStream[UploadEvent]) -> None:
        """Handle each event in order until the upload closes the stream."""
        async with events:
            async for event in events:
                try:
                    await self._handle(event)
                except Exception as error:  # a client that went away must not stop the upload
                    logger.debug("Progress message not delivered: %s", type(error).__name__)

    async def _handle(self, event: UploadEvent) -> None:
        reply = self._reply
        if isinstance(event, Notice):
            reply.notice(reply.t(event.key, **event.params))
            await send_log(self._ctx, reply.t(event.key, **event.params), logger_name=LOGGER_NAME)
        elif isinstance(event, CostChecked):
            reply.notice(reply.t("mcp.cost_checked", presets=", ".join(event.presets), price=event.price))
        elif isinstance(event, UploadStarted):
            self._title = event.title
            self._total_bytes = event.total_bytes
            if event.resumed:
                reply.notice(
                    reply.t(
                        "upload.resuming",
                        media_id=event.media_id,
                        done=len(event.accepted),
                        total=event.chunk_count,
                    )
                )
        elif isinstance(event, BytesSent):
            self._bytes_done = event.bytes_done
            now = time.monotonic()
            if event.bytes_done == event.total_bytes or now - self._last_progress >= PROGRESS_INTERVAL:
                self._last_progress = now
                await self._ctx.report_progress(event.bytes_done, event.total_bytes)
        elif isinstance(event, (ChunkDone, ChunkFailed)):
            rows = [
                ChunkRow(chunk.number - 1, chunk.size, chunk.md5 is not None, chunk.state)
                for chunk in event.chunks
            ]
            template = render_upload_progress(
                self._title, rows, lang=reply.lang, assistant=self._runtime.assistant()
            )
            await send_log(self._ctx, template, logger_name=LOGGER_NAME)
            if isinstance(event, ChunkDone):
                message = reply.t("mcp.progress_message", done=event.done, total=event.total)
                await self._ctx.report_progress(self._bytes_done, self._total_bytes or None, message)


def links_block(reply: Reply, runtime: Runtime, media: Media, media_type: str) -> str:
    """List the stream, player and file links: the media's own where given, else the platform's pattern."""
    pattern = runtime.settings.link_hosts().media_urls(media.id)
    own = media.assets.model_dump() if media.assets is not None else {}
    links = [
        ("HLS", own.get("hls_url") or pattern["hls_stream_url"]),
        (reply.t("cli.link_hls_player"), own.get("hls_player_url") or pattern["hls_player_url"]),
        ("DASH", own.get("dash_url") or pattern["dash_stream_url"]),
        (reply.t("cli.link_dash_player"), own.get("dash_player_url") or pattern["dash_player_url"]),
        (reply.t("cli.link_thumbnail"), own.get("thumbnail_url") or pattern["thumbnail_url"]),
    ]
    if media_type != "audio":
        links.append(("MP4", own.get("mp4_url") or pattern["mp4_url"]))
    links.append((reply.t("cli.link_source"), own.get("source_url") or pattern["source_url"]))
    lines = [f"- {label}: {url}" for label, url in links]
    return "\n".join([reply.t("cli.links_heading"), *lines])
