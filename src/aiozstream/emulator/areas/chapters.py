"""Chapters area: add, list and delete one WebVTT chapter file per media and language.

Chapters are stored in the media record's ``chapters`` list as the OpenAPI
``MediaChapter`` objects (``language``, ``url``), so ``GET /media/{id}`` shows them.
The ``.vtt`` bytes are stored in the media's blob folder and removed with the media.
A media has at most one chapter file per language, so a second one for the same
language is rejected with 400 until the first is deleted.

The captions area reuses the WebVTT and language tag checks of this module.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import Response

from aiozstream import routes
from aiozstream.emulator import validation
from aiozstream.emulator.areas import ApiRoute
from aiozstream.emulator.areas.media import find_media
from aiozstream.emulator.context import Sandbox
from aiozstream.emulator.responses import ApiError, success, success_message
from aiozstream.emulator.store import MEDIA, Store

CHAPTERS = "chapters"
MAX_VTT_BYTES = 10 * 1024 * 1024
DEFAULT_PAGE_SIZE = 25
MAX_PAGE_SIZE = 100

# A well-formed BCP 47 tag (RFC 5646) whose language subtag has 2 or 3 letters, as ISO
# 639 codes do: language, extended languages, script, region, variants, extensions and
# private use. The 4-8 letter language subtags that RFC 5646 reserves are rejected,
# because AIOZ's Go SDK tests expect the API to reject the tag "invalid".
_LANGUAGE_TAG = re.compile(
    r"^[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}"
    r"(?:-[A-Za-z]{4})?"
    r"(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"
    r"(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*"
    r"(?:-[0-9A-WYZa-wyz](?:-[A-Za-z0-9]{2,8})+)*"
    r"(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?$"
)
# The WebVTT header: an optional byte order mark, "WEBVTT", then the end of the file,
# a space, a tab or a line break.
_VTT_HEADER = re.compile(rb"^(?:\xef\xbb\xbf)?WEBVTT(?:[ \t\r\n]|$)")


async def create_chapter(request: Request, sandbox: Sandbox) -> Response:
    media = find_media(request, sandbox)
    language = parse_language(request.path_params["lan"])
    content, _ = await read_vtt_upload(request)

    url = vtt_url(sandbox.api_url(request), media["id"], CHAPTERS, language)
    chapter = {"language": language, "url": url}
    with sandbox.store.transaction() as state:
        record = media_in(state, media["id"])
        chapters = record.setdefault(CHAPTERS, [])
        if find_language(chapters, language) is not None:
            raise validation.bad_request(
                f"media {media['id']} already has chapters in language {language}: "
                "delete them before adding new ones"
            )
        write_vtt(sandbox.store, media["id"], CHAPTERS, language, content)
        chapters.append(chapter)
    return success({"media_chapter": chapter}, status=201)


async def list_chapters(request: Request, sandbox: Sandbox) -> Response:
    media = find_media(request, sandbox)
    offset, limit = page_window(request)
    chapters = media.get(CHAPTERS, [])
    api_url = sandbox.api_url(request)
    page = [
        {**chapter, "url": vtt_url(api_url, media["id"], CHAPTERS, chapter["language"])}
        for chapter in chapters[offset : offset + limit]
    ]
    return success({"media_chapters": page, "total": len(chapters)})


async def delete_chapter(request: Request, sandbox: Sandbox) -> Response:
    media = find_media(request, sandbox)
    language = parse_language(request.path_params["lan"])
    with sandbox.store.transaction() as state:
        chapters = media_in(state, media["id"]).setdefault(CHAPTERS, [])
        position = find_language(chapters, language)
        if position is None:
            raise ApiError(404, f"chapter in language {language} not found for media {media['id']}")
        chapters.pop(position)
        vtt_path(sandbox.store, media["id"], CHAPTERS, language).unlink(missing_ok=True)
    return success_message("chapter deleted")


def parse_language(value: str) -> str:
    """Return ``value`` if it is a BCP 47 tag with a 2 or 3 letter language, else raise 400."""
    if not _LANGUAGE_TAG.match(value):
        raise validation.bad_request(
            f"invalid language {value!r}: expected a BCP 47 tag such as en, en-US or fr-CA"
        )
    return value


def primary_language(tag: str) -> str:
    """Return the language subtag in lower case: ``en-GB`` gives ``en``."""
    return tag.split("-", 1)[0].lower()


async def read_vtt_upload(request: Request) -> tuple[bytes, dict[str, str]]:
    """Read the multipart ``file`` field as WebVTT bytes, plus the other text fields.

    A body with exactly one file under another field name is accepted too, as for
    thumbnails. Raises 400 for a missing, empty, oversized, non-UTF-8 or non-WebVTT file.
    """
    form = await request.form(max_files=1)
    try:
        upload = form.get("file")
        if upload is None:
            files = [value for _, value in form.multi_items() if isinstance(value, UploadFile)]
            upload = files[0] if len(files) == 1 else None
        if not isinstance(upload, UploadFile):
            raise validation.bad_request(
                "field file is missing: send the .vtt file as multipart field file"
            )
        content = await upload.read(MAX_VTT_BYTES + 1)
        fields = {key: value for key, value in form.multi_items() if isinstance(value, str)}
    finally:
        await form.close()

    if not content:
        raise validation.bad_request("the VTT file is empty")
    if len(content) > MAX_VTT_BYTES:
        raise validation.bad_request(
            f"the VTT file is larger than the maximum of {MAX_VTT_BYTES} bytes"
        )
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        raise validation.bad_request("the VTT file is not UTF-8 text") from None
    if not _VTT_HEADER.match(content):
        raise validation.bad_request(
            "the file is not WebVTT: its first line must start with WEBVTT"
        )
    return content, fields


def page_window(request: Request) -> tuple[int, int]:
    """Read the ``offset`` (0 or more) and ``limit`` (1 to 100, default 25) query parameters."""
    query = request.query_params
    offset = validation.optional_int(query, "offset", minimum=0) or 0
    limit = (
        validation.optional_int(query, "limit", minimum=1, maximum=MAX_PAGE_SIZE)
        or DEFAULT_PAGE_SIZE
    )
    return offset, limit


def media_in(state: dict[str, Any], media_id: str) -> dict[str, Any]:
    """Return the live media record inside a store transaction; raise 404 when it is gone."""
    record = state["collections"].get(MEDIA, {}).get(media_id)
    if record is None:
        raise validation.not_found("media", media_id)
    return record


def find_language(items: list[Mapping[str, Any]], language: str) -> int | None:
    """Find the position of the item in ``language``, ignoring case; ``None`` if absent."""
    for position, item in enumerate(items):
        if item["language"].lower() == language.lower():
            return position
    return None


def vtt_url(api_url: str, media_id: str, kind: str, language: str) -> str:
    """Return the link to a stored ``.vtt`` file (``kind`` is chapters or captions)."""
    # TODO: the sandbox does not serve these links yet: a public, keyless route needs a
    # route constant and a hook for routes outside /api in the app.
    return f"{api_url}/media/{media_id}/{kind}/{language}.vtt"


def vtt_path(store: Store, media_id: str, kind: str, language: str) -> Path:
    return store.blob_dir(MEDIA, media_id) / kind / f"{language.lower()}.vtt"


def write_vtt(store: Store, media_id: str, kind: str, language: str, content: bytes) -> None:
    path = vtt_path(store, media_id, kind, language)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)


ROUTES = [
    ApiRoute(routes.CHAPTER_CREATE, create_chapter),
    ApiRoute(routes.CHAPTER_LIST, list_chapters),
    ApiRoute(routes.CHAPTER_DELETE, delete_chapter),
]
