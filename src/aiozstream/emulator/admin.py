"""Admin endpoints under ``/_sandbox``: no API keys, for tests and for people trying things.

* ``GET /_sandbox/health``: ``{"status": "success", "data": {"ok": true}}``.
* ``GET /_sandbox/requests`` (``?route=MEDIA_PART&method=POST``), ``DELETE`` clears.
* ``GET /_sandbox/faults``; ``POST`` adds one rule (a JSON object) or several
  (``{"faults": [...]}``); ``PUT`` replaces them all; ``DELETE`` clears.
* ``GET /_sandbox/balance``; ``PUT`` or ``POST`` ``{"balance": 0.5}`` sets it.
* ``GET /_sandbox/events`` (``?after=SEQ&media_id=ID``): the lifecycle events.
* ``GET /_sandbox/media/{id}/source``: the assembled bytes of a completed upload.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route

from aiozstream.emulator.context import Sandbox
from aiozstream.emulator.faults import FaultRule
from aiozstream.emulator.responses import ApiError, error, from_api_error, success
from aiozstream.emulator.validation import require_uuid

ADMIN_PREFIX = "/_sandbox"


def admin_routes(sandbox: Sandbox) -> list[Route]:
    """Build the admin routes, bound to one sandbox."""

    async def health(request: Request) -> Response:
        return success({"ok": True})

    async def requests(request: Request) -> Response:
        if request.method == "DELETE":
            sandbox.requests.clear()
            return success({"requests": []})
        route = request.query_params.get("route")
        method = request.query_params.get("method")
        return success({"requests": sandbox.requests.entries(route=route, method=method)})

    async def faults(request: Request) -> Response:
        if request.method == "DELETE":
            sandbox.faults.clear()
        elif request.method in ("POST", "PUT"):
            try:
                rules = _parse_fault_rules(await _json_body(request))
            except ApiError as exc:
                return from_api_error(exc)
            if request.method == "PUT":
                sandbox.faults.replace(rules)
            else:
                for rule in rules:
                    sandbox.faults.add(rule)
        return success({"faults": sandbox.faults.rules()})

    async def balance(request: Request) -> Response:
        if request.method in ("POST", "PUT"):
            try:
                data = await _json_body(request)
            except ApiError as exc:
                return from_api_error(exc)
            value = data.get("balance") if isinstance(data, dict) else None
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                return error(400, 'send {"balance": NUMBER}')
            sandbox.store.set_balance(value)
        return success({"balance": sandbox.store.balance})

    async def events(request: Request) -> Response:
        after = request.query_params.get("after", "0")
        if not after.isdigit():
            return error(400, f"after must be a whole number, got {after!r}")
        media_id = request.query_params.get("media_id")
        return success({"events": sandbox.store.events(after=int(after), media_id=media_id)})

    async def source(request: Request) -> Response:
        try:
            media_id = require_uuid(request.path_params["id"], "media")
        except ApiError as exc:
            return from_api_error(exc)
        path = sandbox.store.assembled_path(media_id)
        if not path.is_file():
            return error(404, f"media {media_id} has no assembled upload")
        return FileResponse(path, media_type="application/octet-stream")

    return [
        Route(f"{ADMIN_PREFIX}/health", health, methods=["GET"]),
        Route(f"{ADMIN_PREFIX}/requests", requests, methods=["GET", "DELETE"]),
        Route(f"{ADMIN_PREFIX}/faults", faults, methods=["GET", "POST", "PUT", "DELETE"]),
        Route(f"{ADMIN_PREFIX}/balance", balance, methods=["GET", "POST", "PUT"]),
        Route(f"{ADMIN_PREFIX}/events", events, methods=["GET"]),
        Route(f"{ADMIN_PREFIX}/media/{{id}}/source", source, methods=["GET"]),
    ]


async def _json_body(request: Request) -> Any:
    try:
        return json.loads(await request.body() or b"null")
    except ValueError as exc:
        raise ApiError(400, f"request body is not valid JSON: {exc}") from None


def _parse_fault_rules(data: Any) -> list[FaultRule]:
    items = data.get("faults") if isinstance(data, dict) and "faults" in data else data
    if isinstance(items, dict):
        items = [items]
    if not isinstance(items, list):
        raise ApiError(400, 'send a fault object, a list of them, or {"faults": [...]}')
    try:
        return [FaultRule.from_dict(item) for item in items]
    except (TypeError, ValueError) as exc:
        raise ApiError(400, f"invalid fault: {exc}") from None
