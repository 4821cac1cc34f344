"""The checks that contract responses go through."""

from __future__ import annotations

from schemathesis import Case, CheckContext, Response
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    ignored_auth,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)


def exact_json_content_type(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """Require ``Content-Type: application/json`` exactly, without a charset parameter.

    AIOZ's Node SDK rejects ``application/json; charset=utf-8``, which the schemathesis
    content type check accepts as a match.
    """
    values = [
        value
        for name, header_values in response.headers.items()
        if name.lower() == "content-type"
        for value in header_values
    ]
    assert values == ["application/json"], f"Content-Type must be exactly application/json, got {values}"
    return None


RESPONSE_CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    exact_json_content_type,
    response_headers_conformance,
    response_schema_conformance,
]
"""Checks of one response against the document and the project's wire rules."""

CHECKS = [*RESPONSE_CHECKS, ignored_auth]
"""The response checks plus the auth probe, which resends the request without the keys
and with wrong ones (about five more requests) and expects 401 or 403."""
