"""Playlist tools: create, list, get, update, add, move, remove, delete the thumbnail, delete.

A move always fetches the playlist first and sends only the neighbors the
position needs: ``next_id`` alone for the top, ``previous_id`` alone for the
bottom, both in between.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from mcp.server.mcpserver import Context
from mcp.types import CallToolResult
from pydantic import Field

from aiozstream.errors import InputError
from aiozstream.mcp.params import AllPages, Confirm, Lang, Limit, MediaId, Metadata, Offset, PlaylistId, Search
from aiozstream.mcp.replies import Reply
from aiozstream.mcp.runtime import Runtime, register, reply_for
from aiozstream.mcp.tools.common import check_id, collect, metadata_text
from aiozstream.models.playlists import Playlist
from aiozstream.resources.playlists import check_move_target, check_playlist_name, read_thumbnail, resolve_item

PlaylistName = Annotated[str, Field(description="Playlist name, 1 to 255 characters.")]
NewName = Annotated[str | None, Field(description="New playlist name, 1 to 255 characters.")]
PlaylistTags = Annotated[list[str] | None, Field(description="Tags of the playlist; replaces the current ones.")]
ClearTags = Annotated[bool, Field(description="Remove every tag of the playlist.")]
Thumbnail = Annotated[str | None, Field(description="Absolute path of a local JPEG or PNG thumbnail image.")]
FilterTags = Annotated[list[str] | None, Field(description="Only playlists with these tags.")]
Item = Annotated[
    str,
    Field(description="Playlist item id, or the media id of an item that occurs once in the playlist."),
]
MoveTo = Annotated[Literal["top", "bottom"] | None, Field(description="Move to the top or the bottom.")]
Before = Annotated[str | None, Field(description="Move just before this item (item id or media id).")]
After = Annotated[str | None, Field(description="Move just after this item (item id or media id).")]
Position = Annotated[
    int | None, Field(ge=1, description="Move to this 1-based position (1 is the top).")
]


def register_tools(server, runtime: Runtime) -> None:
    """Add the playlist tools."""

    @register(server, runtime)
    async def playlists_create(
        ctx: Context, name: PlaylistName, tags: PlaylistTags = None, metadata: Metadata = None, lang: Lang = None
    ) -> CallToolResult:
        """Create an empty playlist."""
        reply = reply_for(runtime, lang)
        check_playlist_name(name)
        async with await runtime.client(ctx, reply.lang) as client:
            playlist = await client.playlists.create(name, tags=tags or None, metadata=metadata or None)
        reply.say("playlists.created", name=playlist.name, playlist_id=playlist.id)
        return reply.result()

    @register(server, runtime, read_only=True)
    async def playlists_list(
        ctx: Context,
        search: Search = None,
        tags: FilterTags = None,
        limit: Limit = 25,
        offset: Offset = 0,
        all_pages: AllPages = False,
        lang: Lang = None,
    ) -> CallToolResult:
        """List playlists with id, name, item count, tags and creation time."""
        reply = reply_for(runtime, lang)
        async with await runtime.client(ctx, reply.lang) as client:
            page = await client.playlists.list(search=search, tags=tags, offset=offset, limit=limit)
            playlists = await collect(page, all_pages)
        columns = [
            reply.t("cli.col_id"),
            reply.t("playlists.col_name"),
            reply.t("playlists.col_items"),
            reply.t("playlists.col_tags"),
            reply.t("cli.col_created"),
        ]
        rows = [(item.id, item.name, item.item_count, item.tags, item.created_at) for item in playlists]
        reply.table(columns, rows, title=reply.t("playlists.total", shown=len(playlists), total=page.total))
        return reply.result()

    @register(server, runtime, read_only=True)
    async def playlists_get(ctx: Context, playlist_id: PlaylistId, lang: Lang = None) -> CallToolResult:
        """Show a playlist and its items in playlist order (position, item id, media id, title)."""
        reply = reply_for(runtime, lang)
        playlist_id = check_id("playlist_id", playlist_id)
        async with await runtime.client(ctx, reply.lang) as client:
            playlist = await client.playlists.get(playlist_id)
        _show_playlist(reply, playlist)
        return reply.result()

    @register(server, runtime)
    async def playlists_update(
        ctx: Context,
        playlist_id: PlaylistId,
        name: NewName = None,
        tags: PlaylistTags = None,
        clear_tags: ClearTags = False,
        metadata: Metadata = None,
        thumbnail: Thumbnail = None,
        lang: Lang = None,
    ) -> CallToolResult:
        """Change a playlist's name, tags, metadata or thumbnail (only what is given)."""
        reply = reply_for(runtime, lang)
        playlist_id = check_id("playlist_id", playlist_id)
        changes = _update_changes(name, tags, clear_tags, metadata, thumbnail)
        async with await runtime.client(ctx, reply.lang) as client:
            await client.playlists.update(playlist_id, **changes)
            playlist = await client.playlists.get(playlist_id)
        reply.say("playlists.updated", name=playlist.name, playlist_id=playlist.id)
        return reply.result()

    @register(server, runtime)
    async def playlists_add(
        ctx: Context, playlist_id: PlaylistId, media_id: MediaId, lang: Lang = None
    ) -> CallToolResult:
        """Add a video or audio at the end of a playlist."""
        reply = reply_for(runtime, lang)
        playlist_id = check_id("playlist_id", playlist_id)
        media_id = check_id("media_id", media_id)
        async with await runtime.client(ctx, reply.lang) as client:
            await client.playlists.add_media(playlist_id, media_id)
            playlist = await client.playlists.get(playlist_id)
        ordered = playlist.ordered_items()
        position, item_id = None, None
        for index in range(len(ordered) - 1, -1, -1):
            if ordered[index].video_id == media_id:
                position, item_id = index + 1, ordered[index].id
                break
        reply.say("playlists.added", media_id=media_id, playlist_id=playlist.id, item_id=item_id, position=position)
        return reply.result()

    @register(server, runtime)
    async def playlists_move(
        ctx: Context,
        playlist_id: PlaylistId,
        item: Item,
        to: MoveTo = None,
        before: Before = None,
        after: After = None,
        position: Position = None,
        lang: Lang = None,
    ) -> CallToolResult:
        """Move one playlist item: give exactly one of to (top/bottom), before, after or position."""
        reply = reply_for(runtime, lang)
        playlist_id = check_id("playlist_id", playlist_id)
        targets: dict[str, Any] = {
            "top": to == "top",
            "bottom": to == "bottom",
            "before": before,
            "after": after,
            "position": position,
        }
        check_move_target(**targets)
        async with await runtime.client(ctx, reply.lang) as client:
            outcome = await client.playlists.move_to(playlist_id, item, **targets)
        key = "playlists.moved" if outcome.moved else "playlists.unchanged"
        reply.say(key, item_id=outcome.item_id, position=outcome.position, count=len(outcome.order))
        return reply.result()

    @register(server, runtime, destructive=True)
    async def playlists_remove(
        ctx: Context, playlist_id: PlaylistId, item: Item, confirm: Confirm = False, lang: Lang = None
    ) -> CallToolResult:
        """Remove one item from a playlist (the media stays). Needs confirm true."""
        reply = reply_for(runtime, lang)
        playlist_id = check_id("playlist_id", playlist_id)
        item = check_id("item", item)
        if not confirm:
            question = reply.t("playlists.confirm_remove", item_id=item, playlist_id=playlist_id)
            return reply.confirm(question, "playlists_remove", "confirm").result()
        async with await runtime.client(ctx, reply.lang) as client:
            playlist = await client.playlists.get(playlist_id)
            item_id = resolve_item(playlist, item)
            if item_id not in playlist.item_ids():
                raise InputError("rules.playlist_item_unknown", field="item", value=item)
            await client.playlists.remove_item(playlist_id, item_id)
        reply.say("playlists.removed", item_id=item_id, playlist_id=playlist_id)
        return reply.result()

    @register(server, runtime, destructive=True)
    async def playlists_delete_thumbnail(
        ctx: Context, playlist_id: PlaylistId, confirm: Confirm = False, lang: Lang = None
    ) -> CallToolResult:
        """Remove a playlist's thumbnail. Needs confirm true."""
        reply = reply_for(runtime, lang)
        playlist_id = check_id("playlist_id", playlist_id)
        if not confirm:
            question = reply.t("playlists.confirm_delete_thumbnail", playlist_id=playlist_id)
            return reply.confirm(question, "playlists_delete_thumbnail", "confirm").result()
        async with await runtime.client(ctx, reply.lang) as client:
            await client.playlists.delete_thumbnail(playlist_id)
        reply.say("playlists.thumbnail_deleted", playlist_id=playlist_id)
        return reply.result()

    @register(server, runtime, destructive=True)
    async def playlists_delete(
        ctx: Context, playlist_id: PlaylistId, confirm: Confirm = False, lang: Lang = None
    ) -> CallToolResult:
        """Delete a playlist (its media stay). Needs confirm true."""
        reply = reply_for(runtime, lang)
        playlist_id = check_id("playlist_id", playlist_id)
        if not confirm:
            question = reply.t("playlists.confirm_delete", playlist_id=playlist_id)
            return reply.confirm(question, "playlists_delete", "confirm").result()
        async with await runtime.client(ctx, reply.lang) as client:
            await client.playlists.delete(playlist_id)
        reply.say("playlists.deleted", playlist_id=playlist_id)
        return reply.result()


def _update_changes(name, tags, clear_tags, metadata, thumbnail) -> dict[str, Any]:
    """Check every field before any request and return the fields to send."""
    if tags and clear_tags:
        raise InputError("mcp.tags_conflict")
    changes: dict[str, Any] = {}
    if name is not None:
        changes["name"] = check_playlist_name(name)
    if tags:
        changes["tags"] = list(tags)
    elif clear_tags:
        changes["tags"] = []
    if metadata:
        changes["metadata"] = dict(metadata)
    if thumbnail is not None:
        read_thumbnail(thumbnail)
        changes["thumbnail"] = Path(thumbnail)
    if not changes:
        raise InputError("mcp.nothing_to_update")
    return changes


def _show_playlist(reply: Reply, playlist: Playlist) -> None:
    reply.fields(
        [
            (reply.t("cli.col_id"), playlist.id),
            (reply.t("playlists.col_name"), playlist.name),
            (reply.t("playlists.col_tags"), ", ".join(playlist.tags)),
            (reply.t("playlists.col_metadata"), metadata_text(playlist.metadata)),
            (
                reply.t("playlists.col_items"),
                playlist.item_count if playlist.item_count is not None else len(playlist.items),
            ),
            (reply.t("cli.col_duration"), playlist.duration),
            (reply.t("playlists.col_thumbnail"), playlist.thumbnail_url),
            (reply.t("playlists.col_url"), playlist.playlist_url),
            (reply.t("cli.col_created"), playlist.created_at),
        ]
    )
    ordered = playlist.ordered_items()
    if not ordered:
        reply.say("mcp.playlist_empty")
        return
    columns = [
        reply.t("playlists.col_position"),
        reply.t("playlists.col_item"),
        reply.t("playlists.col_media"),
        reply.t("cli.col_title"),
        reply.t("cli.col_duration"),
    ]
    rows = [
        (
            position,
            item.id,
            item.video_id,
            item.media.title if item.media else None,
            item.media.duration if item.media else None,
        )
        for position, item in enumerate(ordered, start=1)
    ]
    reply.table(columns, rows, title=reply.t("playlists.items_title"))
