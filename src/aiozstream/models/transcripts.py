"""Models of the transcripts area. Users see "transcripts"; the API calls them captions."""

from __future__ import annotations

from pydantic import Field

from aiozstream.models._base import ResponseModel


class MediaCaption(ResponseModel):
    """One transcript (subtitle file) of a media, in one language."""

    language: str | None = None
    """BCP 47 language tag, such as ``en-US`` or ``vi``."""
    url: str | None = None
    """Link to the ``.vtt`` file."""
    is_default: bool = False
    """Whether the player shows this transcript by default. At most one transcript of a media is."""
    status: str | None = None
    """Processing status that the API reports for the file."""
    description: str | None = None


class MediaCaptionList(ResponseModel):
    """One page of ``GET /media/{id}/captions``."""

    media_captions: list[MediaCaption] = Field(default_factory=list)
    total: int = 0
    """Number of transcripts of the media, across every page."""
