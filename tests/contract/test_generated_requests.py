"""Requests that schemathesis generates from the corrected document, sent to the sandbox.

Whatever the sandbox returns (success, 400, 404), the status must be one that the
document declares for that operation, with a body of the declared schema. The run is bounded and
repeatable: a few positive examples per operation, derandomized.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from schemathesis import Case

from .checks import RESPONSE_CHECKS
from .id_mapping import point_at_world
from .openapi_document import load_schema
from .world import World

EXAMPLES_PER_OPERATION = 10

SCHEMA = load_schema(
    generation={
        "mode": "positive",
        "max-examples": EXAMPLES_PER_OPERATION,
        "deterministic": True,
        # The key pair is sent by the test; generated Authorization headers would be
        # invalid credentials that the sandbox rightly rejects.
        "with-security-parameters": False,
    },
    phases={"coverage": {"enabled": False}, "stateful": {"enabled": False}},
)


@SCHEMA.parametrize()
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_generated_request_conforms(case: Case, world: World) -> None:
    point_at_world(case, world)

    case.call_and_validate(base_url=world.base_url, headers=world.auth_headers, checks=RESPONSE_CHECKS)
