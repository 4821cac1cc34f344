"""Build the sandbox's Starlette app from one route table.

Request path, outermost first: the request log, the gate (rate limit and API keys),
then the route wrapper, which applies the fault rules and turns :class:`ApiError`
into an error envelope. API routes live under ``/api``; admin routes under
``/_sandbox`` need no keys.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route

from aiozstream.emulator.admin import admin_routes
from aiozstream.emulator.areas import ApiRoute, api_keys, captions, chapters, media, playlists, user
from aiozstream.emulator.areas import analytics as analytics_area
from aiozstream.emulator.areas import payments as payment_area
from aiozstream.emulator.areas import players as player_area
from aiozstream.emulator.areas import webhooks as webhook_area
from aiozstream.emulator.config import SandboxConfig
from aiozstream.emulator.context import Sandbox
from aiozstream.emulator.delivery import WebhookSender
from aiozstream.emulator.faults import (
    ConnectionDropped,
    DroppedResponse,
    FaultInjector,
    delay_for,
    raise_for_faults,
)
from aiozstream.emulator.gate import ApiGateMiddleware, RateLimiter
from aiozstream.emulator.requestlog import API_PREFIX, RequestLog, RequestLogMiddleware, annotate
from aiozstream.emulator.responses import ApiError, error, from_api_error
from aiozstream.emulator.store import Store
from aiozstream.emulator.transcode import Transcoder
from aiozstream.emulator.uploads import UploadRegistry

API_ROUTES: list[ApiRoute] = [
    *media.ROUTES,
    # Other areas: one line each.
    *analytics_area.ROUTES,
    *payment_area.ROUTES,
    *player_area.ROUTES,
    *api_keys.ROUTES,
    *playlists.ROUTES,
    *user.ROUTES,
    *captions.ROUTES,
    *chapters.ROUTES,
    *webhook_area.ROUTES,
]
"""Every API endpoint the sandbox serves; each new area adds its ``ROUTES`` here."""

logger = logging.getLogger("aiozstream.emulator")


def create_app(config: SandboxConfig | None = None) -> Starlette:
    """Build a sandbox app whose ``app.state.sandbox`` is its :class:`Sandbox`.

    Without ``config.data_dir`` the app keeps its state in a temporary folder that it
    deletes at ASGI lifespan shutdown.
    """
    config = config or SandboxConfig()
    temporary_dir = None
    if config.data_dir is None:
        temporary_dir = Path(tempfile.mkdtemp(prefix="aiozstream-sandbox-"))
        config = replace(config, data_dir=temporary_dir)

    sandbox = _build_sandbox(config)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        webhook_sender = WebhookSender.start(sandbox)
        sandbox.transcoder.resume()
        try:
            yield
        finally:
            await sandbox.transcoder.stop()
            await webhook_sender.stop()
            if temporary_dir is not None:
                shutil.rmtree(temporary_dir, ignore_errors=True)

    routes = [_api_route(sandbox, api_route) for api_route in _by_specificity(API_ROUTES)]
    app = Starlette(
        routes=[*routes, *admin_routes(sandbox)],
        middleware=[
            Middleware(RequestLogMiddleware, log=sandbox.requests),
            Middleware(ApiGateMiddleware, config=config, limiter=sandbox.limiter),
        ],
        exception_handlers={HTTPException: _http_exception},
        lifespan=lifespan,
    )
    # A trailing slash is a different, unknown path to the real API; redirecting it
    # would hide client bugs and change POST into GET in some clients.
    app.router.redirect_slashes = False
    app.state.sandbox = sandbox
    return app


def _build_sandbox(config: SandboxConfig) -> Sandbox:
    assert config.data_dir is not None
    store = Store(config.data_dir, starting_balance=config.starting_balance)
    return Sandbox(
        config=config,
        store=store,
        faults=FaultInjector(config.faults),
        requests=RequestLog(config.request_log_size),
        limiter=RateLimiter(config.rate_limit, config.rate_limit_window),
        uploads=UploadRegistry(),
        transcoder=Transcoder(
            store,
            delay=config.transcode_delay,
            price_per_quality_second=config.price_per_quality_second,
        ),
    )


def _api_route(sandbox: Sandbox, api_route: ApiRoute) -> Route:
    async def endpoint(request: Request) -> Response:
        annotate(request, route=api_route.name)
        try:
            if not api_route.applies_own_faults:
                fired = sandbox.faults.evaluate(api_route.name)
                request.state.faults = fired
                annotate(request, faults=[rule.kind for rule in fired])
                await delay_for(fired)
                raise_for_faults(fired)
            return await api_route.handler(request, sandbox)
        except ApiError as exc:
            path = request.url.path
            logger.debug("%s %s -> %d %s", request.method, path, exc.status, exc.message)
            return from_api_error(exc)
        except HTTPException as exc:
            # Starlette raises these itself, for example on a malformed form body.
            return error(exc.status_code, str(exc.detail), headers=exc.headers)
        except ConnectionDropped:
            logger.info(
                "dropping the connection of %s %s on purpose", request.method, request.url.path
            )
            return DroppedResponse()
        except ClientDisconnect:
            logger.info("client disconnected during %s %s", request.method, request.url.path)
            return error(400, "client disconnected before the request body was complete")
        except Exception:
            logger.exception("sandbox handler for %s %s failed", request.method, request.url.path)
            return error(500, "internal error in the sandbox; see its log for the traceback")

    return Route(
        API_PREFIX + api_route.route.template,
        endpoint,
        methods=[api_route.route.method],
        name=api_route.name,
    )


def _by_specificity(api_routes: list[ApiRoute]) -> list[ApiRoute]:
    # Starlette tries routes in order, so /media/cost must come before /media/{id}:
    # at each path segment a literal sorts before a parameter.
    def key(api_route: ApiRoute) -> list[int]:
        return [
            1 if segment.startswith("{") else 0 for segment in api_route.route.template.split("/")
        ]

    return sorted(api_routes, key=key)


async def _http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        message = f"no such endpoint: {request.method} {request.url.path}"
    elif exc.status_code == 405:
        message = f"method {request.method} is not allowed on {request.url.path}"
    else:
        message = str(exc.detail)
    return error(exc.status_code, message, headers=exc.headers)
