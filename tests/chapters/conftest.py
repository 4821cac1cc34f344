"""Fixtures of this folder: see ``tests/chapters/fixtures.py``."""

from tests.chapters.fixtures import (  # noqa: F401 - pytest finds fixtures by name
    aioz,
    empty_request_log,
    keys_env,
    media_id,
    sandbox,
    sdk,
    srt,
    vtt,
)
