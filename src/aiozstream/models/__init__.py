"""Pydantic models of the API, one module per area."""

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

__all__ = [
    "AudioConfig",
    "CreateMediaRequest",
    "Media",
    "MediaAssets",
    "MediaList",
    "Metadata",
    "QualityConfig",
    "TranscodeCost",
    "VideoConfig",
]
