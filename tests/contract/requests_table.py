"""One valid request per documented operation, built against a :class:`World`.

Each function returns the keyword arguments of ``APIOperation.Case`` (path parameters,
query, body, media type) for a request that the real API would accept, after creating
whatever the request needs. Operations that delete what they are given get a
throwaway object, so the shared ones survive.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from typing import Any

from .world import JPEG_FIXTURE, PNG_FIXTURE, VTT_TEXT, World

CaseParts = dict[str, Any]
MULTIPART = "multipart/form-data"
JSON = "application/json"

NOW = int(time.time())
WEEK_AGO = NOW - 7 * 86400


def _media(world: World) -> CaseParts:
    return {"path_parameters": {"id": world.media_id}}


def _caption_default(world: World) -> CaseParts:
    return {
        "path_parameters": {"id": world.media_id, "lan": "en"},
        "body": {"is_default": "true"},
        "media_type": MULTIPART,
    }


def _caption_create(world: World) -> CaseParts:
    return {
        "path_parameters": {"id": world.new_media(), "lan": "vi"},
        "body": {"file": VTT_TEXT},
        "media_type": MULTIPART,
    }


def _caption_delete(world: World) -> CaseParts:
    media_id = world.new_media()
    world.add_caption(media_id, "fr")
    return {"path_parameters": {"id": media_id, "lan": "fr"}}


def _chapter_create(world: World) -> CaseParts:
    return {
        "path_parameters": {"id": world.new_media(), "lan": "de"},
        "body": {"file": VTT_TEXT},
        "media_type": MULTIPART,
    }


def _chapter_delete(world: World) -> CaseParts:
    media_id = world.new_media()
    world.add_chapter(media_id, "fr")
    return {"path_parameters": {"id": media_id, "lan": "fr"}}


def _part(world: World) -> CaseParts:
    data = b"\x00contract part bytes\xff" * 10
    return {
        "path_parameters": {"id": world.new_media()},
        "headers": {"Content-Range": f"bytes 0-{len(data) - 1}/{len(data)}"},
        "body": {"file": data, "index": "1", "hash": hashlib.md5(data).hexdigest()},
        "media_type": MULTIPART,
    }


def _thumbnail_delete(world: World) -> CaseParts:
    media_id = world.new_media()
    world.upload_thumbnail(media_id)
    return {"path_parameters": {"id": media_id}}


def _thumbnail_upload(world: World) -> CaseParts:
    return {
        "path_parameters": {"id": world.new_media()},
        "body": {"file": JPEG_FIXTURE.read_bytes()},
        "media_type": MULTIPART,
    }


def _player_logo_delete(world: World) -> CaseParts:
    player_id = world.new_player()
    world.post_ok(
        f"/players/{player_id}/logo",
        files={"file": ("logo.png", PNG_FIXTURE.read_bytes())},
        data={"link": "https://example.com/brand"},
    )
    return {"path_parameters": {"id": player_id}}


def _player_remove(world: World) -> CaseParts:
    media_id = world.new_media()
    player_id = world.new_player()
    world.post_ok("/players/add-player", json={"media_id": media_id, "player_theme_id": player_id})
    return {"body": {"media_id": media_id, "player_theme_id": player_id}, "media_type": JSON}


def _playlist_thumbnail_delete(world: World) -> CaseParts:
    playlist_id = world.new_playlist()
    response = world.http.patch(f"/playlists/{playlist_id}", files={"file": ("cover.png", PNG_FIXTURE.read_bytes())})
    assert response.is_success, response.text
    return {"path_parameters": {"id": playlist_id}}


def _playlist_item_move(world: World) -> CaseParts:
    first, second = world.playlist_items(world.playlist_id)[:2]
    # Move the second item to the top: only next_id, naming the first item.
    return {
        "path_parameters": {"id": world.playlist_id},
        "body": {"current_id": second, "next_id": first},
        "media_type": JSON,
    }


def _playlist_item_remove(world: World) -> CaseParts:
    playlist_id = world.new_playlist()
    world.post_ok(f"/playlists/{playlist_id}/items", json={"media_id": world.media_id})
    (item_id,) = world.playlist_items(playlist_id)
    return {"path_parameters": {"id": playlist_id, "item_id": item_id}}


def _window(**extra: Any) -> CaseParts:
    return {"body": {"from": WEEK_AGO, "to": NOW, **extra}, "media_type": JSON}


REQUESTS: dict[str, Callable[[World], CaseParts]] = {
    # Analytics.
    "GET /analytics/data": lambda world: {"query": {"from": WEEK_AGO, "to": NOW, "interval": "day"}},
    "GET /analytics/media": lambda world: {"query": {"from": WEEK_AGO, "to": NOW, "type": "video"}},
    "POST /analytics/metrics/bucket/{metric}/{breakdown}": lambda world: {
        "path_parameters": {"metric": "view", "breakdown": "country"},
        **_window(limit=5, sort_by="metric_value", order_by="desc"),
    },
    "POST /analytics/metrics/data/{metric}/{aggregation}": lambda world: {
        "path_parameters": {"metric": "view", "aggregation": "count"},
        **_window(),
    },
    "POST /analytics/metrics/timeseries/{metric}/{interval}": lambda world: {
        "path_parameters": {"metric": "play", "interval": "day"},
        **_window(),
    },
    # API keys.
    "GET /api_keys": lambda world: {"query": {"limit": 10}},
    "POST /api_keys": lambda world: {
        "body": {"api_key_name": "made by contract", "ttl": "600", "type": "only_upload"},
        "media_type": JSON,
    },
    "DELETE /api_keys/{id}": lambda world: {"path_parameters": {"id": world.new_api_key()}},
    "PATCH /api_keys/{id}": lambda world: {
        "path_parameters": {"id": world.api_key_id},
        "body": {"api_key_name": "renamed key"},
        "media_type": JSON,
    },
    # Media.
    "POST /media": lambda world: {"body": {"limit": 5, "sort_by": "created_at"}, "media_type": JSON},
    "DELETE /media/{id}": lambda world: {"path_parameters": {"id": world.new_media()}},
    "GET /media/{id}": _media,
    "PATCH /media/{id}": lambda world: {
        "path_parameters": {"id": world.media_id},
        "body": {"title": "renamed clip", "tags": ["a", "b"], "is_public": True},
        "media_type": JSON,
    },
    "GET /media/{id}/captions": _media,
    "DELETE /media/{id}/captions/{lan}": _caption_delete,
    "PATCH /media/{id}/captions/{lan}": _caption_default,
    "POST /media/{id}/captions/{lan}": _caption_create,
    "GET /media/{id}/chapters": _media,
    "DELETE /media/{id}/chapters/{lan}": _chapter_delete,
    "POST /media/{id}/chapters/{lan}": _chapter_create,
    "GET /media/{id}/complete": _media,
    "POST /media/{id}/part": _part,
    "GET /media/{id}/player.json": _media,
    "DELETE /media/{id}/thumbnail": _thumbnail_delete,
    "POST /media/{id}/thumbnail": _thumbnail_upload,
    "GET /media/cost": lambda world: {"query": {"qualities": "360p,720p", "type": "video", "duration": 6}},
    "POST /media/create": lambda world: {
        "body": {"title": "created by contract", "type": "audio", "tags": ["x"]},
        "media_type": JSON,
    },
    # Player themes.
    "GET /players": lambda world: {"query": {"sort_by": "name", "order_by": "asc"}},
    "POST /players": lambda world: {
        "body": {
            "name": "theme",
            "theme": {"text_color": "rgba(0, 0, 0, 1)", "control_bar_height": "40px"},
            "controls": {"enable_api": True},
        },
        "media_type": JSON,
    },
    "DELETE /players/{id}": lambda world: {"path_parameters": {"id": world.new_player()}},
    "GET /players/{id}": lambda world: {"path_parameters": {"id": world.player_id}},
    "PATCH /players/{id}": lambda world: {
        "path_parameters": {"id": world.player_id},
        "body": {"name": "renamed theme", "theme": {"main_color": "rgba(1, 2, 3, 0.5)"}},
        "media_type": JSON,
    },
    "DELETE /players/{id}/logo": _player_logo_delete,
    "POST /players/{id}/logo": lambda world: {
        "path_parameters": {"id": world.player_id},
        "body": {"file": PNG_FIXTURE.read_bytes(), "link": "https://example.com/brand"},
        "media_type": MULTIPART,
    },
    "POST /players/add-player": lambda world: {
        "body": {"media_id": world.media_id, "player_theme_id": world.player_id},
        "media_type": JSON,
    },
    "POST /players/remove-player": _player_remove,
    # Playlists.
    "POST /playlists": lambda world: {"body": {"limit": 5}, "media_type": JSON},
    "DELETE /playlists/{id}": lambda world: {"path_parameters": {"id": world.new_playlist()}},
    "GET /playlists/{id}": lambda world: {"path_parameters": {"id": world.playlist_id}},
    "PATCH /playlists/{id}": lambda world: {
        "path_parameters": {"id": world.playlist_id},
        "body": {"file": PNG_FIXTURE.read_bytes(), "name": "renamed playlist"},
        "media_type": MULTIPART,
    },
    "POST /playlists/{id}/items": lambda world: {
        "path_parameters": {"id": world.new_playlist()},
        "body": {"media_id": world.media_id},
        "media_type": JSON,
    },
    "PUT /playlists/{id}/items": _playlist_item_move,
    "DELETE /playlists/{id}/items/{item_id}": _playlist_item_remove,
    "GET /playlists/{id}/player.json": lambda world: {"path_parameters": {"id": world.playlist_id}},
    "DELETE /playlists/{id}/thumbnail": _playlist_thumbnail_delete,
    "POST /playlists/create": lambda world: {
        "body": {"name": "contract list", "tags": ["a"], "metadata": [{"key": "k", "value": "v"}]},
        "media_type": JSON,
    },
    # User.
    "GET /user/me": lambda world: {},
    # Webhooks.
    "GET /webhooks": lambda world: {"query": {"encoding_finished": True}},
    "POST /webhooks": lambda world: {
        "body": {"name": "hook", "url": world.webhook_url, "file_received": True},
        "media_type": JSON,
    },
    "DELETE /webhooks/{id}": lambda world: {"path_parameters": {"id": world.new_webhook()}},
    "GET /webhooks/{id}": lambda world: {"path_parameters": {"id": world.webhook_id}},
    "PATCH /webhooks/{id}": lambda world: {
        "path_parameters": {"id": world.webhook_id},
        "body": {"name": "renamed hook", "encoding_failed": True},
        "media_type": JSON,
    },
    "POST /webhooks/check/{id}": lambda world: {"path_parameters": {"id": world.webhook_id}},
    # Payments (added to the document by a correction).
    "GET /payment/usage": lambda world: {"query": {"from": WEEK_AGO, "to": NOW}},
    "GET /payment/top_ups": lambda world: {"query": {"orderBy": "desc", "sortBy": "amount"}},
    "GET /payment/billings": lambda world: {"query": {"limit": 10, "offset": 0}},
}
