"""The sandbox's caption endpoints over raw HTTP, checked against AIOZ's OpenAPI document."""

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


def post_vtt(http: httpx.Client, path: str, content: bytes = VTT_TEXT.encode()) -> httpx.Response:
    return http.post(path, files={"file": ("cues.vtt", content, "text/vtt")})


def test_answers_match_the_document(http):
    media_id = create_media(http)["id"]

    created = post_vtt(http, f"/media/{media_id}/captions/vi")
    made_default = http.patch(
        f"/media/{media_id}/captions/vi", files={"is_default": (None, "true")}
    )
    listed = http.get(f"/media/{media_id}/captions", params={"offset": 0, "limit": 5})
    media = http.get(f"/media/{media_id}").json()["data"]
    deleted = http.delete(f"/media/{media_id}/captions/vi")

    assert created.status_code == 201
    check_against(created.json(), response_schema(routes.TRANSCRIPT_CREATE, 201))
    assert made_default.status_code == 200
    check_against(made_default.json(), response_schema(routes.TRANSCRIPT_SET_DEFAULT, 200))
    assert listed.status_code == 200
    check_against(listed.json(), response_schema(routes.TRANSCRIPT_LIST, 200))
    assert listed.json()["data"]["media_captions"][0]["is_default"] is True
    check_against(media, {"$ref": "#/components/schemas/Media"})
    assert media["captions"][0]["language"] == "vi"
    assert deleted.status_code == 200
    check_against(deleted.json(), response_schema(routes.TRANSCRIPT_DELETE, 200))
    assert http.get(f"/media/{media_id}").json()["data"]["captions"] == []


def test_invalid_requests_rejected(http):
    media_id = create_media(http)["id"]
    cases = [
        (post_vtt(http, f"/media/{media_id}/captions/en", b"NOTVTT\n"), 400, "not WebVTT"),
        (post_vtt(http, f"/media/{media_id}/captions/xx-!!"), 400, "invalid language"),
        (
            post_vtt(http, f"/media/{UNKNOWN_MEDIA_ID}/captions/en"),
            404,
            f"media {UNKNOWN_MEDIA_ID} not found",
        ),
        (http.get(f"/media/{UNKNOWN_MEDIA_ID}/captions"), 404, "not found"),
        (
            http.patch(f"/media/{media_id}/captions/en", json={"is_default": True}),
            404,
            "caption in language en not found",
        ),
        (http.delete(f"/media/{media_id}/captions/en"), 404, "caption in language en not found"),
        (http.get(f"/media/{media_id}/captions", params={"limit": 101}), 400, "limit"),
    ]
    for response, status, message in cases:
        assert response.status_code == status, response.text
        assert message in response.json()["message"], response.text


def test_captions_survive_a_restart(tmp_path):
    from aiozstream.emulator import SandboxConfig, SandboxServer

    config = SandboxConfig(data_dir=tmp_path / "data", transcode_delay=0)
    with SandboxServer(config) as first, api_client(first) as http:
        media_id = create_media(http)["id"]
        post_vtt(http, f"/media/{media_id}/captions/en")
        http.patch(f"/media/{media_id}/captions/en", json={"is_default": True})

    with SandboxServer(config) as second, api_client(second) as http:
        listed = http.get(f"/media/{media_id}/captions").json()["data"]

    assert listed["total"] == 1
    assert listed["media_captions"][0]["is_default"] is True
    assert listed["media_captions"][0]["url"].startswith(second.base_url)
