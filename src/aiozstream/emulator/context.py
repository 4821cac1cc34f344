"""The running parts of one sandbox, shared by the middleware, the areas and the admin API."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from starlette.requests import Request

from aiozstream.emulator.config import SandboxConfig
from aiozstream.emulator.faults import FaultInjector
from aiozstream.emulator.gate import RateLimiter
from aiozstream.emulator.requestlog import API_PREFIX, RequestLog
from aiozstream.emulator.store import Store
from aiozstream.emulator.transcode import Transcoder
from aiozstream.emulator.uploads import UploadRegistry

EMBED_PREFIX = "/embed"


@dataclass
class Sandbox:
    """Config, store, faults, request log, rate limiter, transcoder and uploads of one app."""

    config: SandboxConfig
    store: Store
    faults: FaultInjector
    requests: RequestLog
    limiter: RateLimiter
    transcoder: Transcoder
    uploads: UploadRegistry

    @property
    def user_id(self) -> str:
        """Id of the one sandbox user, stable for a given public key."""
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"aiozstream-sandbox:{self.config.public_key}"))

    def api_url(self, request: Request) -> str:
        """Return the base of asset URLs: the configured one, else this server's ``/api``."""
        if self.config.public_api_url:
            return self.config.public_api_url.rstrip("/")
        return _server_root(request) + API_PREFIX

    def embed_url(self, request: Request) -> str:
        """Return the base of player URLs: the configured one, else this server's ``/embed``."""
        if self.config.public_embed_url:
            return self.config.public_embed_url.rstrip("/")
        return _server_root(request) + EMBED_PREFIX


def _server_root(request: Request) -> str:
    return str(request.base_url).rstrip("/")
