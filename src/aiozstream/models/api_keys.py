"""Models of the API keys area, as AIOZ's OpenAPI document names them.

The full ``secret`` of a key appears in one response only, the one that
creates it. Lists carry ``truncated_secret`` instead.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from aiozstream.models._base import RequestModel, ResponseModel
from aiozstream.models.user import User

ApiKeyType = Literal["full_access", "only_upload"]


class CreateApiKeyRequest(RequestModel):
    """Body of ``POST /api_keys``."""

    api_key_name: str
    """Key name, at most 255 characters, without line breaks."""
    ttl: str
    """Lifetime in seconds, from 1 to 2147483647, sent as a string of digits."""
    type: ApiKeyType
    """``full_access`` (every endpoint) or ``only_upload`` (uploads only)."""


class RenameApiKeyRequest(RequestModel):
    """Body of ``PATCH /api_keys/{id}``."""

    api_key_name: str
    """New key name, at most 255 characters, without line breaks."""


class ApiKey(ResponseModel):
    """An API key of the account."""

    id: str
    name: str | None = None
    public_key: str | None = None
    """The key's public half, sent as ``stream-public-key``."""
    secret: str | None = Field(default=None, repr=False)
    """The key's secret half, present only in the response that creates the key.

    The API cannot show it again. It is left out of ``repr`` so that a logged
    model does not leak it.
    """
    truncated_secret: str | None = None
    """A shortened form of the secret that identifies it without revealing it."""
    type: str | None = None
    """``full_access`` or ``only_upload``."""
    ttl: str | int | None = None
    """Lifetime in seconds."""
    status: str | None = None
    expired_at: str | None = None
    """Time when the key stops working."""
    created_at: str | None = None
    updated_at: str | None = None
    last_requested_at: str | None = None
    user: User | None = None


class ApiKeyList(ResponseModel):
    """One page of ``GET /api_keys``."""

    api_keys: list[ApiKey] = Field(default_factory=list)
    total: int = 0
    """Number of keys that match the search, across every page."""
