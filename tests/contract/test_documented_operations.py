"""Every operation of AIOZ's OpenAPI document, sent once with valid input to the sandbox.

Each response must have a 2xx status and pass the checks of :mod:`.checks` against the
corrected document: status code, content type, headers and body schema, no server
error, and auth enforced.
"""

from __future__ import annotations

import pytest

from .checks import CHECKS
from .openapi_document import contract_operations, corrected_document, load_schema
from .requests_table import REQUESTS
from .world import World

SCHEMA = load_schema()

# NOTE: the sandbox does not serve these two documented endpoints, and aiozstream's SDK
# does not call them. Each strict xfail turns into a failure once the sandbox serves it.
NOT_SERVED = {"GET /analytics/data", "GET /analytics/media"}


def _with_marks(label: str) -> object:
    if label in NOT_SERVED:
        reason = f"the sandbox does not serve {label} yet"
        return pytest.param(label, marks=pytest.mark.xfail(reason=reason, strict=True))
    return label


@pytest.mark.parametrize("label", [_with_marks(label) for label in REQUESTS])
def test_operation_conforms_to_document(world: World, label: str) -> None:
    method, path = label.split(" ", 1)
    case = SCHEMA[path][method].Case(**REQUESTS[label](world))

    response = case.call_and_validate(base_url=world.base_url, headers=world.auth_headers, checks=CHECKS)

    assert 200 <= response.status_code < 300, response.text


def test_table_covers_every_operation() -> None:
    assert sorted(REQUESTS) == sorted(contract_operations(corrected_document()))


def test_live_streams_are_excluded() -> None:
    labels = contract_operations(corrected_document())
    covered = {f"{operation.method.upper()} {operation.path}" for operation in _schema_operations()}

    assert not any("/live_streams" in label for label in labels)
    assert covered == set(labels)


def _schema_operations() -> list:
    return [result.ok() for result in SCHEMA.get_all_operations()]
