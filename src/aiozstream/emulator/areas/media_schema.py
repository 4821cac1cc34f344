"""The sandbox's own media schemas: quality presets, request checks and the ``Media`` object.

They follow AIOZ's OpenAPI document (schemas ``CreateMediaRequest``, ``QualityConfig``,
``Media``, ``MediaAssets``, ``QualityObject``) and are written independently of
``aiozstream.models``, so a client model bug cannot hide on both sides of a test.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiozstream.emulator.validation import bad_request

MEDIA_TYPES = ("video", "audio")
MEDIA_STATUSES = ("new", "transcoding", "done", "fail")
VIDEO_RESOLUTIONS = ("240p", "360p", "480p", "720p", "1080p", "1440p", "2160p", "4320p")
AUDIO_PRESETS = ("standard", "good", "highest", "lossless")
VIDEO_CODECS = ("h264", "h265")
MAX_RESOLUTION_BY_CODEC = {"h264": "2160p", "h265": "4320p"}
STREAM_TYPES = ("hls", "dash")
CONTAINER_TYPES = ("mpegts", "fmp4")

# OpenAPI, CreateMediaRequest.qualities: "default: 1080p, 720p, 360p".
DEFAULT_VIDEO_QUALITIES = ("1080p", "720p", "360p")
# NOTE: AIOZ documents no default for audio; "standard" is a guess until the real
# API shows what it applies.
DEFAULT_AUDIO_QUALITIES = ("standard",)


def presets_for(media_type: str) -> tuple[str, ...]:
    return AUDIO_PRESETS if media_type == "audio" else VIDEO_RESOLUTIONS


def parse_media_type(value: Any, *, default: str | None = "video") -> str:
    if value is None and default is not None:
        return default
    if value not in MEDIA_TYPES:
        raise bad_request(f"type must be video or audio, got {value!r}")
    return value


def parse_qualities(value: Any, media_type: str) -> list[dict[str, Any]]:
    """Check ``qualities`` of a create request and return them as stored quality records.

    Video resolutions are 240p to 4320p, with h264 up to 2160p and h265 up to 4320p.
    Audio presets are standard, good, highest and lossless, with ``audio_config`` only.
    A missing or empty list selects the default qualities.
    """
    if isinstance(value, str):
        value = _json_list(value)
    if value is None or value == []:
        defaults = DEFAULT_AUDIO_QUALITIES if media_type == "audio" else DEFAULT_VIDEO_QUALITIES
        return [_quality_record({"resolution": name}, media_type) for name in defaults]
    if not isinstance(value, list):
        raise bad_request("qualities must be a list of quality objects")

    records = []
    seen = set()
    for position, item in enumerate(value):
        if not isinstance(item, Mapping):
            raise bad_request(f"qualities[{position}] must be an object with a resolution")
        record = _quality_record(item, media_type, position)
        key = (record["resolution"], record["type"])
        if key in seen:
            raise bad_request(f"qualities lists {record['resolution']} ({record['type']}) twice")
        seen.add(key)
        records.append(record)
    return records


def parse_quality_names(value: str | None, media_type: str) -> list[str]:
    """Check the comma-separated ``qualities`` query of ``GET /media/cost``."""
    names = [name.strip() for name in (value or "").split(",") if name.strip()]
    if not names:
        raise bad_request("qualities is required: a comma-separated list such as 720p,1080p")
    allowed = presets_for(media_type)
    for name in names:
        if name not in allowed:
            raise bad_request(
                f"invalid quality {name!r} for {media_type}: allowed are {', '.join(allowed)}"
            )
    return names


def render_media(record: Mapping[str, Any], *, api_url: str, embed_url: str) -> dict[str, Any]:
    """Return a stored media record as the OpenAPI ``Media`` object.

    Stream and player URLs are empty until the media is ``done``; the source URL
    appears once the upload is complete.
    """
    media_id = record["id"]
    done = record["status"] == "done"
    is_video = record["type"] == "video"
    has_thumbnail = bool(record.get("thumbnail"))

    hls_player = f"{embed_url}/vod/hls/{media_id}" if done else ""
    dash_player = f"{embed_url}/vod/dash/{media_id}" if done else ""
    assets = {
        "hls_url": f"{api_url}/media/{media_id}/manifest.m3u8" if done else "",
        "hls_player_url": hls_player,
        "hls_iframe": _iframe(hls_player),
        "dash_url": f"{api_url}/media/{media_id}/manifest" if done else "",
        "dash_player_url": dash_player,
        "dash_iframe": _iframe(dash_player),
        "mp4_url": f"{api_url}/media/{media_id}/mp4" if done and is_video else "",
        "source_url": f"{api_url}/media/{media_id}/source" if record.get("size") else "",
        "thumbnail_url": (
            f"{api_url}/media/{media_id}/thumbnail?resolution=original"
            if done or has_thumbnail
            else ""
        ),
    }
    media = {
        "id": media_id,
        "user_id": record["user_id"],
        "title": record["title"],
        "description": record["description"],
        "type": record["type"],
        "status": record["status"],
        "is_public": record["is_public"],
        "is_mp4": done and is_video,
        "tags": list(record["tags"]),
        "metadata": [dict(pair) for pair in record["metadata"]],
        "qualities": [_render_quality(quality) for quality in record["qualities"]],
        "assets": assets,
        "captions": list(record.get("captions", [])),
        "chapters": list(record.get("chapters", [])),
        "player_theme_id": record.get("player_theme_id", ""),
        "size": record["size"],
        "duration": record["duration"],
        "view": record.get("view", 0),
        "created_at": record["created_at"],
        "updated_at": record["updated_at"],
    }
    if record.get("player_theme"):
        media["player_theme"] = record["player_theme"]
    return media


def render_player_info(
    record: Mapping[str, Any], *, api_url: str, embed_url: str
) -> dict[str, Any]:
    """Return the OpenAPI ``GetMediaPlayerInfoResponse``: a ``Media`` without type and view."""
    info = render_media(record, api_url=api_url, embed_url=embed_url)
    del info["type"], info["view"]
    return info


def _quality_record(
    item: Mapping[str, Any], media_type: str, position: int | None = None
) -> dict[str, Any]:
    where = "quality" if position is None else f"qualities[{position}]"
    resolution = item.get("resolution")
    allowed = presets_for(media_type)
    if resolution not in allowed:
        raise bad_request(
            f"{where}.resolution must be one of {', '.join(allowed)} for {media_type}, "
            f"got {resolution!r}"
        )

    stream_type = item.get("type") or "hls"
    if stream_type not in STREAM_TYPES:
        raise bad_request(
            f"{where}.type must be one of {', '.join(STREAM_TYPES)}, got {stream_type!r}"
        )
    container_type = item.get("container_type") or "mpegts"
    if container_type not in CONTAINER_TYPES:
        raise bad_request(
            f"{where}.container_type must be one of {', '.join(CONTAINER_TYPES)}, "
            f"got {container_type!r}"
        )

    video_config = item.get("video_config")
    if media_type == "audio" and video_config:
        raise bad_request(
            f"{where}.video_config is not allowed for audio: audio qualities take audio_config only"
        )
    if media_type == "video":
        video_config = _video_config(video_config or {}, resolution, where)
    audio_config = _audio_config(item.get("audio_config") or {}, where)

    return {
        "resolution": resolution,
        "type": stream_type,
        "container_type": container_type,
        "video_config": video_config if media_type == "video" else None,
        "audio_config": audio_config,
        "status": "new",
    }


def _video_config(config: Any, resolution: str, where: str) -> dict[str, Any]:
    if not isinstance(config, Mapping):
        raise bad_request(f"{where}.video_config must be an object")
    codec = config.get("codec") or "h264"
    if codec not in VIDEO_CODECS:
        raise bad_request(f"{where}.video_config.codec must be h264 or h265, got {codec!r}")
    highest = MAX_RESOLUTION_BY_CODEC[codec]
    if VIDEO_RESOLUTIONS.index(resolution) > VIDEO_RESOLUTIONS.index(highest):
        raise bad_request(
            f"{where}: {codec} supports resolutions up to {highest}; use h265 for {resolution}"
        )
    _check_non_negative_ints(config, ("bitrate", "index"), f"{where}.video_config")
    return {"codec": codec, "bitrate": config.get("bitrate", 0), "index": config.get("index", 0)}


def _audio_config(config: Any, where: str) -> dict[str, Any]:
    if not isinstance(config, Mapping):
        raise bad_request(f"{where}.audio_config must be an object")
    _check_non_negative_ints(config, ("bitrate", "index", "sample_rate"), f"{where}.audio_config")
    for name in ("codec", "channels", "language"):
        if config.get(name) is not None and not isinstance(config[name], str):
            raise bad_request(f"{where}.audio_config.{name} must be a string")
    return {
        "codec": config.get("codec") or "aac",
        "bitrate": config.get("bitrate", 0),
        "channels": config.get("channels", ""),
        "sample_rate": config.get("sample_rate", 0),
        "language": config.get("language", ""),
        "index": config.get("index", 0),
    }


def _check_non_negative_ints(config: Mapping[str, Any], names: tuple[str, ...], where: str) -> None:
    for name in names:
        value = config.get(name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise bad_request(f"{where}.{name} must be an integer of 0 or more, got {value!r}")


def _render_quality(quality: Mapping[str, Any]) -> dict[str, Any]:
    video_config = quality.get("video_config") or {}
    audio_config = quality.get("audio_config") or {}
    return {
        "name": quality["resolution"],
        "type": quality["type"],
        "status": quality["status"],
        "video_codec": video_config.get("codec", ""),
        "video_bitrate": video_config.get("bitrate", 0),
        "audio_codec": audio_config.get("codec", ""),
        "audio_bitrate": audio_config.get("bitrate", 0),
    }


def _iframe(player_url: str) -> str:
    if not player_url:
        return ""
    return (
        f'<iframe src="{player_url}" width="100%" height="100%" frameborder="0" '
        'scrolling="no" allowfullscreen="true"></iframe>'
    )


def _json_list(text: str) -> Any:
    import json

    try:
        return json.loads(text)
    except ValueError:
        raise bad_request("qualities must be a JSON list of quality objects") from None
