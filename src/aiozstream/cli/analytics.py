"""``aioz analytics``: one number, a breakdown or a time series of a metric, with charts.

Dates are read in the user's time zone (``--tz``, else the system's) and sent
as UNIX seconds without comment. Every check, the ``--plot`` file included,
runs before the first request.
"""

import importlib.util
import shutil
from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo

import typer

from aiozstream import i18n
from aiozstream.cli import _console
from aiozstream.cli._context import AppState
from aiozstream.errors import InputError
from aiozstream.models.analytics import INTERVAL_SECONDS, SORT_FIELDS, SORT_ORDERS, MetricItem
from aiozstream.resources.analytics import (
    check_aggregate,
    check_breakdown,
    check_choice,
    check_filters,
    check_timeseries,
    check_window,
)
from aiozstream.rules.dates import check_time_zone

DEFAULT_FROM = "7 days ago"
DEFAULT_TO = "now"
CLI_RANGE_FIELDS = ("--from", "--to")
RATIO_METRICS = ("play_rate", "retention")
BAR_EIGHTHS = " ▏▎▍▌▋▊▉"
SPARK_LEVELS = "▁▂▃▄▅▆▇█"
MIN_BAR_WIDTH = 10
PLOT_SIZE_INCHES = (10, 4)
PLOT_DPI = 100


def build() -> typer.Typer:
    """Build the ``analytics`` command group."""
    t = i18n.t
    group = typer.Typer(
        no_args_is_help=True, help=t("analytics.help"), epilog=t("analytics.help_example")
    )

    # Options shared by the three commands; built here so their help is in the language in force.
    From = Annotated[str, typer.Option("--from", help=t("analytics.help_from"))]
    To = Annotated[str, typer.Option("--to", help=t("analytics.help_to"))]
    Zone = Annotated[str | None, typer.Option("--tz", help=t("analytics.help_tz"))]
    Now = Annotated[str | None, typer.Option("--now", hidden=True, help=t("analytics.help_now"))]
    MediaIds = Annotated[
        list[str] | None, typer.Option("--media-id", help=t("analytics.help_media_id"))
    ]
    MediaType = Annotated[
        str | None, typer.Option("--media-type", help=t("analytics.help_media_type"))
    ]
    Continents = Annotated[
        list[str] | None, typer.Option("--continent", help=t("analytics.help_continent"))
    ]
    Countries = Annotated[
        list[str] | None, typer.Option("--country", help=t("analytics.help_country"))
    ]
    Devices = Annotated[
        list[str] | None, typer.Option("--device-type", help=t("analytics.help_device_type"))
    ]
    Systems = Annotated[list[str] | None, typer.Option("--os", help=t("analytics.help_os"))]
    Browsers = Annotated[
        list[str] | None, typer.Option("--browser", help=t("analytics.help_browser"))
    ]
    Tags = Annotated[list[str] | None, typer.Option("--tag", help=t("analytics.help_tag"))]
    Metric = Annotated[str, typer.Argument(help=t("analytics.help_metric"), show_default=False)]

    @group.command("aggregate", help=t("analytics.help_aggregate"))
    def aggregate(
        ctx: typer.Context,
        metric: Metric,
        aggregation: Annotated[
            str, typer.Argument(help=t("analytics.help_aggregation"), show_default=False)
        ],
        from_value: From = DEFAULT_FROM,
        to_value: To = DEFAULT_TO,
        tz: Zone = None,
        now: Now = None,
        media_ids: MediaIds = None,
        media_type: MediaType = None,
        continents: Continents = None,
        countries: Countries = None,
        device_types: Devices = None,
        systems: Systems = None,
        browsers: Browsers = None,
        tags: Tags = None,
    ) -> None:
        state: AppState = ctx.obj
        metric, aggregation = check_aggregate(metric, aggregation)
        zone, start, end = _window(from_value, to_value, tz, now)
        filters = check_filters(
            _filter_fields(
                media_ids, media_type, continents, countries, device_types, systems, browsers, tags
            )
        )

        with state.client() as client:
            result = client.analytics.aggregate(
                metric, aggregation, from_=start, to=end, filters=filters
            )

        if state.json_output:
            _console.print_json(
                {
                    "kind": "aggregate",
                    "metric": metric,
                    "aggregation": aggregation,
                    "from": start,
                    "to": end,
                    "filter_by": filters,
                    "value": result.data,
                    "context": _dump(result.context),
                }
            )
            return
        rows = [
            (t("analytics.col_metric"), metric),
            (t("analytics.col_aggregation"), aggregation),
            (t("analytics.col_value"), format_number(result.data)),
            (t("analytics.col_unit"), _unit(metric, aggregation)),
            (t("analytics.col_from"), format_moment(start, zone)),
            (t("analytics.col_to"), format_moment(end, zone)),
        ]
        if filters:
            rows.append((t("analytics.col_filters"), _describe_filters(filters)))
        title = t(
            "analytics.aggregate_title",
            metric=metric,
            aggregation=aggregation,
            window=_window_text(start, end, zone),
        )
        _console.print_table([t("cli.col_field"), t("cli.col_value")], rows, title=title)

    @group.command("breakdown", help=t("analytics.help_breakdown"))
    def breakdown(
        ctx: typer.Context,
        metric: Metric,
        dimension: Annotated[
            str, typer.Argument(help=t("analytics.help_breakdown_arg"), show_default=False)
        ],
        from_value: From = DEFAULT_FROM,
        to_value: To = DEFAULT_TO,
        tz: Zone = None,
        now: Now = None,
        media_ids: MediaIds = None,
        media_type: MediaType = None,
        continents: Continents = None,
        countries: Countries = None,
        device_types: Devices = None,
        systems: Systems = None,
        browsers: Browsers = None,
        tags: Tags = None,
        sort_by: Annotated[
            str | None, typer.Option("--sort-by", help=t("analytics.help_sort_by"))
        ] = None,
        order: Annotated[
            str | None, typer.Option("--order", help=t("analytics.help_order"))
        ] = None,
        sum_others: Annotated[
            bool, typer.Option("--sum-others", help=t("analytics.help_sum_others"))
        ] = False,
        limit: Annotated[int, typer.Option("--limit", min=1, max=100, help=t("help.limit"))] = 25,
        offset: Annotated[int, typer.Option("--offset", min=0, help=t("help.offset"))] = 0,
        every_page: Annotated[bool, typer.Option("--all", help=t("help.all"))] = False,
    ) -> None:
        state: AppState = ctx.obj
        metric, dimension = check_breakdown(metric, dimension)
        if sort_by is not None:
            sort_by = check_choice("--sort-by", sort_by, SORT_FIELDS[:2])
        if order is not None:
            order = check_choice("--order", order, SORT_ORDERS)
        zone, start, end = _window(from_value, to_value, tz, now)
        filters = check_filters(
            _filter_fields(
                media_ids, media_type, continents, countries, device_types, systems, browsers, tags
            )
        )

        with state.client() as client:
            page = client.analytics.breakdown(
                metric,
                dimension,
                from_=start,
                to=end,
                filters=filters,
                sort_by=sort_by,
                order_by=order,
                sum_others=sum_others or None,
                offset=offset,
                limit=limit,
            )
            items = list(page) if every_page else page.items
            total = page.total

        if state.json_output:
            _console.print_json(
                {
                    "kind": "breakdown",
                    "metric": metric,
                    "breakdown": dimension,
                    "from": start,
                    "to": end,
                    "filter_by": filters,
                    "total": total,
                    "items": [item.model_dump(mode="json", exclude_none=True) for item in items],
                    "context": _dump(page.context),
                }
            )
            return
        title = t(
            "analytics.breakdown_title",
            metric=metric,
            breakdown=dimension,
            window=_window_text(start, end, zone),
            shown=len(items),
            total=total,
        )
        rows = [(item.dimension_value, format_number(item.metric_value)) for item in items]
        _console.print_table([dimension, t("analytics.col_value")], rows, title=title)

    @group.command("timeseries", help=t("analytics.help_timeseries"))
    def timeseries(
        ctx: typer.Context,
        metric: Metric,
        interval: Annotated[
            str, typer.Argument(help=t("analytics.help_interval"), show_default=False)
        ],
        from_value: From = DEFAULT_FROM,
        to_value: To = DEFAULT_TO,
        tz: Zone = None,
        now: Now = None,
        media_ids: MediaIds = None,
        media_type: MediaType = None,
        continents: Continents = None,
        countries: Countries = None,
        device_types: Devices = None,
        systems: Systems = None,
        browsers: Browsers = None,
        tags: Tags = None,
        plot: Annotated[Path | None, typer.Option("--plot", help=t("analytics.help_plot"))] = None,
        force: Annotated[bool, typer.Option("--force", help=t("analytics.help_force"))] = False,
    ) -> None:
        state: AppState = ctx.obj
        metric, interval = check_timeseries(metric, interval)
        zone, start, end = _window(from_value, to_value, tz, now)
        filters = check_filters(
            _filter_fields(
                media_ids, media_type, continents, countries, device_types, systems, browsers, tags
            )
        )
        if plot is not None:
            check_plot_path(plot, force)

        with state.client() as client:
            page = client.analytics.timeseries(
                metric, interval, from_=start, to=end, filters=filters
            )
            items = sorted(page, key=_bucket_order)
            total = page.total

        title = t(
            "analytics.timeseries_title",
            metric=metric,
            interval=t(f"analytics.interval_{interval}"),
            window=_window_text(start, end, zone),
        )
        if plot is not None:
            # The plot's texts stay in English and ASCII, so that no font lacks a glyph.
            window = f"{format_moment(start, zone)} to {format_moment(end, zone)}"
            plot_title = f"{metric} per {interval}, {window}"
            unit = _unit(metric, "sum", lang="en")
            write_plot(plot, items, interval, zone, plot_title, unit, force=force)
        if state.json_output:
            _console.print_json(
                {
                    "kind": "timeseries",
                    "metric": metric,
                    "interval": interval,
                    "from": start,
                    "to": end,
                    "filter_by": filters,
                    "total": total,
                    "items": [item.model_dump(mode="json", exclude_none=True) for item in items],
                    "context": _dump(page.context),
                }
            )
        else:
            points = [
                (bucket_label(item, interval, zone), item.metric_value or 0.0) for item in items
            ]
            _console.print_text(title)
            if points:
                _console.print_text("\n".join(render_chart(points, _terminal_width())))
            else:
                _console.print_text(t("analytics.no_data"))
        if plot is not None:
            _console.print_notice(t("analytics.plot_written", path=plot))

    return group


def render_chart(points: list[tuple[str, float]], width: int) -> list[str]:
    """Draw labelled values as a sparkline over one horizontal bar per value, in ``width`` columns.

    Bars have a resolution of one eighth of a column, and the largest value fills
    the bar area. Negative values draw as empty bars.
    """
    labels = [label for label, _ in points]
    values = [max(0.0, float(value)) for _, value in points]
    texts = [format_number(value) for _, value in points]
    label_width = max(len(label) for label in labels)
    text_width = max(len(text) for text in texts)
    bar_width = max(MIN_BAR_WIDTH, width - label_width - text_width - 4)
    peak = max(values)

    lines = [" " * (label_width + 2) + sparkline(values, bar_width)]
    for label, value, text in zip(labels, values, texts, strict=True):
        cells = value / peak * bar_width if peak > 0 else 0.0
        full = int(cells)
        eighths = int(round((cells - full) * 8))
        if eighths == 8:
            full, eighths = full + 1, 0
        bar = "█" * full + (BAR_EIGHTHS[eighths] if eighths else "")
        lines.append(
            f"{label.ljust(label_width)} │{bar.ljust(bar_width)}│ {text.rjust(text_width)}"
        )
    return lines


def sparkline(values: list[float], width: int) -> str:
    """Draw values as one line of block characters; more values than ``width`` are averaged."""
    if not values:
        return ""
    if len(values) > width:
        groups = [
            values[index * len(values) // width : (index + 1) * len(values) // width]
            for index in range(width)
        ]
        values = [sum(group) / len(group) for group in groups if group]
    low, high = min(values), max(values)
    if high == low:
        return SPARK_LEVELS[0] * len(values)
    steps = len(SPARK_LEVELS) - 1
    return "".join(SPARK_LEVELS[round((value - low) / (high - low) * steps)] for value in values)


def check_plot_path(path: Path, force: bool) -> None:
    """Refuse a ``--plot`` path that cannot take a new PNG, before any request is sent."""
    if path.suffix.lower() != ".png":
        raise InputError("analytics.plot_not_png", path=path)
    if path.is_dir():
        raise InputError("analytics.plot_is_folder", path=path)
    if path.exists() and not force:
        raise InputError("analytics.plot_exists", path=path)
    folder = path.parent
    if not folder.is_dir():
        raise InputError("analytics.plot_folder_missing", folder=folder)
    if importlib.util.find_spec("matplotlib") is None:
        raise InputError("analytics.plot_needs_matplotlib")


def write_plot(
    path: Path,
    items: list[MetricItem],
    interval: str,
    zone: ZoneInfo | None,
    title: str,
    unit: str,
    *,
    force: bool,
) -> None:
    """Draw the buckets as a bar chart into a PNG file with matplotlib's Agg backend.

    Without ``force`` the file is created exclusively, so a file that appeared since
    :func:`check_plot_path` is never overwritten. ``title`` and ``unit`` should be
    ASCII, because the default font may lack other glyphs.
    """
    # matplotlib is optional and takes about 0.5 s to import (measured here), so it loads only here.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
    from matplotlib.figure import Figure

    display_zone = zone or datetime.now().astimezone().tzinfo
    times = [item.emitted_time() for item in items]
    points = [
        (moment, item.metric_value or 0.0)
        for moment, item in zip(times, items, strict=True)
        if moment is not None
    ]

    figure = Figure(figsize=PLOT_SIZE_INCHES, dpi=PLOT_DPI)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    bucket_days = INTERVAL_SECONDS[interval] / 86400
    axes.bar(
        [moment for moment, _ in points],
        [value for _, value in points],
        width=bucket_days * 0.9,
        align="edge",
        color="#3b82f6",
    )
    locator = AutoDateLocator(tz=display_zone)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(ConciseDateFormatter(locator, tz=display_zone))
    axes.set_title(title)
    axes.set_ylabel(unit)
    axes.set_ylim(bottom=0)
    axes.grid(axis="y", alpha=0.3)
    figure.tight_layout()

    with path.open("wb" if force else "xb") as handle:
        figure.savefig(handle, format="png")


def bucket_label(item: MetricItem, interval: str, zone: ZoneInfo | None) -> str:
    """Write a bucket's start in ``zone``, as a date alone for a day from local midnight."""
    moment = item.emitted_time()
    if moment is None:
        return item.emitted_at or item.dimension_value or ""
    local = moment.astimezone(zone)
    if interval == "day" and (local.hour, local.minute) == (0, 0):
        return local.strftime("%Y-%m-%d")
    return local.strftime("%Y-%m-%d %H:%M")


def format_number(value: float | int | None) -> str:
    """Write a count with thousands separators and a ratio or mean with up to four decimals."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0")


def format_moment(seconds: int, zone: ZoneInfo | None) -> str:
    """Write UNIX seconds as a date-time with its UTC offset in ``zone``."""
    return (
        datetime.fromtimestamp(seconds, timezone.utc)
        .astimezone(zone)
        .strftime("%Y-%m-%d %H:%M:%S %z")
    )


def parse_now(value: str | None) -> datetime | None:
    """Read the hidden ``--now`` option: an ISO date-time (naive: in ``--tz``) or UNIX seconds."""
    if value is None:
        return None
    text = value.strip()
    if text.isdigit():
        return datetime.fromtimestamp(int(text), timezone.utc)
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise InputError("analytics.now_invalid", value=value) from None


def _window(
    from_value: str, to_value: str, tz: str | None, now: str | None
) -> tuple[ZoneInfo | None, int, int]:
    zone = check_time_zone(tz)
    start, end = check_window(
        from_value, to_value, tz=tz, now=parse_now(now), fields=CLI_RANGE_FIELDS
    )
    return zone, start, end


def _window_text(start: int, end: int, zone: ZoneInfo | None) -> str:
    zone_name = zone.key if zone is not None else i18n.t("analytics.local_zone")
    return i18n.t(
        "analytics.window",
        start=format_moment(start, zone),
        end=format_moment(end, zone),
        zone=zone_name,
    )


def _filter_fields(
    media_ids, media_type, continents, countries, device_types, systems, browsers, tags
) -> dict:
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


def _unit(metric: str, aggregation: str, lang: str | None = None) -> str:
    if aggregation == "rate" or metric in RATIO_METRICS:
        return i18n.t("analytics.unit_ratio", lang)
    if metric == "watch_time" and aggregation != "count":
        return i18n.t("analytics.unit_seconds", lang)
    return i18n.t("analytics.unit_events", lang)


def _bucket_order(item: MetricItem) -> tuple[int, float, str]:
    moment = item.emitted_time()
    if moment is None:
        return (1, 0.0, item.emitted_at or "")
    return (0, moment.timestamp(), "")


def _dump(model: Any) -> Any:
    return (
        model.model_dump(mode="json", by_alias=True, exclude_none=True)
        if model is not None
        else None
    )


def _terminal_width() -> int:
    return shutil.get_terminal_size((80, 24)).columns
