"""Request parsing and field checks shared by the API areas.

Each check raises :class:`ApiError` 400 with a message that names the field and the
rule, so a client author can fix the request from the message alone.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from typing import Any

from starlette.requests import Request

from aiozstream.emulator.responses import ApiError

MAX_NAME_LENGTH = 255
MAX_DESCRIPTION_LENGTH = 1000
MAX_LIST_ITEMS = 50
FORM_CONTENT_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def bad_request(message: str) -> ApiError:
    return ApiError(400, message)


def not_found(kind: str, record_id: str) -> ApiError:
    return ApiError(404, f"{kind} {record_id} not found")


def require_uuid(value: str, kind: str) -> str:
    """Return ``value`` when it is a UUID, the id format of AIOZ; raise 400 otherwise."""
    try:
        uuid.UUID(value)
    except ValueError:
        raise bad_request(f"invalid {kind} id {value!r}: expected a UUID") from None
    return value


async def read_json_object(request: Request, *, allow_empty: bool = True) -> dict[str, Any]:
    """Parse the body as a JSON object; an empty body is ``{}`` when ``allow_empty``."""
    body = await request.body()
    if not body.strip():
        if allow_empty:
            return {}
        raise bad_request("request body is empty: send a JSON object")
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise bad_request(f"request body is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise bad_request("request body must be a JSON object")
    return data


async def read_json_or_form(request: Request) -> dict[str, Any]:
    """Parse a JSON object, or a URL-encoded or multipart form into a dict.

    A form field sent several times becomes a list; ``tags[]`` counts as ``tags``.
    """
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in FORM_CONTENT_TYPES:
        return await read_json_object(request)

    form = await request.form()
    try:
        data: dict[str, Any] = {}
        for key, value in form.multi_items():
            if not isinstance(value, str):
                continue
            name = key[:-2] if key.endswith("[]") else key
            if name in data:
                previous = data[name]
                data[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
            else:
                data[name] = [value] if key.endswith("[]") else value
        return data
    finally:
        await form.close()


def optional_string(data: Mapping[str, Any], name: str, *, max_length: int) -> str | None:
    value = data.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise bad_request(f"{name} must be a string")
    if len(value) > max_length:
        raise bad_request(f"{name} is {len(value)} characters long; the maximum is {max_length}")
    return value


def required_string(data: Mapping[str, Any], name: str, *, max_length: int) -> str:
    value = optional_string(data, name, max_length=max_length)
    if value is None or not value.strip():
        raise bad_request(f"{name} is required")
    return value


def optional_bool(data: Mapping[str, Any], name: str) -> bool | None:
    """Read a boolean; forms may send ``true``/``false``/``1``/``0`` as text."""
    value = data.get(name)
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "1"):
        return True
    if isinstance(value, str) and value.lower() in ("false", "0"):
        return False
    raise bad_request(f"{name} must be true or false")


def optional_int(
    data: Mapping[str, Any], name: str, *, minimum: int, maximum: int | None = None
) -> int | None:
    value = data.get(name)
    if value is None:
        return None
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise bad_request(f"{name} must be an integer")
    if value < minimum or (maximum is not None and value > maximum):
        upper = f" and at most {maximum}" if maximum is not None else ""
        raise bad_request(f"{name} must be at least {minimum}{upper}, got {value}")
    return value


def string_list(data: Mapping[str, Any], name: str) -> list[str] | None:
    """Read a list of strings; a single string is split on commas (``"a,b"``)."""
    value = data.get(name)
    if value is None:
        return None
    if isinstance(value, str):
        value = [part.strip() for part in value.split(",") if part.strip()]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise bad_request(f"{name} must be a list of strings or a comma-separated string")
    return value


def tags(data: Mapping[str, Any], name: str = "tags") -> list[str] | None:
    """Read tags: at most 50, each at most 255 characters."""
    values = string_list(data, name)
    if values is None:
        return None
    if len(values) > MAX_LIST_ITEMS:
        raise bad_request(f"{name} has {len(values)} items; the maximum is {MAX_LIST_ITEMS}")
    for value in values:
        if len(value) > MAX_NAME_LENGTH:
            raise bad_request(
                f"a tag is {len(value)} characters long; the maximum is {MAX_NAME_LENGTH}"
            )
    return values


def metadata(data: Mapping[str, Any], name: str = "metadata") -> list[dict[str, str]] | None:
    """Read metadata as ``[{"key": ..., "value": ...}]``; a ``{key: value}`` object also works.

    A form may send the list as a JSON string. At most 50 pairs; key and value at most
    255 characters; the key must not be empty.
    """
    value = data.get(name)
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise bad_request(
                f"{name} must be a list of key/value objects or a JSON object"
            ) from None
    if isinstance(value, dict):
        value = [{"key": key, "value": item} for key, item in value.items()]
    if not isinstance(value, list):
        raise bad_request(f"{name} must be a list of key/value objects or a JSON object")
    if len(value) > MAX_LIST_ITEMS:
        raise bad_request(f"{name} has {len(value)} pairs; the maximum is {MAX_LIST_ITEMS}")

    pairs = []
    for item in value:
        if not isinstance(item, dict) or not isinstance(item.get("key"), str):
            raise bad_request(f"each {name} item must be an object with a string key and value")
        key, pair_value = item["key"], item.get("value", "")
        if not isinstance(pair_value, str):
            pair_value = (
                json.dumps(pair_value)
                if not isinstance(pair_value, (int, float))
                else str(pair_value)
            )
        if not key:
            raise bad_request(f"a {name} key is empty")
        if len(key) > MAX_NAME_LENGTH or len(pair_value) > MAX_NAME_LENGTH:
            raise bad_request(f"a {name} key or value is longer than {MAX_NAME_LENGTH} characters")
        pairs.append({"key": key, "value": pair_value})
    return pairs
