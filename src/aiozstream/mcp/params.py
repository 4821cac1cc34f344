"""Typed tool parameters shared by several tools, each with the description a model reads.

The descriptions are English: they are part of the tools' schemas, read by the
model that fills them, and the same in every language of the results.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from aiozstream.models.analytics import BREAKDOWNS, CONTINENTS, INTERVALS, SERIES_METRICS
from aiozstream.models.webhooks import WEBHOOK_EVENTS

Lang = Annotated[
    Literal["en", "zh"] | None,
    Field(
        description=(
            "Language of the answer: en (English) or zh (Simplified Chinese). "
            "Default: the server's setting (--lang, AIOZ_LANG, else the system locale)."
        )
    ),
]
MediaId = Annotated[str, Field(description="Media id, as shown by media_list or returned by media_upload.")]
PlayerId = Annotated[str, Field(description="Player theme id, as shown by players_list.")]
PlaylistId = Annotated[str, Field(description="Playlist id, as shown by playlists_list.")]
WebhookId = Annotated[str, Field(description="Webhook id, as shown by webhooks_list.")]
ApiKeyId = Annotated[str, Field(description="API key id, as shown by api_keys_list.")]
LanguageTag = Annotated[
    str,
    Field(
        description=(
            "BCP 47 language tag such as en, en-US, zh-Hans or vi; it is normalized and the "
            "normalization is reported."
        )
    ),
]
VttFile = Annotated[
    str, Field(description="Absolute path of a local UTF-8 WebVTT (.vtt) file, at most 10 MiB.")
]
Limit = Annotated[int, Field(ge=1, le=100, description="Items per page, from 1 to 100.")]
Offset = Annotated[int, Field(ge=0, description="Number of items to skip before the page starts.")]
AllPages = Annotated[
    bool, Field(description="Fetch every page and list all items instead of one page.")
]
Search = Annotated[str | None, Field(description="Text to search for in names or titles.")]
Confirm = Annotated[
    bool,
    Field(
        description=(
            "Set true only after the user confirmed this irreversible action. Without it the tool "
            "changes nothing and returns the question to ask."
        )
    ),
]
Tags = Annotated[list[str] | None, Field(description="Tags, for example [\"travel\", \"2024\"].")]
Metadata = Annotated[
    dict[str, str] | None,
    Field(description="Custom key-value metadata, for example {\"course\": \"intro\"}."),
]
Title = Annotated[str | None, Field(description="Media title.")]
Description = Annotated[str | None, Field(description="Media description.")]
IsPublic = Annotated[
    bool | None, Field(description="true: anyone with the link can watch; false: private.")
]
MediaStatus = Literal["new", "transcoding", "done", "fail"]
Statuses = Annotated[
    list[MediaStatus] | None,
    Field(description="Only media in these states: new, transcoding, done, fail."),
]
MediaType = Literal["video", "audio"]
SortOrder = Annotated[Literal["asc", "desc"] | None, Field(description="Sort order: asc or desc.")]
DATE_FORMS = (
    "A date or time: 2024-09-01, 2024-09-01 14:00, yesterday, last monday 14:00, "
    "3 days ago, now, this month, or Chinese phrases such as 昨天 and 上周一, read in the time zone tz."
)
TimeZone = Annotated[
    str | None,
    Field(description="IANA time zone of the dates, for example Asia/Ho_Chi_Minh. Default: the server's."),
]
SeriesMetric = Annotated[
    Literal[SERIES_METRICS],  # type: ignore[valid-type]
    Field(description="Metric: " + ", ".join(SERIES_METRICS) + "."),
]
Breakdown = Annotated[
    Literal[BREAKDOWNS],  # type: ignore[valid-type]
    Field(description="Dimension to group by: " + ", ".join(BREAKDOWNS) + "."),
]
Interval = Annotated[
    Literal[INTERVALS],  # type: ignore[valid-type]
    Field(description="Bucket size: hour or day."),
]
MediaIds = Annotated[list[str] | None, Field(description="Only these media ids (UUIDs).")]
FilterMediaType = Annotated[MediaType | None, Field(description="Only video or only audio.")]
Continents = Annotated[
    list[Literal[CONTINENTS]] | None,  # type: ignore[valid-type]
    Field(description="Only these continent codes: " + ", ".join(CONTINENTS) + "."),
]
Countries = Annotated[
    list[str] | None, Field(description="Only these ISO 3166-1 alpha-2 country codes, such as VN or US.")
]
DeviceTypes = Annotated[list[str] | None, Field(description="Only these device types, such as desktop or mobile.")]
OperatingSystems = Annotated[list[str] | None, Field(description="Only these operating systems.")]
Browsers = Annotated[list[str] | None, Field(description="Only these browsers.")]
FilterTags = Annotated[list[str] | None, Field(description="Only media with these tags.")]
WebhookEvent = Literal[WEBHOOK_EVENTS]  # type: ignore[valid-type]
WebhookEvents = Annotated[
    list[WebhookEvent] | None,
    Field(description="Events to receive: " + ", ".join(WEBHOOK_EVENTS) + ". Default: all five."),
]
