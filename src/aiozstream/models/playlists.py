"""Models of the playlists area, as AIOZ's OpenAPI document names them.

AIOZ keeps the items of a playlist in a linked list: each item names the item
before it (``previous_id``) and the item after it (``next_id``).
:meth:`Playlist.ordered_items` walks those links, so the order is right even
when a response lists the items in another order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import Field, field_validator

from aiozstream.models._base import RequestModel, ResponseModel
from aiozstream.models.media import Metadata


class CreatePlaylistRequest(RequestModel):
    """JSON body of ``POST /playlists/create``."""

    name: str
    """Playlist name, at most 255 characters."""
    tags: list[str] | None = None
    """At most 50 tags of at most 255 characters each."""
    metadata: list[Metadata] | None = None
    """At most 50 key-value pairs."""
    playlist_type: str | None = None
    """Free text stored with the playlist; AIOZ documents no allowed values."""


class MovePlaylistItemRequest(RequestModel):
    """JSON body of ``PUT /playlists/{id}/items``.

    To the top: only ``next_id`` (the current first item). To the bottom: only
    ``previous_id`` (the current last item). Between two items: both.
    """

    current_id: str
    """Id of the playlist item to move."""
    next_id: str | None = None
    """Id of the item that will follow it."""
    previous_id: str | None = None
    """Id of the item that will precede it."""


class AddPlaylistItemRequest(RequestModel):
    """JSON body of ``POST /playlists/{id}/items``."""

    media_id: str
    """Id of the video or audio to append to the playlist."""


class PlaylistItemMedia(ResponseModel):
    """The media of a playlist item, as far as a playlist shows it."""

    title: str | None = None
    description: str | None = None
    duration: float | None = None
    """Seconds."""
    size: int | None = None
    """Bytes of the source file."""
    hls_url: str | None = None
    """HLS manifest link; empty until transcoding is done."""
    thumbnail_url: str | None = None
    qualities: str | None = None
    """Quality presets of the media, comma-separated (``"720p,1080p"``)."""
    captions: list[dict[str, Any]] | None = None
    """Transcripts: ``language``, ``url``, ``is_default``, ``status``, ``description``."""
    chapters: list[dict[str, Any]] | None = None
    """Chapter files: ``language`` and ``url``."""


class PlaylistItem(ResponseModel):
    """One entry of a playlist; its id differs from the id of its media."""

    id: str
    """Id of the playlist item, used to move or remove it."""
    playlist_id: str | None = None
    video_id: str | None = None
    """Id of the media this item plays (the API names it ``video_id`` for audio too)."""
    previous_id: str | None = None
    """Id of the item before this one; empty or ``None`` for the first item."""
    next_id: str | None = None
    """Id of the item after this one; empty or ``None`` for the last item."""
    media: PlaylistItemMedia | None = None
    created_at: str | None = None
    updated_at: str | None = None


class Playlist(ResponseModel):
    """A playlist; ``items`` is filled by ``GET /playlists/{id}`` only."""

    id: str
    user_id: str | None = None
    name: str | None = None
    tags: list[str] = Field(default_factory=list)
    """Tags. The API sends them as one comma-separated string; they are split here."""
    metadata: dict[str, str] = Field(default_factory=dict)
    """Key-value pairs. The API sends an object; a list of ``{key, value}`` is accepted too."""
    playlist_type: str | None = None
    item_count: int | None = None
    """Number of items in the playlist."""
    duration: float | None = None
    """Seconds of all items together."""
    size: int | None = None
    """Bytes of all items' source files together."""
    thumbnail_url: str | None = None
    """Empty when the playlist has no thumbnail."""
    playlist_url: str | None = None
    """Link to the playlist's player page."""
    iframe: str | None = None
    """HTML ``<iframe>`` that embeds the playlist's player."""
    items: list[PlaylistItem] = Field(default_factory=list)
    created_at: str | None = None
    updated_at: str | None = None

    @field_validator("tags", mode="before")
    @classmethod
    def _split_tags(cls, value: Any) -> Any:
        if value is None:
            return []
        if isinstance(value, str):
            return [tag.strip() for tag in value.split(",") if tag.strip()]
        return value

    @field_validator("metadata", mode="before")
    @classmethod
    def _metadata_as_mapping(cls, value: Any) -> Any:
        if value is None:
            return {}
        if isinstance(value, list):
            return {
                str(pair.get("key")): str(pair.get("value", ""))
                for pair in value
                if isinstance(pair, dict)
            }
        return value

    @field_validator("items", mode="before")
    @classmethod
    def _no_items_as_empty(cls, value: Any) -> Any:
        return [] if value is None else value

    def ordered_items(self) -> list[PlaylistItem]:
        """Return the items in playlist order, walking the ``previous_id``/``next_id`` links.

        When the links do not form one chain through every item (an older API
        version may leave them out), the items are returned in the order the
        response listed them.
        """
        by_id = {item.id: item for item in self.items}
        if len(by_id) != len(self.items):
            return list(self.items)
        heads = [
            item for item in self.items if not item.previous_id or item.previous_id not in by_id
        ]
        if len(heads) != 1:
            return list(self.items)

        chain = [heads[0]]
        seen = {heads[0].id}
        while chain[-1].next_id and chain[-1].next_id in by_id:
            following = by_id[chain[-1].next_id]
            if following.id in seen:
                return list(self.items)
            chain.append(following)
            seen.add(following.id)
        return chain if len(chain) == len(self.items) else list(self.items)

    def item_ids(self) -> list[str]:
        """Return the item ids in playlist order."""
        return [item.id for item in self.ordered_items()]


class PlaylistList(ResponseModel):
    """One page of ``POST /playlists``."""

    playlists: list[Playlist] = Field(default_factory=list)
    total: int = 0
    """Number of playlists that match the filters, across every page."""


class PublicPlaylist(ResponseModel):
    """Response of ``GET /playlists/{id}/player.json``: what a player needs to show the playlist."""

    playlist: Playlist | None = None
    player_theme: dict[str, Any] | None = None
    """The player theme of the playlist, when one is assigned."""


@dataclass(frozen=True)
class PlaylistMove:
    """Outcome of :meth:`PlaylistsResource.move_to`: what was sent and the order it gives."""

    item_id: str
    """Id of the item that was asked to move."""
    moved: bool
    """False when the item already was at the target place, so no request was sent."""
    next_id: str | None
    """The ``next_id`` sent, or ``None``."""
    previous_id: str | None
    """The ``previous_id`` sent, or ``None``."""
    position: int
    """1-based place of the item after the move."""
    order: list[str]
    """Item ids in playlist order after the move."""
