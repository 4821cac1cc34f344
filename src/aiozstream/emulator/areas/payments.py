"""Payments area: usage totals, top-ups and monthly billings, as the skill document names them.

AIOZ's OpenAPI document has no payments endpoints, so the response bodies are the
sandbox's own: ``{"top_ups": [...], "total": n}``, ``{"billings": [...], "total": n}``
and a flat usage object. Lists take ``limit``, ``offset``, ``orderBy`` (asc or desc)
and ``sortBy`` (a field); the snake-case names ``order_by`` and ``sort_by`` work too.

The responses tell the story of the sandbox's balance from a ledger kept in the store:

* the starting balance is the first top-up;
* every transcoding that was paid (its media reached ``done``) is a charge, and the
  charges of a calendar month (UTC) make that month's billing, already paid;
* when the balance is higher than top-ups minus charges, because the admin API
  raised it, the difference becomes another top-up.

The ledger is brought up to date at each payments request from the transcoding
records. NOTE: deleting a media deletes its transcoding record. So when a media is
deleted before any payments request has seen its charge, the charge is missing from
the ledger, although the balance shows it. Recording charges in the transcoder
itself would close this gap.
"""

from __future__ import annotations

import hashlib
import uuid
from collections import defaultdict
from datetime import datetime, timezone
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from aiozstream import routes
from aiozstream.emulator import validation
from aiozstream.emulator.areas import ApiRoute
from aiozstream.emulator.context import Sandbox
from aiozstream.emulator.responses import success
from aiozstream.emulator.store import MEDIA, utc_timestamp
from aiozstream.emulator.transcode import TRANSCODES

TOP_UPS = "payment_top_ups"
CHARGES = "payment_charges"
DEFAULT_PAGE_SIZE = 25
MAX_PAGE_SIZE = 100
SORT_DIRECTIONS = ("asc", "desc")
TOP_UP_SORT_FIELDS = ("created_at", "amount")
BILLING_SORT_FIELDS = ("created_at", "amount")
# A balance difference smaller than this is rounding, not an admin change.
BALANCE_TOLERANCE = 1e-6


async def usage(request: Request, sandbox: Sandbox) -> Response:
    """Return storage (bytes stored now), delivery (none here) and transcoding in a window."""
    query = request.query_params
    start = validation.optional_int(query, "from", minimum=0)
    end = validation.optional_int(query, "to", minimum=0)
    if start is not None and end is not None and start >= end:
        raise validation.bad_request(f"from ({start}) must be earlier than to ({end})")
    _sync_ledger(sandbox)

    charges = [
        charge
        for charge in sandbox.store.records(CHARGES)
        if (start is None or charge["charged_at_unix"] >= start)
        and (end is None or charge["charged_at_unix"] < end)
    ]
    transcode_cost = round(sum(charge["price"] for charge in charges), 6)
    storage = sum(record.get("size") or 0 for record in sandbox.store.records(MEDIA))
    return success(
        {
            "storage": storage,
            "storage_cost": 0,
            "delivery": 0,
            "delivery_cost": 0,
            "transcode": round(sum(charge["duration"] for charge in charges), 3),
            "transcode_cost": transcode_cost,
            "total_cost": transcode_cost,
            "balance": sandbox.store.balance,
        }
    )


async def top_ups(request: Request, sandbox: Sandbox) -> Response:
    offset, limit, field, descending = _list_query(request, TOP_UP_SORT_FIELDS)
    _sync_ledger(sandbox)
    records = sandbox.store.records(TOP_UPS)
    page = _sorted_page(records, field, descending, offset, limit)
    return success({"top_ups": page, "total": len(records)})


async def billings(request: Request, sandbox: Sandbox) -> Response:
    offset, limit, field, descending = _list_query(request, BILLING_SORT_FIELDS)
    _sync_ledger(sandbox)
    records = _monthly_billings(sandbox)
    page = _sorted_page(records, field, descending, offset, limit)
    return success({"billings": page, "total": len(records)})


ROUTES = [
    ApiRoute(routes.PAYMENT_USAGE, usage),
    ApiRoute(routes.PAYMENT_TOP_UPS, top_ups),
    ApiRoute(routes.PAYMENT_BILLINGS, billings),
]


def _sync_ledger(sandbox: Sandbox) -> None:
    """Record the opening top-up, new transcoding charges, and a top-up for an admin raise."""
    with sandbox.store.transaction() as state:
        collections = state["collections"]
        ledger_top_ups = collections.setdefault(TOP_UPS, {})
        charges = collections.setdefault(CHARGES, {})
        media = collections.get(MEDIA, {})

        if not ledger_top_ups:
            opened = min([utc_timestamp(), *(record["created_at"] for record in media.values())])
            _add_top_up(sandbox, ledger_top_ups, sandbox.config.starting_balance, opened)

        for job in collections.get(TRANSCODES, {}).values():
            media_id = job["media_id"]
            if job.get("outcome") != "done" or job.get("price") is None or media_id in charges:
                continue
            charged_unix = job.get("encoding_started_at") or job["created_at"]
            record = media.get(media_id, {})
            charges[media_id] = {
                "media_id": media_id,
                "title": record.get("title"),
                "price": job["price"],
                "duration": job.get("duration") or 0,
                "charged_at_unix": int(charged_unix),
                "charged_at": _rfc3339(charged_unix),
            }

        paid_in = sum(top_up["amount"] for top_up in ledger_top_ups.values())
        spent = sum(charge["price"] for charge in charges.values())
        raised = state["balance"] - (paid_in - spent)
        # A lower balance means a charge is in flight or was lost with its media; only a
        # higher one is an admin change.
        if raised > BALANCE_TOLERANCE:
            _add_top_up(sandbox, ledger_top_ups, round(raised, 6), utc_timestamp())


def _add_top_up(sandbox: Sandbox, ledger: dict[str, Any], amount: float, created_at: str) -> None:
    number = len(ledger) + 1
    seed = f"aiozstream-sandbox:{sandbox.user_id}:top-up:{number}"
    top_up_id = str(uuid.uuid5(uuid.NAMESPACE_URL, seed))
    ledger[top_up_id] = {
        "id": top_up_id,
        "amount": float(amount),
        "transaction_id": "0x" + hashlib.sha256(seed.encode()).hexdigest(),
        "status": "success",
        "created_at": created_at,
    }


def _monthly_billings(sandbox: Sandbox) -> list[dict[str, Any]]:
    by_month: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for charge in sandbox.store.records(CHARGES):
        by_month[charge["charged_at"][:7]].append(charge)

    bills = []
    for period, charges in sorted(by_month.items()):
        cost = round(sum(charge["price"] for charge in charges), 6)
        bills.append(
            {
                "id": str(
                    uuid.uuid5(
                        uuid.NAMESPACE_URL, f"aiozstream-sandbox:{sandbox.user_id}:billing:{period}"
                    )
                ),
                "period": period,
                "storage": 0,
                "storage_cost": 0,
                "delivery": 0,
                "delivery_cost": 0,
                "transcode": round(sum(charge["duration"] for charge in charges), 3),
                "transcode_cost": cost,
                "amount": cost,
                "status": "paid",
                "created_at": max(charge["charged_at"] for charge in charges),
            }
        )
    return bills


def _list_query(request: Request, sort_fields: tuple[str, ...]) -> tuple[int, int, str, bool]:
    query = request.query_params
    offset = validation.optional_int(query, "offset", minimum=0) or 0
    limit = (
        validation.optional_int(query, "limit", minimum=1, maximum=MAX_PAGE_SIZE)
        or DEFAULT_PAGE_SIZE
    )
    direction = (query.get("orderBy") or query.get("order_by") or "desc").lower()
    if direction not in SORT_DIRECTIONS:
        raise validation.bad_request(f"invalid orderBy {direction!r}: allowed are asc, desc")
    field = (query.get("sortBy") or query.get("sort_by") or "created_at").lower()
    if field not in sort_fields:
        raise validation.bad_request(
            f"cannot sort by {field!r}: allowed are {', '.join(sort_fields)}"
        )
    return offset, limit, field, direction == "desc"


def _sorted_page(
    records: list[dict[str, Any]], field: str, descending: bool, offset: int, limit: int
) -> list[dict[str, Any]]:
    records = sorted(records, key=lambda record: record["id"])
    records.sort(key=lambda record: record[field], reverse=descending)
    return records[offset : offset + limit]


def _rfc3339(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
