"""Pydantic models of the API, one module per area; response models tolerate unknown fields."""

from aiozstream.models.analytics import (
    AggregatedMetric,
    MetricFilter,
    MetricItem,
    MetricsContext,
    MetricsPageData,
    TimeFrame,
)
from aiozstream.models.api_keys import (
    ApiKey,
    ApiKeyList,
    CreateApiKeyRequest,
    RenameApiKeyRequest,
)
from aiozstream.models.chapters import (
    MediaChapter,
    MediaChapterList,
)
from aiozstream.models.media import (
    AudioConfig,
    CreateMediaRequest,
    Media,
    MediaAssets,
    MediaList,
    Metadata,
    QualityConfig,
    TranscodeCost,
    VideoConfig,
)
from aiozstream.models.payments import (
    Billing,
    PaymentUsage,
    TopUp,
)
from aiozstream.models.players import (
    ControlSettings,
    CreatePlayerThemeRequest,
    PlayerControls,
    PlayerTheme,
    PlayerThemeAsset,
    PlayerThemeList,
    PlayerThemeMediaRequest,
    Theme,
    ThemeSettings,
    UpdatePlayerThemeRequest,
)
from aiozstream.models.playlists import (
    AddPlaylistItemRequest,
    CreatePlaylistRequest,
    MovePlaylistItemRequest,
    Playlist,
    PlaylistItem,
    PlaylistItemMedia,
    PlaylistList,
    PublicPlaylist,
)
from aiozstream.models.transcripts import (
    MediaCaption,
    MediaCaptionList,
)
from aiozstream.models.user import (
    User,
)
from aiozstream.models.webhooks import (
    CheckedWebhook,
    CreateWebhookRequest,
    UpdateWebhookRequest,
    Webhook,
    WebhookCheck,
    WebhookData,
    WebhookList,
)

__all__ = [
    "AddPlaylistItemRequest",
    "AggregatedMetric",
    "ApiKey",
    "ApiKeyList",
    "AudioConfig",
    "Billing",
    "CheckedWebhook",
    "ControlSettings",
    "CreateApiKeyRequest",
    "CreateMediaRequest",
    "CreatePlayerThemeRequest",
    "CreatePlaylistRequest",
    "CreateWebhookRequest",
    "Media",
    "MediaAssets",
    "MediaCaption",
    "MediaCaptionList",
    "MediaChapter",
    "MediaChapterList",
    "MediaList",
    "Metadata",
    "MetricFilter",
    "MetricItem",
    "MetricsContext",
    "MetricsPageData",
    "MovePlaylistItemRequest",
    "PaymentUsage",
    "PlayerControls",
    "PlayerTheme",
    "PlayerThemeAsset",
    "PlayerThemeList",
    "PlayerThemeMediaRequest",
    "Playlist",
    "PlaylistItem",
    "PlaylistItemMedia",
    "PlaylistList",
    "PublicPlaylist",
    "QualityConfig",
    "RenameApiKeyRequest",
    "Theme",
    "ThemeSettings",
    "TimeFrame",
    "TopUp",
    "TranscodeCost",
    "UpdatePlayerThemeRequest",
    "UpdateWebhookRequest",
    "User",
    "VideoConfig",
    "Webhook",
    "WebhookCheck",
    "WebhookData",
    "WebhookList",
]
