"""Playlists area: playlists, their items as a linked list, moves, thumbnails.

A playlist record keeps its items in a mapping by item id. Each item stores the id
of the item before it (``previous_id``) and after it (``next_id``), empty at the
ends. The order is found by walking those links from the one item without a
``previous_id``, because nothing stores a position. A move accepts exactly the
neighbors that AIOZ documents for clients, computed with the moved item taken out:

* only ``next_id``: the item goes to the top, so ``next_id`` must be the first item;
* only ``previous_id``: the item goes to the bottom, so it must be the last item;
* both: the two must be adjacent, ``previous_id`` right before ``next_id``.

Responses follow the OpenAPI ``Playlist`` schema, where ``tags`` is one
comma-separated string and ``metadata`` an object.
"""

from __future__ import annotations

import logging
import re
import uuid
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from aiozstream import routes
from aiozstream.emulator import validation
from aiozstream.emulator.areas import ApiRoute
from aiozstream.emulator.areas.media import JPEG_SIGNATURE, PNG_SIGNATURE, THUMBNAIL_EXTENSIONS
from aiozstream.emulator.areas.media_schema import render_media
from aiozstream.emulator.context import Sandbox
from aiozstream.emulator.responses import ApiError, JSONResponse, success, success_message
from aiozstream.emulator.store import MEDIA, utc_timestamp

PLAYLISTS = "playlists"
DEFAULT_PAGE_SIZE = 25
MAX_PAGE_SIZE = 100
LIST_SORT_FIELDS = ("created_at", "updated_at", "name")
ITEM_SORT_FIELDS = ("created_at", "title", "duration")
SORT_DIRECTIONS = ("asc", "desc")
CAPTION_FIELDS = ("description", "is_default", "language", "status", "url")
CHAPTER_FIELDS = ("language", "url")
_FORM_METADATA_FIELD = re.compile(r"metadata\[(\d+)\]\[(key|value)\]")

logger = logging.getLogger("aiozstream.emulator.playlists")


async def create_playlist(request: Request, sandbox: Sandbox) -> Response:
    """Create an empty playlist from JSON (OpenAPI) or a form (skill document)."""
    data = await validation.read_json_or_form(request)
    now = utc_timestamp()
    record = {
        "id": str(uuid.uuid4()),
        "user_id": sandbox.user_id,
        "name": validation.required_string(data, "name", max_length=validation.MAX_NAME_LENGTH),
        "tags": validation.tags(data) or [],
        "metadata": validation.metadata(data) or [],
        "playlist_type": validation.optional_string(
            data, "playlist_type", max_length=validation.MAX_NAME_LENGTH
        )
        or "",
        "thumbnail": None,
        "items": {},
        "created_at": now,
        "updated_at": now,
    }
    sandbox.store.put(PLAYLISTS, record["id"], record)
    return success({"playlist": _render_playlist(record, request, sandbox)}, status=201)


async def list_playlists(request: Request, sandbox: Sandbox) -> Response:
    """List playlists; a playlist must carry every listed tag and metadata pair."""
    data = await validation.read_json_object(request)
    search = validation.optional_string(data, "search", max_length=validation.MAX_NAME_LENGTH)
    tags = validation.string_list(data, "tags")
    pairs = validation.metadata(data)
    playlist_type = validation.optional_string(
        data, "playlist_type", max_length=validation.MAX_NAME_LENGTH
    )
    offset = validation.optional_int(data, "offset", minimum=0) or 0
    limit = (
        validation.optional_int(data, "limit", minimum=1, maximum=MAX_PAGE_SIZE)
        or DEFAULT_PAGE_SIZE
    )
    sort_field = _choice(data.get("sort_by"), "sort_by", LIST_SORT_FIELDS, "created_at")
    direction = _choice(data.get("order_by"), "order_by", SORT_DIRECTIONS, "desc")

    selected = []
    for record in sandbox.store.records(PLAYLISTS):
        if search and search.lower() not in record["name"].lower():
            continue
        if tags and not set(tags) <= set(record["tags"]):
            continue
        if pairs and not all(pair in record["metadata"] for pair in pairs):
            continue
        if playlist_type and record["playlist_type"] != playlist_type:
            continue
        selected.append(record)
    selected.sort(
        key=lambda record: (record[sort_field], record["created_at"]), reverse=direction == "desc"
    )

    page = selected[offset : offset + limit]
    rendered = [_render_playlist(record, request, sandbox, with_items=False) for record in page]
    return success({"playlists": rendered, "total": len(selected)})


async def get_playlist(request: Request, sandbox: Sandbox) -> Response:
    """Return a playlist with its items in linked-list order, or sorted and searched by query."""
    record = _find_playlist(request, sandbox)
    query = request.query_params
    sort_field = _choice(query.get("sort_by"), "sort_by", ITEM_SORT_FIELDS, None)
    direction = _choice(query.get("order_by"), "order_by", SORT_DIRECTIONS, "asc")
    search = query.get("search") or None
    playlist = _render_playlist(record, request, sandbox)

    items = playlist["items"]
    if search:
        items = [item for item in items if search.lower() in item["media"].get("title", "").lower()]
    if sort_field is not None:
        items.sort(key=lambda item: _item_sort_key(item, sort_field), reverse=direction == "desc")
    playlist["items"] = items
    return success({"playlist": playlist})


async def update_playlist(request: Request, sandbox: Sandbox) -> Response:
    """Change name, tags, metadata and the thumbnail, sent as a multipart form (or JSON).

    The OpenAPI document marks ``file`` as required, but a change of name, tags or
    metadata needs no image, so the sandbox accepts a form without one.
    """
    record = _find_playlist(request, sandbox)
    data, thumbnail = await _read_update_form(request, sandbox)

    changes: dict[str, Any] = {}
    if "name" in data:
        changes["name"] = validation.required_string(
            data, "name", max_length=validation.MAX_NAME_LENGTH
        )
    tags = validation.tags(data)
    if tags is not None:
        changes["tags"] = tags
    pairs = validation.metadata(data)
    if pairs is not None:
        changes["metadata"] = pairs
    extension = None
    if thumbnail is not None:
        extension = _thumbnail_extension(*thumbnail, sandbox.config.max_thumbnail_bytes)
        changes["thumbnail"] = extension
    if not changes:
        raise validation.bad_request(
            "nothing to update: send at least one of name, tags, metadata or file"
        )

    if thumbnail is not None and extension is not None:
        folder = sandbox.store.blob_dir(PLAYLISTS, record["id"])
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("thumbnail.*"):
            old.unlink()
        (folder / f"thumbnail.{extension}").write_bytes(thumbnail[0])
    changes["updated_at"] = utc_timestamp()
    sandbox.store.update(PLAYLISTS, record["id"], changes)
    return success_message("playlist updated")


async def add_item(request: Request, sandbox: Sandbox) -> Response:
    """Append media at the end of a playlist.

    The media comes as ``media_id`` (OpenAPI) or ``video_id`` (skill document).
    ``option_media_ids`` appends more media after it, and ``option_playlists`` adds
    them to those playlists too. A media already in a playlist is rejected.
    """
    # NOTE: AIOZ documents neither whether a playlist may hold a media twice nor what
    # the option fields do; the rejection and the meanings above are assumptions.
    playlist_id = validation.require_uuid(request.path_params["id"], "playlist")
    data = await validation.read_json_or_form(request)
    field = "video_id" if "media_id" not in data and "video_id" in data else "media_id"
    media_ids = [validation.required_string(data, field, max_length=validation.MAX_NAME_LENGTH)]
    media_ids += validation.string_list(data, "option_media_ids") or []
    playlist_ids = [playlist_id, *(validation.string_list(data, "option_playlists") or [])]
    for media_id in media_ids:
        validation.require_uuid(media_id, "media")
    for other_id in playlist_ids:
        validation.require_uuid(other_id, "playlist")

    now = utc_timestamp()
    with sandbox.store.transaction() as state:
        playlists = state["collections"].setdefault(PLAYLISTS, {})
        stored_media = state["collections"].get(MEDIA, {})
        for media_id in media_ids:
            if media_id not in stored_media:
                raise validation.not_found("media", media_id)
        for target_id in dict.fromkeys(playlist_ids):
            record = playlists.get(target_id)
            if record is None:
                raise validation.not_found("playlist", target_id)
            for media_id in media_ids:
                _append(record, media_id, now)
            record["updated_at"] = now
    return success_message("media added to playlist")


async def move_item(request: Request, sandbox: Sandbox) -> Response:
    """Move one item next to the neighbors named in the body; see the module docstring."""
    playlist_id = validation.require_uuid(request.path_params["id"], "playlist")
    data = await validation.read_json_object(request, allow_empty=False)
    current_id = validation.required_string(
        data, "current_id", max_length=validation.MAX_NAME_LENGTH
    )
    next_id = (
        validation.optional_string(data, "next_id", max_length=validation.MAX_NAME_LENGTH) or None
    )
    previous_id = (
        validation.optional_string(data, "previous_id", max_length=validation.MAX_NAME_LENGTH)
        or None
    )
    if next_id is None and previous_id is None:
        raise validation.bad_request(
            "send next_id (to move to the top), previous_id (to move to the bottom) "
            "or both (to move between two items)"
        )

    now = utc_timestamp()
    with sandbox.store.transaction() as state:
        record = state["collections"].get(PLAYLISTS, {}).get(playlist_id)
        if record is None:
            raise validation.not_found("playlist", playlist_id)
        items = record["items"]
        if current_id not in items:
            raise ApiError(404, f"item {current_id} is not in playlist {playlist_id}")
        for name, neighbor_id in (("next_id", next_id), ("previous_id", previous_id)):
            if neighbor_id == current_id:
                raise validation.bad_request(f"{name} is the moved item itself; name a neighbor")
            if neighbor_id is not None and neighbor_id not in items:
                raise validation.bad_request(
                    f"{name} {neighbor_id} is not an item of playlist {playlist_id}"
                )

        others = [item_id for item_id in walk(items) if item_id != current_id]
        _check_neighbors(others, next_id, previous_id)
        _unlink(items, current_id, now)
        _link_between(items, current_id, previous_id, next_id, now)
        record["updated_at"] = now
    return success_message("playlist item moved")


async def remove_item(request: Request, sandbox: Sandbox) -> Response:
    """Remove one item and join its neighbors; any request body is ignored."""
    playlist_id = validation.require_uuid(request.path_params["id"], "playlist")
    item_id = validation.require_uuid(request.path_params["item_id"], "playlist item")
    now = utc_timestamp()
    with sandbox.store.transaction() as state:
        record = state["collections"].get(PLAYLISTS, {}).get(playlist_id)
        if record is None:
            raise validation.not_found("playlist", playlist_id)
        if item_id not in record["items"]:
            raise ApiError(404, f"item {item_id} is not in playlist {playlist_id}")
        _unlink(record["items"], item_id, now)
        del record["items"][item_id]
        record["updated_at"] = now
    return success_message("media removed from playlist")


async def delete_thumbnail(request: Request, sandbox: Sandbox) -> Response:
    record = _find_playlist(request, sandbox)
    if not record.get("thumbnail"):
        raise ApiError(404, f"playlist {record['id']} has no thumbnail")
    thumbnail = sandbox.store.blob_dir(PLAYLISTS, record["id"]) / f"thumbnail.{record['thumbnail']}"
    thumbnail.unlink(missing_ok=True)
    sandbox.store.update(
        PLAYLISTS, record["id"], {"thumbnail": None, "updated_at": utc_timestamp()}
    )
    return success_message("playlist thumbnail deleted")


async def delete_playlist(request: Request, sandbox: Sandbox) -> Response:
    record = _find_playlist(request, sandbox)
    sandbox.store.delete(PLAYLISTS, record["id"])
    return success_message("playlist deleted")


async def player_info(request: Request, sandbox: Sandbox) -> Response:
    """Return ``PublicPlaylistObject``, which has no envelope in the OpenAPI document."""
    record = _find_playlist(request, sandbox)
    return JSONResponse({"playlist": _render_playlist(record, request, sandbox)})


def walk(items: dict[str, dict[str, Any]]) -> list[str]:
    """Return the item ids in playlist order by following the links from the first item.

    Raises :class:`ApiError` 500 when the links do not form one chain through every
    item, which would be a sandbox bug.
    """
    if not items:
        return []
    heads = [item_id for item_id, item in items.items() if not item["previous_id"]]
    if len(heads) != 1:
        raise _broken_links(f"{len(heads)} items have no previous item")

    order = [heads[0]]
    seen = {heads[0]}
    while items[order[-1]]["next_id"]:
        following = items[order[-1]]["next_id"]
        if following not in items or following in seen:
            raise _broken_links(f"the link after item {order[-1]} leads nowhere or back")
        order.append(following)
        seen.add(following)
    if len(order) != len(items):
        raise _broken_links(f"{len(items) - len(order)} items are not reachable from the first")
    return order


ROUTES = [
    ApiRoute(routes.PLAYLIST_CREATE, create_playlist),
    ApiRoute(routes.PLAYLIST_LIST, list_playlists),
    ApiRoute(routes.PLAYLIST_GET, get_playlist),
    ApiRoute(routes.PLAYLIST_UPDATE, update_playlist),
    ApiRoute(routes.PLAYLIST_DELETE, delete_playlist),
    ApiRoute(routes.PLAYLIST_ITEM_ADD, add_item),
    ApiRoute(routes.PLAYLIST_ITEM_MOVE, move_item),
    ApiRoute(routes.PLAYLIST_ITEM_REMOVE, remove_item),
    ApiRoute(routes.PLAYLIST_THUMBNAIL_DELETE, delete_thumbnail),
    ApiRoute(routes.PLAYLIST_PLAYER_INFO, player_info),
]


def _find_playlist(request: Request, sandbox: Sandbox) -> dict[str, Any]:
    playlist_id = validation.require_uuid(request.path_params["id"], "playlist")
    record = sandbox.store.get(PLAYLISTS, playlist_id)
    if record is None:
        raise validation.not_found("playlist", playlist_id)
    return record


def _broken_links(detail: str) -> ApiError:
    logger.error("playlist links are broken: %s", detail)
    return ApiError(500, f"playlist links are broken: {detail}")


def _check_neighbors(others: list[str], next_id: str | None, previous_id: str | None) -> None:
    """Check that the neighbors name one place in ``others``, the order without the moved item."""
    if next_id is not None and previous_id is not None:
        following = others.index(previous_id) + 1
        if following >= len(others) or others[following] != next_id:
            raise validation.bad_request(
                f"previous_id {previous_id} and next_id {next_id} are not adjacent: "
                "fetch the playlist again and send the two items the moved item goes between"
            )
    elif next_id is not None and others[0] != next_id:
        raise validation.bad_request(
            f"with only next_id the item moves to the top, so next_id must be the first item "
            f"{others[0]}; to move between two items send previous_id too"
        )
    elif previous_id is not None and others[-1] != previous_id:
        raise validation.bad_request(
            f"with only previous_id the item moves to the bottom, so previous_id must be the last "
            f"item {others[-1]}; to move between two items send next_id too"
        )


def _append(record: dict[str, Any], media_id: str, now: str) -> None:
    items = record["items"]
    if any(item["video_id"] == media_id for item in items.values()):
        raise validation.bad_request(f"media {media_id} is already in playlist {record['id']}")
    order = walk(items)
    item_id = str(uuid.uuid4())
    items[item_id] = {
        "id": item_id,
        "playlist_id": record["id"],
        "video_id": media_id,
        "previous_id": "",
        "next_id": "",
        "created_at": now,
        "updated_at": now,
    }
    _link_between(items, item_id, order[-1] if order else None, None, now)


def _unlink(items: dict[str, dict[str, Any]], item_id: str, now: str) -> None:
    """Take an item out of the chain, joining its neighbors to each other."""
    item = items[item_id]
    previous_id, next_id = item["previous_id"], item["next_id"]
    if previous_id:
        items[previous_id].update(next_id=next_id, updated_at=now)
    if next_id:
        items[next_id].update(previous_id=previous_id, updated_at=now)
    item.update(previous_id="", next_id="", updated_at=now)


def _link_between(
    items: dict[str, dict[str, Any]],
    item_id: str,
    previous_id: str | None,
    next_id: str | None,
    now: str,
) -> None:
    """Put an unlinked item between two adjacent items; ``None`` stands for an end."""
    items[item_id].update(previous_id=previous_id or "", next_id=next_id or "", updated_at=now)
    if previous_id:
        items[previous_id].update(next_id=item_id, updated_at=now)
    if next_id:
        items[next_id].update(previous_id=item_id, updated_at=now)


def _render_playlist(
    record: dict[str, Any], request: Request, sandbox: Sandbox, *, with_items: bool = True
) -> dict[str, Any]:
    """Return a stored playlist as the OpenAPI ``Playlist`` object."""
    api_url = sandbox.api_url(request)
    embed_url = sandbox.embed_url(request)
    items = record["items"]
    ordered = [items[item_id] for item_id in walk(items)]
    media_records = {
        item["video_id"]: sandbox.store.get(MEDIA, item["video_id"]) for item in ordered
    }
    present = [media for media in media_records.values() if media is not None]

    # NOTE: AIOZ documents no playlist player or thumbnail URL; these follow the media
    # URLs' pattern and may differ from the real API's.
    player_url = f"{embed_url}/playlist/{record['id']}"
    playlist = {
        "id": record["id"],
        "user_id": record["user_id"],
        "name": record["name"],
        "tags": ",".join(record["tags"]),
        "metadata": {pair["key"]: pair["value"] for pair in record["metadata"]},
        "playlist_type": record["playlist_type"],
        "item_count": len(ordered),
        "duration": sum(media["duration"] or 0 for media in present),
        "size": sum(media["size"] or 0 for media in present),
        "thumbnail_url": (
            f"{api_url}/playlists/{record['id']}/thumbnail" if record.get("thumbnail") else ""
        ),
        "playlist_url": player_url,
        "iframe": (
            f'<iframe src="{player_url}" width="100%" height="100%" frameborder="0" '
            'scrolling="no" allowfullscreen="true"></iframe>'
        ),
        "created_at": record["created_at"],
        "updated_at": record["updated_at"],
    }
    if with_items:
        playlist["items"] = [
            _render_item(item, media_records[item["video_id"]], api_url, embed_url)
            for item in ordered
        ]
    return playlist


def _render_item(
    item: dict[str, Any], media: dict[str, Any] | None, api_url: str, embed_url: str
) -> dict[str, Any]:
    """Return an item as the OpenAPI ``PlaylistItem``; a deleted media leaves ``media`` empty."""
    # NOTE: deleting a media keeps its playlist items, because AIOZ does not document
    # whether it removes them; a client then sees an item with an empty ``media``.
    rendered_media: dict[str, Any] = {}
    if media is not None:
        full = render_media(media, api_url=api_url, embed_url=embed_url)
        rendered_media = {
            "title": full["title"],
            "description": full["description"],
            "duration": full["duration"],
            "size": full["size"],
            "hls_url": full["assets"]["hls_url"],
            "thumbnail_url": full["assets"]["thumbnail_url"],
            "qualities": ",".join(quality["name"] for quality in full["qualities"]),
            "captions": [_pick(caption, CAPTION_FIELDS) for caption in full["captions"]],
            "chapters": [_pick(chapter, CHAPTER_FIELDS) for chapter in full["chapters"]],
        }
    return {
        "id": item["id"],
        "playlist_id": item["playlist_id"],
        "video_id": item["video_id"],
        "previous_id": item["previous_id"],
        "next_id": item["next_id"],
        "media": rendered_media,
        "created_at": item["created_at"],
        "updated_at": item["updated_at"],
    }


def _pick(source: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    return {name: source[name] for name in fields if name in source}


def _item_sort_key(item: dict[str, Any], field: str) -> Any:
    if field == "created_at":
        return item["created_at"]
    if field == "title":
        return item["media"].get("title", "").lower()
    return item["media"].get("duration", 0)


def _choice(value: Any, name: str, allowed: tuple[str, ...], default: str | None) -> str | None:
    if value is None or value == "":
        return default
    if not isinstance(value, str) or value.lower() not in allowed:
        raise validation.bad_request(f"invalid {name} {value!r}: allowed are {', '.join(allowed)}")
    return value.lower()


async def _read_update_form(
    request: Request, sandbox: Sandbox
) -> tuple[dict[str, Any], tuple[bytes, str] | None]:
    """Read the fields and the thumbnail of ``PATCH /playlists/{id}``.

    Tags may come as ``tags[]`` fields or one ``"a,b"`` field, and metadata as a JSON
    string or as ``metadata[0][key]`` and ``metadata[0][value]`` fields.
    """
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in validation.FORM_CONTENT_TYPES:
        return await validation.read_json_object(request), None

    form = await request.form(max_files=1)
    data: dict[str, Any] = {}
    metadata_fields: dict[int, dict[str, str]] = {}
    thumbnail = None
    try:
        for key, value in form.multi_items():
            if not isinstance(value, str):
                content = await value.read(sandbox.config.max_thumbnail_bytes + 1)
                thumbnail = (content, value.filename or "")
                continue
            indexed = _FORM_METADATA_FIELD.fullmatch(key)
            if indexed:
                metadata_fields.setdefault(int(indexed[1]), {})[indexed[2]] = value
            elif key.endswith("[]"):
                data.setdefault(key[:-2], []).append(value)
            else:
                data[key] = value
    finally:
        await form.close()

    if metadata_fields:
        data["metadata"] = [
            {"key": pair.get("key", ""), "value": pair.get("value", "")}
            for _, pair in sorted(metadata_fields.items())
        ]
    return data, thumbnail


def _thumbnail_extension(content: bytes, filename: str, max_bytes: int) -> str:
    """Return ``png`` or ``jpg`` when the thumbnail's bytes and name agree; raise 400 otherwise."""
    if not content:
        raise validation.bad_request("the thumbnail file is empty")
    if len(content) > max_bytes:
        raise validation.bad_request(
            f"the thumbnail is larger than the maximum of {max_bytes} bytes"
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
