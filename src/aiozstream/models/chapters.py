"""Models of the chapters area: one WebVTT file of chapter markers per media and language."""

from __future__ import annotations

from pydantic import Field

from aiozstream.models._base import ResponseModel


class MediaChapter(ResponseModel):
    """The chapter file of one media in one language."""

    language: str | None = None
    """BCP 47 language tag, such as ``en`` or ``fr-CA``."""
    url: str | None = None
    """Link to the ``.vtt`` file."""


class MediaChapterList(ResponseModel):
    """One page of ``GET /media/{id}/chapters``."""

    media_chapters: list[MediaChapter] = Field(default_factory=list)
    total: int = 0
    """Number of chapter files of the media, across every page."""
