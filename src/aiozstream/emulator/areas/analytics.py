"""Analytics area: aggregated metrics, breakdowns by dimension and time series.

The sandbox has no viewers, so it makes its numbers up, deterministically: the
same request always gets the same response, and the three endpoints agree.

* Each UTC day has impression, play, start, end, view and watch-time totals drawn
  from a hash of the day, and each hour gets a share of them by a daily curve.
  In a day, plays never exceed impressions, starts never exceed plays and ends
  never exceed starts (single hours may differ by one after rounding). Views
  equal starts, and watch time is seconds watched.
* A window counts the hours that start inside ``[from, to)``.
* Each filter keeps a fixed share of the audience per value (for example VN keeps
  8 % of the audience), and the shares of several filters multiply. Media ids
  and tags select media of the store, each with a weight drawn from its id.
* A breakdown group is the window's value with that group's share, so the views
  of country VN equal the views filtered by ``countries: ["VN"]``. With
  ``sum_others``, the groups after the page become one ``others`` group.
* Aggregations: ``count`` counts events (views, for watch_time), ``sum`` and
  ``total`` add values (seconds, for watch_time), ``average`` is events per hour
  (seconds per view, for watch_time), and ``rate`` is plays per impression.
  ``play_rate`` is plays per impression and ``retention`` ends per start.
* Time series buckets start at multiples of the interval from 1970-01-01 UTC, so
  days start at UTC midnight. The first and last bucket may be partial.
"""

from __future__ import annotations

import hashlib
import math
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from aiozstream import routes
from aiozstream.emulator import validation
from aiozstream.emulator.areas import ApiRoute
from aiozstream.emulator.context import Sandbox
from aiozstream.emulator.responses import success
from aiozstream.emulator.store import MEDIA

AGGREGATE_METRICS = ("play", "start", "end", "impression", "watch_time", "view")
AGGREGATIONS = ("count", "rate", "total", "average", "sum")
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
RATIO_METRICS = ("play_rate", "retention")
BREAKDOWNS = (
    "media-id",
    "media-type",
    "continent",
    "country",
    "device-type",
    "operating-system",
    "browser",
)
INTERVALS = {"hour": 3600, "day": 86400}
HOUR = 3600
DEFAULT_PAGE_SIZE = 25
MAX_PAGE_SIZE = 100
SORT_DIRECTIONS = ("asc", "desc")
BREAKDOWN_SORT_FIELDS = ("metric_value", "dimension_value")
TIMESERIES_SORT_FIELDS = ("metric_value", "emitted_at")
OTHERS = "others"

# Share of the audience of each value of a dimension; values not listed have none.
AUDIENCE_SHARES: dict[str, dict[str, float]] = {
    "media-type": {"video": 0.85, "audio": 0.15},
    "continent": {"AS": 0.38, "EU": 0.24, "NA": 0.2, "SA": 0.08, "AF": 0.06, "OC": 0.04, "AN": 0.0},
    "country": {
        "VN": 0.08, "US": 0.16, "IN": 0.12, "JP": 0.06, "KR": 0.04, "ID": 0.06, "CN": 0.08,
        "DE": 0.07, "GB": 0.06, "FR": 0.05, "BR": 0.06, "SG": 0.02, "AU": 0.04, "NG": 0.03,
        "CA": 0.03,
    },
    "device-type": {"computer": 0.46, "phone": 0.42, "tablet": 0.08, "tv": 0.04},
    "operating-system": {"windows": 0.34, "android": 0.3, "ios": 0.16, "macos": 0.12, "linux": 0.08},
    "browser": {"chrome": 0.55, "safari": 0.2, "firefox": 0.1, "edge": 0.1, "opera": 0.05},
}  # fmt: skip

# filter_by list fields, the dimension each narrows, and how its values are written.
LIST_FILTERS = {
    "continents": ("continent", str.upper),
    "countries": ("country", str.upper),
    "device_types": ("device-type", str.lower),
    "os": ("operating-system", str.lower),
    "browsers": ("browser", str.lower),
}
MEDIA_FILTERS = ("media_ids", "tags")
FILTER_FIELDS = ("media_ids", "media_type", *LIST_FILTERS, "tags")

# Relative audience per UTC hour of the day.
DAILY_CURVE = (
    0.3, 0.2, 0.15, 0.12, 0.12, 0.18, 0.3, 0.5, 0.7, 0.8, 0.85, 0.9,
    0.95, 0.95, 0.9, 0.9, 0.95, 1.0, 1.1, 1.25, 1.3, 1.2, 0.9, 0.55,
)  # fmt: skip


async def aggregated_metrics(request: Request, sandbox: Sandbox) -> Response:
    metric = _path_choice(request, "metric", AGGREGATE_METRICS)
    aggregation = _path_choice(request, "aggregation", AGGREGATIONS)
    if aggregation == "rate" and metric != "play":
        raise validation.bad_request(
            f"aggregation 'rate' is only available for the metric play, not {metric!r}"
        )
    data = await validation.read_json_object(request)
    start, end = _window(data)
    audience = _Audience.from_filter(data.get("filter_by"), sandbox)

    value = _aggregate(metric, aggregation, start, end, audience.factor())
    context = _context(start, end, audience, metric=metric, aggregation=aggregation)
    return success({"data": value, "context": context})


async def breakdown_metrics(request: Request, sandbox: Sandbox) -> Response:
    metric = _path_choice(request, "metric", SERIES_METRICS)
    dimension = _path_choice(request, "breakdown", BREAKDOWNS)
    data = await validation.read_json_object(request)
    start, end = _window(data)
    audience = _Audience.from_filter(data.get("filter_by"), sandbox)
    offset, limit = _paging(data)
    sort_field, descending = _sort_order(data, BREAKDOWN_SORT_FIELDS, "metric_value", "desc")
    sum_others = validation.optional_bool(data, "sum_others") or False

    base = audience.factor(without=dimension)
    groups = [
        (value, _series_value(metric, start, end, base * share))
        for value, share in audience.groups(dimension)
    ]
    primary = 1 if sort_field == "metric_value" else 0
    groups.sort(key=lambda group: group[0])
    groups.sort(key=lambda group: group[primary], reverse=descending)

    page = groups[offset : offset + limit]
    items = [{"dimension_value": value, "metric_value": number} for value, number in page]
    rest = groups[offset + limit :]
    if sum_others and rest:
        if metric in RATIO_METRICS:
            shares = dict(audience.groups(dimension))
            rest_share = sum(shares[value] for value, _ in rest)
            others = _series_value(metric, start, end, base * rest_share)
        else:
            others = sum(number for _, number in rest)
        items.append({"dimension_value": OTHERS, "metric_value": others})
    context = _context(start, end, audience, metric=metric, breakdown=dimension)
    return success({"data": items, "total": len(groups), "context": context})


async def overtime_metrics(request: Request, sandbox: Sandbox) -> Response:
    metric = _path_choice(request, "metric", SERIES_METRICS)
    interval = _path_choice(request, "interval", tuple(INTERVALS))
    data = await validation.read_json_object(request)
    start, end = _window(data)
    audience = _Audience.from_filter(data.get("filter_by"), sandbox)
    offset, limit = _paging(data)
    sort_field, descending = _sort_order(data, TIMESERIES_SORT_FIELDS, "emitted_at", "asc")

    size = INTERVALS[interval]
    first = start // size * size
    buckets = list(range(first, end, size))
    factor = audience.factor()

    def value_of(bucket: int) -> float:
        return _series_value(metric, max(bucket, start), min(bucket + size, end), factor)

    if sort_field == "emitted_at":
        ordered = sorted(buckets, reverse=descending)[offset : offset + limit]
        page = [(bucket, value_of(bucket)) for bucket in ordered]
    else:
        valued = [(bucket, value_of(bucket)) for bucket in buckets]
        valued.sort(key=lambda pair: pair[0])
        valued.sort(key=lambda pair: pair[1], reverse=descending)
        page = valued[offset : offset + limit]

    items = [{"emitted_at": _rfc3339(bucket), "metric_value": value} for bucket, value in page]
    context = _context(start, end, audience, metric=metric, interval=interval)
    return success({"data": items, "total": len(buckets), "context": context})


ROUTES = [
    ApiRoute(routes.ANALYTICS_AGGREGATE, aggregated_metrics),
    ApiRoute(routes.ANALYTICS_BREAKDOWN, breakdown_metrics),
    ApiRoute(routes.ANALYTICS_TIMESERIES, overtime_metrics),
]


class _Audience:
    """The part of the audience that ``filter_by`` selects, as shares per dimension."""

    def __init__(
        self,
        echo: dict[str, Any],
        selected: dict[str, dict[str, float]],
        media_shares: dict[str, float],
    ) -> None:
        self.echo = echo
        """The filter as the sandbox understood it, echoed in the response's context."""
        self.selected = selected
        """Kept values and their shares, per filtered dimension."""
        self.media_shares = media_shares
        """Share of each stored media that the media filters keep (every media without them)."""

    @classmethod
    def from_filter(cls, raw: Any, sandbox: Sandbox) -> _Audience:
        """Check ``filter_by`` like the API does and work out the shares it keeps."""
        if raw is None:
            raw = {}
        if not isinstance(raw, dict):
            raise validation.bad_request("filter_by must be a JSON object")
        for name in raw:
            if name not in FILTER_FIELDS:
                raise validation.bad_request(
                    f"unknown filter {name!r} in filter_by: allowed are {', '.join(FILTER_FIELDS)}"
                )

        echo: dict[str, Any] = {}
        selected: dict[str, dict[str, float]] = {}
        media_type = raw.get("media_type")
        if media_type not in (None, ""):
            if media_type not in AUDIENCE_SHARES["media-type"]:
                raise validation.bad_request(
                    f"invalid media_type {media_type!r} in filter_by: allowed are video, audio"
                )
            echo["media_type"] = media_type
            selected["media-type"] = {media_type: AUDIENCE_SHARES["media-type"][media_type]}

        for name, (dimension, write) in LIST_FILTERS.items():
            values = validation.string_list(raw, name)
            if not values:
                continue
            values = [_check_filter_value(name, write(value.strip())) for value in values]
            echo[name] = values
            shares = AUDIENCE_SHARES[dimension]
            selected[dimension] = {value: shares.get(value, 0.0) for value in values}

        media_ids = validation.string_list(raw, "media_ids")
        tags = validation.string_list(raw, "tags")
        for media_id in media_ids or []:
            validation.require_uuid(media_id, "media")
        if media_ids:
            echo["media_ids"] = media_ids
        if tags:
            echo["tags"] = tags
        weights = _media_weights(sandbox)
        if media_ids or tags:
            chosen = {
                media_id: weight
                for media_id, (weight, media_tags) in weights.items()
                if (not media_ids or media_id in media_ids) and (not tags or set(tags) & media_tags)
            }
        else:
            chosen = {media_id: weight for media_id, (weight, _) in weights.items()}
        total_weight = sum(weight for weight, _ in weights.values())
        media_shares = {
            media_id: weight / total_weight if total_weight else 0.0
            for media_id, weight in chosen.items()
        }
        if media_ids or tags:
            selected["media-id"] = media_shares
        return cls(echo, selected, media_shares)

    def factor(self, without: str | None = None) -> float:
        """Return the share of the audience kept by every filter except the one on ``without``."""
        result = 1.0
        for dimension, shares in self.selected.items():
            if dimension != without:
                result *= sum(shares.values())
        return result

    def groups(self, dimension: str) -> list[tuple[str, float]]:
        """Return the values of ``dimension`` with their shares, narrowed by its own filter."""
        if dimension == "media-id":
            return sorted(self.media_shares.items())
        if dimension in self.selected:
            return sorted(self.selected[dimension].items())
        return sorted(AUDIENCE_SHARES[dimension].items())


def _aggregate(metric: str, aggregation: str, start: int, end: int, factor: float) -> float:
    if aggregation == "rate":
        return _ratio(
            _window_sum("play", start, end, factor), _window_sum("impression", start, end, factor)
        )
    if metric == "watch_time":
        views = _window_sum("view", start, end, factor)
        if aggregation == "count":
            return views
        seconds = _window_sum("watch_time", start, end, factor)
        if aggregation == "average":
            return round(seconds / views, 2) if views else 0
        return seconds
    count = _window_sum(metric, start, end, factor)
    if aggregation == "average":
        hours = _hours_in(start, end)
        return round(count / hours, 4) if hours else 0
    return count


def _series_value(metric: str, start: int, end: int, factor: float) -> float:
    if metric == "play_rate":
        return _ratio(
            _window_sum("play", start, end, factor), _window_sum("impression", start, end, factor)
        )
    if metric == "retention":
        return _ratio(
            _window_sum("end", start, end, factor), _window_sum("start", start, end, factor)
        )
    return _window_sum(metric, start, end, factor)


def _window_sum(quantity: str, start: int, end: int, factor: float) -> int:
    """Add ``quantity`` over the hours that start in ``[start, end)``, whole days at a time."""
    hour = math.ceil(start / HOUR)
    last = math.ceil(end / HOUR)
    total = 0
    while hour < last:
        day, hour_of_day = divmod(hour, 24)
        if hour_of_day == 0 and hour + 24 <= last:
            total += _day_total(day, quantity, factor)
            hour += 24
        else:
            total += _hour_values(day, quantity, factor)[hour_of_day]
            hour += 1
    return total


@lru_cache(maxsize=8192)
def _day_counts(day: int) -> dict[str, int]:
    """Return the unfiltered totals of one UTC day (day 0 is 1970-01-01)."""
    impressions = 200 + int(_unit_random("impression", day) * 1800)
    plays = int(impressions * (0.35 + 0.4 * _unit_random("play", day)))
    starts = int(plays * (0.85 + 0.15 * _unit_random("start", day)))
    ends = int(starts * (0.3 + 0.5 * _unit_random("end", day)))
    seconds_per_view = 30 + 270 * _unit_random("watch_time", day)
    return {
        "impression": impressions,
        "play": plays,
        "start": starts,
        "end": ends,
        "view": starts,
        "watch_time": int(starts * seconds_per_view),
    }


def _day_total(day: int, quantity: str, factor: float) -> int:
    return int(_day_counts(day)[quantity] * factor)


@lru_cache(maxsize=8192)
def _hour_values(day: int, quantity: str, factor: float) -> tuple[int, ...]:
    """Split a day's filtered total over its 24 hours; the hours add up to the day exactly."""
    total = _day_total(day, quantity, factor)
    weights = [
        weight * (0.8 + 0.4 * _unit_random("hour", day, hour))
        for hour, weight in enumerate(DAILY_CURVE)
    ]
    scale = total / sum(weights)
    exact = [weight * scale for weight in weights]
    values = [int(value) for value in exact]
    by_remainder = sorted(range(24), key=lambda hour: (values[hour] - exact[hour], hour))
    for hour in by_remainder[: total - sum(values)]:
        values[hour] += 1
    return tuple(values)


def _unit_random(*parts: object) -> float:
    """Return a number in [0, 1) that depends only on ``parts``, the same in every process."""
    digest = hashlib.blake2b(":".join(map(str, parts)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


def _media_weights(sandbox: Sandbox) -> dict[str, tuple[float, set[str]]]:
    """Return each stored media's audience weight, drawn from its id, and its tags."""
    return {
        record["id"]: (0.2 + _unit_random("media", record["id"]), set(record.get("tags") or []))
        for record in sandbox.store.records(MEDIA)
    }


def _ratio(numerator: int, denominator: int) -> float:
    return round(numerator / denominator, 4) if denominator else 0


def _hours_in(start: int, end: int) -> int:
    return max(0, math.ceil(end / HOUR) - math.ceil(start / HOUR))


def _path_choice(request: Request, name: str, allowed: tuple[str, ...]) -> str:
    value = request.path_params[name]
    if value not in allowed:
        raise validation.bad_request(f"invalid {name} {value!r}: allowed are {', '.join(allowed)}")
    return value


def _window(data: dict[str, Any]) -> tuple[int, int]:
    """Read ``from`` and ``to`` (UNIX seconds); the window must not be empty."""
    start = validation.optional_int(data, "from", minimum=0)
    end = validation.optional_int(data, "to", minimum=0)
    if start is None or end is None:
        raise validation.bad_request(
            "from and to are required: UNIX seconds of the window's start and end"
        )
    if start >= end:
        raise validation.bad_request(f"from ({start}) must be earlier than to ({end})")
    return start, end


def _paging(data: dict[str, Any]) -> tuple[int, int]:
    offset = validation.optional_int(data, "offset", minimum=0) or 0
    limit = (
        validation.optional_int(data, "limit", minimum=1, maximum=MAX_PAGE_SIZE)
        or DEFAULT_PAGE_SIZE
    )
    return offset, limit


def _sort_order(
    data: dict[str, Any], fields: tuple[str, ...], default_field: str, default_direction: str
) -> tuple[str, bool]:
    """Read ``sort_by`` (a field) and ``order_by`` (asc or desc), by value as the media list does.

    The skill document sends ``sort_by=metric_value, order_by=desc``; a client that swaps
    the two names is understood too.
    """
    values = [
        value.lower()
        for value in (data.get("sort_by"), data.get("order_by"))
        if isinstance(value, str) and value
    ]
    direction = next((value for value in values if value in SORT_DIRECTIONS), default_direction)
    field = next((value for value in values if value not in SORT_DIRECTIONS), default_field)
    if field not in fields:
        raise validation.bad_request(f"cannot sort by {field!r}: allowed are {', '.join(fields)}")
    return field, direction == "desc"


def _check_filter_value(name: str, value: str) -> str:
    if not value:
        raise validation.bad_request(f"{name} in filter_by contains an empty value")
    if name == "continents" and value not in AUDIENCE_SHARES["continent"]:
        allowed = ", ".join(sorted(AUDIENCE_SHARES["continent"]))
        raise validation.bad_request(
            f"invalid continent {value!r} in filter_by: allowed are {allowed}"
        )
    if name == "countries" and not (len(value) == 2 and value.isascii() and value.isalpha()):
        raise validation.bad_request(
            f"invalid country {value!r} in filter_by: expected a two-letter ISO 3166 code"
        )
    return value


def _context(start: int, end: int, audience: _Audience, **request_names: str) -> dict[str, Any]:
    return {
        **request_names,
        "time_frame": {"from": _rfc3339(start), "to": _rfc3339(end)},
        "filter": audience.echo,
    }


def _rfc3339(seconds: int) -> str:
    return datetime.fromtimestamp(seconds, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
