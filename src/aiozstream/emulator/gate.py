"""The gate in front of every ``/api`` route: rate limit, then API key check.

Every ``/api`` response, errors included, carries ``X-RateLimit-Limit``,
``X-RateLimit-Remaining`` and ``X-RateLimit-Retry-After`` (seconds until the current
window resets), as AIOZ's OpenAPI document declares. A fault that sets its own
rate-limit headers keeps them.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import logging
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from aiozstream.emulator.config import SandboxConfig
from aiozstream.emulator.requestlog import API_PREFIX
from aiozstream.emulator.responses import error

logger = logging.getLogger("aiozstream.emulator.gate")

PUBLIC_KEY_HEADER = "stream-public-key"
SECRET_KEY_HEADER = "stream-secret-key"
LIMIT_HEADER = "X-RateLimit-Limit"
REMAINING_HEADER = "X-RateLimit-Remaining"
RETRY_AFTER_HEADER = "X-RateLimit-Retry-After"

MISSING_KEYS_MESSAGE = (
    "missing API keys: send the stream-public-key and stream-secret-key headers, "
    "or Authorization: Basic base64(public_key:secret_key)"
)
INVALID_KEYS_MESSAGE = "invalid API keys: the public key or the secret key is wrong"


@dataclass(frozen=True)
class RateLimitState:
    """Position of one request in the current rate-limit window."""

    limit: int
    remaining: int
    retry_after: int
    """Whole seconds until the window resets."""
    allowed: bool

    def headers(self) -> dict[str, str]:
        return {
            LIMIT_HEADER: str(self.limit),
            REMAINING_HEADER: str(self.remaining),
            RETRY_AFTER_HEADER: str(self.retry_after),
        }


class RateLimiter:
    """A fixed-window request counter shared by every client of the sandbox."""

    def __init__(
        self, limit: int, window: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._lock = threading.Lock()
        self._window_start = clock()
        self._count = 0

    def hit(self) -> RateLimitState:
        """Count one request and return the state that its response reports."""
        with self._lock:
            now = self._clock()
            if now - self._window_start >= self.window:
                self._window_start = now
                self._count = 0
            self._count += 1
            seconds_left = self._window_start + self.window - now
            return RateLimitState(
                limit=self.limit,
                remaining=max(0, self.limit - self._count),
                retry_after=max(1, math.ceil(seconds_left)),
                allowed=self._count <= self.limit,
            )


def check_credentials(headers: Headers, config: SandboxConfig) -> str | None:
    """Return why the request's API keys are rejected, or ``None`` when they are accepted.

    Keys may come as the ``stream-public-key`` and ``stream-secret-key`` headers, as
    ``Authorization: Basic``, or both (AIOZ's Node SDK sends both). Every form that is
    present must hold the configured pair. Empty header values count as absent, since
    AIOZ's Node SDK sends empty headers for keys it was not given. The returned
    message never contains a key.
    """
    header_public = headers.get(PUBLIC_KEY_HEADER, "")
    header_secret = headers.get(SECRET_KEY_HEADER, "")
    authorization = headers.get("authorization", "").strip()
    if not (header_public or header_secret or authorization):
        return MISSING_KEYS_MESSAGE

    if header_public or header_secret:
        if not (header_public and header_secret):
            return f"both {PUBLIC_KEY_HEADER} and {SECRET_KEY_HEADER} headers are required"
        if not _is_configured_pair(header_public, header_secret, config):
            return INVALID_KEYS_MESSAGE

    if authorization:
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() == "bearer":
            return "Bearer tokens are not supported by the sandbox: send the API key pair instead"
        if scheme.lower() != "basic":
            return (
                f"unsupported Authorization scheme {scheme!r}: "
                "use Basic base64(public_key:secret_key)"
            )
        pair = _decode_basic(token.strip())
        if pair is None:
            return "invalid Authorization header: expected Basic base64(public_key:secret_key)"
        if not _is_configured_pair(pair[0], pair[1], config):
            return INVALID_KEYS_MESSAGE
    return None


class ApiGateMiddleware:
    """ASGI middleware that rate-limits and authenticates ``/api`` requests."""

    def __init__(self, app: ASGIApp, config: SandboxConfig, limiter: RateLimiter) -> None:
        self.app = app
        self.config = config
        self.limiter = limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        is_api = path == API_PREFIX or path.startswith(API_PREFIX + "/")
        if scope["type"] != "http" or not is_api:
            await self.app(scope, receive, send)
            return

        state = self.limiter.hit()

        async def send_with_rate_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in state.headers().items():
                    if name not in headers:
                        headers[name] = value
            await send(message)

        if not state.allowed:
            logger.info("rate limit reached: %s %s -> 429", scope["method"], path)
            message = (
                f"rate limit exceeded: {state.limit} requests "
                f"per {self.config.rate_limit_window:g} s; "
                f"retry after {state.retry_after} s"
            )
            await error(429, message)(scope, receive, send_with_rate_headers)
            return

        reason = check_credentials(Headers(scope=scope), self.config)
        if reason is not None:
            logger.debug("%s %s -> 401 %s", scope["method"], path, reason)
            await error(401, reason)(scope, receive, send_with_rate_headers)
            return

        await self.app(scope, receive, send_with_rate_headers)


def _decode_basic(token: str) -> tuple[str, str] | None:
    try:
        decoded = base64.b64decode(token, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    public, separator, secret = decoded.partition(":")
    if not separator:
        return None
    return public, secret


def _is_configured_pair(public: str, secret: str, config: SandboxConfig) -> bool:
    # Compare both keys in constant time, and both always, so timing reveals nothing.
    public_ok = hmac.compare_digest(public.encode(), config.public_key.encode())
    secret_ok = hmac.compare_digest(secret.encode(), config.secret_key.encode())
    return public_ok and secret_ok
