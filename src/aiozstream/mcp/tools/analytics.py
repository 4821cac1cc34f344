"""Analytics and payments tools: one number, a breakdown, a time series; usage, top-ups, billings.

Human dates ("yesterday", "3 days ago", "上周一") become UNIX seconds without
comment. An impossible date, or a start that is not before the end, is rejected
before any request.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo

from mcp.server.mcpserver import Context
from mcp.types import CallToolResult
from pydantic import Field

from aiozstream.mcp.params import (
    DATE_FORMS,
    AllPages,
    Breakdown,
    Browsers,
    Continents,
    Countries,
    DeviceTypes,
    FilterMediaType,
    FilterTags,
    Interval,
    Lang,
    Limit,
    MediaIds,
    Offset,
    OperatingSystems,
    SeriesMetric,
    SortOrder,
    TimeZone,
)
from aiozstream.mcp.replies import Reply
from aiozstream.mcp.runtime import Runtime, register, reply_for
from aiozstream.mcp.tools.common import collect
from aiozstream.models.analytics import AGGREGATE_METRICS, AGGREGATIONS, parse_emitted_at
from aiozstream.resources.analytics import (
    check_aggregate,
    check_breakdown,
    check_filters,
    check_timeseries,
    check_window,
)
from aiozstream.rules.dates import check_time_zone

RANGE_FIELDS = ("date_from", "date_to")
RATIO_METRICS = ("play_rate", "retention")
# Usage fields in display order, with their row headings.
USAGE_ROWS = (
    ("storage", "payments.row_storage"),
    ("storage_cost", "payments.row_storage_cost"),
    ("delivery", "payments.row_delivery"),
    ("delivery_cost", "payments.row_delivery_cost"),
    ("transcode", "payments.row_transcode"),
    ("transcode_cost", "payments.row_transcode_cost"),
    ("total_cost", "payments.row_total_cost"),
    ("balance", "payments.row_balance"),
)

AggregateMetric = Annotated[
    Literal[AGGREGATE_METRICS],  # type: ignore[valid-type]
    Field(description="Metric: " + ", ".join(AGGREGATE_METRICS) + "."),
]
Aggregation = Annotated[
    Literal[AGGREGATIONS],  # type: ignore[valid-type]
    Field(description="How to reduce it to one number: count, rate (play only), total, average, sum."),
]
DateFrom = Annotated[str, Field(description="Start of the window. " + DATE_FORMS)]
DateTo = Annotated[str, Field(description="End of the window, after the start. Same forms as date_from.")]
SortBy = Annotated[
    Literal["metric_value", "dimension_value"] | None, Field(description="Sort groups by value or by name.")
]
SumOthers = Annotated[bool, Field(description="Add the groups past the page as one 'others' group.")]
PaymentSortBy = Annotated[Literal["created_at", "amount"] | None, Field(description="Sort by created_at or amount.")]


def register_tools(server, runtime: Runtime) -> None:
    """Add the analytics and payments tools."""

    @register(server, runtime, read_only=True)
    async def analytics_aggregate(
        ctx: Context,
        metric: AggregateMetric,
        aggregation: Aggregation,
        date_from: DateFrom = "7 days ago",
        date_to: DateTo = "now",
        tz: TimeZone = None,
        media_ids: MediaIds = None,
        media_type: FilterMediaType = None,
        continents: Continents = None,
        countries: Countries = None,
        device_types: DeviceTypes = None,
        operating_systems: OperatingSystems = None,
        browsers: Browsers = None,
        tags: FilterTags = None,
        lang: Lang = None,
    ) -> CallToolResult:
        """Return one number for a metric over a time window, such as views (view, count) or watch time."""
        reply = reply_for(runtime, lang)
        metric, aggregation = check_aggregate(metric, aggregation)
        zone, start, end = _window(date_from, date_to, tz)
        filters = check_filters(
            _filters(media_ids, media_type, continents, countries, device_types, operating_systems, browsers, tags)
        )
        async with await runtime.client(ctx, reply.lang) as client:
            result = await client.analytics.aggregate(metric, aggregation, from_=start, to=end, filters=filters)
        rows = [
            (reply.t("analytics.col_metric"), metric),
            (reply.t("analytics.col_aggregation"), aggregation),
            (reply.t("analytics.col_value"), format_number(result.data)),
            (reply.t("analytics.col_unit"), _unit(reply, metric, aggregation)),
            (reply.t("analytics.col_from"), format_moment(start, zone)),
            (reply.t("analytics.col_to"), format_moment(end, zone)),
            (reply.t("analytics.col_filters"), _describe_filters(filters)),
        ]
        window = _window_text(reply, start, end, zone)
        title = reply.t("analytics.aggregate_title", metric=metric, aggregation=aggregation, window=window)
        reply.fields(rows, title=title)
        return reply.result()

    @register(server, runtime, read_only=True)
    async def analytics_breakdown(
        ctx: Context,
        metric: SeriesMetric,
        breakdown: Breakdown,
        date_from: DateFrom = "7 days ago",
        date_to: DateTo = "now",
        tz: TimeZone = None,
        media_ids: MediaIds = None,
        media_type: FilterMediaType = None,
        continents: Continents = None,
        countries: Countries = None,
        device_types: DeviceTypes = None,
        operating_systems: OperatingSystems = None,
        browsers: Browsers = None,
        tags: FilterTags = None,
        sort_by: SortBy = None,
        order_by: SortOrder = None,
        sum_others: SumOthers = False,
        limit: Limit = 25,
        offset: Offset = 0,
        all_pages: AllPages = False,
        lang: Lang = None,
    ) -> CallToolResult:
        """Group a metric by a dimension over a time window, such as views by country."""
        reply = reply_for(runtime, lang)
        metric, breakdown = check_breakdown(metric, breakdown)
        zone, start, end = _window(date_from, date_to, tz)
        filters = check_filters(
            _filters(media_ids, media_type, continents, countries, device_types, operating_systems, browsers, tags)
        )
        async with await runtime.client(ctx, reply.lang) as client:
            page = await client.analytics.breakdown(
                metric,
                breakdown,
                from_=start,
                to=end,
                filters=filters,
                sort_by=sort_by,
                order_by=order_by,
                sum_others=sum_others or None,
                offset=offset,
                limit=limit,
            )
            items = await collect(page, all_pages)
        title = reply.t(
            "analytics.breakdown_title",
            metric=metric,
            breakdown=breakdown,
            window=_window_text(reply, start, end, zone),
            shown=len(items),
            total=page.total,
        )
        rows = [(item.dimension_value, format_number(item.metric_value)) for item in items]
        reply.table([breakdown, reply.t("analytics.col_value")], rows, title=title)
        return reply.result()

    @register(server, runtime, read_only=True)
    async def analytics_timeseries(
        ctx: Context,
        metric: SeriesMetric,
        interval: Interval,
        date_from: DateFrom = "7 days ago",
        date_to: DateTo = "now",
        tz: TimeZone = None,
        media_ids: MediaIds = None,
        media_type: FilterMediaType = None,
        continents: Continents = None,
        countries: Countries = None,
        device_types: DeviceTypes = None,
        operating_systems: OperatingSystems = None,
        browsers: Browsers = None,
        tags: FilterTags = None,
        lang: Lang = None,
    ) -> CallToolResult:
        """Return a metric per hour or per day over a time window, oldest bucket first."""
        reply = reply_for(runtime, lang)
        metric, interval = check_timeseries(metric, interval)
        zone, start, end = _window(date_from, date_to, tz)
        filters = check_filters(
            _filters(media_ids, media_type, continents, countries, device_types, operating_systems, browsers, tags)
        )
        async with await runtime.client(ctx, reply.lang) as client:
            page = await client.analytics.timeseries(metric, interval, from_=start, to=end, filters=filters)
            items = [item async for item in page]
        items.sort(key=_bucket_order)
        title = reply.t(
            "analytics.timeseries_title",
            metric=metric,
            interval=reply.t(f"analytics.interval_{interval}"),
            window=_window_text(reply, start, end, zone),
        )
        if not items:
            return reply.text(f"**{title}**").say("analytics.no_data").result()
        rows = [(_bucket_label(item, interval, zone), format_number(item.metric_value or 0.0)) for item in items]
        reply.table([reply.t("analytics.col_from"), reply.t("analytics.col_value")], rows, title=title)
        return reply.result()

    @register(server, runtime, read_only=True)
    async def payments_usage(
        ctx: Context,
        date_from: DateFrom = "this month",
        date_to: DateTo = "now",
        tz: TimeZone = None,
        lang: Lang = None,
    ) -> CallToolResult:
        """Show the storage, delivery and transcoding used in a time window, with their costs and the balance."""
        reply = reply_for(runtime, lang)
        zone, start, end = _window(date_from, date_to, tz)
        async with await runtime.client(ctx, reply.lang) as client:
            usage = await client.payments.usage(from_=start, to=end)
        known = {name for name, _ in USAGE_ROWS}
        rows: list[tuple[str, Any]] = [
            (reply.t(key), format_number(getattr(usage, name)))
            for name, key in USAGE_ROWS
            if getattr(usage, name) is not None
        ]
        extras = usage.model_extra or {}
        rows += [(name, value) for name, value in extras.items() if name not in known]
        title = reply.t("payments.usage_title", window=_window_text(reply, start, end, zone))
        reply.table([reply.t("payments.col_field"), reply.t("payments.col_value")], rows, title=title)
        return reply.result()

    @register(server, runtime, read_only=True)
    async def payments_top_ups(
        ctx: Context,
        sort_by: PaymentSortBy = None,
        order_by: SortOrder = None,
        limit: Limit = 25,
        offset: Offset = 0,
        all_pages: AllPages = False,
        lang: Lang = None,
    ) -> CallToolResult:
        """List the wallet top-ups: time, amount, status and transaction."""
        reply = reply_for(runtime, lang)
        async with await runtime.client(ctx, reply.lang) as client:
            page = await client.payments.top_ups(sort_by=sort_by, order_by=order_by, offset=offset, limit=limit)
            items = await collect(page, all_pages)
        columns = [
            reply.t("payments.col_created"),
            reply.t("payments.col_amount"),
            reply.t("payments.col_status"),
            reply.t("payments.col_transaction"),
        ]
        rows = [
            (_display_time(item.created_at), format_number(item.amount), item.status, item.transaction_id)
            for item in items
        ]
        reply.table(columns, rows, title=reply.t("payments.top_ups_total", shown=len(items), total=page.total))
        return reply.result()

    @register(server, runtime, read_only=True)
    async def payments_billings(
        ctx: Context,
        sort_by: PaymentSortBy = None,
        order_by: SortOrder = None,
        limit: Limit = 25,
        offset: Offset = 0,
        all_pages: AllPages = False,
        lang: Lang = None,
    ) -> CallToolResult:
        """List the monthly billings: storage, delivery and transcoding costs, amount and status."""
        reply = reply_for(runtime, lang)
        async with await runtime.client(ctx, reply.lang) as client:
            page = await client.payments.billings(sort_by=sort_by, order_by=order_by, offset=offset, limit=limit)
            items = await collect(page, all_pages)
        columns = [
            reply.t("payments.col_period"),
            reply.t("payments.col_storage_cost"),
            reply.t("payments.col_delivery_cost"),
            reply.t("payments.col_transcode_cost"),
            reply.t("payments.col_amount"),
            reply.t("payments.col_status"),
        ]
        rows = [
            (
                item.period,
                format_number(item.storage_cost),
                format_number(item.delivery_cost),
                format_number(item.transcode_cost),
                format_number(item.amount),
                item.status,
            )
            for item in items
        ]
        reply.table(columns, rows, title=reply.t("payments.billings_total", shown=len(items), total=page.total))
        return reply.result()


def format_number(value: float | int | None) -> str:
    """Write a count with thousands separators and a ratio or mean with up to four decimals."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0")


def format_moment(seconds: int, zone: ZoneInfo | None) -> str:
    """Write UNIX seconds as a date-time with its UTC offset in ``zone`` (``None``: local time)."""
    moment = datetime.fromtimestamp(seconds, timezone.utc).astimezone(zone)
    return moment.strftime("%Y-%m-%d %H:%M:%S %z")


def _window(date_from: str, date_to: str, tz: str | None) -> tuple[ZoneInfo | None, int, int]:
    zone = check_time_zone(tz)
    start, end = check_window(date_from, date_to, tz=tz, fields=RANGE_FIELDS)
    return zone, start, end


def _window_text(reply: Reply, start: int, end: int, zone: ZoneInfo | None) -> str:
    zone_name = zone.key if zone is not None else reply.t("analytics.local_zone")
    return reply.t(
        "analytics.window", start=format_moment(start, zone), end=format_moment(end, zone), zone=zone_name
    )


def _filters(media_ids, media_type, continents, countries, device_types, systems, browsers, tags) -> dict:
    fields = {
        "media_ids": media_ids,
        "media_type": media_type,
        "continents": continents,
        "countries": countries,
        "device_types": device_types,
        "os": systems,
        "browsers": browsers,
        "tags": tags,
    }
    return {name: value for name, value in fields.items() if value}


def _describe_filters(filters: dict[str, Any]) -> str:
    parts = []
    for name, value in filters.items():
        shown = ", ".join(value) if isinstance(value, list) else str(value)
        parts.append(f"{name}: {shown}")
    return "; ".join(parts)


def _unit(reply: Reply, metric: str, aggregation: str) -> str:
    if aggregation == "rate" or metric in RATIO_METRICS:
        return reply.t("analytics.unit_ratio")
    if metric == "watch_time" and aggregation != "count":
        return reply.t("analytics.unit_seconds")
    return reply.t("analytics.unit_events")


def _bucket_order(item: Any) -> tuple[int, float, str]:
    moment = item.emitted_time()
    if moment is None:
        return (1, 0.0, item.emitted_at or "")
    return (0, moment.timestamp(), "")


def _bucket_label(item: Any, interval: str, zone: ZoneInfo | None) -> str:
    moment = item.emitted_time()
    if moment is None:
        return item.emitted_at or item.dimension_value or ""
    local = moment.astimezone(zone)
    if interval == "day" and (local.hour, local.minute) == (0, 0):
        return local.strftime("%Y-%m-%d")
    return local.strftime("%Y-%m-%d %H:%M")


def _display_time(value: str | None) -> str:
    moment = parse_emitted_at(value)
    if moment is None:
        return value or ""
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC")
