"""The sync and async request loops: send, parse the envelope, retry with backoff.

Both clients share :class:`BaseClient`; they differ only in the httpx client
they hold and in how they sleep between attempts.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any

import httpx

from aiozstream._core.base import BaseClient, network_error
from aiozstream.routes import Route

logger = logging.getLogger("aiozstream.http")

# Builds a fresh request body for each attempt, so a retry resends from the start.
SyncContentFactory = Callable[[], Iterator[bytes] | bytes]
AsyncContentFactory = Callable[[], AsyncIterator[bytes] | bytes]


class SyncAPIClient(BaseClient):
    """Blocking client: one ``httpx.Client`` with connection reuse."""

    def __init__(self, *args: Any, http_client: httpx.Client | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._http = http_client or httpx.Client(timeout=self.timeout, follow_redirects=False)
        self.sleep: Callable[[float], None] = time.sleep

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def request(
        self,
        route: Route,
        *,
        path_params: Mapping[str, str] | None = None,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        data: Mapping[str, Any] | None = None,
        files: Any = None,
        content_factory: SyncContentFactory | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Send ``route`` and return the envelope's data, retrying what is safe to retry."""
        url = self._url(route, path_params)
        attempt = 0
        while True:
            attempt += 1
            request = self._http.build_request(
                route.method,
                url,
                params=params,
                json=json,
                data=data,
                files=files,
                content=content_factory() if content_factory else None,
                headers={**self._default_headers(), **(headers or {})},
            )
            try:
                response = self._http.send(request)
            except httpx.TransportError as error:
                wait = self._retry_wait(route, attempt, error)
                _log_attempt(route, attempt, type(error).__name__, wait)
                if wait is None:
                    raise network_error(route, url, error) from error
                self.sleep(wait)
                continue

            _log_attempt(route, attempt, response.status_code, None)
            if response.status_code == 429 or response.status_code >= 500:
                wait = self._retry_wait(route, attempt, response)
                if wait is not None:
                    _log_attempt(route, attempt, response.status_code, wait)
                    self.sleep(wait)
                    continue
            return self._parse(route, response)


class AsyncAPIClient(BaseClient):
    """Asyncio client: one ``httpx.AsyncClient`` with connection reuse."""

    def __init__(self, *args: Any, http_client: httpx.AsyncClient | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._http = http_client or httpx.AsyncClient(timeout=self.timeout, follow_redirects=False)
        self.sleep: Callable[[float], Any] = asyncio.sleep

    async def close(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def request(
        self,
        route: Route,
        *,
        path_params: Mapping[str, str] | None = None,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        data: Mapping[str, Any] | None = None,
        files: Any = None,
        content_factory: AsyncContentFactory | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Send ``route`` and return the envelope's data, retrying what is safe to retry."""
        url = self._url(route, path_params)
        attempt = 0
        while True:
            attempt += 1
            request = self._http.build_request(
                route.method,
                url,
                params=params,
                json=json,
                data=data,
                files=files,
                content=content_factory() if content_factory else None,
                headers={**self._default_headers(), **(headers or {})},
            )
            try:
                response = await self._http.send(request)
            except httpx.TransportError as error:
                wait = self._retry_wait(route, attempt, error)
                _log_attempt(route, attempt, type(error).__name__, wait)
                if wait is None:
                    raise network_error(route, url, error) from error
                await self.sleep(wait)
                continue

            _log_attempt(route, attempt, response.status_code, None)
            if response.status_code == 429 or response.status_code >= 500:
                wait = self._retry_wait(route, attempt, response)
                if wait is not None:
                    _log_attempt(route, attempt, response.status_code, wait)
                    await self.sleep(wait)
                    continue
            return self._parse(route, response)


def _log_attempt(route: Route, attempt: int, outcome: object, wait: float | None) -> None:
    if wait is None:
        logger.debug("%s %s attempt %d -> %s", route.method, route.template, attempt, outcome)
    else:
        logger.info("%s %s attempt %d -> %s; retrying in %.2fs", route.method, route.template, attempt, outcome, wait)
