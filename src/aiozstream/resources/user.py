"""The user area: the account that owns the key pair in use."""

from __future__ import annotations

from typing import Any

from aiozstream import routes
from aiozstream._core.http import AsyncAPIClient, SyncAPIClient
from aiozstream.models.user import User
from aiozstream.resources._resource import Resource


class UserResource(Resource[SyncAPIClient]):
    """The current account with the blocking client."""

    def me(self) -> User:
        """Return the account of the key pair: id, name, email, wallet and balance."""
        return _user_of(self._client.request(routes.USER_ME))


class AsyncUserResource(Resource[AsyncAPIClient]):
    """The current account with the asyncio client."""

    async def me(self) -> User:
        """Return the account of the key pair: id, name, email, wallet and balance."""
        return _user_of(await self._client.request(routes.USER_ME))


def _user_of(answer: Any) -> User:
    """Parse ``{"user": {...}}``, the OpenAPI shape, or a bare user object."""
    if isinstance(answer, dict) and isinstance(answer.get("user"), dict):
        answer = answer["user"]
    return User.model_validate(answer or {})
