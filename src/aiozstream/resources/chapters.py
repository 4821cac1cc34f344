"""The chapters area: one WebVTT file of chapter markers per media and language.

``ChaptersResource`` and ``AsyncChaptersResource`` are twins. Both check the
language tag and the ``.vtt`` file before any request. The transcripts area
uploads the same kind of file, so it reuses :func:`check_vtt_file`.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiozstream import routes
from aiozstream._constants import DEFAULT_PAGE_SIZE, MIB
from aiozstream._core.http import AsyncAPIClient, SyncAPIClient
from aiozstream._core.paging import AsyncPage, SyncPage
from aiozstream.errors import InputError
from aiozstream.models.chapters import MediaChapter, MediaChapterList
from aiozstream.resources._resource import Resource
from aiozstream.rules.language_tags import check_language_tag

# NOTE: AIOZ documents no size limit for .vtt files. The subtitles of a feature film
# take well under 1 MiB, so a file over 10 MiB is almost surely the wrong file.
MAX_VTT_BYTES = 10 * MIB
VTT_MEDIA_TYPE = "text/vtt"
LANGUAGE_FIELD = "language"
FILE_FIELD = "file"

# A WebVTT file starts with an optional byte order mark, then "WEBVTT" followed by
# the end of the file, a space, a tab or a line break.
_VTT_HEADER = re.compile(r"\ufeff?WEBVTT(?:[ \t\r\n]|$)")
_CUE_TIMING = re.compile(r"-->")
_PREVIEW_LENGTH = 20


@dataclass(frozen=True)
class VttFile:
    """A checked WebVTT file, ready for a multipart ``file`` field."""

    name: str
    """File name sent with the bytes, ending in ``.vtt``."""
    content: bytes
    """The whole file, UTF-8 text that starts with the WEBVTT header."""


def check_vtt_file(path: str | os.PathLike[str], field: str = FILE_FIELD) -> VttFile:
    """Read a local WebVTT file and check that the API can take it.

    The file must exist, contain 1 byte to 10 MiB of UTF-8 text, start with
    the ``WEBVTT`` header and contain at least one cue timing line (``-->``).
    Raises :class:`InputError` naming ``field`` otherwise. Sends nothing.
    """
    file_path = Path(path)
    if not file_path.exists():
        raise InputError("chapters.vtt_missing", field=field, path=str(file_path))
    if file_path.is_dir():
        raise InputError("chapters.vtt_directory", field=field, path=str(file_path))
    try:
        size = file_path.stat().st_size
        if size > MAX_VTT_BYTES:
            raise InputError(
                "chapters.vtt_too_large",
                field=field,
                path=str(file_path),
                size=size,
                limit=MAX_VTT_BYTES,
            )
        content = file_path.read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        raise InputError(
            "chapters.vtt_unreadable", field=field, path=str(file_path), reason=reason
        ) from None
    if not content:
        raise InputError("chapters.vtt_empty", field=field, path=str(file_path))

    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("chapters.vtt_not_utf8", field=field, path=str(file_path)) from None
    if not _VTT_HEADER.match(text):
        preview_lines = text.lstrip("\ufeff")[:_PREVIEW_LENGTH].splitlines() or [""]
        raise InputError(
            "chapters.vtt_header", field=field, path=str(file_path), start=preview_lines[0]
        )
    if not _CUE_TIMING.search(text):
        raise InputError("chapters.vtt_no_cues", field=field, path=str(file_path))

    name = file_path.name if file_path.suffix.lower() == ".vtt" else file_path.stem + ".vtt"
    return VttFile(name=name, content=content)


def vtt_upload_files(vtt: VttFile) -> dict[str, tuple[str, bytes, str]]:
    """Return the multipart ``files`` argument that sends ``vtt`` as the field ``file``."""
    return {FILE_FIELD: (vtt.name, vtt.content, VTT_MEDIA_TYPE)}


def page_params(offset: int, limit: int) -> dict[str, int]:
    """Return the ``offset``/``limit`` query of the chapter and transcript lists."""
    return {"offset": offset, "limit": limit}


class ChaptersResource(Resource[SyncAPIClient]):
    """Chapter files of media, with the blocking client."""

    def create(self, media_id: str, language: str, file: str | os.PathLike[str]) -> MediaChapter:
        """Upload the ``.vtt`` chapter file of one language and return it.

        ``language`` is a BCP 47 tag, sent in standard form (``en-us`` becomes
        ``en-US``). The API rejects a second chapter file in the same language.
        """
        tag = check_language_tag(LANGUAGE_FIELD, language)
        vtt = check_vtt_file(file)
        answer = self._client.request(
            routes.CHAPTER_CREATE,
            path_params={"id": media_id, "lan": tag},
            files=vtt_upload_files(vtt),
        )
        return _created_chapter(answer, tag)

    def list(
        self, media_id: str, *, offset: int = 0, limit: int = DEFAULT_PAGE_SIZE
    ) -> SyncPage[MediaChapter]:
        """Return one page of chapter files; iterating the page walks every following page."""

        def fetch(page_offset: int) -> SyncPage[MediaChapter]:
            answer = self._client.request(
                routes.CHAPTER_LIST,
                path_params={"id": media_id},
                params=page_params(page_offset, limit),
            )
            chapters = MediaChapterList.model_validate(answer or {})
            return SyncPage(chapters.media_chapters, chapters.total, page_offset, limit, fetch)

        return fetch(offset)

    def delete(self, media_id: str, language: str) -> None:
        """Delete the chapter file of one language."""
        tag = check_language_tag(LANGUAGE_FIELD, language)
        self._client.request(routes.CHAPTER_DELETE, path_params={"id": media_id, "lan": tag})


class AsyncChaptersResource(Resource[AsyncAPIClient]):
    """Chapter files of media, with the asyncio client."""

    async def create(
        self, media_id: str, language: str, file: str | os.PathLike[str]
    ) -> MediaChapter:
        """Upload the ``.vtt`` chapter file of one language; see :meth:`ChaptersResource.create`."""
        tag = check_language_tag(LANGUAGE_FIELD, language)
        vtt = check_vtt_file(file)
        answer = await self._client.request(
            routes.CHAPTER_CREATE,
            path_params={"id": media_id, "lan": tag},
            files=vtt_upload_files(vtt),
        )
        return _created_chapter(answer, tag)

    async def list(
        self, media_id: str, *, offset: int = 0, limit: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPage[MediaChapter]:
        """Return one page of chapter files; ``async for`` walks every following page."""

        async def fetch(page_offset: int) -> AsyncPage[MediaChapter]:
            answer = await self._client.request(
                routes.CHAPTER_LIST,
                path_params={"id": media_id},
                params=page_params(page_offset, limit),
            )
            chapters = MediaChapterList.model_validate(answer or {})
            return AsyncPage(chapters.media_chapters, chapters.total, page_offset, limit, fetch)

        return await fetch(offset)

    async def delete(self, media_id: str, language: str) -> None:
        """Delete the chapter file of one language."""
        tag = check_language_tag(LANGUAGE_FIELD, language)
        await self._client.request(routes.CHAPTER_DELETE, path_params={"id": media_id, "lan": tag})


def _created_chapter(answer: Any, tag: str) -> MediaChapter:
    # The OpenAPI document wraps the new chapter as {"media_chapter": {...}}.
    if isinstance(answer, dict) and isinstance(answer.get("media_chapter"), dict):
        return MediaChapter.model_validate(answer["media_chapter"])
    if isinstance(answer, dict) and "language" in answer:
        return MediaChapter.model_validate(answer)
    return MediaChapter(language=tag)
