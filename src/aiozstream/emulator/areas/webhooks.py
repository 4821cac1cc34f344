"""Webhooks area: create, list, get, update, delete and check.

Responses follow AIOZ's OpenAPI document: ``POST /webhooks`` returns 201 with
``{"webhook": Webhook}``, ``GET /webhooks/{id}`` returns ``{"webhook": Webhook}``,
``GET /webhooks`` returns ``{"webhooks": [...], "total": N}``, and update, delete and
check return ``ResponseSuccess``. Subscriptions are one boolean per event; a body with
an ``events`` list of names (as some clients send) is accepted too.

``POST /webhooks/check/{id}`` really calls the URL (see
:mod:`aiozstream.emulator.delivery` for the body). It returns success when the URL
responded with a 2xx status, otherwise 400 with the status or connection error.
"""

from __future__ import annotations

import uuid
from typing import Any
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import Response

from aiozstream import routes
from aiozstream.emulator import validation
from aiozstream.emulator.areas import ApiRoute
from aiozstream.emulator.context import Sandbox
from aiozstream.emulator.delivery import EVENT_TYPES, WEBHOOKS, check_payload, post_json
from aiozstream.emulator.responses import ApiError, success, success_message
from aiozstream.emulator.store import utc_timestamp

DEFAULT_PAGE_SIZE = 25
MAX_PAGE_SIZE = 100
MAX_URL_LENGTH = 2048
SORT_FIELDS = ("created_at", "name")
SORT_DIRECTIONS = ("asc", "desc")


async def create_webhook(request: Request, sandbox: Sandbox) -> Response:
    data = await validation.read_json_or_form(request)
    now = utc_timestamp()
    record = {
        "id": str(uuid.uuid4()),
        "user_id": sandbox.user_id,
        "name": validation.optional_string(data, "name", max_length=validation.MAX_NAME_LENGTH)
        or "",
        "url": _url(data),
        **_subscriptions(data, default=False),
        "created_at": now,
        "updated_at": now,
        "last_triggered_at": "",
    }
    sandbox.store.put(WEBHOOKS, record["id"], record)
    return success({"webhook": record}, status=201)


async def list_webhooks(request: Request, sandbox: Sandbox) -> Response:
    """List with ``search`` (in names), ``sort_by``, ``order_by``, paging and event filters."""
    query = dict(request.query_params)
    search = validation.optional_string(query, "search", max_length=validation.MAX_NAME_LENGTH)
    sort_field = query.get("sort_by") or "created_at"
    if sort_field not in SORT_FIELDS:
        raise validation.bad_request(
            f"sort_by must be one of {', '.join(SORT_FIELDS)}, got {sort_field!r}"
        )
    direction = query.get("order_by") or "asc"
    if direction not in SORT_DIRECTIONS:
        raise validation.bad_request(
            f"order_by must be one of {', '.join(SORT_DIRECTIONS)}, got {direction!r}"
        )
    offset = validation.optional_int(query, "offset", minimum=0) or 0
    limit = (
        validation.optional_int(query, "limit", minimum=1, maximum=MAX_PAGE_SIZE)
        or DEFAULT_PAGE_SIZE
    )
    filters = {
        event: validation.optional_bool(query, event)
        for event in EVENT_TYPES
        if query.get(event) is not None
    }

    selected = []
    for record in sandbox.store.records(WEBHOOKS):
        if search and search.lower() not in record["name"].lower():
            continue
        if any(bool(record[event]) != wanted for event, wanted in filters.items()):
            continue
        selected.append(record)
    selected.sort(
        key=lambda record: (record[sort_field], record["created_at"]), reverse=direction == "desc"
    )
    page = selected[offset : offset + limit]
    return success({"webhooks": page, "total": len(selected)})


async def get_webhook(request: Request, sandbox: Sandbox) -> Response:
    return success({"webhook": _find(request, sandbox)})


async def update_webhook(request: Request, sandbox: Sandbox) -> Response:
    record = _find(request, sandbox)
    data = await validation.read_json_or_form(request)
    changes: dict[str, Any] = {}
    if "url" in data:
        changes["url"] = _url(data)
    name = validation.optional_string(data, "name", max_length=validation.MAX_NAME_LENGTH)
    if name is not None:
        changes["name"] = name
    changes.update(_subscriptions(data, default=None))
    changes["updated_at"] = utc_timestamp()
    sandbox.store.update(WEBHOOKS, record["id"], changes)
    return success_message("webhook updated")


async def delete_webhook(request: Request, sandbox: Sandbox) -> Response:
    record = _find(request, sandbox)
    sandbox.store.delete(WEBHOOKS, record["id"])
    return success_message("webhook deleted")


async def check_webhook(request: Request, sandbox: Sandbox) -> Response:
    """Call the webhook's URL once with a test body; succeed only on a 2xx response."""
    record = _find(request, sandbox)
    result = await post_json(
        record["url"],
        check_payload(record),
        timeout=sandbox.config.webhook_timeout,
        headers={"X-Sandbox-Delivery-Attempt": "1"},
    )
    if not result.ok:
        raise ApiError(400, f"webhook URL {record['url']} is not reachable: {result.describe()}")
    return success_message(f"webhook URL {record['url']} answered {result.describe()}")


ROUTES = [
    ApiRoute(routes.WEBHOOK_CREATE, create_webhook),
    ApiRoute(routes.WEBHOOK_LIST, list_webhooks),
    ApiRoute(routes.WEBHOOK_GET, get_webhook),
    ApiRoute(routes.WEBHOOK_UPDATE, update_webhook),
    ApiRoute(routes.WEBHOOK_DELETE, delete_webhook),
    ApiRoute(routes.WEBHOOK_CHECK, check_webhook),
]


def _find(request: Request, sandbox: Sandbox) -> dict[str, Any]:
    webhook_id = validation.require_uuid(request.path_params["id"], "webhook")
    record = sandbox.store.get(WEBHOOKS, webhook_id)
    if record is None:
        raise validation.not_found("webhook", webhook_id)
    return record


def _url(data: dict[str, Any]) -> str:
    value = validation.required_string(data, "url", max_length=MAX_URL_LENGTH).strip()
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError for a port outside 0-65535
        valid = parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:
        valid = False
    if not valid or any(character.isspace() for character in value):
        raise validation.bad_request(f"url must be an http or https URL with a host, got {value!r}")
    return value


def _subscriptions(data: dict[str, Any], *, default: bool | None) -> dict[str, bool]:
    """Read the event flags; ``default`` fills absent ones (``None``: leave them out)."""
    flags: dict[str, bool] = {}
    for event in EVENT_TYPES:
        value = validation.optional_bool(data, event)
        if value is not None:
            flags[event] = value
        elif default is not None:
            flags[event] = default

    events = data.get("events")
    if events is not None:
        names = validation.string_list(data, "events") or []
        unknown = [name for name in names if name not in EVENT_TYPES]
        if unknown:
            raise validation.bad_request(
                f"events lists unknown events {', '.join(unknown)}: "
                f"allowed are {', '.join(EVENT_TYPES)}"
            )
        flags.update({event: event in names for event in EVENT_TYPES})
    return flags
