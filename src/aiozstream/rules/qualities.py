"""Quality presets: which exist, which codec reaches which, and the h265 container warning."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from aiozstream.errors import InputError

VIDEO_RESOLUTIONS = ("240p", "360p", "480p", "720p", "1080p", "1440p", "2160p", "4320p")
AUDIO_PRESETS = ("standard", "good", "highest", "lossless")
CODEC_MAX_RESOLUTION = {"h264": "2160p", "h265": "4320p"}
CONTAINERS = ("mpegts", "fmp4")
DEFAULT_CODEC = "h264"


@dataclass(frozen=True)
class QualityPlan:
    """Checked presets for ``media/create`` and ``media/cost``."""

    media_type: str
    """``video`` or ``audio``."""
    presets: tuple[str, ...]
    """Resolutions (video) or audio presets, deduplicated, in the order given."""
    codec: str | None
    """Video codec, ``None`` for audio."""
    container: str
    """Segment container: ``mpegts`` or ``fmp4``."""
    warnings: tuple[str, ...] = ()
    """Catalog keys of warnings the user must see (for example h265 with mpegts)."""


def check_qualities(
    media_type: str, presets: Sequence[str], codec: str | None = None, container: str | None = None
) -> QualityPlan:
    """Validate presets, codec and container before any request.

    h264 reaches 2160p and h265 reaches 4320p; audio presets apply to audio
    only. h265 defaults to the fmp4 container, which Safari and iOS need; an
    explicit h265 + mpegts passes with a warning.
    """
    normalized = []
    for preset in presets:
        value = preset.strip().lower()
        if value and value not in normalized:
            normalized.append(value)
    if not normalized:
        raise InputError("quality.empty")

    if media_type == "audio":
        return _check_audio(normalized, codec, container)
    return _check_video(normalized, codec, container)


def _check_video(presets: list[str], codec: str | None, container: str | None) -> QualityPlan:
    for preset in presets:
        if preset in AUDIO_PRESETS:
            raise InputError("quality.audio_on_video", preset=preset, allowed=", ".join(VIDEO_RESOLUTIONS))
        if preset not in VIDEO_RESOLUTIONS:
            raise InputError("quality.unknown", preset=preset, allowed=", ".join(VIDEO_RESOLUTIONS))

    codec = (codec or DEFAULT_CODEC).lower()
    if codec not in CODEC_MAX_RESOLUTION:
        raise InputError("quality.codec_unknown", codec=codec, allowed=", ".join(CODEC_MAX_RESOLUTION))
    ceiling = CODEC_MAX_RESOLUTION[codec]
    for preset in presets:
        if VIDEO_RESOLUTIONS.index(preset) > VIDEO_RESOLUTIONS.index(ceiling):
            raise InputError("quality.over_codec", preset=preset, codec=codec, ceiling=ceiling)

    warnings: tuple[str, ...] = ()
    if container is None:
        container = "fmp4" if codec == "h265" else "mpegts"
    container = _check_container(container)
    if codec == "h265" and container == "mpegts":
        warnings = ("quality.h265_mpegts",)
    return QualityPlan("video", tuple(presets), codec, container, warnings)


def _check_audio(presets: list[str], codec: str | None, container: str | None) -> QualityPlan:
    for preset in presets:
        if preset in VIDEO_RESOLUTIONS:
            raise InputError("quality.video_on_audio", preset=preset, allowed=", ".join(AUDIO_PRESETS))
        if preset not in AUDIO_PRESETS:
            raise InputError("quality.unknown", preset=preset, allowed=", ".join(AUDIO_PRESETS))
    if codec is not None:
        raise InputError("quality.codec_on_audio", codec=codec)
    return QualityPlan("audio", tuple(presets), None, _check_container(container or "mpegts"))


def _check_container(container: str) -> str:
    value = container.strip().lower()
    if value not in CONTAINERS:
        raise InputError("quality.container_unknown", container=container, allowed=", ".join(CONTAINERS))
    return value
