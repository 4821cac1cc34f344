"""The chunk plan: which byte ranges go in which part."""

from __future__ import annotations

from dataclasses import dataclass

from aiozstream._constants import DEFAULT_CHUNK_SIZE, MAX_CHUNK_SIZE, MIB, MIN_CHUNK_SIZE
from aiozstream.errors import InputError


@dataclass(frozen=True)
class Chunk:
    """One part of the file."""

    number: int
    """1-based part index, as sent in the ``index`` field."""
    start: int
    """Offset of the first byte."""
    end: int
    """Offset of the last byte (inclusive), as in ``Content-Range``."""

    @property
    def length(self) -> int:
        """Number of bytes in the chunk."""
        return self.end - self.start + 1

    def content_range(self, total: int) -> str:
        """Return the ``Content-Range`` header value: ``bytes START-END/TOTAL``."""
        return f"bytes {self.start}-{self.end}/{total}"


def check_chunk_size(chunk_size: int) -> int:
    """Return ``chunk_size`` in bytes if it lies within 5–200 MiB, else raise :class:`InputError`."""
    if not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
        raise InputError(
            "upload.chunk_size",
            value=f"{chunk_size / MIB:g}",
            min=MIN_CHUNK_SIZE // MIB,
            max=MAX_CHUNK_SIZE // MIB,
            default=DEFAULT_CHUNK_SIZE // MIB,
        )
    return chunk_size


def plan_chunks(file_size: int, chunk_size: int) -> list[Chunk]:
    """Split ``file_size`` bytes into ceil(size / chunk_size) chunks, the last one shorter.

    There is never an empty trailing chunk. A 0-byte file is refused, because
    the API cannot complete a media without parts.
    """
    if file_size <= 0:
        raise InputError("upload.file_empty", path="(0 bytes)")
    if chunk_size <= 0:
        raise ValueError("chunk_size must be positive")
    count = -(-file_size // chunk_size)
    return [
        Chunk(number=index + 1, start=index * chunk_size, end=min(file_size, (index + 1) * chunk_size) - 1)
        for index in range(count)
    ]
