"""A small file per unfinished upload, so the same upload can continue later.

The journal stores the media id, the file's identity (path, size, mtime and
an MD5 of its first and last MiB) and the parts the API accepted with their
MD5. It is written atomically after each accepted part and removed once
``/complete`` succeeds. It contains no keys.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from aiozstream._constants import MIB

STATE_DIR_ENV = "AIOZ_STATE_DIR"
FORMAT_VERSION = 1


@dataclass
class UploadJournal:
    """State of one unfinished upload."""

    media_id: str
    path: str
    size: int
    mtime_ns: int
    fingerprint: str
    chunk_size: int
    title: str
    media_type: str
    base_url: str
    accepted: dict[str, str] = field(default_factory=dict)
    """Accepted parts: 1-based part number (as a string, for JSON) to the chunk's MD5."""
    version: int = FORMAT_VERSION

    def accepted_numbers(self) -> set[int]:
        """Return the part numbers the API already accepted."""
        return {int(number) for number in self.accepted}


def state_dir() -> Path:
    """Return the folder that contains journals (``AIOZ_STATE_DIR`` overrides)."""
    override = os.environ.get(STATE_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_state_dir("aiozstream", appauthor=False))


def journal_path(file_path: Path, base_url: str, public_key: str) -> Path:
    """Return where the journal of this file, API and account lives."""
    identity = f"{file_path.resolve()}\n{base_url}\n{public_key}".encode()
    return state_dir() / "uploads" / f"{hashlib.sha256(identity).hexdigest()[:32]}.json"


def fingerprint(file_path: Path, size: int) -> str:
    """Return the MD5 of the file's first and last MiB, a cheap check that it is the same file."""
    digest = hashlib.md5(usedforsecurity=False)
    with file_path.open("rb") as handle:
        digest.update(handle.read(MIB))
        if size > MIB:
            handle.seek(max(MIB, size - MIB))
            digest.update(handle.read(MIB))
    return digest.hexdigest()


def load(path: Path) -> UploadJournal | None:
    """Read a journal, or return ``None`` if there is none or it is unreadable."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("version") != FORMAT_VERSION:
            return None
        return UploadJournal(**raw)
    except (OSError, ValueError, TypeError):
        return None


def save(path: Path, journal: UploadJournal) -> None:
    """Write the journal atomically: a crash leaves the old or the new version, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        json.dump(asdict(journal), handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def remove(path: Path) -> None:
    """Delete a journal once its upload completed."""
    path.unlink(missing_ok=True)
