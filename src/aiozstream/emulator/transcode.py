"""The simulated transcoding lifecycle that follows ``GET /media/{id}/complete``.

Media status goes ``new`` -> ``transcoding`` -> ``done`` or ``fail``. The lifecycle
stores one event per step in the store's event list, which is the hook for the
webhook sender (see :meth:`Store.add_event_listener`):

* ``file_received`` (status ``new``) when complete has assembled the file;
* ``encoding_started`` (status ``transcoding``) once the file has been probed;
* one ``partial_finished`` (status ``transcoding``) per quality, with ``quality`` set;
* ``encoding_finished`` (status ``done``) or ``encoding_failed`` (status ``fail``).

Each event contains ``media_id``, ``media_type``, ``title``, ``status``, ``quality``
(``None`` except on ``partial_finished``), ``timestamp`` and ``seq``; a failure adds
``reason``. The qualities finish evenly spread over ``transcode_delay`` seconds.

Encoding fails in three cases. The bytes may contain no track of the media's type,
that is pymediainfo finds no video track in a video or no audio track in an audio. A
``fail_transcode`` fault may ask for it. Or the balance cannot pay for the qualities.
Otherwise the price is deducted from the balance when encoding starts.

Progress is saved in the store's ``transcodes`` collection, so a sandbox restarted
mid-lifecycle resumes where it stopped without repeating events or charges.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiozstream.emulator.store import MEDIA, Store, utc_timestamp

TRANSCODES = "transcodes"

logger = logging.getLogger("aiozstream.emulator.transcode")


@dataclass(frozen=True)
class ProbeResult:
    """Tracks and duration that pymediainfo found in a file."""

    has_video: bool
    has_audio: bool
    duration: float
    """Seconds; 0 when unknown."""

    def decodable_as(self, media_type: str) -> bool:
        return self.has_audio if media_type == "audio" else self.has_video


def probe_media(path: Path) -> ProbeResult:
    """Read the tracks and duration of a file; an unreadable file has no tracks."""
    from pymediainfo import MediaInfo

    try:
        info = MediaInfo.parse(path)
    except Exception as exc:
        logger.info("pymediainfo could not parse %s: %s", path, exc)
        return ProbeResult(has_video=False, has_audio=False, duration=0.0)

    kinds = {track.track_type for track in info.tracks}
    durations = [float(track.duration) for track in info.tracks if _is_number(track.duration)]
    return ProbeResult(
        has_video="Video" in kinds,
        has_audio="Audio" in kinds,
        duration=max(durations, default=0.0) / 1000,
    )


def transcode_price(duration: float, quality_count: int, price_per_quality_second: float) -> float:
    """Return the price of transcoding ``duration`` seconds into ``quality_count`` qualities."""
    return round(duration * quality_count * price_per_quality_second, 6)


class Transcoder:
    """Runs the lifecycle of each completed media as a task on the server's event loop."""

    def __init__(self, store: Store, *, delay: float, price_per_quality_second: float) -> None:
        self.store = store
        self.delay = delay
        self.price_per_quality_second = price_per_quality_second
        self._tasks: dict[str, asyncio.Task[None]] = {}

    def begin(self, media_id: str, *, force_fail: bool = False) -> None:
        """Start the lifecycle of a media whose upload was just assembled.

        Must be called from the server's event loop.
        """
        now = time.time()
        job = {
            "media_id": media_id,
            "created_at": now,
            "force_fail": force_fail,
            "probed": False,
            "outcome": None,
            "reason": None,
            "price": None,
            "encoding_started_at": None,
            "partials": [],
            "finished": False,
        }
        with self.store.transaction() as state:
            media = state["collections"][MEDIA][media_id]
            media["status"] = "transcoding"
            media["updated_at"] = utc_timestamp()
            state["collections"].setdefault(TRANSCODES, {})[media_id] = job
            self._emit("file_received", media_id, status="new")
        self._schedule(media_id)

    def resume(self) -> None:
        """Restart the lifecycles that a previous run of the sandbox left unfinished."""
        for job in self.store.records(TRANSCODES):
            if not job["finished"]:
                logger.info("resuming the transcoding lifecycle of media %s", job["media_id"])
                self._schedule(job["media_id"])

    def cancel(self, media_id: str) -> None:
        """Stop the lifecycle of a media, for example because it was deleted."""
        task = self._tasks.pop(media_id, None)
        if task is not None:
            task.cancel()
        self.store.delete(TRANSCODES, media_id)

    async def stop(self) -> None:
        """Cancel every running lifecycle; the store keeps their progress for a restart."""
        tasks = list(self._tasks.values())
        self._tasks.clear()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def _schedule(self, media_id: str) -> None:
        task = asyncio.get_running_loop().create_task(
            self._run(media_id), name=f"transcode-{media_id}"
        )
        self._tasks[media_id] = task
        task.add_done_callback(lambda done: self._forget(media_id, done))

    def _forget(self, media_id: str, task: asyncio.Task[None]) -> None:
        if self._tasks.get(media_id) is task:
            del self._tasks[media_id]
        if not task.cancelled() and task.exception() is not None:
            logger.error(
                "transcoding lifecycle of media %s failed", media_id, exc_info=task.exception()
            )

    async def _run(self, media_id: str) -> None:
        job = self.store.get(TRANSCODES, media_id)
        media = self.store.get(MEDIA, media_id)
        if job is None or media is None:
            return

        if not job["probed"]:
            job = await self._probe(job, media)
        if job["outcome"] is None:
            job = self._decide_outcome(job, media)
        if job["encoding_started_at"] is None:
            job = self._start_encoding(media_id)

        started = job["encoding_started_at"]
        if job["outcome"] == "done":
            names = [quality["resolution"] for quality in media["qualities"]]
            for position, name in enumerate(names, start=1):
                await _sleep_until(started + self.delay * position / len(names))
                if name not in job["partials"]:
                    job = self._finish_quality(media_id, name)
            self._finish(media_id, "done")
        else:
            await _sleep_until(started + self.delay)
            self._finish(media_id, "fail", reason=job["reason"])

    async def _probe(self, job: dict[str, Any], media: dict[str, Any]) -> dict[str, Any]:
        path = self.store.assembled_path(media["id"])
        probe = await asyncio.to_thread(probe_media, path)
        decodable = probe.decodable_as(media["type"])
        with self.store.transaction() as state:
            stored_media = state["collections"][MEDIA][media["id"]]
            if decodable:
                stored_media["duration"] = probe.duration
            stored = state["collections"][TRANSCODES][media["id"]]
            stored.update(probed=True, decodable=decodable, duration=probe.duration)
            return dict(stored)

    def _decide_outcome(self, job: dict[str, Any], media: dict[str, Any]) -> dict[str, Any]:
        price = transcode_price(
            job["duration"], len(media["qualities"]), self.price_per_quality_second
        )
        if job["force_fail"]:
            outcome, reason = "fail", "a fail_transcode fault asked for this failure"
        elif not job["decodable"]:
            outcome, reason = (
                "fail",
                f"the uploaded bytes hold no {media['type']} track that can be decoded",
            )
        elif not self.store.charge(price):
            outcome = "fail"
            balance = self.store.balance
            reason = f"insufficient balance: transcoding costs {price:g}, balance is {balance:g}"
        else:
            outcome, reason = "done", None
        logger.info(
            "media %s will end in %s%s", media["id"], outcome, f" ({reason})" if reason else ""
        )
        return (
            self.store.update(
                TRANSCODES, media["id"], {"outcome": outcome, "reason": reason, "price": price}
            )
            or job
        )

    def _start_encoding(self, media_id: str) -> dict[str, Any]:
        with self.store.transaction() as state:
            for quality in state["collections"][MEDIA][media_id]["qualities"]:
                quality["status"] = "transcoding"
            job = state["collections"][TRANSCODES][media_id]
            job["encoding_started_at"] = time.time()
            job = dict(job)
            self._emit("encoding_started", media_id, status="transcoding")
        return job

    def _finish_quality(self, media_id: str, name: str) -> dict[str, Any]:
        with self.store.transaction() as state:
            for quality in state["collections"][MEDIA][media_id]["qualities"]:
                if quality["resolution"] == name:
                    quality["status"] = "done"
            job = state["collections"][TRANSCODES][media_id]
            job["partials"].append(name)
            job = dict(job)
            self._emit("partial_finished", media_id, status="transcoding", quality=name)
        return job

    def _finish(self, media_id: str, status: str, reason: str | None = None) -> None:
        with self.store.transaction() as state:
            media = state["collections"][MEDIA][media_id]
            media["status"] = status
            media["updated_at"] = utc_timestamp()
            for quality in media["qualities"]:
                if quality["status"] != "done":
                    quality["status"] = status
            state["collections"][TRANSCODES][media_id]["finished"] = True
            event_type = "encoding_finished" if status == "done" else "encoding_failed"
            extra = {"reason": reason} if reason else {}
            self._emit(event_type, media_id, status=status, **extra)

    def _emit(
        self,
        event_type: str,
        media_id: str,
        *,
        status: str,
        quality: str | None = None,
        **extra: Any,
    ) -> None:
        # Callers emit inside the transaction that changes the status, so a reader
        # never sees the new status without its event.
        media = self.store.get(MEDIA, media_id) or {}
        self.store.append_event(
            event_type,
            media_id=media_id,
            media_type=media.get("type"),
            title=media.get("title"),
            status=status,
            quality=quality,
            **extra,
        )


async def _sleep_until(deadline: float) -> None:
    seconds = deadline - time.time()
    if seconds > 0:
        await asyncio.sleep(seconds)


def _is_number(value: object) -> bool:
    try:
        float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return True
