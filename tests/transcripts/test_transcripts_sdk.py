"""Transcripts through the SDK, sync and async, against the sandbox."""

from __future__ import annotations

import asyncio

import httpx
import pytest
import respx

from aiozstream import AsyncClient, Client
from aiozstream.errors import InputError, NotFoundError
from aiozstream.resources.transcripts import TranscriptLanguageTakenError
from tests.chapters.fixtures import UNKNOWN_MEDIA_ID


def languages(client: Client, media_id: str) -> list[tuple[str, bool]]:
    return [(caption.language, caption.is_default) for caption in client.transcripts.list(media_id)]


def test_add_default_delete_round_trip(sdk, sandbox, media_id, vtt):
    transcript = sdk.transcripts.create(media_id, "en-gb", vtt, description="British English")

    assert transcript.language == "en-GB"
    assert transcript.is_default is False
    assert transcript.description == "British English"
    assert transcript.url.endswith(f"/media/{media_id}/captions/en-GB.vtt")
    assert languages(sdk, media_id) == [("en-GB", False)]

    sdk.transcripts.set_default(media_id, "en-GB")

    assert languages(sdk, media_id) == [("en-GB", True)]
    assert sdk.media.get(media_id).model_extra["captions"][0]["is_default"] is True

    deleted = sdk.transcripts.delete(media_id, "en-GB")

    assert deleted is not None
    assert deleted.is_default is True
    assert languages(sdk, media_id) == []


def test_default_is_unique_per_media(sdk, media_id, vtt):
    sdk.transcripts.create(media_id, "en", vtt)
    sdk.transcripts.create(media_id, "vi", vtt)

    sdk.transcripts.set_default(media_id, "en")
    sdk.transcripts.set_default(media_id, "vi")

    assert languages(sdk, media_id) == [("en", False), ("vi", True)]

    sdk.transcripts.set_default(media_id, "vi", is_default=False)

    assert languages(sdk, media_id) == [("en", False), ("vi", False)]


def test_deleting_default_leaves_no_default(sdk, media_id, vtt):
    sdk.transcripts.create(media_id, "en", vtt)
    sdk.transcripts.create(media_id, "fr", vtt)
    sdk.transcripts.set_default(media_id, "fr")

    default_deleted = sdk.transcripts.delete(media_id, "fr")
    other_deleted = sdk.transcripts.delete(media_id, "en")

    assert default_deleted.is_default is True
    assert other_deleted.is_default is False


def test_same_primary_language_rejected_before_upload(sdk, sandbox, media_id, vtt):
    sdk.transcripts.create(media_id, "en-GB", vtt)
    sandbox.request_log.clear()

    with pytest.raises(TranscriptLanguageTakenError) as caught:
        sdk.transcripts.create(media_id, "en-US", vtt)

    error = caught.value
    assert error.exit_code == 3
    assert error.existing.language == "en-GB"
    assert error.language == "en-US"
    assert "already has a transcript in en-GB" in str(error)
    assert "replace=True" in str(error)
    assert [entry["route"] for entry in sandbox.requests()] == ["TRANSCRIPT_LIST"]
    assert languages(sdk, media_id) == [("en-GB", False)]


def test_replace_deletes_the_existing_first(sdk, sandbox, media_id, vtt):
    sdk.transcripts.create(media_id, "en-GB", vtt)
    sandbox.request_log.clear()

    added = sdk.transcripts.create(media_id, "en-US", vtt, replace=True)

    assert added.language == "en-US"
    assert languages(sdk, media_id) == [("en-US", False)]
    routes = [entry["route"] for entry in sandbox.requests()]
    assert routes[:3] == ["TRANSCRIPT_LIST", "TRANSCRIPT_DELETE", "TRANSCRIPT_CREATE"]
    assert sandbox.requests(route="TRANSCRIPT_DELETE")[0]["path"].endswith("/captions/en-GB")


def test_other_primary_languages_coexist(sdk, media_id, vtt):
    for language in ("en-US", "es-419", "zh-Hans", "pt"):
        sdk.transcripts.create(media_id, language, vtt)

    assert [language for language, _ in languages(sdk, media_id)] == [
        "en-US",
        "es-419",
        "zh-Hans",
        "pt",
    ]


def test_sandbox_rejects_same_primary_language(sandbox, media_id, vtt):
    # Straight to the API, past the SDK's own check, as another client could send it.
    with httpx.Client(base_url=sandbox.base_url, headers=sandbox.auth_headers) as http:
        first = http.post(
            f"/media/{media_id}/captions/en-GB", files={"file": ("a.vtt", vtt.read_bytes())}
        )
        second = http.post(
            f"/media/{media_id}/captions/en-US", files={"file": ("a.vtt", vtt.read_bytes())}
        )

    assert first.status_code == 201
    assert second.status_code == 400
    assert second.json() == {
        "status": "error",
        "message": (
            f"media {media_id} already has a caption in language en-GB, the same primary "
            "language as en-US: delete it before adding another"
        ),
    }


def test_unknown_media_not_found(sdk, vtt):
    with pytest.raises(NotFoundError) as caught:
        sdk.transcripts.create(UNKNOWN_MEDIA_ID, "en", vtt)

    assert caught.value.message == f"media {UNKNOWN_MEDIA_ID} not found"


def test_missing_transcript_not_found(sdk, media_id):
    with pytest.raises(NotFoundError):
        sdk.transcripts.set_default(media_id, "de")
    with pytest.raises(NotFoundError):
        sdk.transcripts.delete(media_id, "de")


def test_bad_input_sends_nothing(sdk, sandbox, media_id, vtt, srt):
    cases = [
        (lambda: sdk.transcripts.create(media_id, "en_US", vtt), "use en-US"),
        (lambda: sdk.transcripts.create(media_id, "xx-!!", vtt), "'xx-!!'"),
        (lambda: sdk.transcripts.create(media_id, "", vtt), "language"),
        (lambda: sdk.transcripts.create(media_id, "en", srt), "not a WebVTT file"),
        (lambda: sdk.transcripts.set_default(media_id, "en_US"), "use en-US"),
        (lambda: sdk.transcripts.delete(media_id, "x-private"), "'x-private'"),
    ]
    for call, expected in cases:
        with pytest.raises(InputError) as caught:
            call()

        assert expected in str(caught.value)
    assert sandbox.requests() == []


def test_sandbox_accepts_both_default_forms(sandbox, media_id, vtt):
    # The OpenAPI document sends is_default as a form field, the skill document as JSON.
    path = f"/media/{media_id}/captions/en"
    requests = [
        ({"files": {"is_default": (None, "true")}}, True),
        ({"data": {"is_default": "false"}}, False),
        ({"json": {"is_default": True}}, True),
        ({"content": b"false", "headers": {"content-type": "application/json"}}, False),
    ]
    with httpx.Client(base_url=sandbox.base_url, headers=sandbox.auth_headers) as http:
        http.post(path, files={"file": ("a.vtt", vtt.read_bytes())})
        for arguments, expected in requests:
            answer = http.patch(path, **arguments)
            listed = http.get(f"/media/{media_id}/captions").json()["data"]["media_captions"]

            assert answer.status_code == 200, (arguments, answer.text)
            assert listed[0]["is_default"] is expected, arguments
        missing = http.patch(path, json={})
        wrong = http.patch(path, json={"is_default": "maybe"})

    assert missing.status_code == 400
    assert "is_default is required" in missing.json()["message"]
    assert wrong.status_code == 400
    assert "is_default must be true or false" in wrong.json()["message"]


@respx.mock(assert_all_called=True)
def test_set_default_sends_multipart_form(respx_mock):
    base_url = "http://127.0.0.1:9/api"
    route = respx_mock.patch(f"{base_url}/media/m1/captions/en-US").mock(
        return_value=httpx.Response(200, json={"status": "success", "message": "ok"})
    )

    with Client("public", "secret", base_url=base_url) as client:
        client.transcripts.set_default("m1", "en-us")

    request = route.calls.last.request
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    body = request.content.decode()
    assert 'Content-Disposition: form-data; name="is_default"\r\n\r\ntrue\r\n' in body


def test_async_round_trip(sandbox, media_id, vtt):
    async def scenario():
        async with AsyncClient(
            sandbox.config.public_key, sandbox.config.secret_key, base_url=sandbox.base_url
        ) as client:
            await client.transcripts.create(media_id, "en-GB", vtt)
            with pytest.raises(TranscriptLanguageTakenError):
                await client.transcripts.create(media_id, "en", vtt)
            await client.transcripts.create(media_id, "en", vtt, replace=True)
            await client.transcripts.set_default(media_id, "en")
            listed = [
                (item.language, item.is_default)
                async for item in await client.transcripts.list(media_id)
            ]
            deleted = await client.transcripts.delete(media_id, "en")
            return listed, deleted

    listed, deleted = asyncio.run(scenario())

    assert listed == [("en", True)]
    assert deleted.is_default is True
