"""Media area: create, list, get, update, delete, cost, thumbnail and player info.

Part uploads and complete live in :mod:`aiozstream.emulator.areas.media_upload`; this
module's ``ROUTES`` lists both.
"""

from __future__ import annotations

import math
import uuid
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from aiozstream import routes
from aiozstream.emulator import validation
from aiozstream.emulator.areas import ApiRoute
from aiozstream.emulator.areas.media_schema import (
    MEDIA_STATUSES,
    parse_media_type,
    parse_qualities,
    parse_quality_names,
    render_media,
    render_player_info,
)
from aiozstream.emulator.areas.media_upload import UPLOADS, complete_upload, upload_part
from aiozstream.emulator.context import Sandbox
from aiozstream.emulator.responses import ApiError, JSONResponse, success, success_message
from aiozstream.emulator.store import MEDIA, utc_timestamp
from aiozstream.emulator.transcode import transcode_price

DEFAULT_PAGE_SIZE = 25
MAX_PAGE_SIZE = 100
SORT_FIELDS = ("created_at", "updated_at", "title", "duration", "size")
SORT_DIRECTIONS = ("asc", "desc")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8\xff"
THUMBNAIL_EXTENSIONS = {"png": (".png",), "jpg": (".jpg", ".jpeg")}


async def create_media(request: Request, sandbox: Sandbox) -> Response:
    data = await validation.read_json_or_form(request)
    media_type = parse_media_type(data.get("type"))
    now = utc_timestamp()
    record = {
        "id": str(uuid.uuid4()),
        "user_id": sandbox.user_id,
        "title": validation.required_string(data, "title", max_length=validation.MAX_NAME_LENGTH),
        "description": validation.optional_string(
            data, "description", max_length=validation.MAX_DESCRIPTION_LENGTH
        )
        or "",
        "type": media_type,
        "status": "new",
        "is_public": _default(validation.optional_bool(data, "is_public"), True),
        "tags": validation.tags(data) or [],
        "metadata": validation.metadata(data) or [],
        "qualities": parse_qualities(data.get("qualities"), media_type),
        "segment_duration": validation.optional_int(data, "segment_duration", minimum=0),
        "player_theme_id": "",
        "size": 0,
        "duration": 0,
        "thumbnail": None,
        "created_at": now,
        "updated_at": now,
    }
    sandbox.store.put(MEDIA, record["id"], record)
    return success(_render(record, request, sandbox))


async def list_media(request: Request, sandbox: Sandbox) -> Response:
    """List media with the OpenAPI filters, also accepting the skill document's forms.

    ``status`` may be a list or one string, ``tags`` a list or ``"a,b"``, ``metadata``
    a list of ``{key, value}`` or an object. A media must carry every listed tag and
    metadata pair. ``sort_by`` and ``order_by`` are read by value: whichever contains
    ``asc``/``desc`` is the direction and the other the field, because AIOZ's own SDK
    tests send ``order_by=created_at, sort_by=desc`` while the names suggest the reverse.
    """
    data = await validation.read_json_object(request)
    search = validation.optional_string(data, "search", max_length=validation.MAX_NAME_LENGTH)
    statuses = validation.string_list(data, "status")
    for status in statuses or []:
        if status not in MEDIA_STATUSES:
            raise validation.bad_request(
                f"invalid status {status!r}: allowed are {', '.join(MEDIA_STATUSES)}"
            )
    tags = validation.string_list(data, "tags")
    pairs = validation.metadata(data)
    media_type = parse_media_type(data.get("type"), default=None) if data.get("type") else None
    offset = validation.optional_int(data, "offset", minimum=0) or 0
    limit = (
        validation.optional_int(data, "limit", minimum=1, maximum=MAX_PAGE_SIZE)
        or DEFAULT_PAGE_SIZE
    )
    sort_field, descending = _sort_order(data.get("sort_by"), data.get("order_by"))

    selected = []
    for record in sandbox.store.records(MEDIA):
        if search and search.lower() not in record["title"].lower():
            continue
        if statuses and record["status"] not in statuses:
            continue
        if media_type and record["type"] != media_type:
            continue
        if tags and not set(tags) <= set(record["tags"]):
            continue
        if pairs and not all(pair in record["metadata"] for pair in pairs):
            continue
        selected.append(record)
    selected.sort(key=lambda record: (record[sort_field], record["created_at"]), reverse=descending)

    page = selected[offset : offset + limit]
    return success(
        {"media": [_render(record, request, sandbox) for record in page], "total": len(selected)}
    )


async def get_media(request: Request, sandbox: Sandbox) -> Response:
    record = find_media(request, sandbox)
    return success(_render(record, request, sandbox))


async def update_media(request: Request, sandbox: Sandbox) -> Response:
    """Update title, description, is_public, tags, metadata and the player.

    The player comes as ``player_id`` (OpenAPI) or ``player_theme_id`` (skill document).
    """
    record = find_media(request, sandbox)
    data = await validation.read_json_object(request)
    changes: dict[str, Any] = {}
    if "title" in data:
        changes["title"] = validation.required_string(
            data, "title", max_length=validation.MAX_NAME_LENGTH
        )
    description = validation.optional_string(
        data, "description", max_length=validation.MAX_DESCRIPTION_LENGTH
    )
    if description is not None:
        changes["description"] = description
    is_public = validation.optional_bool(data, "is_public")
    if is_public is not None:
        changes["is_public"] = is_public
    tags = validation.tags(data)
    if tags is not None:
        changes["tags"] = tags
    pairs = validation.metadata(data)
    if pairs is not None:
        changes["metadata"] = pairs
    player_field = "player_id" if "player_id" in data else "player_theme_id"
    # TODO: check that the player exists once the sandbox has a players area; until then
    # any id is accepted and stored as given.
    player_id = validation.optional_string(
        data, player_field, max_length=validation.MAX_NAME_LENGTH
    )
    if player_id is not None:
        changes["player_theme_id"] = player_id

    changes["updated_at"] = utc_timestamp()
    sandbox.store.update(MEDIA, record["id"], changes)
    return success_message("media updated")


async def delete_media(request: Request, sandbox: Sandbox) -> Response:
    record = find_media(request, sandbox)
    sandbox.transcoder.cancel(record["id"])
    sandbox.uploads.forget(record["id"])
    sandbox.store.delete(UPLOADS, record["id"])
    sandbox.store.delete(MEDIA, record["id"])
    return success_message("media deleted")


async def media_cost(request: Request, sandbox: Sandbox) -> Response:
    """Price transcoding: duration x number of qualities x the configured rate."""
    query = request.query_params
    media_type = parse_media_type(query.get("type"), default=None)
    duration = _positive_number(query.get("duration"), "duration")
    names = parse_quality_names(query.get("qualities"), media_type)
    price = transcode_price(duration, len(names), sandbox.config.price_per_quality_second)
    return success({"price": price, "is_enough": sandbox.store.balance >= price})


async def upload_thumbnail(request: Request, sandbox: Sandbox) -> Response:
    """Store a JPEG or PNG thumbnail, recognised by its bytes.

    The file field is ``file``. A body with exactly one file under another name is
    accepted too, because AIOZ's Node SDK names the field after the file. The file
    name's extension must match the bytes, as AIOZ's Go SDK tests expect of the API.
    """
    record = find_media(request, sandbox)
    form = await request.form(max_files=1)
    try:
        upload = form.get("file")
        if isinstance(upload, str):
            raise validation.bad_request(
                "field file has no file name: send an image file ending in .jpg, .jpeg or .png"
            )
        if upload is None:
            files = [value for _, value in form.multi_items() if not isinstance(value, str)]
            upload = files[0] if len(files) == 1 else None
        if upload is None:
            raise validation.bad_request(
                "field file is missing: send the thumbnail as multipart field file"
            )
        content = await upload.read(sandbox.config.max_thumbnail_bytes + 1)
        filename = upload.filename or ""
    finally:
        await form.close()

    extension = _thumbnail_extension(content, filename, sandbox.config.max_thumbnail_bytes)
    folder = sandbox.store.blob_dir(MEDIA, record["id"])
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("thumbnail.*"):
        old.unlink()
    (folder / f"thumbnail.{extension}").write_bytes(content)
    sandbox.store.update(
        MEDIA, record["id"], {"thumbnail": extension, "updated_at": utc_timestamp()}
    )
    return success_message("thumbnail uploaded")


async def delete_thumbnail(request: Request, sandbox: Sandbox) -> Response:
    record = find_media(request, sandbox)
    if not record.get("thumbnail"):
        raise ApiError(404, f"media {record['id']} has no thumbnail")
    (sandbox.store.blob_dir(MEDIA, record["id"]) / f"thumbnail.{record['thumbnail']}").unlink(
        missing_ok=True
    )
    sandbox.store.update(MEDIA, record["id"], {"thumbnail": None, "updated_at": utc_timestamp()})
    return success_message("thumbnail deleted")


async def player_info(request: Request, sandbox: Sandbox) -> Response:
    """Return ``GetMediaPlayerInfoResponse``, which has no envelope in the OpenAPI document."""
    record = find_media(request, sandbox)
    info = render_player_info(
        record, api_url=sandbox.api_url(request), embed_url=sandbox.embed_url(request)
    )
    return JSONResponse(info)


def find_media(request: Request, sandbox: Sandbox) -> dict[str, Any]:
    """Return the media named by the ``id`` path parameter; raise 400 or 404."""
    media_id = validation.require_uuid(request.path_params["id"], "media")
    record = sandbox.store.get(MEDIA, media_id)
    if record is None:
        raise validation.not_found("media", media_id)
    return record


ROUTES = [
    ApiRoute(routes.MEDIA_CREATE, create_media),
    ApiRoute(routes.MEDIA_LIST, list_media),
    ApiRoute(routes.MEDIA_COST, media_cost),
    ApiRoute(routes.MEDIA_GET, get_media),
    ApiRoute(routes.MEDIA_UPDATE, update_media),
    ApiRoute(routes.MEDIA_DELETE, delete_media),
    ApiRoute(routes.MEDIA_PART, upload_part, applies_own_faults=True),
    ApiRoute(routes.MEDIA_COMPLETE, complete_upload),
    ApiRoute(routes.MEDIA_THUMBNAIL_UPLOAD, upload_thumbnail),
    ApiRoute(routes.MEDIA_THUMBNAIL_DELETE, delete_thumbnail),
    ApiRoute(routes.MEDIA_PLAYER_INFO, player_info),
]


def _render(record: dict[str, Any], request: Request, sandbox: Sandbox) -> dict[str, Any]:
    return render_media(
        record, api_url=sandbox.api_url(request), embed_url=sandbox.embed_url(request)
    )


def _default(value: Any, default: Any) -> Any:
    return default if value is None else value


def _sort_order(sort_by: Any, order_by: Any) -> tuple[str, bool]:
    values = [value.lower() for value in (sort_by, order_by) if isinstance(value, str) and value]
    direction = next((value for value in values if value in SORT_DIRECTIONS), "desc")
    field = next((value for value in values if value not in SORT_DIRECTIONS), "created_at")
    if field not in SORT_FIELDS:
        raise validation.bad_request(
            f"cannot sort by {field!r}: allowed are {', '.join(SORT_FIELDS)}"
        )
    return field, direction == "desc"


def _positive_number(value: str | None, name: str) -> float:
    if value is None or not value.strip():
        raise validation.bad_request(f"{name} is required")
    try:
        number = float(value)
    except ValueError:
        raise validation.bad_request(f"{name} must be a number, got {value!r}") from None
    if not math.isfinite(number) or number <= 0:
        raise validation.bad_request(f"{name} must be more than 0, got {value!r}")
    return number


def _thumbnail_extension(content: bytes, filename: str, max_bytes: int) -> str:
    if not content:
        raise validation.bad_request("the thumbnail file is empty")
    if len(content) > max_bytes:
        raise validation.bad_request(
            f"the thumbnail is larger than the maximum of {max_bytes} bytes"
        )
    if not filename:
        raise validation.bad_request(
            "the thumbnail file has no file name: send one ending in .jpg, .jpeg or .png"
        )
    if content.startswith(PNG_SIGNATURE):
        kind = "png"
    elif content.startswith(JPEG_SIGNATURE):
        kind = "jpg"
    else:
        raise validation.bad_request("the thumbnail must be a JPEG or PNG image")
    if not filename.lower().endswith(THUMBNAIL_EXTENSIONS[kind]):
        raise validation.bad_request(
            f"the thumbnail file name {filename!r} does not match its {kind.upper()} content"
        )
    return kind
