"""The chunked upload: check, plan, cost, create, parts in parallel, complete.

Every check runs before the first request. Parts go in parallel, each read
from disk once while its MD5 is computed; memory stays near
``parallel × READ_BLOCK_SIZE`` whatever the file size. ``/complete`` is
called only after every part was accepted. A part that still fails after the
core's retries stops the upload, leaves a journal, and raises
:class:`~aiozstream.errors.UploadPartError` with the command that resumes.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from aiozstream import _constants as constants
from aiozstream import errors
from aiozstream.models.media import AudioConfig, Media, QualityConfig, VideoConfig
from aiozstream.rules.media_file import check_upload_file, probe_media
from aiozstream.rules.qualities import QualityPlan, check_qualities
from aiozstream.upload import journal as journals
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
from aiozstream.upload.multipart import PartEnvelope, new_md5, part_envelope
from aiozstream.upload.plan import Chunk, check_chunk_size, plan_chunks

if TYPE_CHECKING:
    from aiozstream.client import AsyncClient

logger = logging.getLogger("aiozstream.upload")

EventCallback = Callable[[UploadEvent], None]


@dataclass(frozen=True)
class UploadOptions:
    """Options of one upload: what to create and how to send it. Sizes in bytes, durations in seconds."""

    title: str | None = None
    """Media title; defaults to the file name without its extension."""
    media_type: str | None = None
    """``video`` or ``audio``; detected from the file when ``None``."""
    description: str | None = None
    is_public: bool | None = None
    tags: Sequence[str] | None = None
    metadata: Mapping[str, str] | None = None
    qualities: Sequence[str] = ()
    """Custom presets (video resolutions or audio presets); empty means the server's defaults."""
    codec: str | None = None
    """h264 or h265 (video only)."""
    container: str | None = None
    """mpegts or fmp4."""
    duration: float | None = None
    """Overrides the duration read from the file, for the cost check."""
    chunk_size: int = constants.DEFAULT_CHUNK_SIZE
    parallel: int = constants.DEFAULT_PARALLEL_PARTS
    resume: bool | None = None
    """``True`` requires a journal to continue, ``False`` starts anew, ``None`` continues when one matches."""


@dataclass(frozen=True)
class UploadResult:
    """A finished upload: the media after ``/complete`` and what was sent."""

    media: Media
    title: str
    media_type: str
    uploaded_at: datetime
    chunks: tuple[ChunkState, ...]
    resumed: bool
    parts_sent: tuple[int, ...]
    """Part numbers sent in this run (a resumed run skips accepted ones)."""


@dataclass(frozen=True)
class _Prepared:
    path: Path
    size: int
    chunks: list[Chunk]
    chunk_size: int
    title: str
    media_type: str
    qualities: QualityPlan | None
    duration: float | None
    journal_path: Path | None
    journal: journals.UploadJournal | None


def check_upload(path: str | os.PathLike[str], options: UploadOptions) -> _Prepared:
    """Check the file, sizes, type, presets and duration locally; raise :class:`InputError` on bad input.

    Needs no keys and sends nothing, so a face can call it before asking for credentials.
    """
    file_path = Path(path)
    size = check_upload_file(file_path)
    chunk_size = check_chunk_size(options.chunk_size)
    if not 1 <= options.parallel <= constants.MAX_PARALLEL_PARTS:
        raise errors.InputError("upload.parallel", value=options.parallel, max=constants.MAX_PARALLEL_PARTS)

    media_type = options.media_type
    if media_type is not None and media_type not in ("video", "audio"):
        raise errors.InputError("upload.type_invalid", value=media_type)
    duration = options.duration
    if duration is not None and duration <= 0:
        raise errors.InputError("upload.duration_invalid", value=duration)
    needs_probe = media_type is None or (bool(options.qualities) and duration is None)
    probe = probe_media(file_path) if needs_probe else None
    if media_type is None:
        media_type = "audio" if probe and probe.kind == "audio" else "video"

    quality_plan = None
    if options.qualities:
        quality_plan = check_qualities(media_type, options.qualities, options.codec, options.container)
        if duration is None:
            duration = probe.duration if probe else None
        if not duration:
            raise errors.InputError("upload.duration_unknown", path=str(file_path))
    elif options.codec or options.container:
        # A codec or container without presets is still checked, against a preset every codec supports.
        check_qualities(media_type, ["360p" if media_type == "video" else "good"], options.codec, options.container)

    return _Prepared(
        path=file_path,
        size=size,
        chunks=plan_chunks(size, chunk_size),
        chunk_size=chunk_size,
        title=options.title if options.title is not None else file_path.stem,
        media_type=media_type,
        qualities=quality_plan,
        duration=duration,
        journal_path=None,
        journal=None,
    )


class Uploader:
    """Upload one file through an :class:`~aiozstream.client.AsyncClient`."""

    def __init__(
        self,
        client: AsyncClient,
        *,
        on_event: EventCallback | None = None,
        resume_command: str | None = None,
    ) -> None:
        self._client = client
        self._on_event = on_event or (lambda event: None)
        self._resume_command = resume_command

    def prepare(self, path: str | os.PathLike[str], options: UploadOptions) -> _Prepared:
        """Run every local check, find a journal to resume, and return the plan; sends nothing."""
        checked = check_upload(path, options)
        credentials = self._client.credentials
        journal_path = journals.journal_path(checked.path, self._client.base_url, credentials.public_key)
        journal = None
        if options.resume is not False:
            journal = journals.load(journal_path)
            if journal is None and options.resume:
                raise errors.InputError("upload.no_journal", path=str(checked.path))
        if journal is None:
            return replace(checked, journal_path=journal_path)

        _check_unchanged(checked.path, checked.size, journal)
        if options.chunk_size not in (journal.chunk_size, constants.DEFAULT_CHUNK_SIZE):
            self._on_event(Notice("upload.chunk_size_kept", {"size": f"{journal.chunk_size / constants.MIB:g}"}))
        return replace(
            checked,
            chunks=plan_chunks(checked.size, journal.chunk_size),
            chunk_size=journal.chunk_size,
            title=journal.title,
            media_type=journal.media_type,
            journal_path=journal_path,
            journal=journal,
        )

    async def upload(self, path: str | os.PathLike[str], options: UploadOptions | None = None) -> UploadResult:
        """Upload ``path`` and return the media once ``/complete`` succeeded."""
        options = options or UploadOptions()
        prepared = self.prepare(path, options)
        for warning in prepared.qualities.warnings if prepared.qualities else ():
            self._on_event(Notice(warning))

        journal = prepared.journal
        resumed = journal is not None
        if journal is not None:
            await self._check_resumable(journal)
        else:
            journal = await self._create(prepared, options)

        states = [ChunkState(chunk.number, chunk.length) for chunk in prepared.chunks]
        accepted = journal.accepted_numbers()
        for state in states:
            if state.number in accepted:
                state.md5, state.state = journal.accepted[str(state.number)], "done"

        self._on_event(
            UploadStarted(
                media_id=journal.media_id,
                title=prepared.title,
                media_type=prepared.media_type,
                total_bytes=prepared.size,
                chunk_count=len(prepared.chunks),
                chunk_size=prepared.chunk_size,
                resumed=resumed,
                accepted=tuple(sorted(accepted)),
                accepted_bytes=sum(chunk.length for chunk in prepared.chunks if chunk.number in accepted),
            )
        )

        pending = [chunk for chunk in prepared.chunks if chunk.number not in accepted]
        session = _PartSession(self, prepared, journal, states, options.parallel)
        await session.run(pending)

        await self._client.media.complete(journal.media_id)
        uploaded_at = datetime.now(timezone.utc)
        journals.remove(prepared.journal_path)
        self._on_event(UploadCompleted(journal.media_id, prepared.title, prepared.media_type, uploaded_at))

        try:
            media = await self._client.media.get(journal.media_id)
        except errors.AiozError as error:
            logger.debug("Fetching media %s after complete failed: %s", journal.media_id, type(error).__name__)
            media = Media(id=journal.media_id, title=prepared.title, type=prepared.media_type, status="transcoding")
        return UploadResult(
            media=media,
            title=prepared.title,
            media_type=prepared.media_type,
            uploaded_at=uploaded_at,
            chunks=tuple(replace(state) for state in states),
            resumed=resumed,
            parts_sent=tuple(chunk.number for chunk in pending),
        )

    async def _create(self, prepared: _Prepared, options: UploadOptions) -> journals.UploadJournal:
        quality_configs = None
        if prepared.qualities is not None:
            plan = prepared.qualities
            cost = await self._client.media.cost(
                type=prepared.media_type, duration=prepared.duration, qualities=plan.presets
            )
            if not cost.is_enough:
                raise errors.InsufficientBalanceError(cost.price)
            self._on_event(CostChecked(plan.presets, cost.price))
            quality_configs = _quality_configs(plan)

        media = await self._client.media.create(
            prepared.title,
            type=prepared.media_type,
            description=options.description,
            is_public=options.is_public,
            tags=options.tags,
            metadata=options.metadata,
            qualities=quality_configs,
        )
        stat = prepared.path.stat()
        journal = journals.UploadJournal(
            media_id=media.id,
            path=str(prepared.path.resolve()),
            size=prepared.size,
            mtime_ns=stat.st_mtime_ns,
            fingerprint=journals.fingerprint(prepared.path, prepared.size),
            chunk_size=prepared.chunk_size,
            title=prepared.title,
            media_type=prepared.media_type,
            base_url=self._client.base_url,
        )
        journals.save(prepared.journal_path, journal)
        return journal

    async def _check_resumable(self, journal: journals.UploadJournal) -> None:
        try:
            media = await self._client.media.get(journal.media_id)
        except errors.NotFoundError as error:
            raise errors.InputError("upload.resume_gone", media_id=journal.media_id, reason=error.message) from None
        if media.status not in (None, "", "new"):
            raise errors.InputError("upload.resume_gone", media_id=journal.media_id, reason=f"status {media.status}")

    def emit(self, event: UploadEvent) -> None:
        self._on_event(event)

    def resume_command(self, path: Path) -> str:
        if self._resume_command:
            return self._resume_command
        return f"Uploader.upload({str(path)!r}, UploadOptions(resume=True))"


class _PartSession:
    """The parallel sending of the parts of one upload."""

    def __init__(
        self,
        uploader: Uploader,
        prepared: _Prepared,
        journal: journals.UploadJournal,
        states: list[ChunkState],
        parallel: int,
    ) -> None:
        self._uploader = uploader
        self._prepared = prepared
        self._journal = journal
        self._states = {state.number: state for state in states}
        self._parallel = parallel
        already = sum(state.size for state in states if state.state == "done")
        self._progress = _Progress(prepared.size, already, uploader.emit)

    async def run(self, pending: list[Chunk]) -> None:
        # One reader thread per part in flight: fewer threads keep fewer malloc arenas
        # holding freed blocks, which keeps the peak memory down.
        self._readers = concurrent.futures.ThreadPoolExecutor(
            max_workers=self._parallel, thread_name_prefix="aiozstream-read"
        )
        try:
            await self._run_workers(pending)
        finally:
            self._readers.shutdown(wait=False)

    async def _run_workers(self, pending: list[Chunk]) -> None:
        queue: asyncio.Queue[Chunk] = asyncio.Queue()
        for chunk in pending:
            queue.put_nowait(chunk)
        workers = [asyncio.create_task(self._worker(queue)) for _ in range(min(self._parallel, len(pending)))]
        try:
            done, _ = await asyncio.wait(workers, return_when=asyncio.FIRST_EXCEPTION)
            for task in done:
                task.result()
        finally:
            for task in workers:
                task.cancel()
            await asyncio.gather(*workers, return_exceptions=True)

    async def _worker(self, queue: asyncio.Queue[Chunk]) -> None:
        while True:
            try:
                chunk = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            await self._send(chunk)

    async def _send(self, chunk: Chunk) -> None:
        state = self._states[chunk.number]
        state.state = "uploading"
        self._uploader.emit(ChunkStarted(chunk.number, self._snapshot()))
        envelope = part_envelope(chunk.number, self._prepared.path.name)
        digests: list[str] = []
        attempts = 0

        def body():
            nonlocal attempts
            attempts += 1
            if attempts > 1:
                self._uploader.emit(ChunkRetrying(chunk.number, attempts))
            self._progress.restart(chunk.number)
            return self._stream(chunk, envelope, digests)

        headers = {
            "Content-Type": envelope.content_type,
            "Content-Length": str(envelope.content_length(chunk.length)),
            "Content-Range": chunk.content_range(self._prepared.size),
        }
        try:
            await self._uploader._client.media.upload_part(
                self._journal.media_id, content_factory=body, headers=headers
            )
        except errors.AiozError as error:
            state.state = "failed"
            snapshot = self._snapshot()
            self._uploader.emit(ChunkFailed(chunk.number, str(error), snapshot))
            if isinstance(error, errors.InputError):
                raise
            raise errors.UploadPartError(
                part_number=chunk.number,
                cause=error,
                resume_command=self._uploader.resume_command(self._prepared.path),
                media_id=self._journal.media_id,
            ) from error

        state.md5, state.state = digests[-1], "done"
        self._progress.finish(chunk.number, chunk.length)
        self._journal.accepted[str(chunk.number)] = digests[-1]
        journals.save(self._prepared.journal_path, self._journal)
        logger.info("Part %d of media %s accepted (%d bytes)", chunk.number, self._journal.media_id, chunk.length)
        done = sum(1 for item in self._states.values() if item.state == "done")
        self._uploader.emit(
            ChunkDone(chunk.number, digests[-1], chunk.length, done, len(self._states), self._snapshot())
        )

    async def _stream(self, chunk: Chunk, envelope: PartEnvelope, digests: list[str]):
        """Yield one part body, reading the chunk once and hashing it on the way."""
        digest = new_md5()
        loop = asyncio.get_running_loop()
        yield envelope.head
        with self._prepared.path.open("rb") as handle:
            handle.seek(chunk.start)
            remaining = chunk.length
            while remaining:
                # Reading and hashing run in a worker thread: hashlib releases the GIL on
                # large blocks, so parts in parallel hash on several cores while others send.
                size = min(constants.READ_BLOCK_SIZE, remaining)
                block = await loop.run_in_executor(self._readers, _read_and_hash, handle, size, digest)
                if not block:
                    raise errors.InputError(
                        "upload.changed_while_reading", chunk=chunk.number - 1, path=str(self._prepared.path)
                    )
                remaining -= len(block)
                yield block
                self._progress.advance(chunk.number, len(block))
        value = digest.hexdigest()
        if digests and digests[0] != value:
            raise errors.InputError(
                "upload.changed_while_reading", chunk=chunk.number - 1, path=str(self._prepared.path)
            )
        digests.append(value)
        yield envelope.hash_prefix + value.encode("ascii") + envelope.tail

    def _snapshot(self) -> tuple[ChunkState, ...]:
        return tuple(replace(self._states[number]) for number in sorted(self._states))


class _Progress:
    """Counts file bytes sent; a retried part counts only past its best earlier attempt."""

    def __init__(self, total: int, already_done: int, emit: Callable[[UploadEvent], None]) -> None:
        self._total = total
        self._base = already_done
        self._best: dict[int, int] = {}
        self._current: dict[int, int] = {}
        self._reported = -1
        self._emit = emit

    def restart(self, number: int) -> None:
        self._current[number] = 0

    def advance(self, number: int, count: int) -> None:
        self._current[number] = self._current.get(number, 0) + count
        if self._current[number] > self._best.get(number, 0):
            self._best[number] = self._current[number]
            self._report()

    def finish(self, number: int, length: int) -> None:
        self._best[number] = length
        self._report()

    def _report(self) -> None:
        done = min(self._total, self._base + sum(self._best.values()))
        if done > self._reported:
            self._reported = done
            self._emit(BytesSent(done, self._total))


def _read_and_hash(handle, size: int, digest) -> bytes:
    block = handle.read(size)
    digest.update(block)
    return block


def _check_unchanged(path: Path, size: int, journal: journals.UploadJournal) -> None:
    stat = path.stat()
    what = None
    if size != journal.size:
        what = f"size {journal.size} → {size} bytes"
    elif stat.st_mtime_ns != journal.mtime_ns:
        what = "modification time"
    elif journals.fingerprint(path, size) != journal.fingerprint:
        what = "content"
    if what:
        raise errors.InputError("upload.file_changed", path=str(path), media_id=journal.media_id, what=what)


def _quality_configs(plan: QualityPlan) -> list[QualityConfig]:
    if plan.media_type == "audio":
        return [
            QualityConfig(
                resolution=preset, type="hls", container_type=plan.container, audio_config=AudioConfig(codec="aac")
            )
            for preset in plan.presets
        ]
    return [
        QualityConfig(
            resolution=preset,
            type="hls",
            container_type=plan.container,
            video_config=VideoConfig(codec=plan.codec),
            audio_config=AudioConfig(codec="aac"),
        )
        for preset in plan.presets
    ]
