"""The payments area: usage totals, top-up history and billing history.

The paths and the query names ``orderBy`` (asc or desc) and ``sortBy`` (a field)
follow the skill document, because AIOZ's OpenAPI document has no payments
endpoints. ``PaymentsResource`` and ``AsyncPaymentsResource`` are twins: the
module-level helpers check and build each request and parse each response.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from aiozstream import routes
from aiozstream._core.http import AsyncAPIClient, SyncAPIClient
from aiozstream._core.paging import AsyncPage, SyncPage
from aiozstream.errors import InputError
from aiozstream.models.payments import (
    BILLING_SORT_FIELDS,
    SORT_ORDERS,
    TOP_UP_SORT_FIELDS,
    Billing,
    PaymentUsage,
    TopUp,
)
from aiozstream.resources._resource import Resource
from aiozstream.resources.analytics import Moment, check_choice, check_window

DEFAULT_PAYMENTS_PAGE_SIZE = 25
MAX_PAYMENTS_PAGE_SIZE = 100
# Keys that may contain the items of a list response: the sandbox's first, then common ones.
_TOP_UP_KEYS = ("top_ups", "topups", "data", "items")
_BILLING_KEYS = ("billings", "data", "items")


class PaymentsResource(Resource[SyncAPIClient]):
    """Payments with the blocking client."""

    def usage(
        self,
        *,
        from_: Moment | None = None,
        to: Moment | None = None,
        tz: str | None = None,
        now: datetime | None = None,
    ) -> PaymentUsage:
        """Return storage, delivery and transcoding used in the window, with their prices.

        Without ``from_`` and ``to`` the API picks the window.
        """
        params = usage_params(from_, to, tz, now)
        return PaymentUsage.model_validate(
            self._client.request(routes.PAYMENT_USAGE, params=params) or {}
        )

    def top_ups(
        self,
        *,
        sort_by: str | None = None,
        order_by: str | None = None,
        offset: int = 0,
        limit: int = DEFAULT_PAYMENTS_PAGE_SIZE,
    ) -> SyncPage[TopUp]:
        """Return one page of top-ups; iterating the page walks every following page."""
        params = list_params(sort_by, order_by, limit, TOP_UP_SORT_FIELDS)

        def fetch(page_offset: int) -> SyncPage[TopUp]:
            answer = self._client.request(
                routes.PAYMENT_TOP_UPS, params={**params, "offset": page_offset}
            )
            items, total = parse_list(answer, _TOP_UP_KEYS, TopUp)
            return SyncPage(items, total, page_offset, limit, fetch)

        return fetch(_checked_offset(offset))

    def billings(
        self,
        *,
        sort_by: str | None = None,
        order_by: str | None = None,
        offset: int = 0,
        limit: int = DEFAULT_PAYMENTS_PAGE_SIZE,
    ) -> SyncPage[Billing]:
        """Return one page of monthly billings; iterating the page walks every following page."""
        params = list_params(sort_by, order_by, limit, BILLING_SORT_FIELDS)

        def fetch(page_offset: int) -> SyncPage[Billing]:
            answer = self._client.request(
                routes.PAYMENT_BILLINGS, params={**params, "offset": page_offset}
            )
            items, total = parse_list(answer, _BILLING_KEYS, Billing)
            return SyncPage(items, total, page_offset, limit, fetch)

        return fetch(_checked_offset(offset))


class AsyncPaymentsResource(Resource[AsyncAPIClient]):
    """Payments with the asyncio client."""

    async def usage(
        self,
        *,
        from_: Moment | None = None,
        to: Moment | None = None,
        tz: str | None = None,
        now: datetime | None = None,
    ) -> PaymentUsage:
        """Return storage, delivery and transcoding used in the window, with their prices."""
        params = usage_params(from_, to, tz, now)
        answer = await self._client.request(routes.PAYMENT_USAGE, params=params)
        return PaymentUsage.model_validate(answer or {})

    async def top_ups(
        self,
        *,
        sort_by: str | None = None,
        order_by: str | None = None,
        offset: int = 0,
        limit: int = DEFAULT_PAYMENTS_PAGE_SIZE,
    ) -> AsyncPage[TopUp]:
        """Return one page of top-ups; ``async for`` walks every following page."""
        params = list_params(sort_by, order_by, limit, TOP_UP_SORT_FIELDS)

        async def fetch(page_offset: int) -> AsyncPage[TopUp]:
            answer = await self._client.request(
                routes.PAYMENT_TOP_UPS, params={**params, "offset": page_offset}
            )
            items, total = parse_list(answer, _TOP_UP_KEYS, TopUp)
            return AsyncPage(items, total, page_offset, limit, fetch)

        return await fetch(_checked_offset(offset))

    async def billings(
        self,
        *,
        sort_by: str | None = None,
        order_by: str | None = None,
        offset: int = 0,
        limit: int = DEFAULT_PAYMENTS_PAGE_SIZE,
    ) -> AsyncPage[Billing]:
        """Return one page of monthly billings; ``async for`` walks every following page."""
        params = list_params(sort_by, order_by, limit, BILLING_SORT_FIELDS)

        async def fetch(page_offset: int) -> AsyncPage[Billing]:
            answer = await self._client.request(
                routes.PAYMENT_BILLINGS, params={**params, "offset": page_offset}
            )
            items, total = parse_list(answer, _BILLING_KEYS, Billing)
            return AsyncPage(items, total, page_offset, limit, fetch)

        return await fetch(_checked_offset(offset))


def usage_params(
    from_: Moment | None, to: Moment | None, tz: str | None, now: datetime | None
) -> dict:
    """Build the query of ``GET /payment/usage``: both ends of the window, or neither."""
    if from_ is None and to is None:
        return {}
    if from_ is None or to is None:
        missing, present = ("from_", "to") if from_ is None else ("to", "from_")
        raise InputError("payments.window_incomplete", missing=missing, given=present)
    start, end = check_window(from_, to, tz=tz, now=now)
    return {"from": start, "to": end}


def list_params(
    sort_by: str | None, order_by: str | None, limit: int, sort_fields: Sequence[str]
) -> dict[str, Any]:
    """Build the query of a payments list without its offset, with the skill document's names."""
    if (
        isinstance(limit, bool)
        or not isinstance(limit, int)
        or not 1 <= limit <= MAX_PAYMENTS_PAGE_SIZE
    ):
        raise InputError("payments.limit_invalid", value=limit, maximum=MAX_PAYMENTS_PAGE_SIZE)
    params: dict[str, Any] = {"limit": limit}
    if order_by is not None:
        params["orderBy"] = check_choice("order_by", order_by, SORT_ORDERS)
    if sort_by is not None:
        params["sortBy"] = check_choice("sort_by", sort_by, sort_fields)
    return params


def parse_list(answer: Any, keys: Sequence[str], model: type) -> tuple[list, int]:
    """Return the items and the total of a list response, whichever key contains the items."""
    if isinstance(answer, list):
        raw_items: Any = answer
        total = len(answer)
    elif isinstance(answer, dict):
        raw_items = next((answer[key] for key in keys if isinstance(answer.get(key), list)), [])
        total = answer.get("total")
        if not isinstance(total, int) or isinstance(total, bool):
            total = len(raw_items)
    else:
        raw_items, total = [], 0
    return [model.model_validate(item) for item in raw_items], total


def _checked_offset(offset: int) -> int:
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise InputError("payments.offset_invalid", value=offset)
    return offset
