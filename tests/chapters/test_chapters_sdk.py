"""Chapters through the SDK, sync and async, against the sandbox."""

from __future__ import annotations

import asyncio

import pytest

from aiozstream import AsyncClient
from aiozstream.errors import BadRequestError, InputError, NotFoundError
from tests.chapters.fixtures import UNKNOWN_MEDIA_ID


def test_add_list_delete_round_trip(sdk, sandbox, media_id, vtt):
    chapter = sdk.chapters.create(media_id, "en-us", vtt)

    assert chapter.language == "en-US"
    assert chapter.url.endswith(f"/media/{media_id}/chapters/en-US.vtt")
    page = sdk.chapters.list(media_id)
    assert [item.language for item in page] == ["en-US"]
    assert page.total == 1
    assert sdk.media.get(media_id).model_extra["chapters"] == [chapter.model_dump()]

    sdk.chapters.delete(media_id, "en-US")

    assert list(sdk.chapters.list(media_id)) == []
    assert sdk.media.get(media_id).model_extra["chapters"] == []
    routes = [entry["route"] for entry in sandbox.requests()]
    assert routes == [
        "CHAPTER_CREATE",
        "CHAPTER_LIST",
        "MEDIA_GET",
        "CHAPTER_DELETE",
        "CHAPTER_LIST",
        "MEDIA_GET",
    ]


def test_sandbox_stores_the_file(sdk, sandbox, media_id, vtt):
    sdk.chapters.create(media_id, "fr-CA", vtt)

    stored = sandbox.store.blob_dir("media", media_id) / "chapters" / "fr-ca.vtt"
    assert stored.read_bytes() == vtt.read_bytes()


def test_second_chapter_same_language_rejected(sdk, sandbox, media_id, vtt):
    sdk.chapters.create(media_id, "vi", vtt)

    with pytest.raises(BadRequestError) as caught:
        sdk.chapters.create(media_id, "VI", vtt)

    assert caught.value.status_code == 400
    assert "already has chapters in language vi" in caught.value.message
    assert [item.language for item in sdk.chapters.list(media_id)] == ["vi"]


def test_other_languages_coexist(sdk, media_id, vtt):
    for language in ("en", "en-GB", "fr"):
        sdk.chapters.create(media_id, language, vtt)

    assert [item.language for item in sdk.chapters.list(media_id)] == ["en", "en-GB", "fr"]


def test_list_pages_walk_every_page(sdk, sandbox, media_id, vtt):
    for language in ("de", "es", "it"):
        sdk.chapters.create(media_id, language, vtt)
    sandbox.request_log.clear()

    page = sdk.chapters.list(media_id, limit=2)

    assert [item.language for item in page.items] == ["de", "es"]
    assert page.has_next_page()
    assert [item.language for item in page] == ["de", "es", "it"]
    assert len(sandbox.requests(route="CHAPTER_LIST")) == 2


def test_unknown_media_not_found(sdk, vtt):
    with pytest.raises(NotFoundError) as caught:
        sdk.chapters.create(UNKNOWN_MEDIA_ID, "en", vtt)

    assert caught.value.message == f"media {UNKNOWN_MEDIA_ID} not found"


def test_delete_missing_language_not_found(sdk, media_id):
    with pytest.raises(NotFoundError) as caught:
        sdk.chapters.delete(media_id, "ja")

    assert "chapter in language ja not found" in caught.value.message


def test_bad_input_sends_nothing(sdk, sandbox, media_id, vtt, srt):
    cases = [
        (lambda: sdk.chapters.create(media_id, "en_US", vtt), "use en-US"),
        (lambda: sdk.chapters.create(media_id, "xx-!!", vtt), "'xx-!!'"),
        (lambda: sdk.chapters.create(media_id, "", vtt), "language"),
        (lambda: sdk.chapters.create(media_id, "en", srt), "not a WebVTT file"),
        (lambda: sdk.chapters.delete(media_id, "en_GB"), "use en-GB"),
        (lambda: sdk.chapters.create("", "en", vtt), "empty"),
    ]
    for call, expected in cases:
        with pytest.raises(InputError) as caught:
            call()

        assert expected in str(caught.value)
    assert sandbox.requests() == []


def test_async_round_trip(sandbox, media_id, vtt):
    async def scenario() -> tuple[list[str], list[str]]:
        async with AsyncClient(
            sandbox.config.public_key, sandbox.config.secret_key, base_url=sandbox.base_url
        ) as client:
            await client.chapters.create(media_id, "pt-BR", vtt)
            page = await client.chapters.list(media_id)
            before = [item.language async for item in page]
            await client.chapters.delete(media_id, "pt-BR")
            after = [item.language async for item in await client.chapters.list(media_id)]
            return before, after

    before, after = asyncio.run(scenario())

    assert before == ["pt-BR"]
    assert after == []
