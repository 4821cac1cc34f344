"""Disk-backed state of a sandbox: records, balance, events and blobs.

Layout of the data folder::

    state.json                     every record, the balance and the event list
    blobs/<collection>/<id>/...    bytes: received parts, assembled files, thumbnails

``state.json`` is rewritten whole after each change, through a temporary file and
``os.replace``, so a reader never sees half a file and a crash loses at most the
change in progress. All access goes through one re-entrant lock, so the store is
safe to share between the server's event loop and test threads. One store per data
folder: two processes on the same folder would overwrite each other's changes.
"""

from __future__ import annotations

import copy
import json
import logging
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

STATE_FILE = "state.json"
BLOBS_DIR = "blobs"
SCHEMA_VERSION = 1
MEDIA = "media"
ASSEMBLED_FILE = "source"

Event = dict[str, Any]
EventListener = Callable[[Event], None]

logger = logging.getLogger("aiozstream.emulator.store")


class StoreError(Exception):
    """The data folder cannot be used: unreadable state file or unknown schema version."""


class Store:
    """Records by collection, the account balance and the event list, kept on disk."""

    def __init__(self, data_dir: Path | str, *, starting_balance: float) -> None:
        self.data_dir = Path(data_dir)
        self.blobs_dir = self.data_dir / BLOBS_DIR
        self._state_path = self.data_dir / STATE_FILE
        self._lock = threading.RLock()
        self._listeners: list[EventListener] = []

        self.data_dir.mkdir(parents=True, exist_ok=True)
        loaded = self._load()
        self._state = loaded if loaded is not None else _new_state(starting_balance)
        if loaded is None:
            self._persist()

    @contextmanager
    def transaction(self) -> Iterator[dict[str, Any]]:
        """Lock the state, yield it for changes, and save it when the block succeeds.

        When the block raises, the in-memory state is reloaded from disk, so a change
        that stopped halfway is neither kept nor saved.
        """
        with self._lock:
            try:
                yield self._state
            except BaseException:
                self._state = self._load() or self._state
                raise
            self._persist()

    def get(self, collection: str, record_id: str) -> dict[str, Any] | None:
        """Return a copy of one record, or ``None`` when there is no such record."""
        with self._lock:
            record = self._state["collections"].get(collection, {}).get(record_id)
            return copy.deepcopy(record)

    def records(self, collection: str) -> list[dict[str, Any]]:
        """Return copies of every record of a collection, oldest first."""
        with self._lock:
            return copy.deepcopy(list(self._state["collections"].get(collection, {}).values()))

    def put(self, collection: str, record_id: str, record: Mapping[str, Any]) -> None:
        with self.transaction() as state:
            state["collections"].setdefault(collection, {})[record_id] = copy.deepcopy(dict(record))

    def update(
        self, collection: str, record_id: str, changes: Mapping[str, Any]
    ) -> dict[str, Any] | None:
        """Merge ``changes`` into a record and return a copy of it; ``None`` when absent."""
        with self.transaction() as state:
            record = state["collections"].get(collection, {}).get(record_id)
            if record is None:
                return None
            record.update(copy.deepcopy(dict(changes)))
            return copy.deepcopy(record)

    def delete(self, collection: str, record_id: str) -> dict[str, Any] | None:
        """Remove a record and its blobs; return the removed record, or ``None``."""
        with self.transaction() as state:
            record = state["collections"].get(collection, {}).pop(record_id, None)
        shutil.rmtree(self.blob_dir(collection, record_id), ignore_errors=True)
        return record

    @property
    def balance(self) -> float:
        with self._lock:
            return self._state["balance"]

    def set_balance(self, value: float) -> None:
        with self.transaction() as state:
            state["balance"] = float(value)

    def charge(self, amount: float) -> bool:
        """Deduct ``amount`` when the balance covers it; return whether it was deducted."""
        with self.transaction() as state:
            if state["balance"] < amount:
                return False
            state["balance"] = round(state["balance"] - amount, 9)
            return True

    def append_event(self, event_type: str, **fields: Any) -> Event:
        """Store one lifecycle event, then pass a copy to every event listener.

        The event gets a ``seq`` number (1, 2, ...), its ``type`` and a UTC
        ``timestamp`` unless ``fields`` gives one.
        """
        with self.transaction() as state:
            state["event_seq"] += 1
            event = {"seq": state["event_seq"], "type": event_type, "timestamp": utc_timestamp()}
            event.update(fields)
            state["events"].append(event)
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(copy.deepcopy(event))
            except Exception:
                logger.exception("event listener failed on event %s %s", event["seq"], event_type)
        return copy.deepcopy(event)

    def events(self, after: int = 0, media_id: str | None = None) -> list[Event]:
        """Return copies of the events with ``seq`` above ``after``, optionally of one media."""
        with self._lock:
            selected = [
                event
                for event in self._state["events"]
                if event["seq"] > after and (media_id is None or event.get("media_id") == media_id)
            ]
            return copy.deepcopy(selected)

    def add_event_listener(self, listener: EventListener) -> None:
        """Call ``listener`` with each new event, in the thread that stored it.

        Events come from the server's event loop, often while the store's lock is held,
        so a listener must return quickly: a slow consumer (such as a webhook sender)
        should queue the event and return.
        """
        with self._lock:
            self._listeners.append(listener)

    def remove_event_listener(self, listener: EventListener) -> None:
        with self._lock:
            self._listeners.remove(listener)

    def blob_dir(self, collection: str, record_id: str) -> Path:
        """Return the folder for one record's bytes (not created here)."""
        return self.blobs_dir / collection / record_id

    def assembled_path(self, media_id: str) -> Path:
        """Return where ``GET /media/{id}/complete`` puts the assembled upload.

        The file exists once complete has succeeded; tests read it to compare bytes.
        """
        return self.blob_dir(MEDIA, media_id) / ASSEMBLED_FILE

    def read_assembled(self, media_id: str) -> bytes:
        """Return the assembled bytes of a media; raise ``FileNotFoundError`` before complete."""
        return self.assembled_path(media_id).read_bytes()

    def _load(self) -> dict[str, Any] | None:
        if not self._state_path.exists():
            return None
        try:
            state = json.loads(self._state_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise StoreError(f"cannot read sandbox state {self._state_path}: {exc}") from exc
        if not isinstance(state, dict) or state.get("schema") != SCHEMA_VERSION:
            raise StoreError(
                f"sandbox state {self._state_path} has an unknown schema; "
                f"expected schema {SCHEMA_VERSION}. Use another data folder or delete this one."
            )
        return state

    def _persist(self) -> None:
        text = json.dumps(self._state, ensure_ascii=False, separators=(",", ":"))
        descriptor, temp_name = tempfile.mkstemp(prefix=".state-", suffix=".tmp", dir=self.data_dir)
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as temp_file:
                temp_file.write(text)
            os.replace(temp_name, self._state_path)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise


def utc_timestamp() -> str:
    """Return the current UTC time as RFC 3339 with microseconds and a ``Z`` suffix."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _new_state(starting_balance: float) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "balance": float(starting_balance),
        "collections": {},
        "events": [],
        "event_seq": 0,
    }
