"""Every method and path of the AIOZ Stream API that aiozstream calls, one line each.

Paths follow AIOZ's OpenAPI document (2026-03); payments follow the skill
document because the OpenAPI document has no such endpoints. Path templates
use ``{name}`` placeholders, filled by :func:`Route.path_for`, which URL-quotes
every value. This module imports nothing from the package.
"""

from __future__ import annotations

from typing import NamedTuple
from urllib.parse import quote


class Route(NamedTuple):
    """One API endpoint: HTTP method and path template relative to the base URL."""

    method: str
    template: str

    def path_for(self, **params: str) -> str:
        """Fill the template, quoting each value so ids cannot change the path."""
        values = {name: quote(str(value), safe="") for name, value in params.items()}
        return self.template.format(**values)


# Media (video and audio share these).
MEDIA_CREATE = Route("POST", "/media/create")
MEDIA_LIST = Route("POST", "/media")
MEDIA_GET = Route("GET", "/media/{id}")
MEDIA_UPDATE = Route("PATCH", "/media/{id}")
MEDIA_DELETE = Route("DELETE", "/media/{id}")
MEDIA_COST = Route("GET", "/media/cost")
MEDIA_PART = Route("POST", "/media/{id}/part")
MEDIA_COMPLETE = Route("GET", "/media/{id}/complete")
MEDIA_THUMBNAIL_UPLOAD = Route("POST", "/media/{id}/thumbnail")
MEDIA_THUMBNAIL_DELETE = Route("DELETE", "/media/{id}/thumbnail")
MEDIA_PLAYER_INFO = Route("GET", "/media/{id}/player.json")

# Chapters, one .vtt per media and language.
CHAPTER_CREATE = Route("POST", "/media/{id}/chapters/{lan}")
CHAPTER_LIST = Route("GET", "/media/{id}/chapters")
CHAPTER_DELETE = Route("DELETE", "/media/{id}/chapters/{lan}")

# Transcripts: users see "transcripts", and the wire path uses "captions".
TRANSCRIPT_CREATE = Route("POST", "/media/{id}/captions/{lan}")
TRANSCRIPT_LIST = Route("GET", "/media/{id}/captions")
TRANSCRIPT_SET_DEFAULT = Route("PATCH", "/media/{id}/captions/{lan}")
TRANSCRIPT_DELETE = Route("DELETE", "/media/{id}/captions/{lan}")

# API keys.
API_KEY_CREATE = Route("POST", "/api_keys")
API_KEY_LIST = Route("GET", "/api_keys")
API_KEY_RENAME = Route("PATCH", "/api_keys/{id}")
API_KEY_DELETE = Route("DELETE", "/api_keys/{id}")

# User.
USER_ME = Route("GET", "/user/me")

# Webhooks.
WEBHOOK_CREATE = Route("POST", "/webhooks")
WEBHOOK_LIST = Route("GET", "/webhooks")
WEBHOOK_GET = Route("GET", "/webhooks/{id}")
WEBHOOK_UPDATE = Route("PATCH", "/webhooks/{id}")
WEBHOOK_DELETE = Route("DELETE", "/webhooks/{id}")
WEBHOOK_CHECK = Route("POST", "/webhooks/check/{id}")

# Players (player themes).
PLAYER_CREATE = Route("POST", "/players")
PLAYER_LIST = Route("GET", "/players")
PLAYER_GET = Route("GET", "/players/{id}")
PLAYER_UPDATE = Route("PATCH", "/players/{id}")
PLAYER_DELETE = Route("DELETE", "/players/{id}")
PLAYER_LOGO_UPLOAD = Route("POST", "/players/{id}/logo")
PLAYER_LOGO_DELETE = Route("DELETE", "/players/{id}/logo")
PLAYER_ASSIGN = Route("POST", "/players/add-player")
PLAYER_UNASSIGN = Route("POST", "/players/remove-player")

# Analytics.
ANALYTICS_AGGREGATE = Route("POST", "/analytics/metrics/data/{metric}/{aggregation}")
ANALYTICS_BREAKDOWN = Route("POST", "/analytics/metrics/bucket/{metric}/{breakdown}")
ANALYTICS_TIMESERIES = Route("POST", "/analytics/metrics/timeseries/{metric}/{interval}")
ANALYTICS_DATA_USAGE = Route("GET", "/analytics/data")
ANALYTICS_MEDIA = Route("GET", "/analytics/media")

# Payments (skill document; absent from the OpenAPI document).
PAYMENT_USAGE = Route("GET", "/payment/usage")
PAYMENT_TOP_UPS = Route("GET", "/payment/top_ups")
PAYMENT_BILLINGS = Route("GET", "/payment/billings")

# Playlists.
PLAYLIST_CREATE = Route("POST", "/playlists/create")
PLAYLIST_LIST = Route("POST", "/playlists")
PLAYLIST_GET = Route("GET", "/playlists/{id}")
PLAYLIST_UPDATE = Route("PATCH", "/playlists/{id}")
PLAYLIST_DELETE = Route("DELETE", "/playlists/{id}")
PLAYLIST_ITEM_ADD = Route("POST", "/playlists/{id}/items")
PLAYLIST_ITEM_MOVE = Route("PUT", "/playlists/{id}/items")
PLAYLIST_ITEM_REMOVE = Route("DELETE", "/playlists/{id}/items/{item_id}")
PLAYLIST_THUMBNAIL_DELETE = Route("DELETE", "/playlists/{id}/thumbnail")
PLAYLIST_PLAYER_INFO = Route("GET", "/playlists/{id}/player.json")

# Retrying these could create a second object, or return "already exists" for a first
# attempt that did arrive, so the core retries them only when they surely did not arrive.
NOT_RETRIED = frozenset(
    {
        MEDIA_CREATE,
        API_KEY_CREATE,
        PLAYLIST_CREATE,
        WEBHOOK_CREATE,
        PLAYER_CREATE,
        CHAPTER_CREATE,
        TRANSCRIPT_CREATE,
        PLAYLIST_ITEM_ADD,
    }
)
