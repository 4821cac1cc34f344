"""What the players resource puts on the wire, captured with an httpx mock transport."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest

from aiozstream import BadRequestError, Client

from .conftest import PNG_LOGO

PLAYER_ID = "11111111-1111-4111-8111-111111111111"
MEDIA_ID = "22222222-2222-4222-8222-222222222222"
PLAYER = {"id": PLAYER_ID, "name": "brand", "is_default": False}


def recording_client(
    respond: Callable[[httpx.Request], httpx.Response] | None = None,
) -> tuple[Client, list[httpx.Request]]:
    """Return a client whose requests are recorded and answered by ``respond``."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        sent.append(request)
        if respond is not None:
            return respond(request)
        return httpx.Response(200, json={"status": "success", "data": {"player_theme": PLAYER}})

    transport = httpx.Client(transport=httpx.MockTransport(handler))
    client = Client("public", "secret", base_url="http://127.0.0.1:9/api", http_client=transport)
    return client, sent


def test_create_sends_converted_theme() -> None:
    client, sent = recording_client()

    client.players.create(
        "brand",
        theme={"text_color": "#fff", "control_bar_height": 40},
        controls={"force_autoplay": True},
        is_default=False,
    )

    (request,) = sent
    assert request.method == "POST"
    assert request.url.path == "/api/players"
    assert json.loads(request.content) == {
        "name": "brand",
        "is_default": False,
        "theme": {"text_color": "rgba(255, 255, 255, 1)", "control_bar_height": "40px"},
        "controls": {"force_autoplay": True},
    }


def test_update_sends_only_given_fields() -> None:
    client, sent = recording_client(
        lambda request: httpx.Response(200, json={"status": "success", "data": {"name": "x"}})
    )

    change = client.players.update(PLAYER_ID, theme={"main_color": "teal"})

    (request,) = sent
    assert request.method == "PATCH"
    assert request.url.path == f"/api/players/{PLAYER_ID}"
    assert json.loads(request.content) == {"theme": {"main_color": "rgba(0, 128, 128, 1)"}}
    assert change.player_theme.id == PLAYER_ID
    assert change.player_theme.name == "x"


def test_list_sends_query_parameters() -> None:
    empty = {"status": "success", "data": {"player_themes": [], "total": 0}}
    client, sent = recording_client(lambda request: httpx.Response(200, json=empty))

    client.players.list(search="br", sort_by="name", order_by="desc", offset=5, limit=10)

    (request,) = sent
    assert request.method == "GET"
    assert dict(request.url.params) == {
        "search": "br",
        "sort_by": "name",
        "order_by": "desc",
        "offset": "5",
        "limit": "10",
    }


def test_logo_upload_sends_file_and_link_fields() -> None:
    client, sent = recording_client(
        lambda request: httpx.Response(200, json={"status": "success", "data": PLAYER})
    )

    client.players.upload_logo(PLAYER_ID, PNG_LOGO, link="https://example.com")

    (request,) = sent
    body = request.content
    assert request.url.path == f"/api/players/{PLAYER_ID}/logo"
    assert request.headers["content-type"].startswith("multipart/form-data")
    assert b'name="link"' in body
    assert b"https://example.com" in body
    assert b'name="logo_link"' not in body
    assert b'name="file"; filename="logo.png"' in body
    assert b"Content-Type: image/png" in body
    assert PNG_LOGO.read_bytes() in body


@pytest.mark.parametrize(
    ("method_name", "path"),
    [("assign", "/api/players/add-player"), ("unassign", "/api/players/remove-player")],
)
def test_assignment_body_uses_media_id(method_name: str, path: str) -> None:
    ok = {"status": "success", "message": "ok"}
    client, sent = recording_client(lambda request: httpx.Response(200, json=ok))

    getattr(client.players, method_name)(PLAYER_ID, MEDIA_ID)

    (request,) = sent
    assert request.method == "POST"
    assert request.url.path == path
    assert json.loads(request.content) == {"media_id": MEDIA_ID, "player_theme_id": PLAYER_ID}


def test_delete_failure_unrelated_to_media_is_raised() -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        if request.method == "DELETE":
            return httpx.Response(400, json={"status": "error", "message": "locked"})
        return httpx.Response(200, json={"status": "success", "data": {"media": [], "total": 0}})

    client, sent = recording_client(respond)

    with pytest.raises(BadRequestError, match="locked"):
        client.players.delete(PLAYER_ID, unassign_media=True)

    assert [request.method for request in sent] == ["DELETE", "POST"]
