"""Waiting for encoding (``aioz upload FILE --wait``) and the guided retry (``aioz media retry``).

:func:`wait_for_encoding` shows each transcoding event in its template until
``encoding_finished`` or ``encoding_failed``. It learns about events in two ways:

* polling ``GET /media/{id}`` with a growing interval, turning each change into the
  matching event: status ``new`` → ``file_received``, ``transcoding`` →
  ``encoding_started``, a quality whose status became ``done`` → ``partial_finished``,
  ``done`` → ``encoding_finished``, ``fail`` → ``encoding_failed``;
* with a listen address (``--listen`` or ``AIOZ_WEBHOOK_LISTEN``, a port or
  HOST:PORT), also a local webhook receiver. The user's webhook must reach it
  through a tunnel, or as a ``127.0.0.1`` URL with the sandbox. Polling then slows
  down but goes on, because events sent before the receiver started are lost.

Both feed one :class:`~aiozstream.listener.EventTracker`, so an event seen both
ways is shown in full once. :func:`register_retry` adds ``media retry``: delete
the failed media, check the cost, re-create it with the same title, type and
qualities, upload every chunk again, complete, and wait again.
"""

import asyncio
import os
import queue
import shlex
import time
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated, Any

import typer

from aiozstream import i18n
from aiozstream.cli import _console
from aiozstream.cli._context import AppState, confirm_destructive
from aiozstream.cli.webhooks import EventRenderer
from aiozstream.errors import (
    EXIT_API,
    EXIT_INTERRUPTED,
    AiozError,
    InputError,
    NotFoundError,
    RuleError,
)
from aiozstream.listener import (
    Delivery,
    EventTracker,
    ListenerServer,
    PayloadError,
    WebhookEvent,
    create_listener_app,
    parse_time,
)
from aiozstream.models.media import Media
from aiozstream.templates import render_upload_complete
from aiozstream.upload import (
    ChunkDone,
    CostChecked,
    UploadCompleted,
    UploadEvent,
    UploadOptions,
    UploadStarted,
)
from aiozstream.upload.engine import check_upload

LISTEN_ENV = "AIOZ_WEBHOOK_LISTEN"
POLL_INITIAL = 1.0  # seconds before the second status check
POLL_MAX = 15.0  # seconds; the longest pause between status checks
POLL_GROWTH = 1.5  # each check without news waits this much longer
POLL_WHILE_LISTENING = 15.0  # seconds between status checks while webhooks arrive


def wait_for_encoding(
    state: AppState,
    media_id: str,
    title: str,
    media_type: str,
    *,
    file: Path | None = None,
    listen: str | None = None,
    timeout: float | None = None,
    poll_initial: float = POLL_INITIAL,
    poll_max: float = POLL_MAX,
) -> str:
    """Show each event of ``media_id`` until encoding ends; return ``encoding_finished``.

    On ``encoding_failed`` the failure template is shown, then a retry is offered
    on a terminal when ``file`` is known (otherwise the retry command is printed),
    and ``SystemExit(1)`` is raised unless the retry succeeds. ``timeout`` seconds
    (``None``: no limit) bound the wait. Ctrl+C exits with code 130.
    """
    t = i18n.t
    address = parse_listen_address(listen if listen is not None else os.environ.get(LISTEN_ENV))
    renderer = EventRenderer(state)
    tracker = EventTracker()
    inbox: queue.Queue[tuple[WebhookEvent, str | None]] = queue.Queue()
    poller = _StatusPoller(media_id, title, media_type)

    server = None
    if address is not None:
        server = _start_receiver(address, media_id, inbox)
    if not state.json_output:
        _console.print_notice(t("wait.waiting", media_id=media_id))
        _console.print_notice(
            t("wait.listening", url=server.url) if server else t("wait.polling", media_id=media_id)
        )

    def show(event: WebhookEvent, event_title: str | None) -> None:
        observation = tracker.observe(event)
        renderer.show(observation, event_title or title, event.media_type or media_type)

    deadline = None if timeout is None else time.monotonic() + timeout
    interval = poll_initial
    next_poll = time.monotonic()
    try:
        with state.client() as client:
            while True:
                pause = max(0.0, next_poll - time.monotonic())
                try:
                    event, event_title = inbox.get(timeout=pause)
                    show(event, event_title)
                except queue.Empty:
                    pass
                current = tracker.state(media_id)
                if current is not None and current.terminal:
                    break
                if deadline is not None and time.monotonic() > deadline:
                    raise AiozError(t("wait.timeout", media_id=media_id, seconds=f"{timeout:g}"))
                if time.monotonic() < next_poll:
                    continue

                changes = _poll(client, poller)
                for event in changes:
                    show(event, title)
                if server is not None:
                    interval = POLL_WHILE_LISTENING
                else:
                    interval = poll_initial if changes else min(poll_max, interval * POLL_GROWTH)
                next_poll = time.monotonic() + interval
    except KeyboardInterrupt:
        # SystemExit, because typer turns KeyboardInterrupt into a return value that run() drops.
        _console.print_error(t("cli.wait_interrupted", media_id=media_id))
        raise SystemExit(EXIT_INTERRUPTED) from None
    finally:
        if server is not None:
            server.stop()

    final = tracker.state(media_id)
    assert final is not None
    if final.event == "encoding_finished":
        return final.event
    return _offer_retry(state, media_id, file, listen)


def parse_listen_address(value: str | None) -> tuple[str, int] | None:
    """Read ``8765`` or ``HOST:PORT`` (host 127.0.0.1 by default); ``None`` or ``""`` means none."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    host, separator, port_text = text.rpartition(":")
    if not separator:
        host, port_text = "127.0.0.1", text
    host = host.strip("[]") or "127.0.0.1"
    if not port_text.isdigit() or not 0 < int(port_text) <= 65535:
        raise InputError("wait.listen_invalid", value=value)
    return host, int(port_text)


def register_retry(group: typer.Typer) -> None:
    """Add ``retry`` to the ``media`` command group."""
    t = i18n.t

    @group.command("retry", help=t("help.media_retry"))
    def retry(
        ctx: typer.Context,
        media_id: Annotated[str, typer.Argument(help=t("help.retry_media_id"), show_default=False)],
        file: Annotated[Path, typer.Argument(help=t("help.retry_file"), show_default=False)],
        yes: Annotated[bool, typer.Option("--yes", "-y", help=t("help.yes"))] = False,
        no_wait: Annotated[bool, typer.Option("--no-wait", help=t("help.retry_no_wait"))] = False,
        listen: Annotated[
            str | None, typer.Option("--listen", help=t("help.wait_listen"), envvar=LISTEN_ENV)
        ] = None,
        duration: Annotated[float | None, typer.Option("--duration", help=t("help.upload_duration"))] = None,
    ) -> None:
        state: AppState = ctx.obj
        run_retry(state, media_id, file, yes=yes, wait=not no_wait, listen=listen, duration=duration)


def run_retry(
    state: AppState,
    media_id: str,
    file: Path,
    *,
    yes: bool = False,
    wait: bool = True,
    listen: str | None = None,
    duration: float | None = None,
) -> str:
    """Run the guided retry of a failed encode and return the new media's id.

    Each step is shown as it happens: delete the failed media, check the cost,
    re-create it with the same title, type, qualities and details, upload every
    chunk, and complete. Then it waits for encoding unless ``wait`` is false. A
    retry that fails again ends the wait with exit code 1, as in
    :func:`wait_for_encoding`.
    """
    t = i18n.t
    if not media_id.strip():
        raise InputError("input.empty_id", field="media_id")
    check_upload(file, UploadOptions())
    parse_listen_address(listen if listen is not None else os.environ.get(LISTEN_ENV))

    with state.client() as client:
        failed = client.media.get(media_id)
    if failed.status != "fail":
        raise RuleError("wait.retry_not_failed", media_id=media_id, status=failed.status)
    options = replace(_retry_options(failed), duration=duration)
    check_upload(file, options)
    confirm_destructive(state, yes, t("wait.retry_confirm", media_id=media_id, file=str(file)))

    _step(
        state,
        "retry_started",
        t(
            "wait.retry_started",
            media_id=media_id,
            title=options.title,
            media_type=options.media_type,
            presets=", ".join(options.qualities),
            file=str(file),
        ),
    )
    _step(state, "delete", t("wait.step_delete", media_id=media_id))
    with state.client() as client:
        client.media.delete(media_id)

    result = asyncio.run(_upload_again(state, file, options))
    media = result.media
    if state.json_output:
        _console.print_json(
            {"kind": "result", "media": media.model_dump(mode="json"), "replaces": media_id}
        )
    else:
        _console.print_text(
            render_upload_complete(
                media.id,
                result.title,
                result.media_type,
                result.uploaded_at,
                lang=i18n.current_language(),
            )
        )
    if wait:
        wait_for_encoding(
            state, media.id, result.title, result.media_type, file=file, listen=listen
        )
    return media.id


class _StatusPoller:
    """Converter of successive ``GET /media/{id}`` responses into the events they imply."""

    def __init__(self, media_id: str, title: str, media_type: str) -> None:
        self.media_id = media_id
        self._title = title
        self._media_type = media_type
        self._status: str | None = None
        self._ready: set[str] = set()
        self._latest = datetime.min.replace(tzinfo=timezone.utc)

    def changes(self, media: Media) -> list[WebhookEvent]:
        now = datetime.now(timezone.utc)
        status = media.status or ""
        found: list[WebhookEvent] = []
        seen_before = self._status is not None and self._status not in ("done", "fail")

        if status != self._status:
            if status == "new":
                found.append(self._event("file_received", _moment(media.updated_at, now)))
            elif status == "transcoding":
                found.append(self._event("encoding_started", _moment(media.updated_at, now)))

        # Qualities that became ready are reported only while encoding was watched,
        # so a media already done at the first look shows its ending alone.
        if status == "transcoding" or (status == "done" and seen_before):
            for quality in media.qualities or []:
                name = quality.get("name") or quality.get("resolution")
                if name and quality.get("status") == "done" and name not in self._ready:
                    self._ready.add(name)
                    found.append(self._event("partial_finished", now, quality=name))

        if status != self._status:
            if status == "done":
                found.append(self._event("encoding_finished", _moment(media.updated_at, now)))
            elif status == "fail":
                found.append(self._event("encoding_failed", _moment(media.updated_at, now)))
        self._status = status
        return found

    def _event(self, name: str, moment: datetime, quality: str | None = None) -> WebhookEvent:
        # A quality is stamped when a poll saw it, which can be later than the media's
        # updated_at, so each event is stamped no earlier than the one before it.
        moment = max(moment, self._latest)
        self._latest = moment
        return WebhookEvent(
            event=name,
            media_id=self.media_id,
            timestamp=moment,
            title=self._title,
            quality=quality,
            media_type=self._media_type,
        )


class _RetryReporter:
    """Shows the upload engine's events as the retry's numbered steps."""

    def __init__(self, state: AppState) -> None:
        self._state = state

    def __call__(self, event: UploadEvent) -> None:
        t = i18n.t
        if isinstance(event, CostChecked):
            price = "—" if event.price is None else f"{event.price:g}"
            _step(
                self._state,
                "cost",
                t("wait.step_cost", presets=", ".join(event.presets), price=price),
            )
        elif isinstance(event, UploadStarted):
            _step(self._state, "create", t("wait.step_create", media_id=event.media_id))
        elif isinstance(event, ChunkDone):
            text = t("wait.step_upload", chunk=event.number - 1, done=event.done, total=event.total)
            _step(self._state, "upload", text)
        elif isinstance(event, UploadCompleted):
            _step(self._state, "complete", t("wait.step_complete", media_id=event.media_id))


def _start_receiver(
    address: tuple[str, int], media_id: str, inbox: "queue.Queue[tuple[WebhookEvent, str | None]]"
) -> ListenerServer:
    def on_event(delivery: Delivery) -> None:
        if delivery.event.media_id == media_id:
            inbox.put((delivery.event, delivery.title))

    host, port = address
    server = ListenerServer(create_listener_app(on_event), host=host, port=port)
    try:
        return server.start()
    except OSError as error:
        raise InputError(
            "webhooks.port_in_use", host=host, port=port, reason=error.strerror or str(error)
        ) from None


def _poll(client: Any, poller: _StatusPoller) -> list[WebhookEvent]:
    try:
        media = client.media.get(poller.media_id)
    except NotFoundError:
        raise
    except AiozError as error:
        _console.print_notice(i18n.t("wait.poll_failed", reason=str(error)))
        return []
    return poller.changes(media)


def _offer_retry(state: AppState, media_id: str, file: Path | None, listen: str | None) -> str:
    if file is not None and not state.json_output and _console.is_terminal():
        question = i18n.t("wait.retry_offer", media_id=media_id, file=str(file))
        if typer.confirm(question, default=False, err=True):
            run_retry(state, media_id, file, yes=True, wait=True, listen=listen)
            return "encoding_finished"
    command = _retry_command(state, media_id, file)
    if state.json_output:
        _console.print_json({"kind": "retry_hint", "media_id": media_id, "command": command})
    else:
        _console.print_notice(i18n.t("wait.failed_hint", command=command))
    raise SystemExit(EXIT_API)


async def _upload_again(state: AppState, file: Path, options: UploadOptions):
    reporter = _RetryReporter(state)
    command = shlex.join([*_base_command(state), "upload", str(file), "--resume"])
    async with state.async_client() as client:
        return await client.upload(file, options, on_event=reporter, resume_command=command)


def _retry_options(failed: Media) -> UploadOptions:
    qualities = [
        quality.get("name") or quality.get("resolution") for quality in failed.qualities or []
    ]
    codecs = {
        quality.get("video_codec")
        for quality in failed.qualities or []
        if quality.get("video_codec")
    }
    metadata = {
        str(pair.get("key")): str(pair.get("value", ""))
        for pair in failed.metadata or []
        if isinstance(pair, dict) and pair.get("key")
    }
    return UploadOptions(
        title=failed.title or failed.id,
        media_type=failed.type if failed.type in ("video", "audio") else None,
        description=failed.description or None,
        is_public=failed.is_public,
        tags=failed.tags or None,
        metadata=metadata or None,
        qualities=tuple(name for name in qualities if name),
        codec=codecs.pop() if len(codecs) == 1 else None,
        # The failed media was created, so the re-created one must be new, never a resumed upload.
        resume=False,
    )


def _step(state: AppState, step: str, text: str) -> None:
    if state.json_output:
        _console.print_json({"kind": "retry_step", "step": step, "message": text})
    else:
        _console.print_text(text)


def _moment(value: str | None, fallback: datetime) -> datetime:
    if not value:
        return fallback
    try:
        return parse_time(value)
    except PayloadError:
        return fallback


def _retry_command(state: AppState, media_id: str, file: Path | None) -> str:
    parts = [
        *_base_command(state),
        "media",
        "retry",
        media_id,
        str(file) if file is not None else "FILE",
    ]
    return shlex.join(parts)


def _base_command(state: AppState) -> list[str]:
    parts = ["aioz"]
    if state.sandbox:
        parts.append("--sandbox")
    elif state.base_url:
        parts += ["--base-url", state.base_url]
    return parts
