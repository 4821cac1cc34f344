"""``aioz payments``: usage totals, top-up history and monthly billings."""

from typing import Annotated, Any

import typer

from aiozstream import i18n
from aiozstream.cli import _console
from aiozstream.cli._context import AppState
from aiozstream.cli.analytics import format_moment, format_number, parse_now
from aiozstream.models.analytics import parse_emitted_at
from aiozstream.models.payments import BILLING_SORT_FIELDS, SORT_ORDERS, TOP_UP_SORT_FIELDS
from aiozstream.resources.analytics import check_choice, check_window
from aiozstream.rules.dates import check_time_zone

DEFAULT_FROM = "this month"
DEFAULT_TO = "now"
CLI_RANGE_FIELDS = ("--from", "--to")
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


def build() -> typer.Typer:
    """Build the ``payments`` command group."""
    t = i18n.t
    group = typer.Typer(
        no_args_is_help=True, help=t("payments.help"), epilog=t("payments.help_example")
    )

    Limit = Annotated[int, typer.Option("--limit", min=1, max=100, help=t("help.limit"))]
    Offset = Annotated[int, typer.Option("--offset", min=0, help=t("help.offset"))]
    EveryPage = Annotated[bool, typer.Option("--all", help=t("help.all"))]
    SortBy = Annotated[str | None, typer.Option("--sort-by", help=t("payments.help_sort_by"))]
    Order = Annotated[str | None, typer.Option("--order", help=t("payments.help_order"))]

    @group.command("usage", help=t("payments.help_usage"))
    def usage(
        ctx: typer.Context,
        from_value: Annotated[
            str, typer.Option("--from", help=t("payments.help_from"))
        ] = DEFAULT_FROM,
        to_value: Annotated[str, typer.Option("--to", help=t("payments.help_to"))] = DEFAULT_TO,
        tz: Annotated[str | None, typer.Option("--tz", help=t("analytics.help_tz"))] = None,
        now: Annotated[
            str | None, typer.Option("--now", hidden=True, help=t("analytics.help_now"))
        ] = None,
    ) -> None:
        state: AppState = ctx.obj
        zone = check_time_zone(tz)
        start, end = check_window(
            from_value, to_value, tz=tz, now=parse_now(now), fields=CLI_RANGE_FIELDS
        )

        with state.client() as client:
            result = client.payments.usage(from_=start, to=end)

        if state.json_output:
            _console.print_json(
                {"kind": "usage", "from": start, "to": end, **result.model_dump(mode="json")}
            )
            return
        known = {name for name, _ in USAGE_ROWS}
        rows: list[tuple[str, Any]] = [
            (t(key), format_number(getattr(result, name)))
            for name, key in USAGE_ROWS
            if getattr(result, name) is not None
        ]
        extras = result.model_extra or {}
        rows += [
            (name, _format_value(value)) for name, value in extras.items() if name not in known
        ]
        window = i18n.t(
            "analytics.window",
            start=format_moment(start, zone),
            end=format_moment(end, zone),
            zone=zone.key if zone is not None else t("analytics.local_zone"),
        )
        title = t("payments.usage_title", window=window)
        _console.print_table([t("payments.col_field"), t("payments.col_value")], rows, title=title)

    @group.command("top-ups", help=t("payments.help_top_ups"))
    def top_ups(
        ctx: typer.Context,
        limit: Limit = 25,
        offset: Offset = 0,
        every_page: EveryPage = False,
        sort_by: SortBy = None,
        order: Order = None,
    ) -> None:
        state: AppState = ctx.obj
        sort_by, order = _check_sort(sort_by, order, TOP_UP_SORT_FIELDS)

        with state.client() as client:
            page = client.payments.top_ups(
                sort_by=sort_by, order_by=order, offset=offset, limit=limit
            )
            items = list(page) if every_page else page.items
            total = page.total

        if state.json_output:
            _console.print_json(
                {"total": total, "top_ups": [item.model_dump(mode="json") for item in items]}
            )
            return
        columns = [
            t("payments.col_created"),
            t("payments.col_amount"),
            t("payments.col_status"),
            t("payments.col_transaction"),
        ]
        rows = [
            (
                _display_time(item.created_at),
                format_number(item.amount),
                item.status,
                item.transaction_id,
            )
            for item in items
        ]
        _console.print_table(
            columns, rows, title=t("payments.top_ups_total", shown=len(items), total=total)
        )

    @group.command("billings", help=t("payments.help_billings"))
    def billings(
        ctx: typer.Context,
        limit: Limit = 25,
        offset: Offset = 0,
        every_page: EveryPage = False,
        sort_by: SortBy = None,
        order: Order = None,
    ) -> None:
        state: AppState = ctx.obj
        sort_by, order = _check_sort(sort_by, order, BILLING_SORT_FIELDS)

        with state.client() as client:
            page = client.payments.billings(
                sort_by=sort_by, order_by=order, offset=offset, limit=limit
            )
            items = list(page) if every_page else page.items
            total = page.total

        if state.json_output:
            _console.print_json(
                {"total": total, "billings": [item.model_dump(mode="json") for item in items]}
            )
            return
        columns = [
            t("payments.col_period"),
            t("payments.col_storage_cost"),
            t("payments.col_delivery_cost"),
            t("payments.col_transcode_cost"),
            t("payments.col_amount"),
            t("payments.col_status"),
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
        _console.print_table(
            columns, rows, title=t("payments.billings_total", shown=len(items), total=total)
        )

    return group


def _check_sort(
    sort_by: str | None, order: str | None, sort_fields: tuple[str, ...]
) -> tuple[str | None, str | None]:
    if sort_by is not None:
        sort_by = check_choice("--sort-by", sort_by, sort_fields)
    if order is not None:
        order = check_choice("--order", order, SORT_ORDERS)
    return sort_by, order


def _display_time(value: str | None) -> str:
    """Write an API timestamp as ``YYYY-MM-DD HH:MM:SS UTC``, or as given when unreadable."""
    moment = parse_emitted_at(value)
    if moment is None:
        return value or ""
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC")


def _format_value(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return format_number(value)
    return "" if value is None else str(value)
