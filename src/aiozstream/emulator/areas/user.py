"""User area: ``GET /user/me`` returns one fixed sandbox account.

The account's fields derive from the configured public key, so they stay the same
across restarts. Its balance is the sandbox balance that transcoding costs draw on.
"""

from __future__ import annotations

import hashlib
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from aiozstream import routes
from aiozstream.emulator.areas import ApiRoute
from aiozstream.emulator.context import Sandbox
from aiozstream.emulator.responses import success

ACCOUNT_CREATED_AT = "2024-01-01T00:00:00Z"


async def get_me(request: Request, sandbox: Sandbox) -> Response:
    return success({"user": render_user(sandbox)})


def render_user(sandbox: Sandbox) -> dict[str, Any]:
    """Return the sandbox account as the OpenAPI ``User`` object, where every field is a string."""
    wallet_seed = f"aiozstream-sandbox-wallet:{sandbox.config.public_key}".encode()
    return {
        "id": sandbox.user_id,
        "email": "sandbox@example.com",
        "first_name": "Sandbox",
        "last_name": "User",
        "wallet_address": "0x" + hashlib.sha256(wallet_seed).hexdigest()[:40],
        "wallet_connection": "sandbox",
        "balance": decimal_text(sandbox.store.balance),
        "debt": "0",
        "created_at": ACCOUNT_CREATED_AT,
        "updated_at": ACCOUNT_CREATED_AT,
    }


def decimal_text(amount: float) -> str:
    """Format an amount as a decimal string without exponent or trailing zeros."""
    text = f"{amount:.9f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


ROUTES = [ApiRoute(routes.USER_ME, get_me)]
