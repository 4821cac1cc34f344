"""Every operation of AIOZ's OpenAPI document, sent once with valid input to the sandbox.

Each response must have a 2xx status and pass schemathesis's checks against the
corrected document (status code, content type, headers and body schema), plus the
project's own checks in :mod:`.checks`.
"""

from __future__ import annotations

import pytest

from .checks import CHECKS
from .openapi_document import contract_operations, corrected_document, load_schema
from .requests_table import REQUESTS
from .world import World

SCHEMA = load_schema()


@pytest.mark.parametrize("label", list(REQUESTS))
def test_operation_answers_as_documented(world: World, label: str) -> None:
    method, path = label.split(" ", 1)
    case = SCHEMA[path][method].Case(**REQUESTS[label](world))

    response = case.call_and_validate(
        base_url=world.base_url, headers=world.auth_headers, checks=CHECKS
    )

    assert 200 <= response.status_code < 300, response.text


def test_table_covers_every_operation() -> None:
    assert sorted(REQUESTS) == sorted(contract_operations(corrected_document()))
