"""AIOZ's OpenAPI document as the contract tests load it: parsed once, then corrected.

Each entry of :data:`CORRECTIONS` names one place where the document is wrong or
contradicts a decision of the project about the wire, says what the document states,
what the real API (or the decision) does instead, and why. The entry's ``apply``
function changes the loaded copy only; the file on disk stays AIOZ's.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

OPENAPI_PATH = Path(__file__).resolve().parents[3] / "shared" / "reference" / "aioz-stream-openapi.yaml"

LIVE_STREAMS_PREFIX = "/live_streams"
"""Live streams are in the document but not yet in aiozstream or its sandbox."""

HTTP_METHODS = ("get", "put", "post", "delete", "patch")

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


@cache
def _raw_document() -> Document:
    # The C loader reads the 550 KB document in about 0.2 s instead of 1.2 s.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(OPENAPI_PATH.read_text(encoding="utf-8"), Loader=loader)


def original_document() -> Document:
    """Return a fresh copy of AIOZ's document exactly as published."""
    return copy.deepcopy(_raw_document())


def corrected_document() -> Document:
    """Return a fresh copy of the document with every entry of :data:`CORRECTIONS` applied."""
    document = original_document()
    for correction in CORRECTIONS:
        correction.apply(document)
    return document


def operations(document: Document) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (METHOD, path, operation) for every operation of ``document``."""
    for path, item in document["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield method.upper(), path, item[method]


def contract_operations(document: Document) -> list[str]:
    """Return the ``"METHOD /path"`` labels the contract covers: all but live streams."""
    return [
        f"{method} {path}"
        for method, path, _ in operations(document)
        if not path.startswith(LIVE_STREAMS_PREFIX)
    ]


# Corrections. Each function changes the loaded document in place.


def _add_key_header_auth(document: Document) -> None:
    schemes = document["components"]["securitySchemes"]
    schemes["StreamPublicKey"] = {"type": "apiKey", "in": "header", "name": "stream-public-key"}
    schemes["StreamSecretKey"] = {"type": "apiKey", "in": "header", "name": "stream-secret-key"}
    for _, _, operation in operations(document):
        operation["security"] = [{"StreamPublicKey": [], "StreamSecretKey": []}, *operation.get("security", [])]


CORRECTIONS: list[Correction] = [
    Correction(
        name="key headers",
        operations="every operation",
        document_says="security: BasicAuth or Bearer only",
        api_does="authenticates the stream-public-key and stream-secret-key headers "
        "(and Basic with the same pair)",
        why="AIOZ's SDKs send the two key headers; without them declared, the ignored-auth "
        "check cannot remove the credentials it probes with",
        apply=_add_key_header_auth,
    ),
]


def load_schema(document: Document | None = None) -> Any:
    """Return the schemathesis schema of ``document`` (default: the corrected one), live streams excluded."""
    import schemathesis

    schema = schemathesis.openapi.from_dict(document or corrected_document())
    return schema.exclude(path_regex=f"^{LIVE_STREAMS_PREFIX}")
