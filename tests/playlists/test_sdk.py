"""The playlists resource against the sandbox: requests sent, responses parsed, moves planned."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from aiozstream import AsyncClient, Client
from aiozstream.emulator import SandboxServer
from aiozstream.errors import InputError, NotFoundError
from aiozstream.models.playlists import Playlist

from .support import JPEG_FIXTURE, PNG_FIXTURE, routes_sent


def new_playlist(
    client: Client, media_ids: list[str], count: int, name: str = "mix"
) -> tuple[str, list[str]]:
    """Create a playlist holding the first ``count`` media; return its id and item ids in order."""
    playlist = client.playlists.create(name)
    for media_id in media_ids[:count]:
        client.playlists.add_media(playlist.id, media_id)
    return playlist.id, client.playlists.get(playlist.id).item_ids()


def test_create_returns_tags_and_metadata(client: Client, sandbox: SandboxServer) -> None:
    sandbox.request_log.clear()

    playlist = client.playlists.create("Best of", tags=["a", "b,c"], metadata={"year": "2024"})

    assert playlist.name == "Best of"
    assert playlist.tags == ["a", "b", "c"]
    assert playlist.metadata == {"year": "2024"}
    assert playlist.items == []
    assert routes_sent(sandbox) == ["PLAYLIST_CREATE"]


def test_get_lists_items_in_added_order(client: Client, media_ids: list[str]) -> None:
    playlist_id, item_ids = new_playlist(client, media_ids, 3)

    playlist = client.playlists.get(playlist_id)

    assert [item.video_id for item in playlist.ordered_items()] == media_ids[:3]
    assert playlist.item_ids() == item_ids
    assert playlist.item_count == 3
    assert playlist.ordered_items()[1].media.title == "clip 1"


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ({"top": True}, [3, 0, 1, 2]),
        ({"bottom": True}, [0, 1, 2, 3]),
        ({"before": 1}, [0, 3, 1, 2]),
        ({"after": 0}, [0, 3, 1, 2]),
        ({"position": 2}, [0, 3, 1, 2]),
        ({"position": "3"}, [0, 1, 3, 2]),
    ],
)
def test_move_to_targets(
    client: Client, media_ids: list[str], target: dict, expected: list[int]
) -> None:
    playlist_id, item_ids = new_playlist(client, media_ids, 4)
    arguments = {
        name: item_ids[value] if name in ("before", "after") else value
        for name, value in target.items()
    }

    outcome = client.playlists.move_to(playlist_id, item_ids[3], **arguments)

    expected_order = [item_ids[index] for index in expected]
    assert client.playlists.get(playlist_id).item_ids() == expected_order
    assert outcome.order == expected_order
    assert outcome.position == expected_order.index(item_ids[3]) + 1


def test_move_to_top_sends_only_next_id(
    client: Client, media_ids: list[str], sandbox: SandboxServer
) -> None:
    playlist_id, item_ids = new_playlist(client, media_ids, 3)
    sandbox.request_log.clear()

    outcome = client.playlists.move_to(playlist_id, item_ids[2], top=True)

    assert outcome.next_id == item_ids[0]
    assert outcome.previous_id is None
    assert routes_sent(sandbox) == ["PLAYLIST_GET", "PLAYLIST_ITEM_MOVE"]


def test_move_to_bottom_sends_only_previous_id(client: Client, media_ids: list[str]) -> None:
    playlist_id, item_ids = new_playlist(client, media_ids, 3)

    outcome = client.playlists.move_to(playlist_id, item_ids[0], bottom=True)

    assert outcome.previous_id == item_ids[2]
    assert outcome.next_id is None


def test_move_to_accepts_media_ids(client: Client, media_ids: list[str]) -> None:
    playlist_id, item_ids = new_playlist(client, media_ids, 3)

    client.playlists.move_to(playlist_id, media_ids[0], after=media_ids[1])

    assert client.playlists.get(playlist_id).item_ids() == [item_ids[1], item_ids[0], item_ids[2]]


def test_move_to_same_place_sends_no_put(
    client: Client, media_ids: list[str], sandbox: SandboxServer
) -> None:
    playlist_id, item_ids = new_playlist(client, media_ids, 3)
    sandbox.request_log.clear()

    outcome = client.playlists.move_to(playlist_id, item_ids[1], after=item_ids[0])

    assert outcome.moved is False
    assert outcome.position == 2
    assert routes_sent(sandbox) == ["PLAYLIST_GET"]


@pytest.mark.parametrize(
    "target",
    [
        {},
        {"top": True, "bottom": True},
        {"top": True, "position": 1},
        {"position": 0},
        {"position": "abc"},
    ],
)
def test_move_to_rejects_target_before_any_request(
    client: Client, sandbox: SandboxServer, target: dict
) -> None:
    sandbox.request_log.clear()

    with pytest.raises(InputError):
        client.playlists.move_to("7c0e3a4e-2d2b-4a7e-9c55-0d0d9d0f6b11", "item", **target)

    assert routes_sent(sandbox) == []


@pytest.mark.parametrize("target", [{"position": 4}, {"before": "no-such-item"}])
def test_move_to_rejects_target_past_the_playlist(
    client: Client, media_ids: list[str], sandbox: SandboxServer, target: dict
) -> None:
    playlist_id, item_ids = new_playlist(client, media_ids, 3)
    sandbox.request_log.clear()

    with pytest.raises(InputError) as caught:
        client.playlists.move_to(playlist_id, item_ids[0], **target)

    assert next(iter(target)) in str(caught.value)
    assert routes_sent(sandbox) == ["PLAYLIST_GET"]


def test_low_level_move_between(client: Client, media_ids: list[str]) -> None:
    playlist_id, item_ids = new_playlist(client, media_ids, 4)

    client.playlists.move(playlist_id, item_ids[0], previous_id=item_ids[2], next_id=item_ids[3])

    assert client.playlists.get(playlist_id).item_ids() == [
        item_ids[1],
        item_ids[2],
        item_ids[0],
        item_ids[3],
    ]


def test_low_level_move_needs_a_neighbor(client: Client, sandbox: SandboxServer) -> None:
    sandbox.request_log.clear()

    with pytest.raises(InputError) as caught:
        client.playlists.move("7c0e3a4e-2d2b-4a7e-9c55-0d0d9d0f6b11", "item")

    assert "next_id" in str(caught.value)
    assert routes_sent(sandbox) == []


def test_remove_item_joins_neighbors(client: Client, media_ids: list[str]) -> None:
    playlist_id, item_ids = new_playlist(client, media_ids, 3)

    client.playlists.remove_item(playlist_id, item_ids[1])

    playlist = client.playlists.get(playlist_id)
    assert playlist.item_ids() == [item_ids[0], item_ids[2]]
    assert playlist.ordered_items()[0].next_id == item_ids[2]


def test_update_changes_only_given_fields(client: Client) -> None:
    playlist = client.playlists.create("before", tags=["keep"], metadata={"k": "v"})

    client.playlists.update(playlist.id, name="after")

    updated = client.playlists.get(playlist.id)
    assert updated.name == "after"
    assert updated.tags == ["keep"]
    assert updated.metadata == {"k": "v"}


def test_update_clears_tags_and_sets_metadata(client: Client) -> None:
    playlist = client.playlists.create("p", tags=["one", "two"])

    client.playlists.update(playlist.id, tags=[], metadata={"a": "1", "b": "2"})

    updated = client.playlists.get(playlist.id)
    assert updated.tags == []
    assert updated.metadata == {"a": "1", "b": "2"}


def test_update_thumbnail_then_delete_it(client: Client) -> None:
    playlist = client.playlists.create("with cover")

    client.playlists.update(playlist.id, thumbnail=JPEG_FIXTURE)
    assert client.playlists.get(playlist.id).thumbnail_url

    client.playlists.delete_thumbnail(playlist.id)
    assert client.playlists.get(playlist.id).thumbnail_url == ""


def test_update_thumbnail_named_by_content(client: Client, tmp_path) -> None:
    misnamed = tmp_path / "cover.jpg"
    misnamed.write_bytes(PNG_FIXTURE.read_bytes())
    playlist = client.playlists.create("misnamed cover")

    client.playlists.update(playlist.id, thumbnail=misnamed)

    assert client.playlists.get(playlist.id).thumbnail_url.endswith("/thumbnail")


@pytest.mark.parametrize(
    ("content", "key"),
    [
        (b"GIF89a....", "playlists.thumbnail_format"),
        (b"", "playlists.thumbnail_empty"),
        (None, "playlists.thumbnail_missing"),
    ],
)
def test_update_rejects_bad_thumbnail_before_request(
    client: Client, sandbox: SandboxServer, tmp_path, content: bytes | None, key: str
) -> None:
    path = tmp_path / "cover.png"
    if content is not None:
        path.write_bytes(content)
    sandbox.request_log.clear()

    with pytest.raises(InputError) as caught:
        client.playlists.update("7c0e3a4e-2d2b-4a7e-9c55-0d0d9d0f6b11", thumbnail=path)

    assert caught.value.key == key
    assert routes_sent(sandbox) == []


def test_update_without_fields_is_rejected(client: Client) -> None:
    with pytest.raises(InputError) as caught:
        client.playlists.update("7c0e3a4e-2d2b-4a7e-9c55-0d0d9d0f6b11")

    assert caught.value.key == "playlists.nothing_to_update"


def test_update_sends_multipart_even_without_file() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"status": "success", "message": "ok"})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with Client(
        "public", "secret-value", base_url="http://127.0.0.1:9/api", http_client=http
    ) as client:
        client.playlists.update("p1", name="n", tags=["a,b", "c"], metadata={"k": "v"})

    request = seen[0]
    body = request.read().decode()
    assert request.method == "PATCH"
    assert request.headers["content-type"].startswith("multipart/form-data")
    assert 'name="tags[]"\r\n\r\na,b\r\n' in body
    assert 'name="metadata"\r\n\r\n' + json.dumps([{"key": "k", "value": "v"}]) in body


def test_create_rejects_empty_name_before_request(client: Client, sandbox: SandboxServer) -> None:
    sandbox.request_log.clear()

    with pytest.raises(InputError) as caught:
        client.playlists.create("   ")

    assert caught.value.key == "playlists.name_empty"
    assert routes_sent(sandbox) == []


def test_list_filters_and_walks_pages(client: Client) -> None:
    names = [f"paged {number}" for number in range(5)]
    for name in names:
        client.playlists.create(name, tags=["paged"])

    page = client.playlists.list(tags=["paged"], limit=2)

    assert page.total == 5
    assert len(page.items) == 2
    assert sorted(playlist.name for playlist in page) == names


def test_delete_removes_playlist(client: Client) -> None:
    playlist = client.playlists.create("short-lived")

    client.playlists.delete(playlist.id)

    with pytest.raises(NotFoundError):
        client.playlists.get(playlist.id)


def test_player_info_carries_playlist(client: Client, media_ids: list[str]) -> None:
    playlist_id, item_ids = new_playlist(client, media_ids, 2)

    info = client.playlists.player_info(playlist_id)

    assert info.playlist is not None
    assert info.playlist.item_ids() == item_ids


def test_ordered_items_follow_links() -> None:
    playlist = Playlist.model_validate(
        {
            "id": "p",
            "tags": "x, y",
            "metadata": [{"key": "k", "value": "v"}],
            "items": [
                {"id": "b", "previous_id": "a", "next_id": "c"},
                {"id": "c", "previous_id": "b", "next_id": ""},
                {"id": "a", "previous_id": "", "next_id": "b"},
            ],
        }
    )

    assert playlist.item_ids() == ["a", "b", "c"]
    assert playlist.tags == ["x", "y"]
    assert playlist.metadata == {"k": "v"}


def test_ordered_items_without_links_keep_order() -> None:
    playlist = Playlist.model_validate({"id": "p", "items": [{"id": "b"}, {"id": "a"}]})

    assert playlist.item_ids() == ["b", "a"]


def test_async_client_moves_like_sync(
    sandbox: SandboxServer, client: Client, media_ids: list[str]
) -> None:
    playlist_id, item_ids = new_playlist(client, media_ids, 3)

    async def move() -> list[str]:
        async with AsyncClient(
            sandbox.config.public_key, sandbox.config.secret_key, base_url=sandbox.base_url
        ) as async_client:
            await async_client.playlists.move_to(playlist_id, item_ids[2], top=True)
            return (await async_client.playlists.get(playlist_id)).item_ids()

    assert asyncio.run(move()) == [item_ids[2], item_ids[0], item_ids[1]]
