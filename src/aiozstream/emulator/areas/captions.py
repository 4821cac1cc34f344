"""Captions area (users see "transcripts"): add, list, set the default and delete.

Captions are stored in the media record's ``captions`` list as the OpenAPI
``MediaCaption`` objects (``description``, ``is_default``, ``language``, ``status``,
``url``), so ``GET /media/{id}`` shows them. The ``.vtt`` bytes are stored in the
media's blob folder. A media has at most one caption per primary language, so adding
``en-US`` while ``en-GB`` exists is rejected with 400. At most one caption is the
default, and deleting it leaves the media with no default.

The default is set with ``PATCH`` and ``is_default`` as a multipart or URL-encoded
form field (OpenAPI document), a JSON object ``{"is_default": true}`` (skill
document), or a bare JSON boolean.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from aiozstream import routes
from aiozstream.emulator import validation
from aiozstream.emulator.areas import ApiRoute
from aiozstream.emulator.areas.chapters import (
    find_language,
    media_in,
    page_window,
    parse_language,
    primary_language,
    read_vtt_upload,
    vtt_path,
    vtt_url,
    write_vtt,
)
from aiozstream.emulator.areas.media import find_media
from aiozstream.emulator.context import Sandbox
from aiozstream.emulator.responses import ApiError, success, success_message

CAPTIONS = "captions"
# NOTE: AIOZ documents no caption status values. The sandbox stores the file at once,
# so it reports "done", the word that the media lifecycle uses for a finished asset.
READY_STATUS = "done"


async def create_caption(request: Request, sandbox: Sandbox) -> Response:
    media = find_media(request, sandbox)
    language = parse_language(request.path_params["lan"])
    content, fields = await read_vtt_upload(request)
    description = validation.optional_string(
        fields, "description", max_length=validation.MAX_DESCRIPTION_LENGTH
    )

    caption = {
        "description": description or "",
        "is_default": False,
        "language": language,
        "status": READY_STATUS,
        "url": vtt_url(sandbox.api_url(request), media["id"], CAPTIONS, language),
    }
    with sandbox.store.transaction() as state:
        captions = media_in(state, media["id"]).setdefault(CAPTIONS, [])
        conflicting = _same_primary_language(captions, language)
        if conflicting is not None:
            raise validation.bad_request(
                f"media {media['id']} already has a caption in language {conflicting['language']}, "
                f"the same primary language as {language}: delete it before adding another"
            )
        write_vtt(sandbox.store, media["id"], CAPTIONS, language, content)
        captions.append(caption)
    return success({"media_caption": caption}, status=201)


async def list_captions(request: Request, sandbox: Sandbox) -> Response:
    media = find_media(request, sandbox)
    offset, limit = page_window(request)
    captions = media.get(CAPTIONS, [])
    api_url = sandbox.api_url(request)
    page = [
        {**caption, "url": vtt_url(api_url, media["id"], CAPTIONS, caption["language"])}
        for caption in captions[offset : offset + limit]
    ]
    return success({"media_captions": page, "total": len(captions)})


async def set_default_caption(request: Request, sandbox: Sandbox) -> Response:
    """Make one caption the default and clear the others, or clear it with ``false``."""
    media = find_media(request, sandbox)
    language = parse_language(request.path_params["lan"])
    is_default = await _read_is_default(request)
    with sandbox.store.transaction() as state:
        captions = media_in(state, media["id"]).setdefault(CAPTIONS, [])
        position = find_language(captions, language)
        if position is None:
            raise _caption_not_found(media["id"], language)
        for index, caption in enumerate(captions):
            if index == position:
                caption["is_default"] = is_default
            elif is_default:
                caption["is_default"] = False
    return success_message("default caption updated")


async def delete_caption(request: Request, sandbox: Sandbox) -> Response:
    media = find_media(request, sandbox)
    language = parse_language(request.path_params["lan"])
    with sandbox.store.transaction() as state:
        captions = media_in(state, media["id"]).setdefault(CAPTIONS, [])
        position = find_language(captions, language)
        if position is None:
            raise _caption_not_found(media["id"], language)
        captions.pop(position)
        vtt_path(sandbox.store, media["id"], CAPTIONS, language).unlink(missing_ok=True)
    return success_message("caption deleted")


def _same_primary_language(captions: list[dict[str, Any]], language: str) -> dict[str, Any] | None:
    primary = primary_language(language)
    for caption in captions:
        if primary_language(caption["language"]) == primary:
            return caption
    return None


async def _read_is_default(request: Request) -> bool:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type in validation.FORM_CONTENT_TYPES:
        data: Any = await validation.read_json_or_form(request)
    else:
        body = await request.body()
        try:
            data = json.loads(body) if body.strip() else {}
        except ValueError:
            raise validation.bad_request("request body is not valid JSON") from None
        if isinstance(data, bool):
            return data
    if not isinstance(data, dict) or data.get("is_default") is None:
        raise validation.bad_request("is_default is required: send true or false")
    value = validation.optional_bool(data, "is_default")
    assert value is not None
    return value


def _caption_not_found(media_id: str, language: str) -> ApiError:
    return ApiError(404, f"caption in language {language} not found for media {media_id}")


ROUTES = [
    ApiRoute(routes.TRANSCRIPT_CREATE, create_caption),
    ApiRoute(routes.TRANSCRIPT_LIST, list_captions),
    ApiRoute(routes.TRANSCRIPT_SET_DEFAULT, set_default_caption),
    ApiRoute(routes.TRANSCRIPT_DELETE, delete_caption),
]
