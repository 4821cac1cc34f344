"""Settings read from the environment that several faces share."""

from __future__ import annotations

import os

ASSISTANT_ENV = "AIOZ_ASSISTANT_NAME"
DEFAULT_ASSISTANT = "Clawbot"


def assistant_name() -> str:
    """Return the assistant's name shown in templates (``AIOZ_ASSISTANT_NAME``, default Clawbot)."""
    return os.environ.get(ASSISTANT_ENV, "").strip() or DEFAULT_ASSISTANT
