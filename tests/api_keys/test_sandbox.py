"""The sandbox's API keys area over raw HTTP: OpenAPI shapes and the validation of each field."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest

from aiozstream import routes
from aiozstream.emulator import SandboxServer
from tests.playlists.support import check_against, response_schema


@pytest.fixture
def http(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.base_url, headers=sandbox.auth_headers, timeout=10) as raw:
        yield raw


def create(http: httpx.Client, **fields: object) -> httpx.Response:
    return http.post(
        "/api_keys", json={"api_key_name": "raw", "ttl": "60", "type": "full_access", **fields}
    )


def test_responses_match_document(http: httpx.Client) -> None:
    created = create(http)
    key_id = created.json()["data"]["api_key"]["id"]
    responses = [
        (routes.API_KEY_CREATE, 201, created),
        (routes.API_KEY_LIST, 200, http.get("/api_keys")),
        (
            routes.API_KEY_RENAME,
            200,
            http.patch(f"/api_keys/{key_id}", json={"api_key_name": "renamed"}),
        ),
        (routes.API_KEY_DELETE, 200, http.delete(f"/api_keys/{key_id}")),
        (routes.API_KEY_DELETE, 404, http.delete(f"/api_keys/{key_id}")),
        (routes.API_KEY_CREATE, 400, create(http, ttl="0")),
    ]

    for route, status, response in responses:
        where = f"{route.method} {route.template} {status}"
        assert response.status_code == status, (where, response.text)
        check_against(response.json(), response_schema(route, status), where)


def test_secret_only_in_create_answer(sandbox: SandboxServer, http: httpx.Client) -> None:
    created = create(http, api_key_name="secretive").json()["data"]["api_key"]

    listed = http.get("/api_keys", params={"search": "secretive"}).json()["data"]["api_keys"]

    assert created["secret"]
    assert created["truncated_secret"] == f"{created['secret'][:4]}...{created['secret'][-4:]}"
    assert all("secret" not in entry for entry in listed)
    state = (sandbox.config.data_dir / "state.json").read_text()
    assert created["secret"] not in state


@pytest.mark.parametrize("ttl", ["0", "2147483648", "abc", "24h", "", -5, True, None])
def test_create_rejects_bad_ttl(http: httpx.Client, ttl: object) -> None:
    response = create(http, ttl=ttl)

    assert response.status_code == 400
    assert "ttl" in response.json()["message"]


@pytest.mark.parametrize("ttl", ["1", "2147483647", 3600])
def test_create_accepts_ttl_range(http: httpx.Client, ttl: object) -> None:
    response = create(http, ttl=ttl)

    assert response.status_code == 201, response.text
    assert response.json()["data"]["api_key"]["ttl"] == str(ttl)


def test_create_checks_type_and_name(http: httpx.Client) -> None:
    bad_type = create(http, type="read")
    no_name = http.post("/api_keys", json={"ttl": "60", "type": "full_access"})
    wrong_field = http.post("/api_keys", json={"name": "x", "ttl": "60", "type": "full_access"})

    assert bad_type.status_code == 400
    assert "full_access" in bad_type.json()["message"]
    assert no_name.status_code == 400
    assert "api_key_name" in wrong_field.json()["message"]


def test_create_accepts_form(http: httpx.Client) -> None:
    response = http.post(
        "/api_keys", data={"api_key_name": "form", "ttl": "60", "type": "only_upload"}
    )

    assert response.status_code == 201
    assert response.json()["data"]["api_key"]["type"] == "only_upload"


@pytest.mark.parametrize(
    "params",
    [{"sort_by": "type"}, {"order_by": "up"}, {"limit": "101"}, {"limit": "0"}, {"offset": "-1"}],
)
def test_list_rejects_bad_query(http: httpx.Client, params: dict) -> None:
    assert http.get("/api_keys", params=params).status_code == 400


def test_ids_are_checked(http: httpx.Client) -> None:
    assert http.patch("/api_keys/invalid-id", json={"api_key_name": "x"}).status_code == 400
    assert http.patch(f"/api_keys/{uuid.uuid4()}", json={"api_key_name": "x"}).status_code == 404
    key_id = create(http).json()["data"]["api_key"]["id"]
    assert http.patch(f"/api_keys/{key_id}", json={"api_key_name": ""}).status_code == 400
