"""API keys area: create, list, rename and delete key pairs.

The full ``secret`` appears only in the response that creates a key. The store keeps
its SHA-256 digest and the ``truncated_secret`` that lists show, never the secret
itself. Keys created here do not open the sandbox's gate, which accepts only the
configured key pair.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from aiozstream import routes
from aiozstream.emulator import validation
from aiozstream.emulator.areas import ApiRoute
from aiozstream.emulator.context import Sandbox
from aiozstream.emulator.responses import success, success_message
from aiozstream.emulator.store import utc_timestamp

API_KEYS = "api_keys"
MAX_TTL_SECONDS = 2_147_483_647
KEY_TYPES = ("full_access", "only_upload")
SORT_FIELDS = ("created_at", "name")
SORT_DIRECTIONS = ("asc", "desc")
DEFAULT_PAGE_SIZE = 25
MAX_PAGE_SIZE = 100


async def create_api_key(request: Request, sandbox: Sandbox) -> Response:
    """Create a key from ``api_key_name``, ``ttl`` (seconds, as a string) and ``type``."""
    data = await validation.read_json_or_form(request)
    name = _key_name(data)
    ttl = _ttl(data.get("ttl"))
    key_type = data.get("type")
    if key_type not in KEY_TYPES:
        raise validation.bad_request(
            f"invalid type {key_type!r}: allowed are {', '.join(KEY_TYPES)}"
        )

    secret = secrets.token_hex(32)
    created = datetime.now(timezone.utc)
    now = utc_timestamp()
    record = {
        "id": str(uuid.uuid4()),
        "name": name,
        "public_key": secrets.token_hex(16),
        "secret_sha256": hashlib.sha256(secret.encode()).hexdigest(),
        "truncated_secret": f"{secret[:4]}...{secret[-4:]}",
        "type": key_type,
        "ttl": str(ttl),
        "expired_at": (created + timedelta(seconds=ttl)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "created_at": now,
        "updated_at": now,
    }
    sandbox.store.put(API_KEYS, record["id"], record)
    return success({"api_key": {**_render(record), "secret": secret}}, status=201)


async def list_api_keys(request: Request, sandbox: Sandbox) -> Response:
    """List keys with the query parameters of the OpenAPI document, never with their secrets."""
    query = request.query_params
    search = query.get("search") or ""
    sort_field = _choice(query.get("sort_by"), "sort_by", SORT_FIELDS, "created_at")
    direction = _choice(query.get("order_by"), "order_by", SORT_DIRECTIONS, "asc")
    offset = validation.optional_int(dict(query), "offset", minimum=0) or 0
    limit = (
        validation.optional_int(dict(query), "limit", minimum=1, maximum=MAX_PAGE_SIZE)
        or DEFAULT_PAGE_SIZE
    )

    selected = [
        record
        for record in sandbox.store.records(API_KEYS)
        if search.lower() in record["name"].lower()
    ]
    selected.sort(
        key=lambda record: (record[sort_field], record["created_at"]), reverse=direction == "desc"
    )
    page = [_render(record) for record in selected[offset : offset + limit]]
    return success({"api_keys": page, "total": len(selected)})


async def rename_api_key(request: Request, sandbox: Sandbox) -> Response:
    record = _find_key(request, sandbox)
    data = await validation.read_json_or_form(request)
    sandbox.store.update(
        API_KEYS, record["id"], {"name": _key_name(data), "updated_at": utc_timestamp()}
    )
    return success_message("api key renamed")


async def delete_api_key(request: Request, sandbox: Sandbox) -> Response:
    record = _find_key(request, sandbox)
    sandbox.store.delete(API_KEYS, record["id"])
    return success_message("api key deleted")


ROUTES = [
    ApiRoute(routes.API_KEY_CREATE, create_api_key),
    ApiRoute(routes.API_KEY_LIST, list_api_keys),
    ApiRoute(routes.API_KEY_RENAME, rename_api_key),
    ApiRoute(routes.API_KEY_DELETE, delete_api_key),
]


def _find_key(request: Request, sandbox: Sandbox) -> dict[str, Any]:
    key_id = validation.require_uuid(request.path_params["id"], "api key")
    record = sandbox.store.get(API_KEYS, key_id)
    if record is None:
        raise validation.not_found("api key", key_id)
    return record


def _key_name(data: dict[str, Any]) -> str:
    if "api_key_name" not in data and "name" in data:
        raise validation.bad_request(
            "api_key_name is required (the field is api_key_name, not name)"
        )
    name = validation.required_string(data, "api_key_name", max_length=validation.MAX_NAME_LENGTH)
    return name.strip()


def _ttl(value: Any) -> int:
    """Read the lifetime: whole seconds from 1 to 2147483647, as a string of digits or a number."""
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdecimal():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_TTL_SECONDS:
        raise validation.bad_request(
            f"invalid ttl {value!r}: send whole seconds from 1 to {MAX_TTL_SECONDS}"
        )
    return value


def _choice(value: str | None, name: str, allowed: tuple[str, ...], default: str) -> str:
    if not value:
        return default
    if value not in allowed:
        raise validation.bad_request(f"invalid {name} {value!r}: allowed are {', '.join(allowed)}")
    return value


def _render(record: dict[str, Any]) -> dict[str, Any]:
    """Return a stored key as the OpenAPI ``ApiKey`` object, without its secret."""
    expired = record["expired_at"] <= datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {
        "id": record["id"],
        "name": record["name"],
        "public_key": record["public_key"],
        "truncated_secret": record["truncated_secret"],
        "type": record["type"],
        "ttl": record["ttl"],
        "status": "expired" if expired else "active",
        "expired_at": record["expired_at"],
        "created_at": record["created_at"],
        "updated_at": record["updated_at"],
        "last_requested_at": "",
    }
