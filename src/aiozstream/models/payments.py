"""Models of the payments area: usage totals, top-ups and billings.

AIOZ's OpenAPI document has no payments endpoints, and the skill document shows
the requests but no response bodies. So every field here is optional and
unknown fields are kept. The field names are the ones that the skill document's
notes use: storage, delivery, transcode and their costs, transaction_id, status.
"""

from __future__ import annotations

from aiozstream.models._base import ResponseModel

TOP_UP_SORT_FIELDS = ("created_at", "amount")
"""Values of ``sortBy`` for ``GET /payment/top_ups``."""

BILLING_SORT_FIELDS = ("created_at", "amount")
"""Values of ``sortBy`` for ``GET /payment/billings``."""

SORT_ORDERS = ("asc", "desc")
"""Values of ``orderBy``."""


class PaymentUsage(ResponseModel):
    """Response of ``GET /payment/usage``: what the account used in a window, and its price."""

    storage: float | None = None
    """Bytes stored."""
    storage_cost: float | None = None
    """Price of the storage, in AIOZ."""
    delivery: float | None = None
    """Bytes delivered to viewers."""
    delivery_cost: float | None = None
    """Price of the delivery, in AIOZ."""
    transcode: float | None = None
    """Seconds of media transcoded."""
    transcode_cost: float | None = None
    """Price of the transcoding, in AIOZ."""
    total_cost: float | None = None
    """Sum of the three prices, in AIOZ."""
    balance: float | None = None
    """Balance of the account at the time of the response, in AIOZ."""


class TopUp(ResponseModel):
    """One top-up of the account's wallet."""

    id: str | None = None
    amount: float | None = None
    """AIOZ added to the balance."""
    transaction_id: str | None = None
    """On-chain transaction hash, viewable on AIOZ Explorer."""
    status: str | None = None
    """pending, success or failed."""
    created_at: str | None = None


class Billing(ResponseModel):
    """One monthly bill: what the account used in a month and what it cost."""

    id: str | None = None
    period: str | None = None
    """The month billed, as ``YYYY-MM``."""
    storage: float | None = None
    """Bytes stored."""
    storage_cost: float | None = None
    delivery: float | None = None
    """Bytes delivered."""
    delivery_cost: float | None = None
    transcode: float | None = None
    """Seconds of media transcoded."""
    transcode_cost: float | None = None
    amount: float | None = None
    """Total price of the month, in AIOZ."""
    status: str | None = None
    """paid or unpaid."""
    created_at: str | None = None
