"""The playlists area: create, list, get, update, delete, and add, move and remove items.

``PlaylistsResource`` and ``AsyncPlaylistsResource`` are twins: the module-level
helpers check input, build each request and plan each move, and the classes
only send.

Moving an item needs the playlist's current order, because AIOZ stores the
order as a linked list and a move names the moved item's new neighbors.
:meth:`PlaylistsResource.move_to` therefore fetches the playlist first, then
computes the neighbors with :func:`aiozstream.rules.playlist_position.plan_move`.
:meth:`PlaylistsResource.move` sends neighbors the caller computed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from aiozstream import routes
from aiozstream._constants import DEFAULT_PAGE_SIZE
from aiozstream._core.base import NOT_GIVEN
from aiozstream._core.http import AsyncAPIClient, SyncAPIClient
from aiozstream._core.paging import AsyncPage, SyncPage
from aiozstream.errors import InputError
from aiozstream.models.media import Metadata
from aiozstream.models.playlists import (
    AddPlaylistItemRequest,
    CreatePlaylistRequest,
    MovePlaylistItemRequest,
    Playlist,
    PlaylistList,
    PlaylistMove,
    PublicPlaylist,
)
from aiozstream.resources._resource import Resource
from aiozstream.rules.playlist_position import MovePlan, plan_move

MAX_NAME_LENGTH = 255
THUMBNAIL_FORMATS = (
    (b"\x89PNG\r\n\x1a\n", "png", "image/png"),
    (b"\xff\xd8\xff", "jpg", "image/jpeg"),
)
"""Leading bytes, file extension and MIME type of the thumbnail formats AIOZ accepts."""


class PlaylistsResource(Resource[SyncAPIClient]):
    """Playlists with the blocking client."""

    def create(
        self,
        name: str,
        *,
        tags: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        playlist_type: str | None = None,
    ) -> Playlist:
        """Create an empty playlist. Never retried on 5xx, so it cannot be created twice."""
        body = _create_body(name, tags, metadata, playlist_type)
        return _playlist_of(self._client.request(routes.PLAYLIST_CREATE, json=body))

    def list(
        self,
        *,
        search: str | None = None,
        tags: Iterable[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        playlist_type: str | None = None,
        sort_by: str | None = None,
        order_by: str | None = None,
        offset: int = 0,
        limit: int = DEFAULT_PAGE_SIZE,
    ) -> SyncPage[Playlist]:
        """Return one page of playlists; iterating the page walks every following page."""
        filters = _list_filters(search, tags, metadata, playlist_type, sort_by, order_by)

        def fetch(page_offset: int) -> SyncPage[Playlist]:
            body = {**filters, "offset": page_offset, "limit": limit}
            answer = PlaylistList.model_validate(
                self._client.request(routes.PLAYLIST_LIST, json=body) or {}
            )
            return SyncPage(answer.playlists, answer.total, page_offset, limit, fetch)

        return fetch(offset)

    def get(
        self,
        playlist_id: str,
        *,
        sort_by: str | None = None,
        order_by: str | None = None,
        search: str | None = None,
    ) -> Playlist:
        """Return one playlist with its items, in playlist order unless ``sort_by`` is given."""
        params = _get_params(sort_by, order_by, search)
        answer = self._client.request(
            routes.PLAYLIST_GET, path_params={"id": playlist_id}, params=params
        )
        return _playlist_of(answer)

    def update(
        self,
        playlist_id: str,
        *,
        name: Any = NOT_GIVEN,
        tags: Any = NOT_GIVEN,
        metadata: Any = NOT_GIVEN,
        thumbnail: Any = NOT_GIVEN,
    ) -> None:
        """Change only the fields passed; ``thumbnail`` is the path of a JPEG or PNG file.

        The thumbnail's format is read from its content before anything is sent.
        """
        fields = _update_fields(name, tags, metadata, thumbnail)
        self._client.request(routes.PLAYLIST_UPDATE, path_params={"id": playlist_id}, files=fields)

    def add_media(self, playlist_id: str, media_id: str) -> None:
        """Append a video or audio at the end of the playlist."""
        body = _add_body(media_id)
        self._client.request(routes.PLAYLIST_ITEM_ADD, path_params={"id": playlist_id}, json=body)

    def move(
        self,
        playlist_id: str,
        current_id: str,
        *,
        next_id: str | None = None,
        previous_id: str | None = None,
    ) -> None:
        """Send one move as given: ``next_id`` alone for the top, ``previous_id`` alone for the end.

        The ids must be the neighbors in the playlist's current order; use
        :meth:`move_to` to have them computed from a fresh copy of the playlist.
        """
        body = _move_body(current_id, next_id, previous_id)
        self._client.request(routes.PLAYLIST_ITEM_MOVE, path_params={"id": playlist_id}, json=body)

    def move_to(
        self,
        playlist_id: str,
        item: str,
        *,
        top: bool = False,
        bottom: bool = False,
        before: str | None = None,
        after: str | None = None,
        position: int | str | None = None,
    ) -> PlaylistMove:
        """Move ``item`` to exactly one target, fetching the playlist first to find its neighbors.

        ``item``, ``before`` and ``after`` are item ids, or media ids that occur
        once in the playlist. ``position`` is 1-based in the final order. When
        the item already is at the target, nothing is sent and the result has
        ``moved=False``. Raises :class:`InputError` before any request for a
        missing or doubled target or a position below 1, and before the move
        for an unknown item or a position past the end.
        """
        check_move_target(top, bottom, before, after, position)
        playlist = self.get(playlist_id)
        order, item_id, plan = _plan(playlist, item, top, bottom, before, after, position)
        if plan is not None:
            self.move(
                playlist_id, plan.current_id, next_id=plan.next_id, previous_id=plan.previous_id
            )
        return _move_outcome(order, item_id, plan)

    def remove_item(self, playlist_id: str, item_id: str) -> None:
        """Remove one item from the playlist; the media itself stays."""
        self._client.request(
            routes.PLAYLIST_ITEM_REMOVE, path_params={"id": playlist_id, "item_id": item_id}
        )

    def delete_thumbnail(self, playlist_id: str) -> None:
        """Remove the playlist's thumbnail."""
        self._client.request(routes.PLAYLIST_THUMBNAIL_DELETE, path_params={"id": playlist_id})

    def delete(self, playlist_id: str) -> None:
        """Delete the playlist; its media stay."""
        self._client.request(routes.PLAYLIST_DELETE, path_params={"id": playlist_id})

    def player_info(self, playlist_id: str) -> PublicPlaylist:
        """Return what a player needs to show the playlist (``player.json``)."""
        answer = self._client.request(routes.PLAYLIST_PLAYER_INFO, path_params={"id": playlist_id})
        return PublicPlaylist.model_validate(answer or {})


class AsyncPlaylistsResource(Resource[AsyncAPIClient]):
    """Playlists with the asyncio client."""

    async def create(
        self,
        name: str,
        *,
        tags: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        playlist_type: str | None = None,
    ) -> Playlist:
        """Create an empty playlist. Never retried on 5xx, so it cannot be created twice."""
        body = _create_body(name, tags, metadata, playlist_type)
        return _playlist_of(await self._client.request(routes.PLAYLIST_CREATE, json=body))

    async def list(
        self,
        *,
        search: str | None = None,
        tags: Iterable[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        playlist_type: str | None = None,
        sort_by: str | None = None,
        order_by: str | None = None,
        offset: int = 0,
        limit: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncPage[Playlist]:
        """Return one page of playlists; ``async for`` walks every following page."""
        filters = _list_filters(search, tags, metadata, playlist_type, sort_by, order_by)

        async def fetch(page_offset: int) -> AsyncPage[Playlist]:
            body = {**filters, "offset": page_offset, "limit": limit}
            answer = PlaylistList.model_validate(
                await self._client.request(routes.PLAYLIST_LIST, json=body) or {}
            )
            return AsyncPage(answer.playlists, answer.total, page_offset, limit, fetch)

        return await fetch(offset)

    async def get(
        self,
        playlist_id: str,
        *,
        sort_by: str | None = None,
        order_by: str | None = None,
        search: str | None = None,
    ) -> Playlist:
        """Return one playlist with its items, in playlist order unless ``sort_by`` is given."""
        params = _get_params(sort_by, order_by, search)
        answer = await self._client.request(
            routes.PLAYLIST_GET, path_params={"id": playlist_id}, params=params
        )
        return _playlist_of(answer)

    async def update(
        self,
        playlist_id: str,
        *,
        name: Any = NOT_GIVEN,
        tags: Any = NOT_GIVEN,
        metadata: Any = NOT_GIVEN,
        thumbnail: Any = NOT_GIVEN,
    ) -> None:
        """Change only the fields passed; ``thumbnail`` is the path of a JPEG or PNG file.

        The thumbnail's format is read from its content before anything is sent.
        """
        fields = _update_fields(name, tags, metadata, thumbnail)
        await self._client.request(
            routes.PLAYLIST_UPDATE, path_params={"id": playlist_id}, files=fields
        )

    async def add_media(self, playlist_id: str, media_id: str) -> None:
        """Append a video or audio at the end of the playlist."""
        body = _add_body(media_id)
        await self._client.request(
            routes.PLAYLIST_ITEM_ADD, path_params={"id": playlist_id}, json=body
        )

    async def move(
        self,
        playlist_id: str,
        current_id: str,
        *,
        next_id: str | None = None,
        previous_id: str | None = None,
    ) -> None:
        """Send one move as given: ``next_id`` alone for the top, ``previous_id`` alone for the end.

        The ids must be the neighbors in the playlist's current order; use
        :meth:`move_to` to have them computed from a fresh copy of the playlist.
        """
        body = _move_body(current_id, next_id, previous_id)
        await self._client.request(
            routes.PLAYLIST_ITEM_MOVE, path_params={"id": playlist_id}, json=body
        )

    async def move_to(
        self,
        playlist_id: str,
        item: str,
        *,
        top: bool = False,
        bottom: bool = False,
        before: str | None = None,
        after: str | None = None,
        position: int | str | None = None,
    ) -> PlaylistMove:
        """Move ``item`` to exactly one target, fetching the playlist first to find its neighbors.

        Arguments and errors are those of :meth:`PlaylistsResource.move_to`.
        """
        check_move_target(top, bottom, before, after, position)
        playlist = await self.get(playlist_id)
        order, item_id, plan = _plan(playlist, item, top, bottom, before, after, position)
        if plan is not None:
            await self.move(
                playlist_id, plan.current_id, next_id=plan.next_id, previous_id=plan.previous_id
            )
        return _move_outcome(order, item_id, plan)

    async def remove_item(self, playlist_id: str, item_id: str) -> None:
        """Remove one item from the playlist; the media itself stays."""
        await self._client.request(
            routes.PLAYLIST_ITEM_REMOVE, path_params={"id": playlist_id, "item_id": item_id}
        )

    async def delete_thumbnail(self, playlist_id: str) -> None:
        """Remove the playlist's thumbnail."""
        await self._client.request(
            routes.PLAYLIST_THUMBNAIL_DELETE, path_params={"id": playlist_id}
        )

    async def delete(self, playlist_id: str) -> None:
        """Delete the playlist; its media stay."""
        await self._client.request(routes.PLAYLIST_DELETE, path_params={"id": playlist_id})

    async def player_info(self, playlist_id: str) -> PublicPlaylist:
        """Return what a player needs to show the playlist (``player.json``)."""
        answer = await self._client.request(
            routes.PLAYLIST_PLAYER_INFO, path_params={"id": playlist_id}
        )
        return PublicPlaylist.model_validate(answer or {})


def resolve_item(playlist: Playlist, reference: str) -> str:
    """Return the item id that ``reference`` names: an item id, or a media id that occurs once.

    A reference that matches nothing is returned unchanged, so the caller's
    check reports it as unknown. Raises :class:`InputError` when a media id
    occurs more than once, because the item is then ambiguous.
    """
    if any(item.id == reference for item in playlist.items):
        return reference
    matches = [item.id for item in playlist.items if item.video_id == reference]
    if len(matches) > 1:
        raise InputError("playlists.media_ambiguous", value=reference, count=len(matches))
    return matches[0] if matches else reference


def check_move_target(
    top: bool, bottom: bool, before: str | None, after: str | None, position: Any
) -> None:
    """Reject what needs no playlist to judge: zero or several targets, or a position below 1.

    Raises :class:`InputError`; the checks that need the playlist's items run in ``plan_move``.
    """
    chosen = [top, bottom, before is not None, after is not None, position is not None]
    if sum(bool(choice) for choice in chosen) != 1:
        raise InputError("rules.playlist_target_count")
    if position is not None and _whole_number(position) is None:
        raise InputError("playlists.position_invalid", value=position)


def check_playlist_name(name: Any) -> str:
    """Return ``name`` if it is non-blank and at most 255 characters, else raise ``InputError``."""
    if not isinstance(name, str) or not name.strip():
        raise InputError("playlists.name_empty")
    if len(name) > MAX_NAME_LENGTH:
        raise InputError("playlists.name_too_long", length=len(name), maximum=MAX_NAME_LENGTH)
    return name


def read_thumbnail(path: str | Path) -> tuple[str, bytes, str]:
    """Read a playlist thumbnail and return ``(file name, bytes, MIME type)`` for the upload.

    The format is read from the content, so a JPEG or PNG passes whatever its
    name. The file name sent carries the matching extension, because the
    sandbox (like its media thumbnail check) rejects a name that contradicts
    the content. Raises :class:`InputError` for a missing, unreadable, empty
    or other file.
    """
    file_path = Path(path)
    shown = str(path)
    if not file_path.exists():
        raise InputError("playlists.thumbnail_missing", value=shown)
    if not file_path.is_file():
        raise InputError("playlists.thumbnail_not_file", value=shown)
    try:
        content = file_path.read_bytes()
    except OSError as error:
        raise InputError(
            "playlists.thumbnail_unreadable", value=shown, reason=error.strerror or str(error)
        ) from None
    if not content:
        raise InputError("playlists.thumbnail_empty", value=shown)

    for signature, extension, content_type in THUMBNAIL_FORMATS:
        if content.startswith(signature):
            return f"{file_path.stem or 'thumbnail'}.{extension}", content, content_type
    raise InputError("playlists.thumbnail_format", value=shown)


def _whole_number(value: Any) -> int | None:
    """Return ``value`` as an int of at least 1, from an int or a string of ASCII digits."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 1 else None
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdecimal():
        number = int(value.strip())
        return number if number >= 1 else None
    return None


def _plan(
    playlist: Playlist,
    item: str,
    top: bool,
    bottom: bool,
    before: str | None,
    after: str | None,
    position: Any,
) -> tuple[list[str], str, MovePlan | None]:
    order = playlist.item_ids()
    item_id = resolve_item(playlist, item)
    plan = plan_move(
        order,
        item_id,
        top=top,
        bottom=bottom,
        before=resolve_item(playlist, before) if before is not None else None,
        after=resolve_item(playlist, after) if after is not None else None,
        position=position,
    )
    return order, item_id, plan


def _move_outcome(order: list[str], item_id: str, plan: MovePlan | None) -> PlaylistMove:
    """Describe the order that ``plan`` gives, computed locally from the order it was planned on."""
    if plan is None:
        return PlaylistMove(item_id, False, None, None, order.index(item_id) + 1, list(order))
    others = [other for other in order if other != item_id]
    index = 0 if plan.previous_id is None else others.index(plan.previous_id) + 1
    new_order = [*others[:index], item_id, *others[index:]]
    return PlaylistMove(item_id, True, plan.next_id, plan.previous_id, index + 1, new_order)


def _create_body(name, tags, metadata, playlist_type) -> dict:
    request = CreatePlaylistRequest(
        name=check_playlist_name(name),
        tags=list(tags) if tags is not None else None,
        metadata=_metadata_list(metadata),
        playlist_type=playlist_type,
    )
    return request.to_wire()


def _playlist_of(answer: Any) -> Playlist:
    """Parse ``{"playlist": {...}}``, the OpenAPI shape, or a bare playlist object."""
    if isinstance(answer, dict) and isinstance(answer.get("playlist"), dict):
        answer = answer["playlist"]
    return Playlist.model_validate(answer)


def _list_filters(search, tags, metadata, playlist_type, sort_by, order_by) -> dict:
    filters: dict[str, Any] = {}
    if search:
        filters["search"] = search
    if tags:
        filters["tags"] = list(tags)
    if metadata:
        filters["metadata"] = [pair.model_dump() for pair in _metadata_list(metadata) or []]
    if playlist_type:
        filters["playlist_type"] = playlist_type
    if sort_by:
        filters["sort_by"] = sort_by
    if order_by:
        filters["order_by"] = order_by
    return filters


def _get_params(sort_by, order_by, search) -> dict[str, str]:
    params = {"sort_by": sort_by, "order_by": order_by, "search": search}
    return {name: value for name, value in params.items() if value}


def _update_fields(name, tags, metadata, thumbnail) -> list[tuple[str, tuple]]:
    """Build the multipart fields of ``PATCH /playlists/{id}``.

    A ``None`` file name makes a plain form field rather than a file.

    Tags go as repeated ``tags[]`` fields and metadata as one JSON array, so a
    comma inside a tag survives. An empty tag list is sent as one empty
    ``tags`` field, which clears the tags.
    """
    fields: list[tuple[str, tuple]] = []
    if name is not NOT_GIVEN:
        fields.append(("name", (None, check_playlist_name(name))))
    if tags is not NOT_GIVEN:
        tag_list = list(tags or [])
        if tag_list:
            fields.extend(("tags[]", (None, str(tag))) for tag in tag_list)
        else:
            fields.append(("tags", (None, "")))
    if metadata is not NOT_GIVEN:
        pairs = [pair.model_dump() for pair in _metadata_list(metadata or {}) or []]
        fields.append(("metadata", (None, json.dumps(pairs, ensure_ascii=False))))
    if thumbnail is not NOT_GIVEN and thumbnail is not None:
        fields.append(("file", read_thumbnail(thumbnail)))

    if not fields:
        raise InputError("playlists.nothing_to_update")
    return fields


def _add_body(media_id: str) -> dict:
    if not isinstance(media_id, str) or not media_id.strip():
        raise InputError("input.empty_id", field="media_id")
    return AddPlaylistItemRequest(media_id=media_id.strip()).to_wire()


def _move_body(current_id: str, next_id: str | None, previous_id: str | None) -> dict:
    if not isinstance(current_id, str) or not current_id.strip():
        raise InputError("input.empty_id", field="current_id")
    if not next_id and not previous_id:
        raise InputError("playlists.move_needs_neighbor")
    request = MovePlaylistItemRequest(
        current_id=current_id, next_id=next_id or None, previous_id=previous_id or None
    )
    return request.to_wire()


def _metadata_list(metadata: Mapping[str, str] | None) -> list[Metadata] | None:
    if metadata is None:
        return None
    return [Metadata(key=str(key), value=str(value)) for key, value in metadata.items()]
