"""The chunked upload engine: plan, MD5 while reading, parallel parts, resume, events."""

from aiozstream.upload.engine import Uploader, UploadOptions, UploadResult
from aiozstream.upload.events import (
    BytesSent,
    ChunkDone,
    ChunkFailed,
    ChunkRetrying,
    ChunkStarted,
    ChunkState,
    CostChecked,
    Notice,
    UploadCompleted,
    UploadEvent,
    UploadStarted,
)
from aiozstream.upload.plan import Chunk, plan_chunks

__all__ = [
    "BytesSent",
    "Chunk",
    "ChunkDone",
    "ChunkFailed",
    "ChunkRetrying",
    "ChunkStarted",
    "ChunkState",
    "CostChecked",
    "Notice",
    "UploadCompleted",
    "UploadEvent",
    "UploadOptions",
    "UploadResult",
    "UploadStarted",
    "Uploader",
    "plan_chunks",
]
