"""The body of one ``POST /media/{id}/part``: fields ``index``, ``file`` and then ``hash``.

The MD5 goes after the file field, so it is computed while the chunk streams
and each byte is read from disk once. The body length is known in advance,
because an MD5 is always 32 hex characters.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

MD5_HEX_LENGTH = 32


@dataclass(frozen=True)
class PartEnvelope:
    """The bytes around a chunk's content in one multipart body."""

    boundary: str
    head: bytes
    """Everything before the file's bytes: the index field and the file field's headers."""
    hash_prefix: bytes
    """From the end of the file's bytes up to the hash value."""
    tail: bytes
    """After the hash value: the closing boundary."""

    def content_length(self, chunk_length: int) -> int:
        """Return the exact body length for a chunk of ``chunk_length`` bytes."""
        return len(self.head) + chunk_length + len(self.hash_prefix) + MD5_HEX_LENGTH + len(self.tail)

    @property
    def content_type(self) -> str:
        return f"multipart/form-data; boundary={self.boundary}"


def quote_filename(filename: str) -> str:
    """Quote a file name for Content-Disposition as plain UTF-8.

    Backslash and double quote are escaped with a backslash; CR and LF, which
    would end the header, become spaces. Accents and CJK pass unchanged.
    """
    escaped = filename.replace("\\", "\\\\").replace('"', '\\"')
    return escaped.replace("\r", " ").replace("\n", " ")


def part_envelope(part_number: int, filename: str, boundary: str | None = None) -> PartEnvelope:
    """Build the multipart framing of part ``part_number`` (1-based)."""
    boundary = boundary or secrets.token_hex(16)
    dash = f"--{boundary}\r\n".encode()
    head = (
        dash
        + b'Content-Disposition: form-data; name="index"\r\n\r\n'
        + str(part_number).encode()
        + b"\r\n"
        + dash
        + f'Content-Disposition: form-data; name="file"; filename="{quote_filename(filename)}"\r\n'.encode()
        + b"Content-Type: application/octet-stream\r\n\r\n"
    )
    hash_prefix = b"\r\n" + dash + b'Content-Disposition: form-data; name="hash"\r\n\r\n'
    tail = f"\r\n--{boundary}--\r\n".encode()
    return PartEnvelope(boundary, head, hash_prefix, tail)


def new_md5():
    """Return an MD5 object; MD5 here is a checksum the API demands, not security."""
    return hashlib.md5(usedforsecurity=False)
