"""Media create, list, get, update, delete, cost, thumbnail and player info."""

from __future__ import annotations

import httpx
import pytest

from aiozstream.emulator import SandboxServer

from .support import JPEG_FIXTURE, PNG_FIXTURE, StartSandbox, create_media

UNKNOWN_ID = "00000000-0000-0000-0000-000000000000"


def test_create_returns_new_media(sandbox: SandboxServer, client: httpx.Client) -> None:
    media = create_media(
        client,
        title="Holiday",
        description="At the sea",
        is_public=False,
        tags=["beach", "summer"],
        metadata=[{"key": "camera", "value": "x100"}],
        qualities=[
            {"resolution": "720p", "type": "hls", "container_type": "mpegts"},
            {
                "resolution": "2160p",
                "type": "hls",
                "container_type": "fmp4",
                "video_config": {"codec": "h265"},
            },
        ],
    )

    assert media["title"] == "Holiday"
    assert media["description"] == "At the sea"
    assert media["type"] == "video"
    assert media["status"] == "new"
    assert media["is_public"] is False
    assert media["tags"] == ["beach", "summer"]
    assert media["metadata"] == [{"key": "camera", "value": "x100"}]
    assert [quality["name"] for quality in media["qualities"]] == ["720p", "2160p"]
    assert media["qualities"][1]["video_codec"] == "h265"
    assert media["size"] == 0
    assert media["assets"]["hls_url"] == ""
    assert sandbox.store.get("media", media["id"])["title"] == "Holiday"


def test_create_defaults(client: httpx.Client) -> None:
    media = create_media(client)

    assert media["type"] == "video"
    assert media["is_public"] is True
    assert [quality["name"] for quality in media["qualities"]] == ["1080p", "720p", "360p"]


def test_create_accepts_url_encoded_form(client: httpx.Client) -> None:
    response = client.post(
        "/media/create",
        data={"title": "From a form", "type": "audio", "is_public": "false", "tags": ["a", "b"]},
    )

    assert response.status_code == 200, response.text
    media = response.json()["data"]
    assert media["title"] == "From a form"
    assert media["type"] == "audio"
    assert media["is_public"] is False
    assert media["tags"] == ["a", "b"]


def test_create_audio_presets(client: httpx.Client) -> None:
    media = create_media(
        client,
        type="audio",
        qualities=[{"resolution": "lossless", "audio_config": {"codec": "flac", "bitrate": 0}}],
    )

    assert media["type"] == "audio"
    assert media["qualities"][0]["name"] == "lossless"
    assert media["qualities"][0]["audio_codec"] == "flac"
    assert media["qualities"][0]["video_codec"] == ""


@pytest.mark.parametrize(
    ("fields", "message_part"),
    [
        ({"title": ""}, "title is required"),
        ({"title": "a" * 256}, "maximum is 255"),
        ({"description": "a" * 1001}, "maximum is 1000"),
        ({"type": "podcast"}, "type must be video or audio"),
        ({"tags": ["a" * 256]}, "tag"),
        ({"metadata": [{"key": "a" * 256, "value": "v"}]}, "metadata"),
        ({"qualities": [{"resolution": "4320p"}]}, "h264 supports resolutions up to 2160p"),
        ({"qualities": [{"resolution": "999p"}]}, "resolution must be one of"),
        ({"qualities": [{"type": "video/mp4", "container_type": "mp4"}]}, "resolution"),
        ({"qualities": [{"resolution": "720p", "container_type": "mp4"}]}, "container_type"),
        ({"qualities": [{"resolution": "720p", "video_config": {"codec": "vp9"}}]}, "codec"),
        ({"qualities": [{"resolution": "720p"}, {"resolution": "720p"}]}, "twice"),
        (
            {"type": "audio", "qualities": [{"resolution": "720p"}]},
            "standard, good, highest, lossless",
        ),
        (
            {
                "type": "audio",
                "qualities": [{"resolution": "good", "video_config": {"codec": "h264"}}],
            },
            "audio_config only",
        ),
        ({"type": "video", "qualities": [{"resolution": "good"}]}, "240p"),
    ],
)
def test_create_rejects_invalid_fields(
    client: httpx.Client, fields: dict, message_part: str
) -> None:
    response = client.post("/media/create", json={"title": "clip", **fields})

    assert response.status_code == 400
    assert message_part in response.json()["message"]


def test_create_accepts_4320p_with_h265(client: httpx.Client) -> None:
    media = create_media(
        client, qualities=[{"resolution": "4320p", "video_config": {"codec": "h265"}}]
    )

    assert media["qualities"][0]["name"] == "4320p"


def test_create_rejects_invalid_json(client: httpx.Client) -> None:
    response = client.post(
        "/media/create", content=b"{not json", headers={"Content-Type": "application/json"}
    )

    assert response.status_code == 400
    assert "not valid JSON" in response.json()["message"]


@pytest.fixture
def library(client: httpx.Client) -> dict[str, dict]:
    """Three media with different tags, metadata and types."""
    return {
        "cats": create_media(
            client,
            title="Cats at home",
            tags=["pets", "cats"],
            metadata=[{"key": "room", "value": "kitchen"}],
        ),
        "dogs": create_media(
            client,
            title="Dogs outside",
            tags=["pets", "dogs"],
            metadata=[{"key": "room", "value": "garden"}],
        ),
        "song": create_media(client, title="Song", type="audio", tags=["music"]),
    }


def titles(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return sorted(media["title"] for media in response.json()["data"]["media"])


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["Cats at home", "Dogs outside", "Song"]),
        ({"search": "cats"}, ["Cats at home"]),
        ({"type": "audio"}, ["Song"]),
        ({"status": ["new"]}, ["Cats at home", "Dogs outside", "Song"]),
        ({"status": ["done", "fail"]}, []),
        ({"tags": ["pets"]}, ["Cats at home", "Dogs outside"]),
        ({"tags": ["pets", "dogs"]}, ["Dogs outside"]),
        ({"metadata": [{"key": "room", "value": "garden"}]}, ["Dogs outside"]),
        # The skill document's forms: a status string, tags as "a,b", metadata as an object.
        ({"status": "new", "type": "video"}, ["Cats at home", "Dogs outside"]),
        ({"tags": "pets,cats"}, ["Cats at home"]),
        ({"metadata": {"room": "kitchen"}}, ["Cats at home"]),
    ],
)
def test_list_filters(
    client: httpx.Client, library: dict, filters: dict, expected: list[str]
) -> None:
    response = client.post("/media", json=filters)

    assert titles(response) == expected


def test_list_total_counts_all_matches(client: httpx.Client, library: dict) -> None:
    response = client.post(
        "/media", json={"limit": 1, "offset": 1, "order_by": "title", "sort_by": "asc"}
    )

    data = response.json()["data"]
    assert data["total"] == 3
    assert [media["title"] for media in data["media"]] == ["Dogs outside"]


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        ({"sort_by": "title", "order_by": "asc"}, ["Cats at home", "Dogs outside", "Song"]),
        # AIOZ's own SDK tests send the direction in sort_by and the field in order_by.
        ({"order_by": "title", "sort_by": "desc"}, ["Song", "Dogs outside", "Cats at home"]),
        ({}, ["Song", "Dogs outside", "Cats at home"]),
    ],
)
def test_list_sorts(client: httpx.Client, library: dict, order: dict, expected: list[str]) -> None:
    response = client.post("/media", json=order)

    assert [media["title"] for media in response.json()["data"]["media"]] == expected


@pytest.mark.parametrize(
    "filters",
    [
        {"status": ["bogus"]},
        {"limit": 0},
        {"limit": 101},
        {"offset": -1},
        {"type": "film"},
        {"sort_by": "colour"},
    ],
)
def test_list_rejects_invalid_filters(client: httpx.Client, filters: dict) -> None:
    response = client.post("/media", json=filters)

    assert response.status_code == 400
    assert response.json()["status"] == "error"


def test_get_media(client: httpx.Client) -> None:
    media = create_media(client, title="Detail")

    response = client.get(f"/media/{media['id']}")

    assert response.status_code == 200
    assert response.json()["data"] == media


@pytest.mark.parametrize(("media_id", "status"), [("not-a-uuid", 400), (UNKNOWN_ID, 404)])
def test_get_rejects_bad_or_unknown_id(client: httpx.Client, media_id: str, status: int) -> None:
    response = client.get(f"/media/{media_id}")

    assert response.status_code == status


def test_update_changes_fields(client: httpx.Client) -> None:
    media = create_media(client)

    response = client.patch(
        f"/media/{media['id']}",
        json={
            "title": "Renamed",
            "description": "New text",
            "is_public": False,
            "tags": ["x"],
            "metadata": [{"key": "k", "value": "v"}],
            "player_id": "player-1",
        },
    )

    assert response.status_code == 200
    assert response.json() == {"status": "success", "message": "media updated"}
    updated = client.get(f"/media/{media['id']}").json()["data"]
    assert updated["title"] == "Renamed"
    assert updated["description"] == "New text"
    assert updated["is_public"] is False
    assert updated["tags"] == ["x"]
    assert updated["metadata"] == [{"key": "k", "value": "v"}]
    assert updated["player_theme_id"] == "player-1"
    assert updated["updated_at"] >= media["updated_at"]


def test_update_accepts_player_theme_id(client: httpx.Client) -> None:
    media = create_media(client)

    client.patch(f"/media/{media['id']}", json={"player_theme_id": "theme-9"})

    assert client.get(f"/media/{media['id']}").json()["data"]["player_theme_id"] == "theme-9"


def test_update_rejects_invalid_title(client: httpx.Client) -> None:
    media = create_media(client)

    response = client.patch(f"/media/{media['id']}", json={"title": "a" * 256})

    assert response.status_code == 400
    assert client.get(f"/media/{media['id']}").json()["data"]["title"] == "clip"


def test_delete_media(sandbox: SandboxServer, client: httpx.Client) -> None:
    media = create_media(client)

    response = client.delete(f"/media/{media['id']}")

    assert response.status_code == 200
    assert response.json()["status"] == "success"
    assert client.get(f"/media/{media['id']}").status_code == 404
    assert client.delete(f"/media/{media['id']}").status_code == 404
    assert sandbox.store.get("media", media["id"]) is None


def test_cost_price_and_balance(start_sandbox: StartSandbox) -> None:
    sandbox = start_sandbox(price_per_quality_second=0.01, starting_balance=5)
    with httpx.Client(base_url=sandbox.base_url, headers=sandbox.auth_headers) as client:
        cheap = client.get(
            "/media/cost", params={"type": "video", "duration": "100", "qualities": "720p,1080p"}
        )
        dear = client.get(
            "/media/cost", params={"type": "video", "duration": "300", "qualities": "720p,1080p"}
        )

    assert cheap.status_code == 200
    assert cheap.json() == {"status": "success", "data": {"price": 2.0, "is_enough": True}}
    assert dear.json()["data"] == {"price": 6.0, "is_enough": False}


def test_cost_not_enough_after_balance_set(sandbox: SandboxServer, client: httpx.Client) -> None:
    params = {"type": "audio", "duration": "60", "qualities": "good"}
    before = client.get("/media/cost", params=params).json()["data"]

    admin = httpx.put(sandbox.admin_url + "/balance", json={"balance": 0.01})
    after = client.get("/media/cost", params=params).json()["data"]

    assert before["is_enough"] is True
    assert admin.json()["data"] == {"balance": 0.01}
    assert after["is_enough"] is False
    assert after["price"] == before["price"] == pytest.approx(0.06)


@pytest.mark.parametrize(
    "params",
    [
        {"type": "video", "duration": "10", "qualities": "invalid"},
        {"type": "video", "duration": "10", "qualities": ""},
        {"type": "video", "duration": "-1", "qualities": "720p"},
        {"type": "video", "duration": "ten", "qualities": "720p"},
        {"type": "video", "qualities": "720p"},
        {"type": "audio", "duration": "10", "qualities": "720p"},
        {"duration": "10", "qualities": "720p"},
    ],
)
def test_cost_rejects_invalid_query(client: httpx.Client, params: dict) -> None:
    response = client.get("/media/cost", params=params)

    assert response.status_code == 400


def test_thumbnail_upload_and_delete(sandbox: SandboxServer, client: httpx.Client) -> None:
    media = create_media(client)
    png = PNG_FIXTURE.read_bytes()

    uploaded = client.post(
        f"/media/{media['id']}/thumbnail", files={"file": ("thumb.png", png, "image/png")}
    )
    with_thumbnail = client.get(f"/media/{media['id']}").json()["data"]
    deleted = client.delete(f"/media/{media['id']}/thumbnail")
    deleted_again = client.delete(f"/media/{media['id']}/thumbnail")

    assert uploaded.status_code == 200, uploaded.text
    assert uploaded.json()["status"] == "success"
    assert with_thumbnail["assets"]["thumbnail_url"].endswith("/thumbnail?resolution=original")
    assert deleted.status_code == 200
    assert deleted_again.status_code == 404
    assert not list(sandbox.store.blob_dir("media", media["id"]).glob("thumbnail.*"))


def test_thumbnail_accepts_field_named_after_file(client: httpx.Client) -> None:
    # AIOZ's Node SDK names the multipart field after the file.
    media = create_media(client)

    response = client.post(
        f"/media/{media['id']}/thumbnail",
        files={"test.jpg": ("test.jpg", JPEG_FIXTURE.read_bytes())},
    )

    assert response.status_code == 200, response.text


@pytest.mark.parametrize(
    ("filename", "content", "message_part"),
    [
        ("thumb.jpg", PNG_FIXTURE.read_bytes(), "does not match"),
        ("notes.txt", b"just text", "JPEG or PNG"),
        ("", PNG_FIXTURE.read_bytes(), "file name"),
        ("empty.png", b"", "empty"),
    ],
)
def test_thumbnail_rejects_bad_files(
    client: httpx.Client, filename: str, content: bytes, message_part: str
) -> None:
    media = create_media(client)

    response = client.post(f"/media/{media['id']}/thumbnail", files={"file": (filename, content)})

    assert response.status_code == 400
    assert message_part in response.json()["message"]


def test_thumbnail_needs_a_file(client: httpx.Client) -> None:
    media = create_media(client)

    response = client.post(f"/media/{media['id']}/thumbnail", data={"note": "no file"})

    assert response.status_code == 400


def test_player_info_has_no_envelope(client: httpx.Client) -> None:
    media = create_media(client, title="Player")

    response = client.get(f"/media/{media['id']}/player.json")

    assert response.status_code == 200
    info = response.json()
    assert info["id"] == media["id"]
    assert info["title"] == "Player"
    assert "status" in info
    assert "data" not in info
    assert "type" not in info


def test_public_urls_come_from_config(start_sandbox: StartSandbox) -> None:
    sandbox = start_sandbox(
        public_api_url="https://cdn.example.test/api/",
        public_embed_url="https://embed.example.test",
    )
    with httpx.Client(base_url=sandbox.base_url, headers=sandbox.auth_headers) as client:
        media = create_media(client)
        sandbox.store.update("media", media["id"], {"status": "done"})
        assets = client.get(f"/media/{media['id']}").json()["data"]["assets"]

    assert assets["hls_url"] == f"https://cdn.example.test/api/media/{media['id']}/manifest.m3u8"
    assert assets["dash_url"] == f"https://cdn.example.test/api/media/{media['id']}/manifest"
    assert assets["hls_player_url"] == f"https://embed.example.test/vod/hls/{media['id']}"
    assert assets["mp4_url"] == f"https://cdn.example.test/api/media/{media['id']}/mp4"
    assert f'src="https://embed.example.test/vod/dash/{media["id"]}"' in assets["dash_iframe"]


def test_default_public_urls_point_at_sandbox(sandbox: SandboxServer, client: httpx.Client) -> None:
    media = create_media(client)
    sandbox.store.update("media", media["id"], {"status": "done"})

    assets = client.get(f"/media/{media['id']}").json()["data"]["assets"]

    assert assets["hls_url"].startswith(sandbox.base_url + "/media/")
    assert assets["hls_player_url"].startswith(sandbox.root_url + "/embed/vod/hls/")
