"""API keys, envelopes, exact Content-Type and rate-limit headers."""

from __future__ import annotations

import base64

import httpx
import pytest

from aiozstream.emulator import SandboxServer

from .support import StartSandbox, create_media

PUBLIC = "sandbox-public-key"
SECRET = "sandbox-secret-key"
RATE_HEADERS = ("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-retry-after")


def basic(public: str, secret: str) -> str:
    return "Basic " + base64.b64encode(f"{public}:{secret}".encode()).decode()


def list_media(sandbox: SandboxServer, headers: dict[str, str]) -> httpx.Response:
    return httpx.post(sandbox.base_url + "/media", json={}, headers=headers)


@pytest.mark.parametrize(
    "headers",
    [
        {"stream-public-key": PUBLIC, "stream-secret-key": SECRET},
        {"Authorization": basic(PUBLIC, SECRET)},
        {
            "stream-public-key": PUBLIC,
            "stream-secret-key": SECRET,
            "Authorization": basic(PUBLIC, SECRET),
        },
        # AIOZ's Node SDK sends empty key headers next to Basic when it has only a token pair.
        {"stream-public-key": "", "stream-secret-key": "", "Authorization": basic(PUBLIC, SECRET)},
    ],
    ids=["stream-headers", "basic", "both", "basic-with-empty-headers"],
)
def test_auth_accepts_each_header_form(sandbox: SandboxServer, headers: dict[str, str]) -> None:
    response = list_media(sandbox, headers)

    assert response.status_code == 200, response.text
    assert response.json() == {"status": "success", "data": {"media": [], "total": 0}}


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"stream-public-key": PUBLIC},
        {"stream-public-key": PUBLIC, "stream-secret-key": "wrong-secret"},
        {"stream-public-key": "wrong-public", "stream-secret-key": SECRET},
        {"Authorization": basic(PUBLIC, "wrong-secret")},
        {"Authorization": "Basic not-base64!"},
        {"Authorization": "Bearer some.jwt.token"},
        # Both forms present: each must hold the right pair.
        {
            "stream-public-key": PUBLIC,
            "stream-secret-key": SECRET,
            "Authorization": basic(PUBLIC, "x"),
        },
    ],
    ids=[
        "none",
        "public-only",
        "wrong-secret",
        "wrong-public",
        "basic-wrong-secret",
        "basic-garbage",
        "bearer",
        "headers-right-basic-wrong",
    ],
)
def test_auth_rejects_missing_or_wrong_keys(
    sandbox: SandboxServer, headers: dict[str, str]
) -> None:
    response = list_media(sandbox, headers)

    assert response.status_code == 401
    body = response.json()
    assert body["status"] == "error"
    assert body["message"]
    assert "wrong-secret" not in response.text
    assert SECRET not in response.text


def test_auth_uses_configured_keys(start_sandbox: StartSandbox) -> None:
    sandbox = start_sandbox(public_key="pk-test", secret_key="sk-test")

    default_pair = list_media(sandbox, {"stream-public-key": PUBLIC, "stream-secret-key": SECRET})
    configured_pair = list_media(
        sandbox, {"stream-public-key": "pk-test", "stream-secret-key": "sk-test"}
    )

    assert default_pair.status_code == 401
    assert configured_pair.status_code == 200


def test_config_repr_hides_secret(start_sandbox: StartSandbox) -> None:
    sandbox = start_sandbox(secret_key="planted-secret-123")

    assert "planted-secret-123" not in repr(sandbox.config)


def test_admin_needs_no_keys(sandbox: SandboxServer) -> None:
    response = httpx.get(sandbox.admin_url + "/health")

    assert response.status_code == 200
    assert response.json() == {"status": "success", "data": {"ok": True}}


def test_json_responses_have_exact_content_type(
    sandbox: SandboxServer, client: httpx.Client
) -> None:
    media = create_media(client)
    responses = [
        client.get(f"/media/{media['id']}"),
        client.patch(f"/media/{media['id']}", json={"title": "renamed"}),
        client.get("/media/cost", params={"type": "video", "duration": 10, "qualities": "720p"}),
        client.get("/media/00000000-0000-0000-0000-000000000000"),
        client.get("/no/such/endpoint"),
        httpx.post(sandbox.base_url + "/media", json={}),
    ]

    for response in responses:
        assert response.headers["content-type"] == "application/json", response.request.url


def test_every_api_response_has_rate_limit_headers(
    sandbox: SandboxServer, client: httpx.Client
) -> None:
    responses = [
        client.post("/media", json={}),
        client.get("/media/not-a-uuid"),
        client.get("/no/such/endpoint"),
        httpx.post(sandbox.base_url + "/media", json={}),
    ]

    for response in responses:
        for header in RATE_HEADERS:
            assert response.headers[header].isdigit(), (response.request.url, header)
    assert responses[0].headers["x-ratelimit-limit"] == "1000"


def test_rate_limit_responds_429_when_exceeded(start_sandbox: StartSandbox) -> None:
    sandbox = start_sandbox(rate_limit=3, rate_limit_window=60)
    headers = {"stream-public-key": PUBLIC, "stream-secret-key": SECRET}

    statuses = [list_media(sandbox, headers).status_code for _ in range(4)]
    last = list_media(sandbox, headers)

    assert statuses == [200, 200, 200, 429]
    assert last.json()["status"] == "error"
    assert last.headers["x-ratelimit-remaining"] == "0"
    assert 1 <= int(last.headers["x-ratelimit-retry-after"]) <= 60


def test_error_envelopes_by_status(client: httpx.Client) -> None:
    bad_id = client.get("/media/not-a-uuid")
    unknown_id = client.get("/media/00000000-0000-0000-0000-000000000000")
    unknown_route = client.get("/no/such/endpoint")
    wrong_method = client.put("/media/create")

    assert bad_id.status_code == 400
    assert unknown_id.status_code == 404
    assert unknown_route.status_code == 404
    assert wrong_method.status_code == 405
    for response in (bad_id, unknown_id, unknown_route, wrong_method):
        assert set(response.json()) == {"status", "message"}
        assert response.json()["status"] == "error"
