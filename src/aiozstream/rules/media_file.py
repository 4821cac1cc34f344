"""Checks of a local media file before upload: it exists, is readable, and what it holds."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from aiozstream.errors import InputError

logger = logging.getLogger("aiozstream.rules")


@dataclass(frozen=True)
class MediaProbe:
    """Track kinds and duration read from the file's own metadata."""

    kind: str | None
    """``video`` when a video track exists, ``audio`` when only audio, else ``None``."""
    duration: float | None
    """Seconds, or ``None`` when the container does not state it."""


_SIGNATURE_BYTES = 4096

# First bytes of the containers MediaInfo is asked about: (offset, signature).
_CONTAINER_SIGNATURES = (
    (4, b"ftyp"),  # MP4, MOV, M4A, 3GP
    (4, b"moov"),
    (4, b"mdat"),
    (4, b"wide"),
    (4, b"free"),
    (0, b"\x1aE\xdf\xa3"),  # Matroska, WebM
    (0, b"ID3"),  # MP3 with a tag
    (0, b"fLaC"),
    (0, b"OggS"),
    (0, b"FLV"),
    (0, b"0&\xb2u\x8ef\xcf\x11"),  # ASF: WMV, WMA
    (0, b"#!AMR"),
    (0, b".RMF"),
)
_RIFF_FORMS = (b"WAVE", b"AVI ", b"AVIX")
_AIFF_FORMS = (b"AIFF", b"AIFC")


def looks_like_media(head: bytes) -> bool:
    """Tell whether the first bytes of a file match a known audio or video container."""
    for offset, signature in _CONTAINER_SIGNATURES:
        if head[offset : offset + len(signature)] == signature:
            return True
    if head[:4] == b"RIFF" and head[8:12] in _RIFF_FORMS:
        return True
    if head[:4] == b"FORM" and head[8:12] in _AIFF_FORMS:
        return True
    if len(head) > 2 * 188 and head[0] == head[188] == head[376] == 0x47:
        return True  # MPEG transport stream: a sync byte every 188 bytes
    # MPEG audio frame or AAC ADTS header: 11 or 12 set sync bits.
    return len(head) >= 2 and head[0] == 0xFF and (head[1] & 0xE0) == 0xE0


def check_upload_file(path: str | os.PathLike[str]) -> int:
    """Return the size in bytes of a file that can be uploaded, or raise :class:`InputError`.

    Refuses a missing path, a directory, an unreadable file and an empty file.
    """
    file_path = Path(path)
    if not file_path.exists():
        raise InputError("upload.file_missing", path=str(file_path))
    if file_path.is_dir():
        raise InputError("upload.file_is_directory", path=str(file_path))
    if not file_path.is_file():
        raise InputError("upload.file_not_regular", path=str(file_path))
    try:
        with file_path.open("rb") as handle:
            handle.read(1)
    except OSError as error:
        raise InputError("upload.file_unreadable", path=str(file_path), reason=error.strerror or str(error)) from None
    size = file_path.stat().st_size
    if size == 0:
        raise InputError("upload.file_empty", path=str(file_path))
    return size


def probe_media(path: str | os.PathLike[str]) -> MediaProbe:
    """Read the track kinds and duration with MediaInfo (MP4, MOV, M4A, MP3, WAV, FLAC, MKV, WebM, ...).

    MediaInfo reads only the headers it needs on real media. On other bytes it
    scans far and can take tens of MiB, so a file whose first bytes match no
    media container is not handed to it. Returns ``MediaProbe(None, None)``
    when the file is not recognizable media.
    """
    with open(path, "rb") as handle:
        head = handle.read(_SIGNATURE_BYTES)
    if not looks_like_media(head):
        return MediaProbe(None, None)
    try:
        from pymediainfo import MediaInfo

        info = MediaInfo.parse(str(path), parse_speed=0.0)
    except Exception as error:  # the native library may be missing or fail on odd input
        logger.debug("MediaInfo could not read %s: %s", path, type(error).__name__)
        return MediaProbe(None, None)

    kinds = {track.track_type for track in info.tracks}
    kind = None
    if "Video" in kinds:
        kind = "video"
    elif "Audio" in kinds:
        kind = "audio"
    duration = None
    for track in info.tracks:
        milliseconds = getattr(track, "duration", None)
        if milliseconds:
            try:
                duration = max(duration or 0.0, float(milliseconds) / 1000.0)
            except (TypeError, ValueError):
                continue
    return MediaProbe(kind, duration)
