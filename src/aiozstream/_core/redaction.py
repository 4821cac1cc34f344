"""Keep secret keys out of logs, reprs and error text."""

from __future__ import annotations

import logging
from collections.abc import Iterable

MASK = "********"

# Headers whose values are secrets: they are never logged and are masked in reprs.
SECRET_HEADERS = frozenset({"stream-secret-key", "authorization"})

_known_secrets: set[str] = set()


def register_secret(value: str) -> None:
    """Remember a secret so every log record and error text through ``redact`` hides it."""
    if value and len(value) >= 4:
        _known_secrets.add(value)


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """Replace every known secret (and those given) in ``text`` with a mask."""
    for secret in (*_known_secrets, *secrets):
        if secret and secret in text:
            text = text.replace(secret, MASK)
    return text


def redact_headers(headers: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Return the headers with the values of secret headers masked."""
    return [(name, MASK if name.lower() in SECRET_HEADERS else value) for name, value in headers]


class RedactingFilter(logging.Filter):
    """Log filter that masks every registered secret in the formatted message."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg = cleaned
            record.args = None
        return True


def install_log_filter(logger: logging.Logger) -> None:
    """Attach one :class:`RedactingFilter` to ``logger`` and each of its handlers."""
    if not any(isinstance(existing, RedactingFilter) for existing in logger.filters):
        logger.addFilter(RedactingFilter())
    for handler in logger.handlers:
        if not any(isinstance(existing, RedactingFilter) for existing in handler.filters):
            handler.addFilter(RedactingFilter())
