"""Receiving chunked uploads: Content-Range, streamed multipart parts, coverage.

Every part of a media is written straight into one file at the part's Content-Range
offset, while its MD5 is computed, in slices of at most :data:`FLUSH_BYTES`. Memory
therefore stays bounded whatever the part size, each byte reaches the disk once,
and complete only has to rename the file. The text fields (``index``, ``hash``) may
come before or after the file field.

Writing in place has one consequence the caller must handle: a part that wrote bytes
and was then rejected (MD5 mismatch, dropped connection) has overwritten its range,
so that range no longer counts as received. :class:`UploadRegistry` keeps parts of
one media that overlap from being written at the same time.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import re
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import Request

from aiozstream.emulator.responses import ApiError

FLUSH_BYTES = 1024 * 1024
MAX_TEXT_FIELD_BYTES = 64 * 1024
FILE_FIELD = "file"

_CONTENT_RANGE = re.compile(r"^\s*bytes\s+(\d+)-(\d+)/(\d+)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class ByteRange:
    """An inclusive byte range of a file of ``total`` bytes, as in ``Content-Range``."""

    start: int
    end: int
    total: int

    @property
    def length(self) -> int:
        return self.end - self.start + 1

    def overlaps(self, start: int, end: int) -> bool:
        return self.start <= end and start <= self.end

    def __str__(self) -> str:
        return f"bytes {self.start}-{self.end}/{self.total}"


def parse_content_range(header: str | None) -> ByteRange:
    """Parse ``bytes START-END/TOTAL`` (END inclusive); raise 400 when missing or invalid."""
    if header is None or not header.strip():
        raise ApiError(
            400, "Content-Range header is missing: send bytes START-END/TOTAL, END inclusive"
        )
    match = _CONTENT_RANGE.match(header)
    if match is None:
        raise ApiError(
            400, f"invalid Content-Range {header!r}: expected bytes START-END/TOTAL, END inclusive"
        )
    start, end, total = (int(group) for group in match.groups())
    if start > end:
        raise ApiError(400, f"invalid Content-Range {header!r}: START is after END")
    if end >= total:
        raise ApiError(
            400, f"invalid Content-Range {header!r}: END must be below TOTAL (END is inclusive)"
        )
    return ByteRange(start, end, total)


@dataclass
class ReceivedPart:
    """Fields and file statistics of one part body, filled while it is read."""

    fields: dict[str, str] = field(default_factory=dict)
    """Text fields by name (``index``, ``hash``, ...)."""

    has_file: bool = False
    filename: str | None = None
    """File name of the file field as sent, UTF-8 decoded; ``None`` when it has none."""

    file_size: int = 0
    """Bytes of the file field parsed so far."""

    file_md5: str = ""
    """Hex MD5 of the file field's bytes."""

    bytes_written: int = 0
    """Bytes of the file field already written into the upload file."""


async def receive_part(
    request: Request,
    upload_path: Path,
    byte_range: ByteRange,
    part: ReceivedPart,
    *,
    on_field: Callable[[str, str], None] = lambda name, value: None,
    on_file_progress: Callable[[int], None] = lambda size: None,
) -> None:
    """Stream a multipart part body: the ``file`` field into ``upload_path`` at the range's
    start, the other fields into ``part.fields``.

    ``part`` is filled as the body arrives, so the caller still sees how much was
    written when this raises. ``on_field`` is called as soon as each text field is
    complete, and ``on_file_progress`` after each body chunk with the file bytes parsed
    so far. Either callback may raise to stop reading, as a drop fault does. Raises
    :class:`ApiError` 400 for a malformed body, a second file field or a file longer
    than the range, whose excess is never written.
    """
    content_type, options = parse_options_header(request.headers.get("content-type", ""))
    boundary = options.get(b"boundary")
    if content_type != b"multipart/form-data" or not boundary:
        raise ApiError(
            400, "a part upload must be multipart/form-data with fields file, index and hash"
        )

    reader = _PartReader(boundary, upload_path, byte_range, part)
    try:
        async for chunk in request.stream():
            reader.feed(chunk)
            for name, value in reader.take_fields():
                on_field(name, value)
            on_file_progress(part.file_size)
            if reader.pending_file_bytes >= FLUSH_BYTES:
                await asyncio.to_thread(reader.flush_file)
        reader.finish()
        await asyncio.to_thread(reader.flush_file)
    finally:
        reader.close()


def missing_ranges(received: Iterable[tuple[int, int]], total: int) -> list[tuple[int, int]]:
    """Return the inclusive byte ranges of ``0..total-1`` that no received range covers."""
    gaps = []
    next_needed = 0
    for start, end in sorted(received):
        if start > next_needed:
            gaps.append((next_needed, start - 1))
        next_needed = max(next_needed, end + 1)
    if next_needed < total:
        gaps.append((next_needed, total - 1))
    return gaps


class UploadRegistry:
    """Part requests in progress, per media; lives on the event loop, in memory only.

    Two requests for the same range run one after the other (a client retrying a part
    whose first attempt is still being read waits for it). A request whose range
    overlaps a different range in progress is rejected, because both would write the
    same bytes of the upload file.
    """

    def __init__(self) -> None:
        self._locks: dict[tuple[str, int, int], asyncio.Lock] = {}
        self._active: dict[str, set[tuple[int, int]]] = {}

    @asynccontextmanager
    async def receiving(self, media_id: str, byte_range: ByteRange) -> AsyncIterator[None]:
        key = (media_id, byte_range.start, byte_range.end)
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            active = self._active.setdefault(media_id, set())
            for start, end in active:
                if byte_range.overlaps(start, end):
                    raise ApiError(
                        400,
                        f"{byte_range} overlaps bytes {start}-{end}, which another request "
                        "for this media is uploading; parts must not overlap",
                    )
            active.add((byte_range.start, byte_range.end))
            try:
                yield
            finally:
                active.discard((byte_range.start, byte_range.end))

    def in_progress(self, media_id: str) -> list[tuple[int, int]]:
        """Return the ranges of the media's part requests that are still being received."""
        return sorted(self._active.get(media_id, ()))

    def forget(self, media_id: str) -> None:
        """Drop the bookkeeping of a media that was completed or deleted."""
        self._active.pop(media_id, None)
        for key in [key for key in self._locks if key[0] == media_id]:
            if not self._locks[key].locked():
                del self._locks[key]


class _PartReader:
    """Callback state for python-multipart's streaming parser, for one part body."""

    def __init__(
        self, boundary: bytes, upload_path: Path, byte_range: ByteRange, part: ReceivedPart
    ) -> None:
        self.part = part
        self._upload_path = upload_path
        self._range = byte_range
        self._descriptor: int | None = None
        self._md5 = hashlib.md5()
        self._pending = bytearray()
        self._completed_fields: list[tuple[str, str]] = []
        self._ended = False

        self._header_field = bytearray()
        self._header_value = bytearray()
        self._headers: dict[bytes, bytes] = {}
        self._name = ""
        self._is_file = False
        self._text = bytearray()
        self._text_total = 0

        callbacks = {
            "on_part_begin": self._on_part_begin,
            "on_header_field": self._on_header_field,
            "on_header_value": self._on_header_value,
            "on_header_end": self._on_header_end,
            "on_headers_finished": self._on_headers_finished,
            "on_part_data": self._on_part_data,
            "on_part_end": self._on_part_end,
            "on_end": self._on_end,
        }
        self._parser = MultipartParser(boundary, callbacks)  # type: ignore[arg-type]

    @property
    def pending_file_bytes(self) -> int:
        return len(self._pending)

    def feed(self, chunk: bytes) -> None:
        try:
            self._parser.write(chunk)
        except FormParserError as exc:
            raise ApiError(400, f"malformed multipart body: {exc}") from None

    def finish(self) -> None:
        if not self._ended:
            raise ApiError(400, "multipart body ended before its closing boundary")

    def take_fields(self) -> list[tuple[str, str]]:
        fields, self._completed_fields = self._completed_fields, []
        return fields

    def flush_file(self) -> None:
        """Write the buffered file bytes at their offset and add them to the MD5.

        Runs in a worker thread; os.pwrite lets parts of one media write to the same
        file concurrently.
        """
        if not self._pending:
            return
        data, self._pending = bytes(self._pending), bytearray()
        if self._descriptor is None:
            self._descriptor = os.open(self._upload_path, os.O_WRONLY | os.O_CREAT, 0o644)
        offset = self._range.start + self.part.bytes_written
        view = memoryview(data)
        while view:
            written = os.pwrite(self._descriptor, view, offset)
            offset += written
            self.part.bytes_written += written
            view = view[written:]
        self._md5.update(data)
        self.part.file_md5 = self._md5.hexdigest()

    def close(self) -> None:
        if self._descriptor is not None:
            os.close(self._descriptor)
            self._descriptor = None

    def _on_part_begin(self) -> None:
        self._headers = {}
        self._name = ""
        self._is_file = False
        self._text = bytearray()

    def _on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_field += data[start:end]

    def _on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def _on_header_end(self) -> None:
        self._headers[bytes(self._header_field).lower()] = bytes(self._header_value)
        self._header_field = bytearray()
        self._header_value = bytearray()

    def _on_headers_finished(self) -> None:
        _, options = parse_options_header(self._headers.get(b"content-disposition", b""))
        self._name = options.get(b"name", b"").decode("utf-8", "replace")
        self._is_file = self._name == FILE_FIELD
        if self._is_file:
            if self.part.has_file:
                raise ApiError(400, "the multipart body has more than one file field")
            self.part.has_file = True
            self.part.file_md5 = self._md5.hexdigest()
            # parse_options_header maps header bytes through latin-1, so encoding back
            # to latin-1 restores the raw bytes, which clients send as UTF-8.
            raw_filename = options.get(b"filename")
            if raw_filename is not None:
                self.part.filename = raw_filename.decode("utf-8", "replace")

    def _on_part_data(self, data: bytes, start: int, end: int) -> None:
        if self._is_file:
            if self.part.file_size + (end - start) > self._range.length:
                raise ApiError(
                    400,
                    f"field file contains more than the {self._range.length} bytes "
                    f"that Content-Range {self._range} announces",
                )
            self._pending += data[start:end]
            self.part.file_size += end - start
            return
        self._text_total += end - start
        if self._text_total > MAX_TEXT_FIELD_BYTES:
            raise ApiError(400, f"the text fields of the part exceed {MAX_TEXT_FIELD_BYTES} bytes")
        self._text += data[start:end]

    def _on_part_end(self) -> None:
        if self._is_file or not self._name:
            return
        value = bytes(self._text).decode("utf-8", "replace")
        self.part.fields[self._name] = value
        self._completed_fields.append((self._name, value))

    def _on_end(self) -> None:
        self._ended = True
