"""The sandbox's players area over raw HTTP, so an SDK bug cannot hide a sandbox bug.

Responses are checked against AIOZ's OpenAPI document with the emulator tests' checker.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from aiozstream import routes
from aiozstream.emulator import SandboxServer
from tests.emulator.support import api_client, create_media
from tests.emulator.test_openapi import check_against, response_schema

from .conftest import JPEG_LOGO, PNG_LOGO, VIDEO

MISSING_ID = "00000000-0000-4000-8000-000000000000"
FULL_THEME = {
    "text_color": "rgba(255, 255, 255, 1)",
    "main_color": "rgba(255, 102, 0, 1)",
    "control_bar_background_color": "rgba(0, 0, 0, 0.5)",
    "menu_background_color": "rgba(0, 0, 0, 1)",
    "menu_item_background_hover": "rgba(128, 128, 128, 1)",
    "text_track_color": "rgba(255, 255, 255, 1)",
    "text_track_background": "rgba(0, 0, 0, 0.75)",
    "control_bar_height": "40px",
    "progress_bar_height": "4px",
    "progress_bar_circle_size": "12.5px",
}


@pytest.fixture
def http(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with api_client(sandbox) as client:
        yield client


def create_player(http: httpx.Client, **fields) -> dict:
    response = http.post("/players", json={"name": "brand", **fields})
    assert response.status_code == 201, response.text
    return response.json()["data"]["player_theme"]


def test_responses_match_document(http: httpx.Client) -> None:
    created = http.post(
        "/players",
        json={
            "name": "brand",
            "is_default": True,
            "theme": FULL_THEME,
            "controls": {"hide_title": True},
        },
    )
    player_id = created.json()["data"]["player_theme"]["id"]
    media_id = create_media(http)["id"]
    responses = [
        (routes.PLAYER_CREATE, 201, created),
        (routes.PLAYER_GET, 200, http.get(f"/players/{player_id}")),
        (routes.PLAYER_LIST, 200, http.get("/players")),
        (routes.PLAYER_UPDATE, 200, http.patch(f"/players/{player_id}", json={"name": "new"})),
        (
            routes.PLAYER_LOGO_UPLOAD,
            200,
            http.post(
                f"/players/{player_id}/logo",
                files={"file": ("logo.png", PNG_LOGO.read_bytes(), "image/png")},
                data={"link": "https://example.com"},
            ),
        ),
        (routes.PLAYER_LOGO_DELETE, 200, http.delete(f"/players/{player_id}/logo")),
        (
            routes.PLAYER_ASSIGN,
            200,
            http.post(
                "/players/add-player", json={"player_theme_id": player_id, "media_id": media_id}
            ),
        ),
        (
            routes.PLAYER_UNASSIGN,
            200,
            http.post(
                "/players/remove-player", json={"player_theme_id": player_id, "media_id": media_id}
            ),
        ),
        (routes.PLAYER_DELETE, 200, http.delete(f"/players/{player_id}")),
        (routes.PLAYER_GET, 404, http.get(f"/players/{player_id}")),
        (routes.PLAYER_GET, 400, http.get("/players/not-a-uuid")),
    ]

    for route, status, response in responses:
        assert response.status_code == status, (route, response.text)
        assert response.headers["content-type"] == "application/json"
        check_against(
            response.json(), response_schema(route, status), f"{route.method} {route.template}"
        )


def test_create_returns_full_player_theme(http: httpx.Client, sandbox: SandboxServer) -> None:
    player = create_player(http, theme=FULL_THEME, controls={"force_loop": True})

    assert player["theme"] == FULL_THEME
    assert player["controls"]["force_loop"] is True
    assert player["asset"] == {"logo_link": "", "logo_image_link": ""}
    assert player["user_id"]
    assert player["created_at"]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("text_color", "#ffffff"),
        ("text_color", "white"),
        ("main_color", "rgb(255, 0, 0)"),
        ("main_color", "rgba(256, 0, 0, 1)"),
        ("main_color", "rgba(255, 0, 0, 1.5)"),
        ("control_bar_height", "40"),
        ("control_bar_height", "2em"),
        ("progress_bar_height", 4),
    ],
)
def test_rejects_unconverted_values(http: httpx.Client, field: str, value) -> None:
    response = http.post("/players", json={"theme": {field: value}})

    assert response.status_code == 400
    assert response.json()["status"] == "error"
    assert f"theme.{field}" in response.json()["message"]


def test_update_merges_theme_fields(http: httpx.Client) -> None:
    player = create_player(http, theme=FULL_THEME)

    response = http.patch(
        f"/players/{player['id']}", json={"theme": {"text_color": "rgba(0, 0, 0, 1)"}}
    )

    data = response.json()["data"]
    assert set(data) == {"name", "is_default", "theme", "controls"}
    assert data["theme"] == {**FULL_THEME, "text_color": "rgba(0, 0, 0, 1)"}
    assert data["name"] == "brand"


def test_default_clears_the_others(http: httpx.Client) -> None:
    first = create_player(http, is_default=True)
    second = create_player(http, is_default=True)
    third = create_player(http)

    def defaults() -> dict[str, bool]:
        themes = http.get("/players").json()["data"]["player_themes"]
        return {theme["id"]: theme["is_default"] for theme in themes}

    assert defaults() == {first["id"]: False, second["id"]: True, third["id"]: False}
    http.patch(f"/players/{third['id']}", json={"is_default": True})
    assert defaults() == {first["id"]: False, second["id"]: False, third["id"]: True}


def test_list_query_checks(http: httpx.Client) -> None:
    create_player(http)

    assert http.get("/players", params={"limit": 101}).status_code == 400
    assert http.get("/players", params={"offset": -1}).status_code == 400
    assert http.get("/players", params={"sort_by": "size"}).status_code == 400
    assert http.get("/players", params={"order_by": "up"}).status_code == 400
    assert http.get("/players", params={"search": "BRA"}).json()["data"]["total"] == 1
    assert http.get("/players", params={"search": "zzz"}).json()["data"]["total"] == 0


@pytest.mark.parametrize(("logo", "extension"), [(PNG_LOGO, "png"), (JPEG_LOGO, "jpg")])
def test_logo_accepts_skill_document_link_field(
    http: httpx.Client, sandbox: SandboxServer, logo, extension: str
) -> None:
    player = create_player(http)

    response = http.post(
        f"/players/{player['id']}/logo",
        files={"file": (logo.name, logo.read_bytes())},
        data={"logo_link": "https://example.com/a"},
    )

    assert response.status_code == 200, response.text
    asset = response.json()["data"]["asset"]
    assert asset["logo_link"] == "https://example.com/a"
    assert asset["logo_image_link"] == f"{sandbox.base_url}/players/{player['id']}/logo.{extension}"


def test_logo_checks(http: httpx.Client, wide_png, heavy_png) -> None:
    player_id = create_player(http)["id"]

    def upload(content: bytes, **data: str) -> httpx.Response:
        return http.post(
            f"/players/{player_id}/logo", files={"file": ("logo.png", content)}, data=data
        )

    wide = upload(wide_png.read_bytes())
    heavy = upload(heavy_png.read_bytes())
    video = upload(VIDEO.read_bytes()[:50_000])
    truncated = upload(PNG_LOGO.read_bytes()[:1500])
    bad_link = upload(PNG_LOGO.read_bytes(), link="invalid-link")
    no_file = http.post(f"/players/{player_id}/logo", data={"link": "https://example.com"})

    assert wide.status_code == 400
    assert "300x50" in wide.json()["message"]
    assert heavy.status_code == 400
    assert "102400 bytes" in heavy.json()["message"]
    assert video.status_code == 400
    assert "JPEG or PNG" in video.json()["message"]
    assert truncated.status_code == 400
    assert "JPEG or PNG" in truncated.json()["message"]
    assert bad_link.status_code == 400
    assert "link" in bad_link.json()["message"]
    assert no_file.status_code == 400


def test_delete_logo_without_logo_is_not_found(http: httpx.Client) -> None:
    player_id = create_player(http)["id"]

    assert http.delete(f"/players/{player_id}/logo").status_code == 404


def test_assignment_accepts_video_id(http: httpx.Client, sandbox: SandboxServer) -> None:
    player_id = create_player(http)["id"]
    media_id = create_media(http)["id"]

    added = http.post(
        "/players/add-player", json={"player_theme_id": player_id, "video_id": media_id}
    )

    assert added.status_code == 200, added.text
    assert http.get(f"/media/{media_id}").json()["data"]["player_theme_id"] == player_id


def test_assignment_checks(http: httpx.Client) -> None:
    player_id = create_player(http)["id"]
    media_id = create_media(http)["id"]

    def add(**body: str) -> httpx.Response:
        return http.post("/players/add-player", json=body)

    assert add(player_theme_id=player_id).status_code == 400
    assert add(player_theme_id="invalid-id", media_id=media_id).status_code == 400
    assert add(player_theme_id=MISSING_ID, media_id=media_id).status_code == 404
    assert add(player_theme_id=player_id, media_id=MISSING_ID).status_code == 404
    removed = http.post(
        "/players/remove-player", json={"player_theme_id": player_id, "media_id": media_id}
    )
    assert removed.status_code == 400
    assert "does not use" in removed.json()["message"]


def test_delete_rejected_while_assigned(http: httpx.Client, sandbox: SandboxServer) -> None:
    player_id = create_player(http)["id"]
    media_id = create_media(http)["id"]
    http.patch(f"/media/{media_id}", json={"player_id": player_id})

    rejected = http.delete(f"/players/{player_id}")

    assert rejected.status_code == 400
    assert media_id in rejected.json()["message"]
    assert "remove-player" in rejected.json()["message"]
    assert http.get(f"/players/{player_id}").status_code == 200

    http.post("/players/remove-player", json={"player_theme_id": player_id, "media_id": media_id})

    assert http.delete(f"/players/{player_id}").status_code == 200
    assert http.get(f"/players/{player_id}").status_code == 404


def test_players_survive_restart(tmp_path) -> None:
    from aiozstream.emulator import SandboxConfig

    config = SandboxConfig(data_dir=tmp_path / "kept", transcode_delay=0)
    with SandboxServer(config) as first, api_client(first) as http:
        player_id = create_player(http, is_default=True)["id"]
        http.post(f"/players/{player_id}/logo", files={"file": ("logo.png", PNG_LOGO.read_bytes())})

    with SandboxServer(config) as second, api_client(second) as http:
        player = http.get(f"/players/{player_id}").json()["data"]["player_theme"]

    assert player["is_default"] is True
    assert player["asset"]["logo_image_link"].endswith("logo.png")
