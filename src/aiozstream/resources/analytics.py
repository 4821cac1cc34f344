"""The analytics area: one number, a breakdown by dimension, or a time series of a metric.

Every method checks the metric, its aggregation, breakdown or interval, the filters
and the time window before it sends anything, and raises :class:`InputError` naming
the field and the allowed values. ``from_`` and ``to`` take UNIX seconds, ISO dates,
datetimes or English and Chinese phrases ("yesterday", "上周一"), read in ``tz``
(default: the system's zone) and counted from ``now`` (default: the current time).

``AnalyticsResource`` and ``AsyncAnalyticsResource`` are twins: the module-level
helpers check and build each request, and the classes only send.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from aiozstream import routes
from aiozstream._core.http import AsyncAPIClient, SyncAPIClient
from aiozstream._core.paging import AsyncPage, SyncPage
from aiozstream.errors import InputError
from aiozstream.models.analytics import (
    AGGREGATE_METRICS,
    AGGREGATIONS,
    BREAKDOWNS,
    CONTINENTS,
    INTERVALS,
    MEDIA_TYPES,
    RATE_METRICS,
    SERIES_METRICS,
    SORT_FIELDS,
    SORT_ORDERS,
    AggregatedMetric,
    MetricFilter,
    MetricItem,
    MetricsContext,
    MetricsPageData,
)
from aiozstream.resources._resource import Resource
from aiozstream.rules.dates import parse_range

Moment = int | str | datetime
DEFAULT_METRICS_PAGE_SIZE = 25
MAX_METRICS_PAGE_SIZE = 100
SDK_RANGE_FIELDS = ("from_", "to")


@dataclass
class MetricsPage(SyncPage[MetricItem]):
    """One page of breakdown groups or time series buckets; iterating walks every page."""

    context: MetricsContext | None = None
    """The request as the API echoed it: metric, breakdown or interval, window and filter."""


@dataclass
class AsyncMetricsPage(AsyncPage[MetricItem]):
    """One page of breakdown groups or time series buckets; ``async for`` walks every page."""

    context: MetricsContext | None = None


class AnalyticsResource(Resource[SyncAPIClient]):
    """Analytics with the blocking client."""

    def aggregate(
        self,
        metric: str,
        aggregation: str,
        *,
        from_: Moment,
        to: Moment,
        filters: MetricFilter | Mapping[str, Any] | None = None,
        tz: str | None = None,
        now: datetime | None = None,
    ) -> AggregatedMetric:
        """Return one number for ``metric`` over the window, such as ``view``/``count``."""
        path_params, body = aggregate_request(metric, aggregation, from_, to, filters, tz, now)
        answer = self._client.request(
            routes.ANALYTICS_AGGREGATE, path_params=path_params, json=body
        )
        return AggregatedMetric.model_validate(answer or {})

    def breakdown(
        self,
        metric: str,
        breakdown: str,
        *,
        from_: Moment,
        to: Moment,
        filters: MetricFilter | Mapping[str, Any] | None = None,
        sort_by: str | None = None,
        order_by: str | None = None,
        sum_others: bool | None = None,
        offset: int = 0,
        limit: int = DEFAULT_METRICS_PAGE_SIZE,
        tz: str | None = None,
        now: datetime | None = None,
    ) -> MetricsPage:
        """Return one page of ``metric`` grouped by ``breakdown``, such as views by country."""
        path_params, body = breakdown_request(
            metric,
            breakdown,
            from_,
            to,
            filters,
            sort_by,
            order_by,
            sum_others,
            offset,
            limit,
            tz,
            now,
        )
        return self._page(routes.ANALYTICS_BREAKDOWN, path_params, body, offset)

    def timeseries(
        self,
        metric: str,
        interval: str,
        *,
        from_: Moment,
        to: Moment,
        filters: MetricFilter | Mapping[str, Any] | None = None,
        sort_by: str | None = None,
        order_by: str | None = None,
        offset: int = 0,
        limit: int = MAX_METRICS_PAGE_SIZE,
        tz: str | None = None,
        now: datetime | None = None,
    ) -> MetricsPage:
        """Return one page of ``metric`` per ``hour`` or ``day``; iterate it for every bucket."""
        path_params, body = timeseries_request(
            metric, interval, from_, to, filters, sort_by, order_by, offset, limit, tz, now
        )
        return self._page(routes.ANALYTICS_TIMESERIES, path_params, body, offset)

    def _page(self, route: routes.Route, path_params: dict, body: dict, offset: int) -> MetricsPage:
        def fetch(page_offset: int) -> MetricsPage:
            answer = self._client.request(
                route, path_params=path_params, json={**body, "offset": page_offset}
            )
            data = MetricsPageData.model_validate(answer or {})
            return MetricsPage(
                data.data, data.total, page_offset, body["limit"], fetch, data.context
            )

        return fetch(offset)


class AsyncAnalyticsResource(Resource[AsyncAPIClient]):
    """Analytics with the asyncio client."""

    async def aggregate(
        self,
        metric: str,
        aggregation: str,
        *,
        from_: Moment,
        to: Moment,
        filters: MetricFilter | Mapping[str, Any] | None = None,
        tz: str | None = None,
        now: datetime | None = None,
    ) -> AggregatedMetric:
        """Return one number for ``metric`` over the window, such as ``view``/``count``."""
        path_params, body = aggregate_request(metric, aggregation, from_, to, filters, tz, now)
        answer = await self._client.request(
            routes.ANALYTICS_AGGREGATE, path_params=path_params, json=body
        )
        return AggregatedMetric.model_validate(answer or {})

    async def breakdown(
        self,
        metric: str,
        breakdown: str,
        *,
        from_: Moment,
        to: Moment,
        filters: MetricFilter | Mapping[str, Any] | None = None,
        sort_by: str | None = None,
        order_by: str | None = None,
        sum_others: bool | None = None,
        offset: int = 0,
        limit: int = DEFAULT_METRICS_PAGE_SIZE,
        tz: str | None = None,
        now: datetime | None = None,
    ) -> AsyncMetricsPage:
        """Return one page of ``metric`` grouped by ``breakdown``, such as views by country."""
        path_params, body = breakdown_request(
            metric,
            breakdown,
            from_,
            to,
            filters,
            sort_by,
            order_by,
            sum_others,
            offset,
            limit,
            tz,
            now,
        )
        return await self._page(routes.ANALYTICS_BREAKDOWN, path_params, body, offset)

    async def timeseries(
        self,
        metric: str,
        interval: str,
        *,
        from_: Moment,
        to: Moment,
        filters: MetricFilter | Mapping[str, Any] | None = None,
        sort_by: str | None = None,
        order_by: str | None = None,
        offset: int = 0,
        limit: int = MAX_METRICS_PAGE_SIZE,
        tz: str | None = None,
        now: datetime | None = None,
    ) -> AsyncMetricsPage:
        """Return one page of ``metric`` per ``hour`` or ``day``; ``async for`` walks every page."""
        path_params, body = timeseries_request(
            metric, interval, from_, to, filters, sort_by, order_by, offset, limit, tz, now
        )
        return await self._page(routes.ANALYTICS_TIMESERIES, path_params, body, offset)

    async def _page(
        self, route: routes.Route, path_params: dict, body: dict, offset: int
    ) -> AsyncMetricsPage:
        async def fetch(page_offset: int) -> AsyncMetricsPage:
            answer = await self._client.request(
                route, path_params=path_params, json={**body, "offset": page_offset}
            )
            data = MetricsPageData.model_validate(answer or {})
            return AsyncMetricsPage(
                data.data, data.total, page_offset, body["limit"], fetch, data.context
            )

        return await fetch(offset)


def check_aggregate(metric: str, aggregation: str) -> tuple[str, str]:
    """Check a metric and its aggregation; ``rate`` goes only with ``play``."""
    metric = check_choice("metric", metric, AGGREGATE_METRICS)
    aggregation = check_choice("aggregation", aggregation, AGGREGATIONS)
    if aggregation == "rate" and metric not in RATE_METRICS:
        raise InputError(
            "analytics.rate_needs_play", metric=metric, allowed=", ".join(RATE_METRICS)
        )
    return metric, aggregation


def check_breakdown(metric: str, breakdown: str) -> tuple[str, str]:
    """Check a metric and the dimension to group it by."""
    return check_choice("metric", metric, SERIES_METRICS), check_choice(
        "breakdown", breakdown, BREAKDOWNS
    )


def check_timeseries(metric: str, interval: str) -> tuple[str, str]:
    """Check a metric and the bucket size of its time series."""
    return check_choice("metric", metric, SERIES_METRICS), check_choice(
        "interval", interval, INTERVALS
    )


def check_choice(field: str, value: str, allowed: Iterable[str]) -> str:
    """Return ``value`` trimmed and in lower case when it is one of ``allowed``; raise otherwise."""
    choices = tuple(allowed)
    normalized = value.strip().lower() if isinstance(value, str) else value
    if normalized not in choices:
        raise InputError(
            "analytics.value_invalid", field=field, value=value, allowed=", ".join(choices)
        )
    return normalized


def check_window(
    from_: Moment,
    to: Moment,
    *,
    tz: str | None = None,
    now: datetime | None = None,
    fields: tuple[str, str] = SDK_RANGE_FIELDS,
) -> tuple[int, int]:
    """Convert both ends of a window to UNIX seconds; the start must come before the end."""
    return parse_range(_moment_text(from_), _moment_text(to), tz=tz, now=now, fields=fields)


def check_filters(filters: MetricFilter | Mapping[str, Any] | None) -> dict[str, Any]:
    """Check a ``filter_by`` and return it as the wire's JSON object (empty when ``None``).

    Continent and country codes are sent in upper case; media ids must be UUIDs.
    """
    if filters is None:
        return {}
    if isinstance(filters, MetricFilter):
        raw = filters.model_dump(exclude_none=True)
    else:
        raw = dict(filters)
    known = tuple(MetricFilter.model_fields)
    for name in raw:
        if name not in known:
            raise InputError("analytics.filter_unknown", field=name, allowed=", ".join(known))

    wire: dict[str, Any] = {}
    for name, value in raw.items():
        if value is None:
            continue
        if name == "media_type":
            wire[name] = check_choice("media_type", value, MEDIA_TYPES)
            continue
        items = _string_list(name, value)
        if not items:
            continue
        if name == "media_ids":
            items = [_check_media_id(item) for item in items]
        elif name == "continents":
            items = [_check_continent(item) for item in items]
        elif name == "countries":
            items = [_check_country(item) for item in items]
        wire[name] = items
    return wire


def aggregate_request(metric, aggregation, from_, to, filters, tz, now) -> tuple[dict, dict]:
    metric, aggregation = check_aggregate(metric, aggregation)
    start, end = check_window(from_, to, tz=tz, now=now)
    body = {"from": start, "to": end, "filter_by": check_filters(filters)}
    return {"metric": metric, "aggregation": aggregation}, body


def breakdown_request(
    metric, breakdown, from_, to, filters, sort_by, order_by, sum_others, offset, limit, tz, now
) -> tuple[dict, dict]:
    metric, breakdown = check_breakdown(metric, breakdown)
    body = _page_body(from_, to, filters, sort_by, order_by, offset, limit, tz, now)
    if sum_others is not None:
        body["sum_others"] = bool(sum_others)
    return {"metric": metric, "breakdown": breakdown}, body


def timeseries_request(
    metric, interval, from_, to, filters, sort_by, order_by, offset, limit, tz, now
) -> tuple[dict, dict]:
    metric, interval = check_timeseries(metric, interval)
    body = _page_body(from_, to, filters, sort_by, order_by, offset, limit, tz, now)
    return {"metric": metric, "interval": interval}, body


def _page_body(from_, to, filters, sort_by, order_by, offset, limit, tz, now) -> dict[str, Any]:
    start, end = check_window(from_, to, tz=tz, now=now)
    _check_range("offset", offset, 0, None)
    _check_range("limit", limit, 1, MAX_METRICS_PAGE_SIZE)
    body: dict[str, Any] = {"from": start, "to": end, "filter_by": check_filters(filters)}
    if sort_by is not None:
        body["sort_by"] = check_choice("sort_by", sort_by, SORT_FIELDS)
    if order_by is not None:
        body["order_by"] = check_choice("order_by", order_by, SORT_ORDERS)
    body["offset"] = offset
    body["limit"] = limit
    return body


def _moment_text(value: Moment) -> int | str:
    # parse_moment reads a naive ISO date-time as wall-clock time in tz, and keeps an offset.
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _check_range(field: str, value: int, minimum: int, maximum: int | None) -> None:
    too_big = maximum is not None and value > maximum
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum or too_big:
        upper = maximum if maximum is not None else "∞"
        raise InputError(
            "analytics.number_invalid", field=field, value=value, minimum=minimum, maximum=upper
        )


def _string_list(field: str, value: Any) -> list[str]:
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, (list, tuple)) or not all(isinstance(item, str) for item in values):
        raise InputError("analytics.filter_not_strings", field=field)
    items = [item.strip() for item in values]
    if any(not item for item in items):
        raise InputError("analytics.filter_empty", field=field)
    return items


def _check_media_id(value: str) -> str:
    try:
        uuid.UUID(value)
    except ValueError:
        raise InputError("analytics.media_id_invalid", value=value) from None
    return value


def _check_continent(value: str) -> str:
    code = value.upper()
    if code not in CONTINENTS:
        raise InputError(
            "analytics.value_invalid",
            field="continents",
            value=value,
            allowed=", ".join(CONTINENTS),
        )
    return code


def _check_country(value: str) -> str:
    code = value.upper()
    if len(code) != 2 or not code.isascii() or not code.isalpha():
        raise InputError("analytics.country_invalid", value=value)
    return code
