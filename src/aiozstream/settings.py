"""Settings read from the environment that several faces share."""

from __future__ import annotations

import os
from urllib.parse import urlsplit

from aiozstream._constants import DEFAULT_BASE_URL, DEFAULT_EMBED_BASE
from aiozstream.templates import LinkHosts

ASSISTANT_ENV = "AIOZ_ASSISTANT_NAME"
BASE_URL_ENV = "AIOZ_BASE_URL"
EMBED_URL_ENV = "AIOZ_EMBED_URL"
DEFAULT_ASSISTANT = "Clawbot"
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def link_hosts(base_url: str | None = None, embed_url: str | None = None) -> LinkHosts:
    """Return the API and player hosts for media links.

    The player host is ``embed_url``, else ``AIOZ_EMBED_URL``, else the
    sandbox's own ``/embed`` when the API is on a loopback address, else
    AIOZ's player host.
    """
    api_base = (base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL).rstrip("/")
    embed_base = embed_url or os.environ.get(EMBED_URL_ENV)
    if not embed_base:
        parts = urlsplit(api_base)
        if parts.hostname in LOOPBACK_HOSTS:
            embed_base = f"{parts.scheme}://{parts.netloc}/embed"
        else:
            embed_base = DEFAULT_EMBED_BASE
    return LinkHosts(api_base=api_base, embed_base=embed_base.rstrip("/"))


def assistant_name() -> str:
    """Return the assistant's name shown in templates (``AIOZ_ASSISTANT_NAME``, default Clawbot)."""
    return os.environ.get(ASSISTANT_ENV, "").strip() or DEFAULT_ASSISTANT
