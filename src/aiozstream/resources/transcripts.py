"""The transcripts area: subtitle files per media and language, one of them the default.

Users see "transcripts"; the wire path is ``/media/{id}/captions/{lan}``.
``TranscriptsResource`` and ``AsyncTranscriptsResource`` are twins. Two
platform rules apply here:

* A media has at most one transcript per primary language, so adding
  ``en-US`` while ``en-GB`` exists is rejected. :meth:`TranscriptsResource.create` finds the
  conflict first and raises :class:`TranscriptLanguageTakenError`, or deletes
  the existing transcript when called with ``replace=True``.
* Deleting the default transcript leaves the media without one. ``delete``
  returns the transcript as it was, so a caller can see ``is_default`` and
  remind the user to choose a new default.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from aiozstream import routes
from aiozstream._constants import DEFAULT_PAGE_SIZE
from aiozstream._core.http import AsyncAPIClient, SyncAPIClient
from aiozstream._core.paging import AsyncPage, SyncPage
from aiozstream.errors import RuleError
from aiozstream.models.transcripts import MediaCaption, MediaCaptionList
from aiozstream.resources._resource import Resource
from aiozstream.resources.chapters import (
    LANGUAGE_FIELD,
    check_vtt_file,
    page_params,
    vtt_upload_files,
)
from aiozstream.rules.language_tags import check_language_tag, primary_language

# The lookups walk every page at the largest size the API allows, to send few requests.
_LOOKUP_PAGE_SIZE = 100


class TranscriptLanguageTakenError(RuleError):
    """Error raised because the media already has a transcript in the same primary language.

    ``existing`` is that transcript. Delete it first, or call ``create`` with
    ``replace=True`` to have it deleted. The CLI exits with code 3.
    """

    def __init__(self, media_id: str, language: str, existing: MediaCaption) -> None:
        super().__init__(
            "transcripts.language_taken",
            media_id=media_id,
            language=language,
            existing=existing.language,
            primary=primary_language(language),
        )
        self.media_id = media_id
        self.language = language
        self.existing = existing


class TranscriptsResource(Resource[SyncAPIClient]):
    """Transcripts (captions on the wire) of media, with the blocking client."""

    def create(
        self,
        media_id: str,
        language: str,
        file: str | os.PathLike[str],
        *,
        replace: bool = False,
        description: str | None = None,
    ) -> MediaCaption:
        """Upload the ``.vtt`` transcript of one language and return it.

        First looks for a transcript of the same primary language. Without
        ``replace`` that raises :class:`TranscriptLanguageTakenError` before
        the upload; with ``replace`` the existing transcript is deleted first.
        ``language`` is a BCP 47 tag, sent in standard form.
        """
        tag = check_language_tag(LANGUAGE_FIELD, language)
        vtt = check_vtt_file(file)

        existing = self.find_same_language(media_id, tag)
        if existing is not None:
            if not replace:
                raise TranscriptLanguageTakenError(media_id, tag, existing)
            self._client.request(
                routes.TRANSCRIPT_DELETE, path_params=_path(media_id, existing.language or tag)
            )

        answer = self._client.request(
            routes.TRANSCRIPT_CREATE,
            path_params=_path(media_id, tag),
            files=_create_files(vtt_upload_files(vtt), description),
        )
        return _created_caption(answer, tag)

    def list(
        self, media_id: str, *, offset: int = 0, limit: int = DEFAULT_PAGE_SIZE
    ) -> SyncPage[MediaCaption]:
        """Return one page of transcripts; iterating the page walks every following page."""

        def fetch(page_offset: int) -> SyncPage[MediaCaption]:
            answer = self._client.request(
                routes.TRANSCRIPT_LIST,
                path_params={"id": media_id},
                params=page_params(page_offset, limit),
            )
            captions = MediaCaptionList.model_validate(answer or {})
            return SyncPage(captions.media_captions, captions.total, page_offset, limit, fetch)

        return fetch(offset)

    def find_same_language(self, media_id: str, language: str) -> MediaCaption | None:
        """Find the transcript in the primary language of ``language``, or ``None``."""
        tag = check_language_tag(LANGUAGE_FIELD, language)
        return _same_primary_language(self.list(media_id, limit=_LOOKUP_PAGE_SIZE), tag)

    def set_default(self, media_id: str, language: str, is_default: bool = True) -> None:
        """Make this transcript the player's default, which clears the others, or unset it."""
        tag = check_language_tag(LANGUAGE_FIELD, language)
        self._client.request(
            routes.TRANSCRIPT_SET_DEFAULT,
            path_params=_path(media_id, tag),
            files=_default_form(is_default),
        )

    def delete(self, media_id: str, language: str) -> MediaCaption | None:
        """Delete the transcript of one language and return it as it was before.

        Looks it up first, so the result's ``is_default`` shows whether the media
        is now left without a default transcript. Returns ``None`` when the list
        did not show it, and then the API's response to the delete decides.
        """
        tag = check_language_tag(LANGUAGE_FIELD, language)
        found = _same_tag(self.list(media_id, limit=_LOOKUP_PAGE_SIZE), tag)
        self._client.request(routes.TRANSCRIPT_DELETE, path_params=_path(media_id, tag))
        return found


class AsyncTranscriptsResource(Resource[AsyncAPIClient]):
    """Transcripts (captions on the wire) of media, with the asyncio client."""

    async def create(
        self,
        media_id: str,
        language: str,
        file: str | os.PathLike[str],
        *,
        replace: bool = False,
        description: str | None = None,
    ) -> MediaCaption:
        """Upload the ``.vtt`` transcript of a language; see :meth:`TranscriptsResource.create`."""
        tag = check_language_tag(LANGUAGE_FIELD, language)
        vtt = check_vtt_file(file)

        existing = await self.find_same_language(media_id, tag)
        if existing is not None:
            if not replace:
                raise TranscriptLanguageTakenError(media_id, tag, existing)
            await self._client.request(
                routes.TRANSCRIPT_DELETE, path_params=_path(media_id, existing.language or tag)
            )

        answer = await self._client.request(
            routes.TRANSCRIPT_CREATE,
            path_params=_path(media_id, tag),
            files=_create_files(vtt_upload_files(vtt), description),
        )
        return _created_caption(answer, tag)

    async def list(
        self, media_id: str, *, offset: int = 0, limit: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPage[MediaCaption]:
        """Return one page of transcripts; ``async for`` walks every following page."""

        async def fetch(page_offset: int) -> AsyncPage[MediaCaption]:
            answer = await self._client.request(
                routes.TRANSCRIPT_LIST,
                path_params={"id": media_id},
                params=page_params(page_offset, limit),
            )
            captions = MediaCaptionList.model_validate(answer or {})
            return AsyncPage(captions.media_captions, captions.total, page_offset, limit, fetch)

        return await fetch(offset)

    async def find_same_language(self, media_id: str, language: str) -> MediaCaption | None:
        """Find the transcript in the primary language of ``language``, or ``None``."""
        tag = check_language_tag(LANGUAGE_FIELD, language)
        return _same_primary_language(await self._all(media_id), tag)

    async def set_default(self, media_id: str, language: str, is_default: bool = True) -> None:
        """Make this transcript the player's default, which clears the others, or unset it."""
        tag = check_language_tag(LANGUAGE_FIELD, language)
        await self._client.request(
            routes.TRANSCRIPT_SET_DEFAULT,
            path_params=_path(media_id, tag),
            files=_default_form(is_default),
        )

    async def delete(self, media_id: str, language: str) -> MediaCaption | None:
        """Delete the transcript of one language; see :meth:`TranscriptsResource.delete`."""
        tag = check_language_tag(LANGUAGE_FIELD, language)
        found = _same_tag(await self._all(media_id), tag)
        await self._client.request(routes.TRANSCRIPT_DELETE, path_params=_path(media_id, tag))
        return found

    async def _all(self, media_id: str) -> list[MediaCaption]:
        page = await self.list(media_id, limit=_LOOKUP_PAGE_SIZE)
        return [caption async for caption in page]


def _path(media_id: str, tag: str) -> dict[str, str]:
    return {"id": media_id, "lan": tag}


def _create_files(files: dict[str, Any], description: str | None) -> dict[str, Any]:
    if description is None:
        return files
    # A (None, text) entry makes httpx send a plain form field inside the multipart body.
    return {**files, "description": (None, description)}


def _default_form(is_default: bool) -> dict[str, tuple[None, str]]:
    # The OpenAPI document declares a multipart body, so is_default goes as a form
    # field; without a file httpx would send it URL-encoded instead.
    return {"is_default": (None, "true" if is_default else "false")}


def _created_caption(answer: Any, tag: str) -> MediaCaption:
    # The OpenAPI document wraps the new transcript as {"media_caption": {...}}.
    if isinstance(answer, dict) and isinstance(answer.get("media_caption"), dict):
        return MediaCaption.model_validate(answer["media_caption"])
    if isinstance(answer, dict) and "language" in answer:
        return MediaCaption.model_validate(answer)
    return MediaCaption(language=tag)


def _same_primary_language(captions: Iterable[MediaCaption], tag: str) -> MediaCaption | None:
    primary = primary_language(tag)
    for caption in captions:
        if caption.language and primary_language(caption.language) == primary:
            return caption
    return None


def _same_tag(captions: Iterable[MediaCaption], tag: str) -> MediaCaption | None:
    # BCP 47 tags compare case-insensitively: en-us and en-US name the same language.
    for caption in captions:
        if caption.language and caption.language.lower() == tag.lower():
            return caption
    return None
