"""Constants and helpers of the analytics tests: a fixed clock and zone, and the request log."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from aiozstream.emulator import SandboxServer

ZONE_NAME = "Asia/Ho_Chi_Minh"
ZONE = ZoneInfo(ZONE_NAME)
# Wednesday 11 September 2024, 10:30 in Ho Chi Minh City (UTC+7).
NOW = datetime(2024, 9, 11, 10, 30, tzinfo=ZONE)
NOW_OPTION = NOW.isoformat()
METRICS_ROUTES = ("ANALYTICS_AGGREGATE", "ANALYTICS_BREAKDOWN", "ANALYTICS_TIMESERIES")


def local(*parts: int) -> int:
    """Return the UNIX seconds of a wall-clock time in Ho Chi Minh City."""
    return int(datetime(*parts, tzinfo=ZONE).timestamp())


def metrics_requests(sandbox: SandboxServer) -> list[dict]:
    """Return the request log entries of the three metrics endpoints."""
    return [entry for entry in sandbox.requests() if entry["route"] in METRICS_ROUTES]
