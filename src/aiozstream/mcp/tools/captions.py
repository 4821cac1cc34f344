"""Chapter and transcript tools: the WebVTT files of a media, one per language.

A media has one transcript per primary language: adding ``en-US`` while
``en-GB`` exists first returns a question, and the call with ``replace: true``
deletes ``en-GB`` and adds ``en-US``. Deleting the default transcript reminds
the user to set a new default.
"""

from __future__ import annotations

from typing import Annotated

from mcp.server.mcpserver import Context
from mcp.types import CallToolResult
from pydantic import Field

from aiozstream.mcp.params import (
    AllPages,
    Confirm,
    Lang,
    LanguageTag,
    Limit,
    MediaId,
    Offset,
    VttFile,
)
from aiozstream.mcp.runtime import Runtime, register, reply_for
from aiozstream.mcp.tools.common import check_id, checked_language, collect
from aiozstream.resources.chapters import check_vtt_file

Replace = Annotated[
    bool,
    Field(
        description=(
            "Set true only after the user agreed to delete the existing transcript of the same "
            "primary language (for example en-GB when adding en-US)."
        )
    ),
]
MakeDefault = Annotated[bool, Field(description="Also make this transcript the player's default.")]
TranscriptDescription = Annotated[str | None, Field(description="A description of the transcript.")]


def register_tools(server, runtime: Runtime) -> None:
    """Add the chapter and transcript tools."""

    @register(server, runtime)
    async def chapters_add(
        ctx: Context, media_id: MediaId, language: LanguageTag, file: VttFile, lang: Lang = None
    ) -> CallToolResult:
        """Add the WebVTT chapter file of one language to a media."""
        reply = reply_for(runtime, lang)
        media_id = check_id("media_id", media_id)
        tag = checked_language(reply, language)
        check_vtt_file(file)
        async with await runtime.client(ctx, reply.lang) as client:
            chapter = await client.chapters.create(media_id, tag, file)
        reply.say("chapters.added", language=chapter.language or tag, media_id=media_id, url=chapter.url)
        return reply.result()

    @register(server, runtime, read_only=True)
    async def chapters_list(
        ctx: Context,
        media_id: MediaId,
        limit: Limit = 25,
        offset: Offset = 0,
        all_pages: AllPages = False,
        lang: Lang = None,
    ) -> CallToolResult:
        """List the chapter files of a media with their language and URL."""
        reply = reply_for(runtime, lang)
        media_id = check_id("media_id", media_id)
        async with await runtime.client(ctx, reply.lang) as client:
            page = await client.chapters.list(media_id, offset=offset, limit=limit)
            items = await collect(page, all_pages)
        reply.table(
            [reply.t("chapters.col_language"), reply.t("chapters.col_url")],
            [(item.language, item.url) for item in items],
            title=reply.t("chapters.total", shown=len(items), total=page.total),
        )
        return reply.result()

    @register(server, runtime, destructive=True)
    async def chapters_delete(
        ctx: Context, media_id: MediaId, language: LanguageTag, confirm: Confirm = False, lang: Lang = None
    ) -> CallToolResult:
        """Delete the chapter file of one language from a media. Needs confirm true."""
        reply = reply_for(runtime, lang)
        media_id = check_id("media_id", media_id)
        tag = checked_language(reply, language)
        if not confirm:
            question = reply.t("chapters.confirm_delete", language=tag, media_id=media_id)
            return reply.confirm(question, "chapters_delete", "confirm").result()
        async with await runtime.client(ctx, reply.lang) as client:
            await client.chapters.delete(media_id, tag)
        reply.say("chapters.deleted", language=tag, media_id=media_id)
        return reply.result()

    @register(server, runtime)
    async def transcripts_add(
        ctx: Context,
        media_id: MediaId,
        language: LanguageTag,
        file: VttFile,
        description: TranscriptDescription = None,
        replace: Replace = False,
        make_default: MakeDefault = False,
        lang: Lang = None,
    ) -> CallToolResult:
        """Add a WebVTT transcript (subtitles) in one language to a media.

        If a transcript of the same primary language exists, nothing changes and the result asks
        to confirm; call again with replace true to delete it and add this one.
        """
        reply = reply_for(runtime, lang)
        media_id = check_id("media_id", media_id)
        tag = checked_language(reply, language)
        check_vtt_file(file)
        async with await runtime.client(ctx, reply.lang) as client:
            existing = await client.transcripts.find_same_language(media_id, tag)
            if existing is not None and not replace:
                question = reply.t(
                    "mcp.transcript_taken", media_id=media_id, existing=existing.language, language=tag
                )
                return reply.confirm(question, "transcripts_add", "replace").result()
            if existing is not None:
                reply.notice(reply.t("transcripts.replacing", existing=existing.language, language=tag))
            transcript = await client.transcripts.create(
                media_id, tag, file, replace=existing is not None, description=description
            )
            if make_default:
                await client.transcripts.set_default(media_id, tag)
        reply.say("transcripts.added", language=transcript.language or tag, media_id=media_id, url=transcript.url)
        if make_default:
            reply.say("transcripts.default_set", language=tag, media_id=media_id)
        elif existing is not None and existing.is_default:
            reply.notice(reply.t("mcp.default_deleted", language=existing.language, media_id=media_id))
        return reply.result()

    @register(server, runtime, read_only=True)
    async def transcripts_list(
        ctx: Context,
        media_id: MediaId,
        limit: Limit = 25,
        offset: Offset = 0,
        all_pages: AllPages = False,
        lang: Lang = None,
    ) -> CallToolResult:
        """List the transcripts of a media with language, default mark, status and URL."""
        reply = reply_for(runtime, lang)
        media_id = check_id("media_id", media_id)
        async with await runtime.client(ctx, reply.lang) as client:
            page = await client.transcripts.list(media_id, offset=offset, limit=limit)
            items = await collect(page, all_pages)
        columns = [
            reply.t("chapters.col_language"),
            reply.t("transcripts.col_default"),
            reply.t("transcripts.col_status"),
            reply.t("chapters.col_url"),
        ]
        rows = [(item.language, bool(item.is_default), item.status, item.url) for item in items]
        reply.table(columns, rows, title=reply.t("transcripts.total", shown=len(items), total=page.total))
        return reply.result()

    @register(server, runtime)
    async def transcripts_set_default(
        ctx: Context, media_id: MediaId, language: LanguageTag, lang: Lang = None
    ) -> CallToolResult:
        """Make the transcript of one language the player's default (clears the others)."""
        reply = reply_for(runtime, lang)
        media_id = check_id("media_id", media_id)
        tag = checked_language(reply, language)
        async with await runtime.client(ctx, reply.lang) as client:
            await client.transcripts.set_default(media_id, tag)
        reply.say("transcripts.default_set", language=tag, media_id=media_id)
        return reply.result()

    @register(server, runtime, destructive=True)
    async def transcripts_delete(
        ctx: Context, media_id: MediaId, language: LanguageTag, confirm: Confirm = False, lang: Lang = None
    ) -> CallToolResult:
        """Delete the transcript of one language from a media. Needs confirm true."""
        reply = reply_for(runtime, lang)
        media_id = check_id("media_id", media_id)
        tag = checked_language(reply, language)
        if not confirm:
            question = reply.t("transcripts.confirm_delete", language=tag, media_id=media_id)
            return reply.confirm(question, "transcripts_delete", "confirm").result()
        async with await runtime.client(ctx, reply.lang) as client:
            deleted = await client.transcripts.delete(media_id, tag)
        reply.say("transcripts.deleted", language=tag, media_id=media_id)
        if deleted is not None and deleted.is_default:
            reply.notice(reply.t("mcp.default_deleted", language=tag, media_id=media_id))
        return reply.result()
