"""JSON envelopes of the AIOZ Stream API and the error that handlers raise.

Success: ``{"status": "success", "data": ...}``, or ``{"status": "success",
"message": ...}`` where AIOZ's OpenAPI document responds with ``ResponseSuccess``.
Error: ``{"status": "error", "message": ...}``.

Every JSON response carries exactly ``Content-Type: application/json``: AIOZ's Node SDK
rejects ``application/json; charset=utf-8``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from starlette.responses import Response

JSON_CONTENT_TYPE = "application/json"


class ApiError(Exception):
    """An error response: raise it from a handler and the route wrapper renders the envelope."""

    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = dict(headers or {})


class JSONResponse(Response):
    """A compact UTF-8 JSON response whose Content-Type has no charset parameter."""

    media_type = JSON_CONTENT_TYPE

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def success(data: Any, status: int = 200) -> JSONResponse:
    return JSONResponse({"status": "success", "data": data}, status_code=status)


def success_message(message: str) -> JSONResponse:
    """Return the OpenAPI ``ResponseSuccess`` shape, which has a message and no data."""
    return JSONResponse({"status": "success", "message": message})


def error(status: int, message: str, headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse(
        {"status": "error", "message": message}, status_code=status, headers=headers
    )


def from_api_error(exc: ApiError) -> JSONResponse:
    return error(exc.status, exc.message, exc.headers)
