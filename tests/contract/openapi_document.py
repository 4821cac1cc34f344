"""AIOZ's OpenAPI document as the contract tests load it: parsed once, then corrected.

Each entry of :data:`CORRECTIONS` names one place where the document is wrong, silent,
or contradicts a decision of the project about the wire. It records what the document
states, what the API does instead, and why. "The API" is the real API where AIOZ's SDKs
show its behavior, else the project's decision, which the sandbox follows. The
``apply`` function changes the loaded copy only, so the file on disk stays AIOZ's. The
entries marked ``stricter`` make the check harder to pass, never easier.

Live streams (``/live_streams/...``) are in the document but neither aiozstream nor
its sandbox implements them yet, so :func:`load_schema` excludes them explicitly.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import schemathesis
import yaml

OPENAPI_PATH = Path(__file__).resolve().parents[3] / "shared" / "reference" / "aioz-stream-openapi.yaml"
LIVE_STREAMS_PREFIX = "/live_streams"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
RATE_LIMIT_HEADERS = ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Retry-After")

Document = dict[str, Any]


@dataclass(frozen=True)
class Correction:
    """One change to the loaded document, with the evidence for it."""

    name: str
    operations: str
    document_says: str
    api_does: str
    why: str
    apply: Callable[[Document], None]
    stricter: bool = False
    """True when the change only adds requirements that the document leaves out."""


def original_document() -> Document:
    """Return a fresh copy of AIOZ's document exactly as published."""
    return copy.deepcopy(_raw_document())


def corrected_document() -> Document:
    """Return a fresh copy of the document with every entry of :data:`CORRECTIONS` applied."""
    document = original_document()
    for correction in CORRECTIONS:
        correction.apply(document)
    return document


def load_schema(document: Document | None = None, **config: Any) -> Any:
    """Return the schemathesis schema of ``document`` (default: corrected), live streams excluded.

    ``config`` is a schemathesis configuration in its TOML layout, as a dict.
    """
    schema = schemathesis.openapi.from_dict(
        document if document is not None else corrected_document(),
        config=schemathesis.Config.from_dict(config),
    )
    return schema.exclude(path_regex=f"^{LIVE_STREAMS_PREFIX}(/|$)")


def operations(document: Document) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (METHOD, path, operation) for every operation of ``document``."""
    for path, item in document["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield method.upper(), path, item[method]


def contract_operations(document: Document) -> list[str]:
    """Return the ``"METHOD /path"`` labels that the contract covers: all but live streams."""
    return [f"{method} {path}" for method, path, _ in operations(document) if not _is_live_stream(path)]


def _is_live_stream(path: str) -> bool:
    return path == LIVE_STREAMS_PREFIX or path.startswith(LIVE_STREAMS_PREFIX + "/")


@cache
def _raw_document() -> Document:
    # The C loader reads the 550 KB document in about 0.2 s instead of 1.2 s.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(OPENAPI_PATH.read_text(encoding="utf-8"), Loader=loader)


def _responses(document: Document) -> Iterator[tuple[str, dict[str, Any]]]:
    for _, _, operation in operations(document):
        yield from operation["responses"].items()


# The corrections. In the table, payments come first so that the later entries (key
# headers, required envelope) apply to them as well.


def _declare_key_headers(document: Document) -> None:
    schemes = document["components"]["securitySchemes"]
    schemes["StreamPublicKey"] = {"type": "apiKey", "in": "header", "name": "stream-public-key"}
    schemes["StreamSecretKey"] = {"type": "apiKey", "in": "header", "name": "stream-secret-key"}
    key_pair = {"StreamPublicKey": [], "StreamSecretKey": []}
    for _, _, operation in operations(document):
        operation["security"] = [key_pair, *operation.get("security", [])]


def _json_instead_of_any_type(document: Document) -> None:
    for _, response in _responses(document):
        content = response.get("content", {})
        if "*/*" in content:
            content["application/json"] = content.pop("*/*")


def _caption_default_form(document: Document) -> None:
    body = document["paths"]["/media/{id}/captions/{lan}"]["patch"]["requestBody"]
    body["content"]["multipart/form-data"]["schema"] = {
        "type": "object",
        "properties": {"is_default": {"type": "boolean"}},
        "required": ["is_default"],
    }


def _add_payments(document: Document) -> None:
    document["paths"].update(_PAYMENT_PATHS)


def _require_envelope(document: Document) -> None:
    schemas = document["components"]["schemas"]
    for _, response in _responses(document):
        for content in response.get("content", {}).values():
            reference = content["schema"].get("$ref", "")
            schema = schemas.get(reference.rsplit("/", 1)[-1], content["schema"])
            properties = schema.get("properties", {})
            # GetMediaPlayerInfoResponse has a status too, the media's, but no envelope.
            payload = next((name for name in ("data", "message") if name in properties), None)
            if "status" in properties and payload is not None:
                schema["required"] = ["status", payload]


def _forbid_undeclared_fields(document: Document) -> None:
    def close(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("properties") and "additionalProperties" not in node:
                node["additionalProperties"] = False
            for value in node.values():
                close(value)
        elif isinstance(node, list):
            for value in node:
                close(value)

    close(document["components"]["schemas"])
    for _, response in _responses(document):
        close(response.get("content", {}))


def _require_rate_limit_headers(document: Document) -> None:
    for _, response in _responses(document):
        for name, header in response.get("headers", {}).items():
            if name in RATE_LIMIT_HEADERS:
                header["required"] = True


CORRECTIONS: list[Correction] = [
    Correction(
        name="payments",
        operations="GET /payment/usage, GET /payment/top_ups, GET /payment/billings",
        document_says="nothing: the document has no payments endpoints",
        api_does="serves them as the skill document names them (query orderBy and sortBy); "
        "the bodies are the sandbox's own, described here with every field required",
        why="aiozstream calls these endpoints, so the contract covers them; the schema pins the "
        "sandbox's bodies so that a change to them is noticed",
        apply=_add_payments,
    ),
    Correction(
        name="key headers",
        operations="every operation",
        document_says="security is Basic or Bearer only",
        api_does="authenticates the stream-public-key and stream-secret-key headers (Basic with "
        "the same pair too; the sandbox rejects Bearer with 401)",
        why="AIOZ's Node and Go SDKs send the two key headers; undeclared, schemathesis's "
        "ignored-auth probe cannot take them off to prove that auth is enforced",
        apply=_declare_key_headers,
    ),
    Correction(
        name="JSON content type",
        operations="GET /media/{id}/complete, POST /media/{id}/part, POST and DELETE "
        "/media/{id}/thumbnail, GET /media/cost",
        document_says="responses of type */*",
        api_does="returns application/json, like every other operation",
        why="*/* matches any content type, so the content type check would pass anything; "
        "AIOZ's Node SDK needs exactly application/json",
        apply=_json_instead_of_any_type,
        stricter=True,
    ),
    Correction(
        name="caption default form",
        operations="PATCH /media/{id}/captions/{lan}",
        document_says="multipart body whose schema is a bare boolean",
        api_does="reads the multipart form field is_default (true or false)",
        why="a multipart body is a set of named fields and cannot be a boolean; AIOZ's Go SDK "
        "sends the field is_default",
        apply=_caption_default_form,
    ),
    Correction(
        name="envelope required",
        operations="every operation whose response schema has a status field",
        document_says="no field is required",
        api_does="always sends status with data (or with message for ResponseSuccess and ResponseError)",
        why="without required fields an empty object {} passes every schema",
        apply=_require_envelope,
        stricter=True,
    ),
    Correction(
        name="no undeclared fields",
        operations="every schema with properties",
        document_says="additionalProperties unset, so any extra field passes",
        api_does="returns the documented field names only",
        why="a misspelt field (media_id for id) would otherwise pass as an extra field next to a missing one",
        apply=_forbid_undeclared_fields,
        stricter=True,
    ),
    Correction(
        name="rate-limit headers required",
        operations="every response that declares them",
        document_says="X-RateLimit-Limit, -Remaining and -Retry-After declared, not required",
        api_does="sends all three on every response",
        why="clients back off on 429 by X-RateLimit-Retry-After, so its absence is a defect",
        apply=_require_rate_limit_headers,
        stricter=True,
    ),
]


# Payments, as the sandbox serves them (see aiozstream.emulator.areas.payments).

_NUMBER = {"type": "number"}
_TEXT = {"type": "string"}


def _closed_object(properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def _query(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"in": "query", "name": name, "required": False, "schema": schema}


def _payment_operation(parameters: list[dict[str, Any]], data: dict[str, Any]) -> dict[str, Any]:
    envelope = _closed_object({"status": _TEXT, "data": data})
    error = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ResponseError"}}}}
    return {
        "get": {
            "parameters": parameters,
            "security": [{"BasicAuth": []}, {"Bearer": []}],
            "responses": {
                "200": {"description": "OK", "content": {"application/json": {"schema": envelope}}},
                "400": {"description": "Bad Request", **error},
                "500": {"description": "Internal Server Error", **error},
            },
        }
    }


_LIST_QUERY = [
    _query("limit", {"type": "integer", "minimum": 1, "maximum": 100}),
    _query("offset", {"type": "integer", "minimum": 0}),
    _query("orderBy", {"type": "string", "enum": ["asc", "desc"]}),
    _query("sortBy", {"type": "string", "enum": ["created_at", "amount"]}),
]
_USAGE_FIELDS = {
    name: _NUMBER
    for name in (
        "storage",
        "storage_cost",
        "delivery",
        "delivery_cost",
        "transcode",
        "transcode_cost",
    )
}
_TOP_UP = _closed_object(
    {"id": _TEXT, "amount": _NUMBER, "transaction_id": _TEXT, "status": _TEXT, "created_at": _TEXT}
)
_BILLING = _closed_object(
    {
        "id": _TEXT,
        "period": _TEXT,
        **_USAGE_FIELDS,
        "amount": _NUMBER,
        "status": _TEXT,
        "created_at": _TEXT,
    }
)
_PAYMENT_PATHS = {
    "/payment/usage": _payment_operation(
        [_query("from", {"type": "integer", "minimum": 0}), _query("to", {"type": "integer", "minimum": 0})],
        _closed_object({**_USAGE_FIELDS, "total_cost": _NUMBER, "balance": _NUMBER}),
    ),
    "/payment/top_ups": _payment_operation(
        _LIST_QUERY,
        _closed_object({"top_ups": {"type": "array", "items": _TOP_UP}, "total": {"type": "integer"}}),
    ),
    "/payment/billings": _payment_operation(
        _LIST_QUERY,
        _closed_object({"billings": {"type": "array", "items": _BILLING}, "total": {"type": "integer"}}),
    ),
}
