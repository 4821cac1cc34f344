"""Models of the user area: the account that owns the key pair in use."""

from __future__ import annotations

from aiozstream.models._base import ResponseModel


class User(ResponseModel):
    """The account behind the key pair, as ``GET /user/me`` returns it.

    AIOZ's OpenAPI document types every field as a string, amounts included.
    """

    id: str | None = None
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    wallet_address: str | None = None
    """Address of the AIOZ wallet that pays for transcoding and delivery."""
    wallet_connection: str | None = None
    """Wallet connection type, as the API reports it."""
    balance: str | None = None
    """Wallet balance in AIOZ, as a decimal string."""
    debt: str | None = None
    """Unpaid amount in AIOZ, as a decimal string."""
    exclusive_code: str | None = None
    media_qualities_config: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    last_requested_at: str | None = None
    deleted_at: str | None = None

    @property
    def full_name(self) -> str:
        """First and last name joined by a space; empty when neither is set."""
        return " ".join(part for part in (self.first_name, self.last_name) if part)
