"""The sandbox's playlists area over raw HTTP: OpenAPI shapes, linked-list moves, validation.

These tests use httpx directly, never the SDK, so an SDK bug cannot hide a sandbox bug.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest

from aiozstream import routes
from aiozstream.emulator import SandboxConfig, SandboxServer
from aiozstream.emulator.areas.playlists import PLAYLISTS

from .support import JPEG_FIXTURE, PNG_FIXTURE, check_against, response_schema


@pytest.fixture
def http(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.base_url, headers=sandbox.auth_headers, timeout=10) as raw:
        yield raw


def create(http: httpx.Client, name: str = "raw") -> str:
    response = http.post("/playlists/create", json={"name": name})
    assert response.status_code == 201, response.text
    return response.json()["data"]["playlist"]["id"]


def filled(http: httpx.Client, media_ids: list[str], count: int) -> tuple[str, list[str]]:
    """Create a playlist with ``count`` media; return its id and item ids in order."""
    playlist_id = create(http)
    for media_id in media_ids[:count]:
        response = http.post(f"/playlists/{playlist_id}/items", json={"media_id": media_id})
        assert response.status_code == 200, response.text
    return playlist_id, order(http, playlist_id)


def order(http: httpx.Client, playlist_id: str) -> list[str]:
    response = http.get(f"/playlists/{playlist_id}")
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["data"]["playlist"]["items"]]


def move(http: httpx.Client, playlist_id: str, **body: str) -> httpx.Response:
    return http.put(f"/playlists/{playlist_id}/items", json=body)


def test_responses_match_document(http: httpx.Client, media_ids: list[str]) -> None:
    playlist_id, item_ids = filled(http, media_ids, 3)
    http.patch(f"/playlists/{playlist_id}", files={"file": ("c.png", PNG_FIXTURE.read_bytes())})
    responses = [
        (
            routes.PLAYLIST_CREATE,
            201,
            http.post("/playlists/create", json={"name": "n", "tags": ["t"]}),
        ),
        (routes.PLAYLIST_LIST, 200, http.post("/playlists", json={})),
        (routes.PLAYLIST_GET, 200, http.get(f"/playlists/{playlist_id}")),
        (routes.PLAYLIST_PLAYER_INFO, 200, http.get(f"/playlists/{playlist_id}/player.json")),
        (routes.PLAYLIST_UPDATE, 200, http.patch(f"/playlists/{playlist_id}", data={"name": "m"})),
        (
            routes.PLAYLIST_ITEM_MOVE,
            200,
            move(http, playlist_id, current_id=item_ids[2], next_id=item_ids[0]),
        ),
        (
            routes.PLAYLIST_ITEM_REMOVE,
            200,
            http.delete(f"/playlists/{playlist_id}/items/{item_ids[1]}"),
        ),
        (routes.PLAYLIST_THUMBNAIL_DELETE, 200, http.delete(f"/playlists/{playlist_id}/thumbnail")),
        (routes.PLAYLIST_DELETE, 200, http.delete(f"/playlists/{playlist_id}")),
        (routes.PLAYLIST_GET, 404, http.get(f"/playlists/{playlist_id}")),
    ]

    for route, status, response in responses:
        where = f"{route.method} {route.template} {status}"
        assert response.status_code == status, (where, response.text)
        assert response.headers["content-type"] == "application/json"
        check_against(response.json(), response_schema(route, status), where)


def test_item_shape_carries_links_and_media(http: httpx.Client, media_ids: list[str]) -> None:
    playlist_id, item_ids = filled(http, media_ids, 2)

    playlist = http.get(f"/playlists/{playlist_id}").json()["data"]["playlist"]

    first, second = playlist["items"]
    assert (first["previous_id"], first["next_id"]) == ("", item_ids[1])
    assert (second["previous_id"], second["next_id"]) == (item_ids[0], "")
    assert first["video_id"] == media_ids[0]
    assert first["media"]["title"] == "clip 0"
    assert playlist["item_count"] == 2


def test_tags_and_metadata_follow_document_types(http: httpx.Client) -> None:
    response = http.post(
        "/playlists/create",
        json={"name": "typed", "tags": ["a", "b"], "metadata": [{"key": "k", "value": "v"}]},
    )

    playlist = response.json()["data"]["playlist"]
    assert playlist["tags"] == "a,b"
    assert playlist["metadata"] == {"k": "v"}


def test_order_is_walked_not_stored(
    sandbox: SandboxServer, http: httpx.Client, media_ids: list[str]
) -> None:
    playlist_id, item_ids = filled(http, media_ids, 4)
    move(http, playlist_id, current_id=item_ids[3], next_id=item_ids[0])
    move(http, playlist_id, current_id=item_ids[0], previous_id=item_ids[2])

    stored = sandbox.store.get(PLAYLISTS, playlist_id)["items"]

    walked = [item_ids[3], item_ids[1], item_ids[2], item_ids[0]]
    assert order(http, playlist_id) == walked
    assert list(stored) == item_ids
    assert all(set(item) >= {"previous_id", "next_id"} for item in stored.values())
    assert not any("position" in item or "index" in item for item in stored.values())


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        ({"current_id": 2}, 400, "send next_id"),
        ({"current_id": 2, "next_id": 2}, 400, "itself"),
        ({"current_id": 2, "next_id": 1}, 400, "first item"),
        ({"current_id": 0, "previous_id": 2}, 400, "last item"),
        ({"current_id": 0, "previous_id": 1, "next_id": 3}, 400, "not adjacent"),
        ({"current_id": 0, "next_id": "foreign"}, 400, "not an item"),
        ({"current_id": "foreign", "next_id": 0}, 404, "not in playlist"),
    ],
)
def test_move_rejects_inconsistent_neighbors(
    http: httpx.Client, media_ids: list[str], body: dict, status: int, words: str
) -> None:
    playlist_id, item_ids = filled(http, media_ids, 4)
    foreign = str(uuid.uuid4())
    named = {
        name: foreign if value == "foreign" else item_ids[value] for name, value in body.items()
    }

    response = move(http, playlist_id, **named)

    assert response.status_code == status, response.text
    assert words in response.json()["message"]
    assert order(http, playlist_id) == item_ids


def test_move_to_current_place_is_accepted(http: httpx.Client, media_ids: list[str]) -> None:
    playlist_id, item_ids = filled(http, media_ids, 3)

    response = move(
        http, playlist_id, current_id=item_ids[1], previous_id=item_ids[0], next_id=item_ids[2]
    )

    assert response.status_code == 200
    assert order(http, playlist_id) == item_ids


def test_add_accepts_video_id_and_refuses_duplicates(
    http: httpx.Client, media_ids: list[str]
) -> None:
    playlist_id = create(http)

    first = http.post(f"/playlists/{playlist_id}/items", json={"video_id": media_ids[0]})
    again = http.post(f"/playlists/{playlist_id}/items", json={"media_id": media_ids[0]})

    assert first.status_code == 200
    assert again.status_code == 400
    assert "already" in again.json()["message"]


def test_add_rejects_unknown_media_and_playlist(http: httpx.Client, media_ids: list[str]) -> None:
    playlist_id = create(http)

    unknown_media = http.post(
        f"/playlists/{playlist_id}/items", json={"media_id": str(uuid.uuid4())}
    )
    unknown_playlist = http.post(
        f"/playlists/{uuid.uuid4()}/items", json={"media_id": media_ids[0]}
    )
    bad_id = http.post(f"/playlists/{playlist_id}/items", json={"media_id": "nope"})

    assert unknown_media.status_code == 404
    assert unknown_playlist.status_code == 404
    assert bad_id.status_code == 400


def test_add_option_fields_add_to_several(http: httpx.Client, media_ids: list[str]) -> None:
    first, second = create(http), create(http)

    response = http.post(
        f"/playlists/{first}/items",
        json={
            "media_id": media_ids[0],
            "option_media_ids": [media_ids[1]],
            "option_playlists": [second],
        },
    )

    assert response.status_code == 200
    for playlist_id in (first, second):
        items = http.get(f"/playlists/{playlist_id}").json()["data"]["playlist"]["items"]
        assert [item["video_id"] for item in items] == media_ids[:2]


def test_create_accepts_form(http: httpx.Client) -> None:
    response = http.post("/playlists/create", data={"name": "from form", "tags": "x,y"})

    assert response.status_code == 201
    assert response.json()["data"]["playlist"]["tags"] == "x,y"


def test_update_reads_indexed_metadata_form(http: httpx.Client) -> None:
    playlist_id = create(http)

    response = http.patch(
        f"/playlists/{playlist_id}",
        files={"file": ("cover.jpg", JPEG_FIXTURE.read_bytes())},
        data={"metadata[0][key]": "k", "metadata[0][value]": "v", "tags[]": ["a", "b"]},
    )

    playlist = http.get(f"/playlists/{playlist_id}").json()["data"]["playlist"]
    assert response.status_code == 200, response.text
    assert playlist["metadata"] == {"k": "v"}
    assert playlist["tags"] == "a,b"
    assert playlist["thumbnail_url"]


@pytest.mark.parametrize(
    ("upload", "words"),
    [
        (("cover.jpg", PNG_FIXTURE.read_bytes()), "does not match"),
        (("cover.png", b"not an image"), "JPEG or PNG"),
        (("cover.png", b""), "empty"),
    ],
)
def test_update_rejects_bad_thumbnail(
    http: httpx.Client, upload: tuple[str, bytes], words: str
) -> None:
    playlist_id = create(http)

    response = http.patch(f"/playlists/{playlist_id}", files={"file": upload})

    assert response.status_code == 400
    assert words in response.json()["message"]


def test_update_needs_a_field(http: httpx.Client) -> None:
    playlist_id = create(http)

    response = http.patch(f"/playlists/{playlist_id}", files={"name": (None, "")}, data={})

    assert response.status_code == 400


def test_get_sorts_and_searches_items(http: httpx.Client, media_ids: list[str]) -> None:
    playlist_id, item_ids = filled(http, media_ids, 3)

    by_title = http.get(
        f"/playlists/{playlist_id}", params={"sort_by": "title", "order_by": "desc"}
    )
    searched = http.get(f"/playlists/{playlist_id}", params={"search": "clip 1"})
    invalid = http.get(f"/playlists/{playlist_id}", params={"sort_by": "color"})

    assert [item["id"] for item in by_title.json()["data"]["playlist"]["items"]] == item_ids[::-1]
    assert [item["id"] for item in searched.json()["data"]["playlist"]["items"]] == [item_ids[1]]
    assert invalid.status_code == 400


def test_list_rejects_bad_sort(http: httpx.Client) -> None:
    assert http.post("/playlists", json={"sort_by": "invalid"}).status_code == 400
    assert http.post("/playlists", json={"order_by": "invalid"}).status_code == 400


def test_remove_unknown_item_is_not_found(http: httpx.Client, media_ids: list[str]) -> None:
    playlist_id, _ = filled(http, media_ids, 1)

    response = http.delete(f"/playlists/{playlist_id}/items/{uuid.uuid4()}")

    assert response.status_code == 404


def test_order_survives_restart(tmp_path, media_ids: list[str], sandbox: SandboxServer) -> None:
    config = SandboxConfig(data_dir=tmp_path / "data", transcode_delay=0)
    with (
        SandboxServer(config) as first,
        httpx.Client(base_url=first.base_url, headers=first.auth_headers) as raw,
    ):
        media = [
            raw.post("/media/create", json={"title": f"m{number}"}).json()["data"]["id"]
            for number in range(3)
        ]
        playlist_id, item_ids = filled(raw, media, 3)
        move(raw, playlist_id, current_id=item_ids[2], next_id=item_ids[0])

    with (
        SandboxServer(config) as second,
        httpx.Client(base_url=second.base_url, headers=second.auth_headers) as raw,
    ):
        assert order(raw, playlist_id) == [item_ids[2], item_ids[0], item_ids[1]]
