"""Point generated requests at objects that exist, so they reach the success paths.

Schemathesis makes up path parameters, which would only ever find 404. Here each one is
replaced before the request is sent: ids by the shared objects of the :class:`World`
(or a throwaway one where the operation deletes it), and names from a fixed set by a
stable hash of the generated value, so some requests hit a valid name and some do not.
Webhook URLs are always replaced by the loopback receiver, so the sandbox never calls
a generated host.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from typing import Any

from schemathesis import Case

from .world import World

# Valid values of the name-like path parameters, from the sandbox's accepted sets.
PATH_NAME_CHOICES = {
    "lan": ("en", "fr", "vi"),
    "metric": ("play", "view", "watch_time", "play_rate"),
    "aggregation": ("count", "sum", "average", "rate"),
    "breakdown": ("country", "browser", "media-id"),
    "interval": ("hour", "day"),
}

# Operations that delete the object in their path get a new one for every request.
THROWAWAY: dict[str, Callable[[World], dict[str, str]]] = {
    "DELETE /media/{id}": lambda world: {"id": world.new_media()},
    "DELETE /players/{id}": lambda world: {"id": world.new_player()},
    "DELETE /playlists/{id}": lambda world: {"id": world.new_playlist()},
    "DELETE /webhooks/{id}": lambda world: {"id": world.new_webhook()},
    "DELETE /api_keys/{id}": lambda world: {"id": world.new_api_key()},
    "DELETE /playlists/{id}/items/{item_id}": lambda world: _playlist_with_one_item(world),
}


def point_at_world(case: Case, world: World) -> None:
    """Replace the generated ids, names and webhook URL of ``case`` in place."""
    label = f"{case.method.upper()} {case.operation.path}"
    if label in THROWAWAY:
        case.path_parameters.update(THROWAWAY[label](world))
    elif "id" in (case.path_parameters or {}):
        case.path_parameters["id"] = _shared_id(case.operation.path, world)

    for name, choices in PATH_NAME_CHOICES.items():
        if name in (case.path_parameters or {}):
            case.path_parameters[name] = _pick(case.path_parameters[name], choices)

    if isinstance(case.body, dict):
        _point_body(case.operation.path, case.body, world)


def _shared_id(path: str, world: World) -> str:
    owners = {
        "/media/": world.media_id,
        "/players/": world.player_id,
        "/playlists/": world.playlist_id,
        "/webhooks/": world.webhook_id,
        "/api_keys/": world.api_key_id,
    }
    for prefix, object_id in owners.items():
        if path.startswith(prefix):
            return object_id
    raise AssertionError(f"no shared object for the id in {path}")


def _point_body(path: str, body: dict[str, Any], world: World) -> None:
    if path.startswith("/webhooks") and "url" in body:
        body["url"] = world.webhook_url
    if "media_id" in body:
        body["media_id"] = world.media_id
    if "player_theme_id" in body:
        body["player_theme_id"] = world.player_id


def _pick(generated: Any, choices: tuple[str, ...]) -> str:
    """Return one of ``choices`` or, one time in ``len(choices) + 1``, the generated value."""
    options = (*choices, str(generated))
    return options[zlib.crc32(str(generated).encode()) % len(options)]


def _playlist_with_one_item(world: World) -> dict[str, str]:
    playlist_id = world.new_playlist()
    world.post_ok(f"/playlists/{playlist_id}/items", json={"media_id": world.media_id})
    (item_id,) = world.playlist_items(playlist_id)
    return {"id": playlist_id, "item_id": item_id}
