"""Render the upload and webhook messages in English or Simplified Chinese.

Each function returns Markdown text without a trailing newline, laid out as the
product's response templates: the same headings, emoji, rows, order and
wording, with only the values changing. Nothing here performs I/O.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType, ModuleType
from typing import Literal

from aiozstream.templates import en, zh
from aiozstream.templates.layout import (
    format_size,
    format_table,
    format_timestamp,
    percent_done,
    progress_bar,
    single_line,
)

LANGUAGES = ("en", "zh")
DEFAULT_ASSISTANT = "Clawbot"

EVENTS = (
    "file_received",
    "encoding_started",
    "partial_finished",
    "encoding_finished",
    "encoding_failed",
)

# The medium's status once each webhook event has arrived.
EVENT_STATUS: Mapping[str, str] = MappingProxyType(
    {
        "file_received": "new",
        "encoding_started": "transcoding",
        "partial_finished": "transcoding",
        "encoding_finished": "done",
        "encoding_failed": "fail",
    }
)

MEDIA_TYPES = ("video", "audio")

ChunkState = Literal["done", "uploading", "failed", "pending"]
CHUNK_STATES: tuple[ChunkState, ...] = ("done", "uploading", "failed", "pending")

_CATALOGS: dict[str, ModuleType] = {"en": en, "zh": zh}
_UPLOAD_STATUS = "transcoding"
_EMBED_CODE = (
    '<iframe src="{player_url}" width="100%" height="100%" frameborder="0" '
    'scrolling="no" allowfullscreen="true"></iframe>'
)


@dataclass(frozen=True)
class ChunkRow:
    """One row of the chunk table shown while a file uploads."""

    number: int
    """Chunk index, counting from 0, shown as is."""
    size: int
    """Chunk size in bytes."""
    md5_ready: bool
    """Whether the chunk's MD5 checksum has been computed."""
    state: ChunkState
    """``done``, ``uploading``, ``failed``, or ``pending`` for a chunk not started yet."""

    def __post_init__(self) -> None:
        if self.number < 0:
            raise ValueError(f"invalid chunk number {self.number}: chunks count from 0")
        if self.size < 0:
            raise ValueError(
                f"invalid size {self.size} for chunk {self.number}: bytes cannot be negative"
            )
        if self.state not in CHUNK_STATES:
            raise ValueError(
                f"invalid state {self.state!r} for chunk {self.number}, "
                f"expected one of {', '.join(CHUNK_STATES)}"
            )


@dataclass(frozen=True)
class LinkHosts:
    """Base URLs for the stream, player and download links of a finished medium.

    The defaults are the production hosts. A sandbox passes its own.
    """

    api_base: str = "https://api.aiozstream.network/api"
    """API base URL, which serves manifests, thumbnails, MP4 and source files."""
    embed_base: str = "https://embed.aiozstream.network"
    """Base URL of the embeddable HLS and DASH player."""

    def media_urls(self, media_id: str) -> dict[str, str]:
        """Build every link of the medium ``media_id``, keyed by its template placeholder.

        The id is inserted unquoted, as the API returns it.
        """
        api = self.api_base.rstrip("/")
        embed = self.embed_base.rstrip("/")
        return {
            "hls_stream_url": f"{api}/media/{media_id}/manifest.m3u8",
            "hls_player_url": f"{embed}/vod/hls/{media_id}",
            "dash_stream_url": f"{api}/media/{media_id}/manifest",
            "dash_player_url": f"{embed}/vod/dash/{media_id}",
            "thumbnail_url": f"{api}/media/{media_id}/thumbnail?resolution=original",
            "mp4_url": f"{api}/media/{media_id}/mp4",
            "source_url": f"{api}/media/{media_id}/source",
        }


DEFAULT_LINK_HOSTS = LinkHosts()


def render_upload_progress(
    title: str,
    chunks: Sequence[ChunkRow],
    lang: str = "en",
    assistant: str = DEFAULT_ASSISTANT,
) -> str:
    """Render the progress message shown after each successful chunk.

    ``{done}`` counts the chunks in state ``done`` and the percent is rounded
    down, so 100% appears only when every chunk is done. A chunk whose MD5 is
    not computed yet shows ``—`` as its MD5 status. A pending chunk, one not
    started yet, shows ``⬜ Pending`` (``⬜ 等待中`` in Chinese), because the
    templates name no status for it.
    """
    catalog = _catalog(lang)
    texts = catalog.TEXTS

    done = sum(1 for chunk in chunks if chunk.state == "done")
    percent = percent_done(done, len(chunks))

    header = [
        texts["chunk.column.chunk"],
        texts["chunk.column.size"],
        texts["chunk.column.md5"],
        texts["chunk.column.upload"],
    ]
    rows = [
        [
            str(chunk.number),
            format_size(chunk.size),
            texts["chunk.md5.valid" if chunk.md5_ready else "chunk.md5.pending"],
            texts[f"chunk.state.{chunk.state}"],
        ]
        for chunk in chunks
    ]
    table = format_table(header, rows, _min_widths(catalog, "upload_progress"))

    return texts["upload_progress"].format(
        title=single_line(title),
        bar=progress_bar(percent),
        percent=percent,
        done=done,
        total=len(chunks),
        table=table,
        assistant=assistant,
    )


def render_upload_complete(
    media_id: str,
    title: str,
    media_type: str,
    uploaded_at: datetime,
    lang: str = "en",
) -> str:
    """Render the message shown once ``/media/:id/complete`` has succeeded.

    ``media_type`` is shown as given, normally ``video`` or ``audio``.
    ``uploaded_at`` is shown in UTC, and a naive datetime is taken as UTC.
    """
    catalog = _catalog(lang)

    table = _field_table(
        catalog,
        "upload_complete",
        [
            ("label.media_id", media_id),
            ("label.title", title),
            ("label.type", media_type),
            ("label.status", f"`{_UPLOAD_STATUS}`"),
            ("label.uploaded", f"{format_timestamp(uploaded_at)} UTC"),
        ],
    )
    return catalog.TEXTS["upload_complete"].format(table=table)


def render_event(
    event: str,
    *,
    media_id: str,
    title: str,
    timestamp: datetime,
    lang: str = "en",
    media_type: str = "video",
    links: LinkHosts = DEFAULT_LINK_HOSTS,
    assistant: str = DEFAULT_ASSISTANT,
) -> str:
    """Render the message for the webhook ``event``, one of ``EVENTS``.

    ``timestamp`` is shown in UTC, and a naive datetime is taken as UTC. The
    ``encoding_finished`` links use the ``links`` hosts, and an ``audio``
    medium gets no MP4 line. Raise ``ValueError`` for an unknown event,
    language or media type.
    """
    _check_event(event)
    if media_type not in MEDIA_TYPES:
        raise ValueError(
            f"invalid media type {media_type!r}, expected one of {', '.join(MEDIA_TYPES)}"
        )
    catalog = _catalog(lang)

    table = _field_table(
        catalog,
        event,
        [
            ("label.media_id", media_id),
            ("label.title", title),
            ("label.event", f"`{event}`"),
            ("label.status", f"`{EVENT_STATUS[event]}`"),
            ("label.timestamp", f"{format_timestamp(timestamp)} UTC"),
        ],
    )

    media_id = single_line(media_id)
    urls = links.media_urls(media_id)
    embed_codes = {
        "hls_embed_code": _EMBED_CODE.format(player_url=urls["hls_player_url"]),
        "dash_embed_code": _EMBED_CODE.format(player_url=urls["dash_player_url"]),
    }

    template = catalog.TEXTS[event]
    if media_type == "audio":
        template = "\n".join(line for line in template.splitlines() if "{mp4_url}" not in line)

    return template.format(
        table=table,
        media_id=media_id,
        assistant=assistant,
        **urls,
        **embed_codes,
    )


def one_line(event: str, lang: str = "en", assistant: str = DEFAULT_ASSISTANT) -> str:
    """Return the one-line form of the webhook ``event``, for lists and notifications."""
    _check_event(event)
    return _catalog(lang).TEXTS[f"one_line.{event}"].format(assistant=assistant)


def _catalog(lang: str) -> ModuleType:
    try:
        return _CATALOGS[lang]
    except KeyError:
        raise ValueError(
            f"unsupported language {lang!r}, expected one of {', '.join(LANGUAGES)}"
        ) from None


def _check_event(event: str) -> None:
    if event not in EVENT_STATUS:
        raise ValueError(f"unknown webhook event {event!r}, expected one of {', '.join(EVENTS)}")


def _min_widths(catalog: ModuleType, key: str) -> tuple[int, ...] | None:
    widths = catalog.TABLE_MIN_WIDTHS
    return None if widths is None else widths[key]


def _field_table(catalog: ModuleType, key: str, fields: list[tuple[str, str]]) -> str:
    texts = catalog.TEXTS
    header = [texts["label.field"], texts["label.value"]]
    rows = [[f"**{texts[label]}**", value] for label, value in fields]
    return format_table(header, rows, _min_widths(catalog, key))
