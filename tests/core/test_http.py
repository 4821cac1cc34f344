"""The core request loop: auth headers, envelopes, errors, retries, quoting, paging."""

from __future__ import annotations

import base64
import logging

import httpx
import pytest
import respx

from aiozstream import Client, errors, routes
from aiozstream._core.base import RetryPolicy
from tests.conftest import PLANTED_SECRET

BASE = "http://127.0.0.1:9/api"


@pytest.fixture
def client():
    sleeps: list[float] = []
    api = Client("pub-key", PLANTED_SECRET, base_url=BASE, retry=RetryPolicy(max_retries=3, initial=0.01, maximum=0.02))
    api.sleep = sleeps.append
    api.sleeps = sleeps
    yield api
    api.close()


def success(data):
    return httpx.Response(200, json={"status": "success", "data": data})


@respx.mock
def test_every_request_carries_both_auth_headers(client):
    route = respx.get(f"{BASE}/media/m1").mock(return_value=success({"id": "m1"}))
    client.media.get("m1")
    sent = route.calls.last.request.headers
    assert sent["stream-public-key"] == "pub-key"
    assert sent["stream-secret-key"] == PLANTED_SECRET
    expected_basic = base64.b64encode(f"pub-key:{PLANTED_SECRET}".encode()).decode()
    assert sent["authorization"] == f"Basic {expected_basic}"


@respx.mock
def test_success_envelope_returns_data_model(client):
    respx.get(f"{BASE}/media/m1").mock(return_value=success({"id": "m1", "title": "T", "surprise": 1}))
    media = client.media.get("m1")
    assert media.id == "m1"
    assert media.title == "T"
    assert media.model_extra == {"surprise": 1}


@respx.mock
def test_error_envelope_raises_with_server_message(client):
    respx.get(f"{BASE}/media/nope").mock(
        return_value=httpx.Response(404, json={"status": "error", "message": "media not found"})
    )
    with pytest.raises(errors.NotFoundError) as caught:
        client.media.get("nope")
    assert caught.value.message == "media not found"
    assert caught.value.status_code == 404
    assert caught.value.exit_code == errors.EXIT_API
    assert "media not found" in str(caught.value)


@respx.mock
def test_error_status_in_200_envelope_still_raises(client):
    respx.get(f"{BASE}/media/m1").mock(return_value=httpx.Response(200, json={"status": "error", "message": "bad"}))
    with pytest.raises(errors.BadRequestError):
        client.media.get("m1")


@respx.mock
def test_server_error_retried_then_succeeds(client):
    route = respx.get(f"{BASE}/media/m1").mock(
        side_effect=[httpx.Response(500, json={"status": "error", "message": "boom"}), success({"id": "m1"})]
    )
    assert client.media.get("m1").id == "m1"
    assert route.call_count == 2
    assert len(client.sleeps) == 1


@respx.mock
def test_create_not_retried_on_server_error(client):
    route = respx.post(f"{BASE}/media/create").mock(
        return_value=httpx.Response(500, json={"status": "error", "message": "boom"})
    )
    with pytest.raises(errors.ServerError):
        client.media.create("title")
    assert route.call_count == 1


@respx.mock
def test_create_not_retried_on_dropped_answer(client):
    route = respx.post(f"{BASE}/media/create").mock(side_effect=httpx.ReadError("reset"))
    with pytest.raises(errors.ConnectError):
        client.media.create("title")
    assert route.call_count == 1


@respx.mock
def test_rate_limit_waits_for_server_retry_after(client):
    route = respx.get(f"{BASE}/media/m1").mock(
        side_effect=[
            httpx.Response(
                429, json={"status": "error", "message": "slow down"}, headers={"X-RateLimit-Retry-After": "7"}
            ),
            success({"id": "m1"}),
        ]
    )
    client.media.get("m1")
    assert route.call_count == 2
    assert client.sleeps == [7.0]


@respx.mock
def test_rate_limit_wait_is_capped(client):
    respx.get(f"{BASE}/media/m1").mock(
        side_effect=[
            httpx.Response(429, json={"status": "error", "message": "x"}, headers={"X-RateLimit-Retry-After": "99999"}),
            success({"id": "m1"}),
        ]
    )
    client.media.get("m1")
    assert client.sleeps == [client.retry.max_server_wait]


@respx.mock
def test_network_failure_after_retries_is_network_error(client):
    route = respx.get(f"{BASE}/media/m1").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(errors.NetworkError) as caught:
        client.media.get("m1")
    assert route.call_count == 4
    assert caught.value.exit_code == errors.EXIT_NETWORK
    assert "/api/media/m1" in str(caught.value)


@respx.mock
def test_timeout_maps_to_timeout_error(client):
    respx.get(f"{BASE}/media/m1").mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(errors.TimeoutError):
        client.media.get("m1")


@respx.mock
def test_path_ids_are_quoted(client):
    route = respx.get(f"{BASE}/media/a%2Fb%3Fc").mock(return_value=success({"id": "a/b?c"}))
    client.media.get("a/b?c")
    assert route.called


def test_empty_id_rejected_before_request(client):
    with respx.mock(assert_all_called=False) as mock:
        catch_all = mock.route().mock(return_value=success({}))
        with pytest.raises(errors.InputError):
            client.media.get("  ")
        assert not catch_all.called


@respx.mock
def test_list_iterates_every_page(client):
    pages = [
        {"media": [{"id": "a"}, {"id": "b"}], "total": 5},
        {"media": [{"id": "c"}, {"id": "d"}], "total": 5},
        {"media": [{"id": "e"}], "total": 5},
    ]
    route = respx.post(f"{BASE}/media").mock(side_effect=[success(page) for page in pages])
    page = client.media.list(limit=2, status=["done"])
    assert [item.id for item in page.items] == ["a", "b"]
    assert [item.id for item in page] == ["a", "b", "c", "d", "e"]
    offsets = [httpx.Request("POST", "x", content=call.request.content) for call in route.calls]
    assert len(offsets) == 3
    import json

    bodies = [json.loads(call.request.content) for call in route.calls]
    assert [body["offset"] for body in bodies] == [0, 2, 4]
    assert bodies[0]["status"] == ["done"]


@respx.mock
def test_update_sends_only_given_fields(client):
    import json

    route = respx.patch(f"{BASE}/media/m1").mock(return_value=success({"id": "m1"}))
    client.media.update("m1", title="New", description=None)
    assert json.loads(route.calls.last.request.content) == {"title": "New", "description": None}


@respx.mock
def test_cost_query_joins_qualities(client):
    route = respx.get(f"{BASE}/media/cost").mock(return_value=success({"price": 1.5, "is_enough": True}))
    cost = client.media.cost(type="video", duration=5.6, qualities=["720p", "1080p"])
    assert cost.is_enough is True
    params = route.calls.last.request.url.params
    assert params["qualities"] == "720p,1080p"
    assert params["type"] == "video"
    assert params["duration"] == "5.6"


@respx.mock
def test_secret_absent_from_reprs_errors_and_debug_log(client, caplog):
    caplog.set_level(logging.DEBUG, logger="aiozstream")
    respx.get(f"{BASE}/media/m1").mock(
        return_value=httpx.Response(401, json={"status": "error", "message": f"bad key {PLANTED_SECRET}"})
    )
    with pytest.raises(errors.AuthenticationError) as caught:
        client.media.get("m1")
    from aiozstream._core.redaction import redact

    assert PLANTED_SECRET not in repr(client)
    assert PLANTED_SECRET not in repr(client.credentials)
    assert PLANTED_SECRET not in redact(str(caught.value))
    assert PLANTED_SECRET not in caplog.text


def test_missing_credentials_names_the_variables(monkeypatch):
    with pytest.raises(errors.MissingCredentialsError) as caught:
        Client(base_url=BASE)
    assert "AIOZ_PUBLIC_KEY" in str(caught.value)
    assert "AIOZ_SECRET_KEY" in str(caught.value)
    assert caught.value.exit_code == errors.EXIT_INPUT


def test_credentials_from_environment(monkeypatch):
    monkeypatch.setenv("AIOZ_PUBLIC_KEY", "env-pub")
    monkeypatch.setenv("AIOZ_SECRET_KEY", "env-secret")
    with Client(base_url=BASE) as api:
        assert api.credentials.public_key == "env-pub"


def test_base_url_from_environment(monkeypatch):
    monkeypatch.setenv("AIOZ_BASE_URL", "http://127.0.0.1:1/x/")
    with Client("p", "s") as api:
        assert api.base_url == "http://127.0.0.1:1/x"


def test_routes_fill_and_quote():
    assert routes.MEDIA_PART.path_for(id="m 1") == "/media/m%201/part"
    assert routes.MEDIA_CREATE in routes.NOT_RETRIED
