"""The contract checks fail on wrong responses, and the corrections only add to the document.

A sandbox whose ``GET /user/me`` handler is replaced by one that responds wrongly, in a
way chosen per test, must fail the same checks that the real handler passes. So must a
sandbox whose gate lets requests without keys through.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from schemathesis.core.failures import FailureGroup
from starlette.requests import Request
from starlette.responses import Response

from aiozstream import routes
from aiozstream.emulator import SandboxConfig, SandboxServer, gate
from aiozstream.emulator import app as sandbox_app
from aiozstream.emulator.areas import ApiRoute
from aiozstream.emulator.areas.user import get_me
from aiozstream.emulator.context import Sandbox
from aiozstream.emulator.responses import JSONResponse, error

from .checks import CHECKS, RESPONSE_CHECKS
from .openapi_document import (
    CORRECTIONS,
    contract_operations,
    corrected_document,
    load_schema,
    operations,
    original_document,
)
from .world import World, key_headers

SCHEMA = load_schema()
USER = {"id": "u-1", "email": "sandbox@example.com", "balance": "1000"}

# Each wrong response of GET /user/me, and a phrase of the failure it must cause.
WRONG_RESPONSES = {
    "field of the wrong type": (
        lambda: JSONResponse({"status": "success", "data": {"user": {**USER, "id": 7}}}),
        'is not of type "string"',
    ),
    "undeclared field": (
        lambda: JSONResponse({"status": "success", "data": {"user": {**USER, "nick": "x"}}}),
        "Additional properties are not allowed",
    ),
    "envelope without data": (
        lambda: JSONResponse({"status": "success"}),
        '"data" is a required property',
    ),
    "charset in content type": (
        lambda: Response(
            json.dumps({"status": "success", "data": {"user": USER}}),
            media_type="application/json; charset=utf-8",
        ),
        "Content-Type must be exactly application/json",
    ),
    "text instead of JSON": (
        lambda: Response("all good", media_type="text/plain"),
        "Undocumented Content-Type",
    ),
    "undocumented status": (
        lambda: error(418, "the sandbox is a teapot"),
        "Undocumented status code",
    ),
    "server error": (lambda: error(500, "the sandbox broke"), "Server error"),
}


class WrongResponse:
    """The response that the replaced handler sends next; tests set ``kind``."""

    kind: str | None = None

    async def handle(self, request: Request, sandbox: Sandbox) -> Response:
        if self.kind is None:
            return await get_me(request, sandbox)
        make_response, _ = WRONG_RESPONSES[self.kind]
        return make_response()


@pytest.fixture(scope="module")
def wrong_response() -> WrongResponse:
    return WrongResponse()


@pytest.fixture(scope="module")
def faulty_world(tmp_path_factory: pytest.TempPathFactory, wrong_response: WrongResponse) -> Iterator[World]:
    """A sandbox whose GET /user/me handler responds as ``wrong_response`` selects."""
    replaced = [
        ApiRoute(routes.USER_ME, wrong_response.handle) if api_route.route == routes.USER_ME else api_route
        for api_route in sandbox_app.API_ROUTES
    ]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sandbox_app, "API_ROUTES", replaced)
        server = SandboxServer(SandboxConfig(data_dir=tmp_path_factory.mktemp("faulty"), transcode_delay=0))
    with server, httpx.Client(base_url=server.base_url, headers=server.auth_headers) as http:
        yield World(sandbox=server, http=http, webhook_url="http://127.0.0.1:9/unused")


def _check_user_me(world: World) -> None:
    case = SCHEMA["/user/me"]["GET"].Case()
    case.call_and_validate(base_url=world.base_url, headers=world.auth_headers, checks=CHECKS)


def test_right_response_passes(faulty_world: World, wrong_response: WrongResponse) -> None:
    wrong_response.kind = None

    _check_user_me(faulty_world)


@pytest.mark.parametrize("kind", list(WRONG_RESPONSES))
def test_wrong_response_fails(faulty_world: World, wrong_response: WrongResponse, kind: str) -> None:
    wrong_response.kind = kind
    _, expected = WRONG_RESPONSES[kind]

    with pytest.raises(FailureGroup) as caught:
        _check_user_me(faulty_world)

    assert expected in str(caught.value)


def test_missing_rate_limit_header_fails() -> None:
    # The sandbox's gate adds these headers to every response, so this one is built here.
    case = SCHEMA["/user/me"]["GET"].Case()
    request = httpx.Request("GET", "http://127.0.0.1:9/api/user/me")
    response = httpx.Response(
        200,
        json={"status": "success", "data": {"user": USER}},
        headers={"Content-Type": "application/json", "X-RateLimit-Limit": "1000"},
        request=request,
    )
    response.read()
    response.elapsed = timedelta(0)  # httpx sets it only on responses that a transport sent

    with pytest.raises(FailureGroup) as caught:
        case.validate_response(response, checks=RESPONSE_CHECKS)

    assert "X-RateLimit-Remaining" in str(caught.value)


def test_ignored_keys_fail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gate, "check_credentials", lambda headers, config: None)
    case = SCHEMA["/user/me"]["GET"].Case()

    with SandboxServer(SandboxConfig(data_dir=tmp_path, transcode_delay=0)) as server:
        with pytest.raises(FailureGroup) as caught:
            case.call_and_validate(base_url=server.base_url, headers=key_headers(server), checks=CHECKS)

    assert "API accepts requests without authentication" in str(caught.value)


@pytest.mark.parametrize("correction", CORRECTIONS, ids=lambda correction: correction.name)
def test_correction_still_changes_document(correction) -> None:
    document = original_document()

    correction.apply(document)

    assert document != original_document(), f"{correction.name!r} changes nothing: drop it"


def test_corrections_keep_documented_responses() -> None:
    corrected = {(method, path): operation for method, path, operation in operations(corrected_document())}

    for method, path, operation in operations(original_document()):
        assert (method, path) in corrected
        assert set(operation["responses"]) <= set(corrected[method, path]["responses"])
    assert set(contract_operations(original_document())) <= set(contract_operations(corrected_document()))
