"""Events the upload engine reports, for progress bars, templates and JSON lines.

The engine only calls a callback with these; drawing them is the faces' job.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Literal

ChunkStateName = Literal["pending", "uploading", "done", "failed"]


@dataclass
class ChunkState:
    """The known state of one chunk during the upload."""

    number: int
    """1-based part index."""
    size: int
    """Bytes."""
    md5: str | None = None
    """Hex MD5 once the chunk has been read through."""
    state: ChunkStateName = "pending"


@dataclass(frozen=True)
class UploadEvent:
    """Base of every event; ``kind`` names it in JSON output."""

    kind: str = field(init=False, default="event")

    def to_dict(self) -> dict:
        data = asdict(self)
        for name, value in data.items():
            if isinstance(value, datetime):
                data[name] = value.isoformat()
        return data


@dataclass(frozen=True)
class Notice(UploadEvent):
    """A notice to show the user before the upload goes on; ``key`` is a catalog key."""

    key: str
    params: dict = field(default_factory=dict)
    """Values of the message's placeholders."""
    kind: str = field(init=False, default="notice")


@dataclass(frozen=True)
class CostChecked(UploadEvent):
    """``GET /media/cost`` returned that the balance covers the presets."""

    presets: tuple[str, ...]
    price: float | None
    kind: str = field(init=False, default="cost_checked")


@dataclass(frozen=True)
class UploadStarted(UploadEvent):
    """The media exists (created now or resumed) and parts are about to go."""

    media_id: str
    title: str
    media_type: str
    total_bytes: int
    chunk_count: int
    chunk_size: int
    resumed: bool
    accepted: tuple[int, ...]
    """Part numbers already accepted in an earlier run."""
    accepted_bytes: int
    """File bytes in those accepted parts."""
    kind: str = field(init=False, default="upload_started")


@dataclass(frozen=True)
class BytesSent(UploadEvent):
    """File bytes handed to the network so far; never decreases, never passes the total."""

    bytes_done: int
    total_bytes: int
    kind: str = field(init=False, default="bytes_sent")


@dataclass(frozen=True)
class ChunkStarted(UploadEvent):
    """A part's first attempt begins."""

    number: int
    chunks: tuple[ChunkState, ...]
    """A snapshot of every chunk, for a live progress view."""
    kind: str = field(init=False, default="chunk_started")


@dataclass(frozen=True)
class ChunkRetrying(UploadEvent):
    """A part is being sent again from its first byte."""

    number: int
    attempt: int
    kind: str = field(init=False, default="chunk_retrying")


@dataclass(frozen=True)
class ChunkDone(UploadEvent):
    """The API accepted a part."""

    number: int
    md5: str
    size: int
    done: int
    total: int
    chunks: tuple[ChunkState, ...]
    """A snapshot of every chunk, for the progress template."""
    kind: str = field(init=False, default="chunk_done")


@dataclass(frozen=True)
class ChunkFailed(UploadEvent):
    """A part failed after its retries; the upload stops without ``/complete``."""

    number: int
    reason: str
    chunks: tuple[ChunkState, ...]
    kind: str = field(init=False, default="chunk_failed")


@dataclass(frozen=True)
class UploadCompleted(UploadEvent):
    """``/complete`` succeeded; transcoding has started."""

    media_id: str
    title: str
    media_type: str
    uploaded_at: datetime
    kind: str = field(init=False, default="upload_completed")
