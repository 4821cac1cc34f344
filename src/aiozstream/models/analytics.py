"""Models of the analytics area: metric filters, aggregated numbers, breakdowns and time series.

AIOZ's OpenAPI document types metrics, aggregations, breakdowns and intervals as free
strings. The allowed values below are the ones that the skill document lists.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from pydantic import Field, ValidationInfo, field_validator

from aiozstream.models._base import RequestModel, ResponseModel

AGGREGATE_METRICS = ("play", "start", "end", "impression", "watch_time", "view")
"""Metrics of ``POST /analytics/metrics/data/{metric}/{aggregation}``."""

AGGREGATIONS = ("count", "rate", "total", "average", "sum")
"""Aggregations of one metric into one number."""

RATE_METRICS = ("play",)
"""The only metrics that the ``rate`` aggregation accepts."""

SERIES_METRICS = (
    "play",
    "play_rate",
    "start",
    "end",
    "impression",
    "watch_time",
    "retention",
    "view",
)
"""Metrics of the breakdown (``bucket``) and ``timeseries`` endpoints."""

BREAKDOWNS = (
    "media-id",
    "media-type",
    "continent",
    "country",
    "device-type",
    "operating-system",
    "browser",
)
"""Dimensions that ``POST /analytics/metrics/bucket/{metric}/{breakdown}`` groups by."""

INTERVALS = ("hour", "day")
"""Bucket sizes of ``POST /analytics/metrics/timeseries/{metric}/{interval}``."""

INTERVAL_SECONDS = {"hour": 3600, "day": 86400}

CONTINENTS = ("AF", "AN", "AS", "EU", "NA", "OC", "SA")
"""Continent codes of the ``continents`` filter."""

MEDIA_TYPES = ("video", "audio")

SORT_FIELDS = ("metric_value", "dimension_value", "emitted_at")
"""Fields that breakdown and time series items can be sorted by."""

SORT_ORDERS = ("asc", "desc")


class MetricFilter(RequestModel):
    """``filter_by`` of every metrics request; an item matches when it matches every list given."""

    media_ids: list[str] | None = None
    """Media ids (UUIDs)."""
    media_type: str | None = None
    """video or audio."""
    continents: list[str] | None = None
    """Continent codes: AF, AN, AS, EU, NA, OC or SA."""
    countries: list[str] | None = None
    """ISO 3166-1 alpha-2 country codes, such as VN or US."""
    device_types: list[str] | None = None
    """Device types, such as computer or phone."""
    os: list[str] | None = None
    """Operating systems, such as windows or android."""
    browsers: list[str] | None = None
    """Browsers, such as chrome or firefox."""
    tags: list[str] | None = None
    """Media tags."""


class TimeFrame(ResponseModel):
    """Start and end of the window that the response covers, in the API's own format."""

    from_: str | None = Field(default=None, alias="from")
    to: str | None = None


class MetricsContext(ResponseModel):
    """The request as the API understood it, echoed beside the numbers."""

    metric: str | None = None
    aggregation: str | None = None
    breakdown: str | None = None
    interval: str | None = None
    time_frame: TimeFrame | None = None
    filter: MetricFilter | dict | None = None


class AggregatedMetric(ResponseModel):
    """Response of the aggregated metrics endpoint: one number for the whole window."""

    data: float | None = None
    """The number: a count, a sum of seconds for watch_time, or a ratio from 0 to 1 for rate."""
    context: MetricsContext | None = None


class MetricItem(ResponseModel):
    """One breakdown group or one time series bucket."""

    dimension_value: str | None = None
    """The group's value, such as VN for the country breakdown; empty in time series."""
    emitted_at: str | None = None
    """Start of the bucket in time series, as the API writes it (RFC 3339 or UNIX seconds)."""
    metric_value: float | None = None
    """The metric's value in this group or bucket."""

    def emitted_time(self) -> datetime | None:
        """Return ``emitted_at`` as an aware UTC datetime, or ``None`` when absent or unreadable."""
        return parse_emitted_at(self.emitted_at)


class MetricsPageData(ResponseModel):
    """One page of breakdown groups or time series buckets."""

    data: list[MetricItem] = Field(default_factory=list)
    total: int = 0
    """Number of groups or buckets across every page."""
    context: MetricsContext | None = None

    @field_validator("data", "total", mode="before")
    @classmethod
    def _null_is_empty(cls, value: Any, info: ValidationInfo) -> Any:
        # An empty window may come back as "data": null.
        if value is None:
            return [] if info.field_name == "data" else 0
        return value


def parse_emitted_at(value: str | None) -> datetime | None:
    """Read an ``emitted_at`` in RFC 3339 or UNIX seconds into an aware UTC datetime."""
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return datetime.fromtimestamp(int(text), timezone.utc)
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)
