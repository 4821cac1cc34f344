"""Models of the media area (video and audio), as AIOZ's OpenAPI document names them."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from aiozstream.models._base import RequestModel, ResponseModel

MediaType = Literal["video", "audio"]
MediaStatus = Literal["new", "transcoding", "done", "fail", "deleted"]


class Metadata(RequestModel):
    """One key-value pair attached to a media (at most 50 pairs, 255 characters each)."""

    key: str
    value: str


class VideoConfig(RequestModel):
    """Video encoding of one quality."""

    codec: Literal["h264", "h265"] | None = None
    """Video codec: h264 (up to 2160p) or h265 (up to 4320p)."""
    bitrate: int | None = None
    """Bits per second; the server picks one when unset."""
    index: int | None = None


class AudioConfig(RequestModel):
    """Audio encoding of one quality."""

    codec: str | None = None
    bitrate: int | None = None
    channels: str | None = None
    sample_rate: int | None = None
    language: str | None = None
    index: int | None = None


class QualityConfig(RequestModel):
    """One requested quality preset of ``media/create``."""

    resolution: str
    """Video: 240p 360p 480p 720p 1080p 1440p 2160p 4320p. Audio: standard good highest lossless."""
    type: Literal["hls", "dash"] | None = None
    """Streaming format of this quality."""
    container_type: Literal["mpegts", "fmp4", "mp4"] | None = None
    """Segment container; Safari and iOS need fmp4 for h265."""
    video_config: VideoConfig | None = None
    audio_config: AudioConfig | None = None


class CreateMediaRequest(RequestModel):
    """Body of ``POST /media/create``."""

    title: str
    type: MediaType = "video"
    description: str | None = None
    is_public: bool | None = None
    tags: list[str] | None = None
    metadata: list[Metadata] | None = None
    qualities: list[QualityConfig] | None = None
    """Custom presets; the server applies its defaults when omitted."""


class MediaAssets(ResponseModel):
    """Links of a media; filled once transcoding produced them."""

    hls_url: str | None = None
    hls_player_url: str | None = None
    hls_iframe: str | None = None
    dash_url: str | None = None
    dash_player_url: str | None = None
    dash_iframe: str | None = None
    mp4_url: str | None = None
    """Absent for audio."""
    source_url: str | None = None
    thumbnail_url: str | None = None


class Media(ResponseModel):
    """A video or audio object."""

    id: str
    title: str | None = None
    type: str | None = None
    status: str | None = None
    """new, transcoding, done, fail or deleted."""
    description: str | None = None
    is_public: bool | None = None
    tags: list[str] | None = None
    metadata: list[dict] | None = None
    duration: float | None = None
    """Seconds."""
    size: int | None = None
    """Bytes of the source file."""
    assets: MediaAssets | None = None
    qualities: list[dict] | None = None
    player_theme_id: str | None = None
    created_at: str | None = None
    updated_at: str | None = None


class MediaList(ResponseModel):
    """One page of ``POST /media``."""

    media: list[Media] = Field(default_factory=list)
    total: int = 0


class TranscodeCost(ResponseModel):
    """Response of ``GET /media/cost``."""

    price: float | None = None
    """Price of transcoding in the account's currency (AIOZ)."""
    is_enough: bool = False
    """Whether the balance covers the price."""
