"""Request building, envelope parsing and retry decisions shared by both clients.

Nothing here does I/O, so the sync and async clients differ only in how they
send and how they sleep.
"""

from __future__ import annotations

import logging
import os
import random
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from aiozstream import _constants as constants
from aiozstream import errors
from aiozstream._core.credentials import Credentials, resolve
from aiozstream._core.redaction import install_log_filter
from aiozstream.routes import NOT_RETRIED, Route

BASE_URL_ENV = "AIOZ_BASE_URL"

logger = logging.getLogger("aiozstream.http")
install_log_filter(logging.getLogger("aiozstream"))


class NotGiven:
    """Marker for an argument the caller did not pass, unlike an explicit ``None``."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


def given(**fields: Any) -> dict[str, Any]:
    """Keep only the fields the caller passed, so updates send nothing else."""
    return {name: value for name, value in fields.items() if value is not NOT_GIVEN}


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry; waits in seconds."""

    max_retries: int = constants.MAX_RETRIES
    initial: float = constants.BACKOFF_INITIAL
    maximum: float = constants.BACKOFF_MAX
    jitter: float = constants.BACKOFF_JITTER
    max_server_wait: float = constants.MAX_SERVER_WAIT

    def backoff(self, attempt: int) -> float:
        """Return the wait before retry number ``attempt`` (1-based), with jitter."""
        wait = min(self.maximum, self.initial * (2 ** (attempt - 1)))
        spread = wait * self.jitter
        return max(0.0, wait + random.uniform(-spread, spread))


def default_timeout() -> httpx.Timeout:
    """Return the timeouts used by both clients unless the caller passes others."""
    return httpx.Timeout(
        connect=constants.CONNECT_TIMEOUT,
        read=constants.READ_TIMEOUT,
        write=constants.WRITE_TIMEOUT,
        pool=constants.POOL_TIMEOUT,
    )


def user_agent() -> str:
    from aiozstream import __version__

    return f"aiozstream-python/{__version__}"


class BaseClient:
    """Configuration and pure helpers shared by :class:`SyncAPIClient` and :class:`AsyncAPIClient`."""

    def __init__(
        self,
        public_key: str | None = None,
        secret_key: str | None = None,
        *,
        base_url: str | None = None,
        credentials: Credentials | None = None,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        self.base_url = checked_base_url(base_url or os.environ.get(BASE_URL_ENV) or constants.DEFAULT_BASE_URL)
        self.credentials = credentials or resolve(public_key, secret_key)
        if isinstance(timeout, (int, float)):
            timeout = httpx.Timeout(timeout)
        self.timeout = timeout or default_timeout()
        self.retry = retry or RetryPolicy()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, public_key={self.credentials.public_key!r})"

    def _default_headers(self) -> dict[str, str]:
        return {**self.credentials.auth_headers(), "User-Agent": user_agent(), "Accept": "application/json"}

    def _url(self, route: Route, path_params: Mapping[str, str] | None) -> str:
        for name, value in (path_params or {}).items():
            if value is None or not str(value).strip():
                raise errors.InputError("input.empty_id", field=name)
        return self.base_url + route.path_for(**(path_params or {}))

    def _parse(self, route: Route, response: httpx.Response) -> Any:
        """Return the envelope's ``data`` (or the whole body), or raise the matching error."""
        path = response.request.url.path
        try:
            body = response.json()
        except ValueError:
            body = None

        failed = response.status_code >= 400 or (isinstance(body, dict) and body.get("status") == "error")
        if failed:
            message = None
            if isinstance(body, dict):
                message = body.get("message") or body.get("error")
            if not message:
                message = f"{response.status_code} {response.reason_phrase}".strip()
            error_class = errors.error_for_status(response.status_code if response.status_code >= 400 else 400)
            raise error_class(
                str(message),
                status_code=response.status_code,
                method=route.method,
                path=path,
                headers=response.headers,
            )
        if isinstance(body, dict) and "data" in body:
            return body["data"]
        return body

    def _retry_wait(self, route: Route, attempt: int, problem: BaseException | httpx.Response) -> float | None:
        """Return seconds to wait before another attempt, or ``None`` to give up.

        Requests that create objects are retried only when they surely did not
        arrive: a refused connection or a 429.
        """
        if attempt > self.retry.max_retries:
            return None
        creates = route in NOT_RETRIED

        if isinstance(problem, httpx.Response):
            if problem.status_code == 429:
                server_wait = errors._int_header(problem.headers, "X-RateLimit-Retry-After")
                if server_wait is not None:
                    return float(min(max(server_wait, 0), self.retry.max_server_wait))
                return self.retry.backoff(attempt)
            if problem.status_code >= 500 and not creates:
                return self.retry.backoff(attempt)
            return None

        if isinstance(problem, httpx.ConnectError) or (not creates and isinstance(problem, httpx.TransportError)):
            return self.retry.backoff(attempt)
        return None


def checked_base_url(value: str) -> str:
    """Return the base URL without a trailing slash, or raise :class:`InputError` if it is not http(s)."""
    try:
        url = httpx.URL(value.strip())
    except httpx.InvalidURL:
        url = None
    if url is None or url.scheme not in ("http", "https") or not url.host:
        raise errors.InputError("input.base_url", value=value)
    return str(url).rstrip("/")


def network_error(route: Route, url: str, error: httpx.TransportError) -> errors.NetworkError:
    """Map an httpx transport error to ours; the text names method and path, never headers."""
    # The host is named so a wrong --base-url shows; a URL here never carries keys.
    target = httpx.URL(url)
    path = f"{target.host}:{target.port}{target.path}" if target.port else f"{target.host}{target.path}"
    if isinstance(error, httpx.TimeoutException):
        return errors.TimeoutError("network.timeout", method=route.method, path=path, reason=type(error).__name__)
    return errors.ConnectError("network.failed", method=route.method, path=path, reason=type(error).__name__)
