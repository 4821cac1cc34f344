"""The sandbox's chapter endpoints over raw HTTP, checked against AIOZ's OpenAPI document."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from aiozstream import routes
from tests.chapters.fixtures import UNKNOWN_MEDIA_ID, VTT_TEXT
from tests.emulator.support import api_client, create_media
from tests.emulator.test_openapi import check_against, response_schema


@pytest.fixture
def http(sandbox) -> Iterator[httpx.Client]:
    with api_client(sandbox) as client:
        yield client


def post_vtt(
    http: httpx.Client, path: str, content: bytes = VTT_TEXT.encode(), **fields: str
) -> httpx.Response:
    return http.post(path, files={"file": ("cues.vtt", content, "text/vtt")}, data=fields)


def test_answers_match_the_document(http):
    media_id = create_media(http)["id"]

    created = post_vtt(http, f"/media/{media_id}/chapters/en")
    listed = http.get(f"/media/{media_id}/chapters", params={"offset": 0, "limit": 10})
    deleted = http.delete(f"/media/{media_id}/chapters/en")

    assert created.status_code == 201
    check_against(created.json(), response_schema(routes.CHAPTER_CREATE, 201))
    assert created.json()["data"]["media_chapter"]["language"] == "en"
    assert listed.status_code == 200
    check_against(listed.json(), response_schema(routes.CHAPTER_LIST, 200))
    assert listed.json()["data"]["total"] == 1
    assert deleted.status_code == 200
    check_against(deleted.json(), response_schema(routes.CHAPTER_DELETE, 200))
    assert deleted.headers["content-type"] == "application/json"


def test_media_shows_its_chapters(http):
    media_id = create_media(http)["id"]
    post_vtt(http, f"/media/{media_id}/chapters/en")

    media = http.get(f"/media/{media_id}").json()["data"]

    check_against(media, {"$ref": "#/components/schemas/Media"})
    assert [chapter["language"] for chapter in media["chapters"]] == ["en"]


def test_invalid_requests_rejected(http):
    media_id = create_media(http)["id"]
    cases = [
        (
            post_vtt(
                http, f"/media/{media_id}/chapters/en", b"1\n00:00:00,000 --> 00:00:01,000\nHi\n"
            ),
            400,
            "not WebVTT",
        ),
        (post_vtt(http, f"/media/{media_id}/chapters/en", b""), 400, "empty"),
        (
            post_vtt(http, f"/media/{media_id}/chapters/en", "WEBVTT\n\nCafé".encode("latin-1")),
            400,
            "UTF-8",
        ),
        (
            http.post(f"/media/{media_id}/chapters/en", data={"note": "no file"}),
            400,
            "field file is missing",
        ),
        (post_vtt(http, f"/media/{media_id}/chapters/en_US"), 400, "invalid language 'en_US'"),
        (post_vtt(http, f"/media/{media_id}/chapters/invalid"), 400, "invalid language"),
        (
            post_vtt(http, f"/media/{UNKNOWN_MEDIA_ID}/chapters/en"),
            404,
            f"media {UNKNOWN_MEDIA_ID} not found",
        ),
        (post_vtt(http, "/media/not-a-uuid/chapters/en"), 400, "expected a UUID"),
        (http.get(f"/media/{media_id}/chapters", params={"limit": 0}), 400, "limit"),
        (http.get(f"/media/{media_id}/chapters", params={"offset": -1}), 400, "offset"),
        (http.delete(f"/media/{media_id}/chapters/en"), 404, "not found"),
    ]
    for response, status, message in cases:
        assert response.status_code == status, response.text
        assert response.json()["status"] == "error"
        assert message in response.json()["message"], response.text
    assert http.get(f"/media/{media_id}/chapters").json()["data"]["total"] == 0


def test_media_delete_removes_chapter_files(http, sandbox):
    media_id = create_media(http)["id"]
    post_vtt(http, f"/media/{media_id}/chapters/en")
    folder = sandbox.store.blob_dir("media", media_id) / "chapters"
    assert folder.is_dir()

    http.delete(f"/media/{media_id}")

    assert not folder.exists()
