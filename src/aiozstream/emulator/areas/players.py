"""Player themes area: create, list, get, update, delete, logo, add to and remove from media.

Responses follow AIOZ's OpenAPI document. Create returns 201 with ``{"player_theme":
PlayerTheme}``, get returns ``{"player_theme": PlayerTheme}`` and list returns
``{"player_themes": [...], "total": N}``. Update returns the ``UpdatePlayerThemeRequest``
fields (name, is_default, theme, controls) after the change, and the logo upload returns
the ``PlayerTheme`` itself. Delete, logo delete, add-player and remove-player return
``ResponseSuccess``.

Like the real API, the sandbox accepts colors only as ``rgba(r, g, b, a)`` and sizes only
as ``Npx``, so a client that forgot to convert ``#fff`` or ``40`` gets a 400. Making a
theme the default clears the default on the others. A theme that a media uses cannot be
deleted (400) until ``POST /players/remove-player`` takes it off that media. The media's
``player_theme_id`` field records the assignment, whichever way it was made. Add-player and
remove-player take ``media_id`` (OpenAPI document) or ``video_id`` (skill document); the
logo upload takes its link as ``link`` (OpenAPI document) or ``logo_link`` (skill document).
"""

from __future__ import annotations

import io
import re
import shutil
import uuid
import warnings
from typing import Any
from urllib.parse import urlsplit

from PIL import Image
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import Response

from aiozstream import routes
from aiozstream.emulator import validation
from aiozstream.emulator.areas import ApiRoute
from aiozstream.emulator.context import Sandbox
from aiozstream.emulator.responses import ApiError, success, success_message
from aiozstream.emulator.store import MEDIA, utc_timestamp

PLAYERS = "players"
"""Store collection of the player theme records."""

COLOR_FIELDS = (
    "text_color",
    "main_color",
    "control_bar_background_color",
    "menu_background_color",
    "menu_item_background_hover",
    "text_track_color",
    "text_track_background",
)
SIZE_FIELDS = ("control_bar_height", "progress_bar_height", "progress_bar_circle_size")
THEME_FIELDS = COLOR_FIELDS + SIZE_FIELDS
CONTROL_FIELDS = ("enable_api", "enable_controls", "force_autoplay", "force_loop", "hide_title")
# NOTE: AIOZ documents no default for the controls. These give a player with its usual
# controls and no forced behaviour, until the real API shows what it applies.
DEFAULT_CONTROLS = {
    "enable_api": True,
    "enable_controls": True,
    "force_autoplay": False,
    "force_loop": False,
    "hide_title": False,
}

DEFAULT_PAGE_SIZE = 25
MAX_PAGE_SIZE = 100
SORT_FIELDS = ("created_at", "name")
SORT_DIRECTIONS = ("asc", "desc")

# The logo limits that AIOZ states: JPEG or PNG, at most 100 KB and 200×100 px. The
# kilobyte is read as 1024 bytes, as the client's own check does.
MAX_LOGO_BYTES = 100 * 1024
MAX_LOGO_WIDTH = 200
MAX_LOGO_HEIGHT = 100
LOGO_FORMATS = {"PNG": "png", "JPEG": "jpg"}
LINK_SCHEMES = ("http", "https")

_RGBA = re.compile(
    r"rgba\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d+(?:\.\d+)?|\.\d+)\s*\)",
    re.ASCII,
)
_PIXELS = re.compile(r"(\d+(?:\.\d+)?)px", re.ASCII)


async def create_player(request: Request, sandbox: Sandbox) -> Response:
    data = await validation.read_json_object(request)
    now = utc_timestamp()
    record = {
        "id": str(uuid.uuid4()),
        "user_id": sandbox.user_id,
        "name": validation.optional_string(data, "name", max_length=validation.MAX_NAME_LENGTH)
        or "",
        "is_default": bool(validation.optional_bool(data, "is_default")),
        "theme": {field: "" for field in THEME_FIELDS} | _theme(data),
        "controls": DEFAULT_CONTROLS | _controls(data),
        "logo_link": "",
        "logo_format": None,
        "created_at": now,
        "updated_at": now,
    }
    with sandbox.store.transaction() as state:
        players = state["collections"].setdefault(PLAYERS, {})
        if record["is_default"]:
            _clear_default(players)
        players[record["id"]] = record
    return success({"player_theme": render_player(record, request, sandbox)}, status=201)


async def list_players(request: Request, sandbox: Sandbox) -> Response:
    """List with ``search`` (in names), ``sort_by`` (created_at, name), ``order_by`` and paging."""
    query = dict(request.query_params)
    search = validation.optional_string(query, "search", max_length=validation.MAX_NAME_LENGTH)
    sort_field = query.get("sort_by") or "created_at"
    if sort_field not in SORT_FIELDS:
        raise validation.bad_request(
            f"cannot sort by {sort_field!r}: allowed are {', '.join(SORT_FIELDS)}"
        )
    direction = query.get("order_by") or "asc"
    if direction not in SORT_DIRECTIONS:
        raise validation.bad_request(f"order_by must be asc or desc, got {direction!r}")
    offset = validation.optional_int(query, "offset", minimum=0) or 0
    limit = (
        validation.optional_int(query, "limit", minimum=1, maximum=MAX_PAGE_SIZE)
        or DEFAULT_PAGE_SIZE
    )

    selected = [
        record
        for record in sandbox.store.records(PLAYERS)
        if not search or search.lower() in record["name"].lower()
    ]
    selected.sort(
        key=lambda record: (record[sort_field], record["created_at"]),
        reverse=direction == "desc",
    )
    page = selected[offset : offset + limit]
    return success(
        {
            "player_themes": [render_player(record, request, sandbox) for record in page],
            "total": len(selected),
        }
    )


async def get_player(request: Request, sandbox: Sandbox) -> Response:
    record = find_player(request, sandbox)
    return success({"player_theme": render_player(record, request, sandbox)})


async def update_player(request: Request, sandbox: Sandbox) -> Response:
    """Change the fields given; theme and controls fields not given keep their values."""
    player_id = find_player(request, sandbox)["id"]
    data = await validation.read_json_object(request)
    changes: dict[str, Any] = {}
    if "name" in data:
        changes["name"] = (
            validation.optional_string(data, "name", max_length=validation.MAX_NAME_LENGTH) or ""
        )
    is_default = validation.optional_bool(data, "is_default")
    if is_default is not None:
        changes["is_default"] = is_default
    theme = _theme(data)
    controls = _controls(data)

    with sandbox.store.transaction() as state:
        players = state["collections"][PLAYERS]
        record = players.get(player_id)
        if record is None:
            raise validation.not_found("player theme", player_id)
        if changes.get("is_default"):
            _clear_default(players)
        record.update(changes)
        record["theme"].update(theme)
        record["controls"].update(controls)
        record["updated_at"] = utc_timestamp()
        answer = {
            "name": record["name"],
            "is_default": record["is_default"],
            "theme": dict(record["theme"]),
            "controls": dict(record["controls"]),
        }
    return success(answer)


async def delete_player(request: Request, sandbox: Sandbox) -> Response:
    """Delete a theme and its logo, unless a media still uses it (400, as the real API does)."""
    player_id = find_player(request, sandbox)["id"]
    with sandbox.store.transaction() as state:
        users = [
            media_id
            for media_id, media in state["collections"].get(MEDIA, {}).items()
            if media.get("player_theme_id") == player_id
        ]
        if users:
            raise validation.bad_request(
                f"player theme {player_id} is in use by {len(users)} media "
                f"({', '.join(users)}); remove it from them with POST /players/remove-player "
                "before deleting it"
            )
        state["collections"][PLAYERS].pop(player_id, None)
    shutil.rmtree(sandbox.store.blob_dir(PLAYERS, player_id), ignore_errors=True)
    return success_message("player theme deleted")


async def upload_logo(request: Request, sandbox: Sandbox) -> Response:
    """Store a JPEG or PNG logo of at most 100 KB and 200×100 px, decoded to prove it whole.

    The image comes as multipart field ``file``; a body with exactly one file under
    another name is accepted too, as for thumbnails. The click-through link comes as
    ``link`` or ``logo_link`` and must be an http or https URL; without one the
    previous link stays.
    """
    player_id = find_player(request, sandbox)["id"]
    form = await request.form(max_files=1)
    try:
        upload = _form_file(form)
        content = await upload.read(MAX_LOGO_BYTES + 1)
        link_field = "link" if form.get("link") is not None else "logo_link"
        link = form.get(link_field)
    finally:
        await form.close()

    if link is not None:
        _check_link(link_field, link)
    extension = _logo_extension(content)

    folder = sandbox.store.blob_dir(PLAYERS, player_id)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("logo.*"):
        old.unlink()
    (folder / f"logo.{extension}").write_bytes(content)

    changes: dict[str, Any] = {"logo_format": extension, "updated_at": utc_timestamp()}
    if link is not None:
        changes["logo_link"] = link
    record = sandbox.store.update(PLAYERS, player_id, changes)
    if record is None:
        raise validation.not_found("player theme", player_id)
    return success(render_player(record, request, sandbox))


async def delete_logo(request: Request, sandbox: Sandbox) -> Response:
    record = find_player(request, sandbox)
    if not record.get("logo_format"):
        raise ApiError(404, f"player theme {record['id']} has no logo")
    folder = sandbox.store.blob_dir(PLAYERS, record["id"])
    (folder / f"logo.{record['logo_format']}").unlink(missing_ok=True)
    sandbox.store.update(
        PLAYERS,
        record["id"],
        {"logo_format": None, "logo_link": "", "updated_at": utc_timestamp()},
    )
    return success_message("logo deleted")


async def add_player(request: Request, sandbox: Sandbox) -> Response:
    """Set a media's ``player_theme_id``; the media comes as ``media_id`` or ``video_id``."""
    player_id, media_id = await _assignment(request, sandbox)
    sandbox.store.update(
        MEDIA, media_id, {"player_theme_id": player_id, "updated_at": utc_timestamp()}
    )
    return success_message("player theme added to media")


async def remove_player(request: Request, sandbox: Sandbox) -> Response:
    """Clear a media's ``player_theme_id``; 400 when the media uses another theme or none."""
    player_id, media_id = await _assignment(request, sandbox)
    media = sandbox.store.get(MEDIA, media_id)
    if media is None or media.get("player_theme_id") != player_id:
        raise validation.bad_request(f"media {media_id} does not use player theme {player_id}")
    sandbox.store.update(MEDIA, media_id, {"player_theme_id": "", "updated_at": utc_timestamp()})
    return success_message("player theme removed from media")


def find_player(request: Request, sandbox: Sandbox) -> dict[str, Any]:
    """Return the player theme named by the ``id`` path parameter; raise 400 or 404."""
    player_id = validation.require_uuid(request.path_params["id"], "player theme")
    record = sandbox.store.get(PLAYERS, player_id)
    if record is None:
        raise validation.not_found("player theme", player_id)
    return record


def render_player(record: dict[str, Any], request: Request, sandbox: Sandbox) -> dict[str, Any]:
    """Return a stored record as the OpenAPI ``PlayerTheme`` object.

    ``asset.logo_image_link`` names the stored logo under the API URL; the sandbox keeps
    the file but does not serve it.
    """
    logo_format = record.get("logo_format")
    logo_image_link = (
        f"{sandbox.api_url(request)}/players/{record['id']}/logo.{logo_format}"
        if logo_format
        else ""
    )
    return {
        "id": record["id"],
        "user_id": record["user_id"],
        "name": record["name"],
        "is_default": record["is_default"],
        "theme": dict(record["theme"]),
        "controls": dict(record["controls"]),
        "asset": {"logo_link": record["logo_link"], "logo_image_link": logo_image_link},
        "created_at": record["created_at"],
    }


ROUTES = [
    ApiRoute(routes.PLAYER_CREATE, create_player),
    ApiRoute(routes.PLAYER_LIST, list_players),
    ApiRoute(routes.PLAYER_ASSIGN, add_player),
    ApiRoute(routes.PLAYER_UNASSIGN, remove_player),
    ApiRoute(routes.PLAYER_GET, get_player),
    ApiRoute(routes.PLAYER_UPDATE, update_player),
    ApiRoute(routes.PLAYER_DELETE, delete_player),
    ApiRoute(routes.PLAYER_LOGO_UPLOAD, upload_logo),
    ApiRoute(routes.PLAYER_LOGO_DELETE, delete_logo),
]


def _theme(data: dict[str, Any]) -> dict[str, str]:
    """Check the ``theme`` object: rgba() colors and px sizes.

    Fields that the OpenAPI document does not list are ignored, as a JSON decoder
    into a fixed struct does.
    """
    theme = data.get("theme")
    if theme is None:
        return {}
    if not isinstance(theme, dict):
        raise validation.bad_request("theme must be an object")
    checked = {}
    for field in THEME_FIELDS:
        value = theme.get(field)
        if value is None:
            continue
        if field in COLOR_FIELDS:
            _check_color(field, value)
        else:
            _check_size(field, value)
        checked[field] = value
    return checked


def _check_color(field: str, value: Any) -> None:
    match = _RGBA.fullmatch(value) if isinstance(value, str) else None
    valid = (
        match is not None
        and all(int(channel) <= 255 for channel in match.groups()[:3])
        and float(match.group(4)) <= 1
    )
    if not valid:
        raise validation.bad_request(
            f"theme.{field} must be a color in the form rgba(r, g, b, a), "
            f"with r, g, b from 0 to 255 and a from 0 to 1; got {value!r}"
        )


def _check_size(field: str, value: Any) -> None:
    if not isinstance(value, str) or not _PIXELS.fullmatch(value):
        raise validation.bad_request(
            f"theme.{field} must be a size in pixels such as 12px; got {value!r}"
        )


def _controls(data: dict[str, Any]) -> dict[str, bool]:
    controls = data.get("controls")
    if controls is None:
        return {}
    if not isinstance(controls, dict):
        raise validation.bad_request("controls must be an object")
    checked = {}
    for field in CONTROL_FIELDS:
        if controls.get(field) is None:
            continue
        if not isinstance(controls[field], bool):
            raise validation.bad_request(f"controls.{field} must be true or false")
        checked[field] = controls[field]
    return checked


def _clear_default(players: dict[str, dict[str, Any]]) -> None:
    for record in players.values():
        record["is_default"] = False


def _form_file(form: Any) -> UploadFile:
    upload = form.get("file")
    if isinstance(upload, str):
        raise validation.bad_request(
            "field file has no file name: send the logo as a JPEG or PNG file"
        )
    if upload is None:
        files = [value for _, value in form.multi_items() if not isinstance(value, str)]
        upload = files[0] if len(files) == 1 else None
    if upload is None:
        raise validation.bad_request("field file is missing: send the logo as multipart field file")
    return upload


def _check_link(field: str, link: Any) -> None:
    if not isinstance(link, str):
        raise validation.bad_request(f"{field} must be text: an http or https URL")
    parts = urlsplit(link)
    if parts.scheme.lower() not in LINK_SCHEMES or not parts.netloc:
        raise validation.bad_request(f"{field} must be an http or https URL; got {link!r}")


def _logo_extension(content: bytes) -> str:
    """Decode the logo and return ``png`` or ``jpg``; raise 400 for anything the API rejects."""
    if not content:
        raise validation.bad_request("the logo file is empty")
    if len(content) > MAX_LOGO_BYTES:
        raise validation.bad_request(
            f"the logo is larger than the maximum of {MAX_LOGO_BYTES} bytes (100 KB)"
        )
    try:
        with warnings.catch_warnings():
            # A header that claims a huge image only warns; the size check below rejects it.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(content), formats=list(LOGO_FORMATS))
        with image:
            width, height = image.size
            if width > MAX_LOGO_WIDTH or height > MAX_LOGO_HEIGHT:
                raise validation.bad_request(
                    f"the logo is {width}x{height} px; the maximum is "
                    f"{MAX_LOGO_WIDTH}x{MAX_LOGO_HEIGHT} px"
                )
            image.load()
            image_format = image.format
    except ApiError:
        raise
    except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError):
        raise validation.bad_request("the logo must be a whole JPEG or PNG image") from None
    return LOGO_FORMATS[image_format]


async def _assignment(request: Request, sandbox: Sandbox) -> tuple[str, str]:
    """Read and check the player theme and media ids of add-player and remove-player."""
    data = await validation.read_json_or_form(request)
    player_id = validation.required_string(data, "player_theme_id", max_length=64)
    media_field = "media_id" if data.get("media_id") is not None else "video_id"
    if data.get(media_field) is None:
        raise validation.bad_request("media_id is required")
    media_id = validation.required_string(data, media_field, max_length=64)

    validation.require_uuid(player_id, "player theme")
    validation.require_uuid(media_id, "media")
    if sandbox.store.get(PLAYERS, player_id) is None:
        raise validation.not_found("player theme", player_id)
    if sandbox.store.get(MEDIA, media_id) is None:
        raise validation.not_found("media", media_id)
    return player_id, media_id
