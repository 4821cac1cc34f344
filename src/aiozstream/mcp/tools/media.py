"""Media and audio tools: list, get, update, delete, and the transcoding cost.

The audio tools use the same endpoints with ``type: audio`` and refuse a video
id, so an audio tool never changes a video.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from mcp.server.mcpserver import Context
from mcp.types import CallToolResult
from pydantic import Field

from aiozstream.client import AsyncClient
from aiozstream.errors import InputError
from aiozstream.mcp.params import (
    AllPages,
    Confirm,
    Description,
    IsPublic,
    Lang,
    Limit,
    MediaId,
    Search,
    Statuses,
    Tags,
    Title,
)
from aiozstream.mcp.replies import Reply
from aiozstream.mcp.runtime import Runtime, register, reply_for
from aiozstream.mcp.tools.common import check_id, collect, parse_time
from aiozstream.mcp.tools.upload import AudioQualities, Codec, links_block
from aiozstream.models.media import Media
from aiozstream.rules.media_file import check_upload_file, probe_media
from aiozstream.rules.qualities import check_qualities
from aiozstream.templates import render_event

AUDIO = "audio"
# A media in one of these states has a matching webhook template, shown by media_get.
STATUS_EVENTS = {"done": "encoding_finished", "fail": "encoding_failed"}

Offset = Annotated[int, Field(ge=0, description="Number of media to skip before the page starts.")]
ListMediaType = Annotated[
    Literal["video", "audio"] | None, Field(description="Only video or only audio media.")
]
FilterTags = Annotated[list[str] | None, Field(description="Only media with these tags.")]
PlayerIdChange = Annotated[
    str | None, Field(description="Player theme id to assign to the media.")
]
CostDuration = Annotated[float, Field(gt=0, description="Media duration in seconds.")]
CostQualities = Annotated[
    list[str],
    Field(
        description=(
            "Quality presets to price. Video: 240p, 360p, 480p, 720p, 1080p, 1440p, 2160p, 4320p. "
            "Audio: standard, good, highest, lossless."
        )
    ),
]
CostType = Annotated[Literal["video", "audio"], Field(description="video or audio.")]
AudioDuration = Annotated[
    float | None, Field(gt=0, description="Audio duration in seconds (or pass file).")
]
AudioFile = Annotated[
    str | None, Field(description="Absolute path of a local audio file whose duration is priced.")
]


def register_tools(server, runtime: Runtime) -> None:
    """Add the media and audio tools."""

    @register(server, runtime, read_only=True)
    async def media_list(
        ctx: Context,
        search: Search = None,
        status: Statuses = None,
        tags: FilterTags = None,
        media_type: ListMediaType = None,
        limit: Limit = 25,
        offset: Offset = 0,
        all_pages: AllPages = False,
        lang: Lang = None,
    ) -> CallToolResult:
        """List video and audio media with id, title, type, status and creation time."""
        reply = reply_for(runtime, lang)
        async with await runtime.client(ctx, reply.lang) as client:
            page = await client.media.list(
                search=search, status=status, tags=tags, type=media_type, offset=offset, limit=limit
            )
            items = await collect(page, all_pages)
        _media_table(reply, items, page.total, "cli.media_total")
        return reply.result()

    @register(server, runtime, read_only=True)
    async def media_get(ctx: Context, media_id: MediaId, lang: Lang = None) -> CallToolResult:
        """Show one media: details, links and, once encoding finished or failed, its event template."""
        reply = reply_for(runtime, lang)
        media_id = check_id("media_id", media_id)
        async with await runtime.client(ctx, reply.lang) as client:
            media = await client.media.get(media_id)
        _show_media(reply, runtime, media)
        return reply.result()

    @register(server, runtime)
    async def media_update(
        ctx: Context,
        media_id: MediaId,
        title: Title = None,
        description: Description = None,
        is_public: IsPublic = None,
        tags: Tags = None,
        player_id: PlayerIdChange = None,
        lang: Lang = None,
    ) -> CallToolResult:
        """Change a media's title, description, visibility, tags or player theme (only what is given)."""
        reply = reply_for(runtime, lang)
        media_id = check_id("media_id", media_id)
        changes = _changes(title, description, is_public, tags, player_id)
        async with await runtime.client(ctx, reply.lang) as client:
            await client.media.update(media_id, **changes)
            media = await client.media.get(media_id)
        reply.say("cli.media_updated", media_id=media.id, title=media.title)
        return reply.result()

    @register(server, runtime, destructive=True)
    async def media_delete(
        ctx: Context, media_id: MediaId, confirm: Confirm = False, lang: Lang = None
    ) -> CallToolResult:
        """Delete a media and all its files. Irreversible: needs confirm true after the user agreed."""
        reply = reply_for(runtime, lang)
        media_id = check_id("media_id", media_id)
        if not confirm:
            question = reply.t("cli.confirm_media_delete", media_id=media_id)
            return reply.confirm(question, "media_delete", "confirm").result()
        async with await runtime.client(ctx, reply.lang) as client:
            await client.media.delete(media_id)
        reply.say("cli.media_deleted", media_id=media_id)
        return reply.result()

    @register(server, runtime, read_only=True)
    async def media_cost(
        ctx: Context,
        duration: CostDuration,
        qualities: CostQualities,
        media_type: CostType = "video",
        codec: Codec = None,
        lang: Lang = None,
    ) -> CallToolResult:
        """Price the transcoding of a media of this duration at these quality presets, and tell
        whether the balance covers it."""
        reply = reply_for(runtime, lang)
        plan = check_qualities(media_type, qualities, codec)
        async with await runtime.client(ctx, reply.lang) as client:
            cost = await client.media.cost(type=media_type, duration=duration, qualities=plan.presets)
        _show_cost(reply, plan.presets, cost)
        return reply.result()

    @register(server, runtime, read_only=True)
    async def audio_list(
        ctx: Context,
        search: Search = None,
        status: Statuses = None,
        tags: FilterTags = None,
        limit: Limit = 25,
        offset: Offset = 0,
        all_pages: AllPages = False,
        lang: Lang = None,
    ) -> CallToolResult:
        """List audio media only, with id, title, status and creation time."""
        reply = reply_for(runtime, lang)
        async with await runtime.client(ctx, reply.lang) as client:
            page = await client.media.list(
                search=search, status=status, tags=tags, type=AUDIO, offset=offset, limit=limit
            )
            items = await collect(page, all_pages)
        _media_table(reply, items, page.total, "audio.total")
        return reply.result()

    @register(server, runtime, read_only=True)
    async def audio_get(ctx: Context, media_id: MediaId, lang: Lang = None) -> CallToolResult:
        """Show one audio media (a video id is refused): details, links and its event template."""
        reply = reply_for(runtime, lang)
        media_id = check_id("media_id", media_id)
        async with await runtime.client(ctx, reply.lang) as client:
            media = await _get_audio(client, media_id, "media_get")
        _show_media(reply, runtime, media)
        return reply.result()

    @register(server, runtime)
    async def audio_update(
        ctx: Context,
        media_id: MediaId,
        title: Title = None,
        description: Description = None,
        is_public: IsPublic = None,
        tags: Tags = None,
        player_id: PlayerIdChange = None,
        lang: Lang = None,
    ) -> CallToolResult:
        """Change an audio media's title, description, visibility, tags or player theme."""
        reply = reply_for(runtime, lang)
        media_id = check_id("media_id", media_id)
        changes = _changes(title, description, is_public, tags, player_id)
        async with await runtime.client(ctx, reply.lang) as client:
            await _get_audio(client, media_id, "media_update")
            await client.media.update(media_id, **changes)
            media = await client.media.get(media_id)
        reply.say("cli.media_updated", media_id=media.id, title=media.title)
        return reply.result()

    @register(server, runtime, destructive=True)
    async def audio_delete(
        ctx: Context, media_id: MediaId, confirm: Confirm = False, lang: Lang = None
    ) -> CallToolResult:
        """Delete an audio media and its files (a video id is refused). Needs confirm true."""
        reply = reply_for(runtime, lang)
        media_id = check_id("media_id", media_id)
        if not confirm:
            question = reply.t("cli.confirm_media_delete", media_id=media_id)
            return reply.confirm(question, "audio_delete", "confirm").result()
        async with await runtime.client(ctx, reply.lang) as client:
            await _get_audio(client, media_id, "media_delete")
            await client.media.delete(media_id)
        reply.say("cli.media_deleted", media_id=media_id)
        return reply.result()

    @register(server, runtime, read_only=True)
    async def audio_cost(
        ctx: Context,
        qualities: AudioQualities,
        duration: AudioDuration = None,
        file: AudioFile = None,
        lang: Lang = None,
    ) -> CallToolResult:
        """Price transcoding audio at these presets, for a duration or the duration of a local file."""
        reply = reply_for(runtime, lang)
        plan = check_qualities(AUDIO, qualities or [])
        seconds = _duration_to_price(duration, file)
        async with await runtime.client(ctx, reply.lang) as client:
            cost = await client.media.cost(type=AUDIO, duration=seconds, qualities=plan.presets)
        _show_cost(reply, plan.presets, cost)
        return reply.result()


def _changes(title, description, is_public, tags, player_id) -> dict:
    fields = {
        "title": title,
        "description": description,
        "is_public": is_public,
        "tags": tags,
        "player_id": player_id,
    }
    changes = {name: value for name, value in fields.items() if value is not None}
    if not changes:
        raise InputError("mcp.nothing_to_update")
    return changes


def _media_table(reply: Reply, items: list[Media], total: int, title_key: str) -> None:
    columns = [
        reply.t("cli.col_id"),
        reply.t("cli.col_title"),
        reply.t("cli.col_type"),
        reply.t("cli.col_status"),
        reply.t("cli.col_created"),
    ]
    rows = [(item.id, item.title, item.type, item.status, item.created_at) for item in items]
    reply.table(columns, rows, title=reply.t(title_key, shown=len(items), total=total))


def _show_media(reply: Reply, runtime: Runtime, media: Media) -> None:
    media_type = AUDIO if media.type == AUDIO else "video"
    reply.fields(
        [
            (reply.t("cli.col_id"), media.id),
            (reply.t("cli.col_title"), media.title),
            (reply.t("cli.col_type"), media.type),
            (reply.t("cli.col_status"), media.status),
            (reply.t("cli.col_duration"), media.duration),
            (reply.t("cli.col_size"), media.size),
            (reply.t("cli.col_created"), media.created_at),
            ("player_theme_id", media.player_theme_id),
        ]
    )
    event = STATUS_EVENTS.get(media.status or "")
    if event is None:
        reply.text(links_block(reply, runtime, media, media_type))
        return
    reply.text(
        render_event(
            event,
            media_id=media.id,
            title=media.title or "",
            timestamp=parse_time(media.updated_at or media.created_at),
            lang=reply.lang,
            media_type=media_type,
            links=runtime.settings.link_hosts(),
            assistant=runtime.assistant(),
        )
    )


def _show_cost(reply: Reply, presets: tuple[str, ...], cost) -> None:
    reply.say("cli.cost_line", presets=", ".join(presets), price=cost.price)
    if not cost.is_enough:
        reply.say("rule.insufficient_balance")


async def _get_audio(client: AsyncClient, media_id: str, tool: str) -> Media:
    """Return the media, or raise :class:`InputError` when it is not audio."""
    media = await client.media.get(media_id)
    if media.type and media.type != AUDIO:
        raise InputError("mcp.not_audio", media_id=media_id, media_type=media.type, tool=tool)
    return media


def _duration_to_price(duration: float | None, file: str | None) -> float:
    if duration is not None and file is not None:
        raise InputError("mcp.cost_duration_and_file")
    if duration is not None:
        return duration
    if file is None:
        raise InputError("mcp.cost_needs_duration")
    path = Path(file)
    check_upload_file(path)
    probed = probe_media(path).duration
    if not probed:
        raise InputError("upload.duration_unknown", path=str(path))
    return probed
