"""The API keys area: create, list, rename and delete the account's key pairs.

``ApiKeysResource`` and ``AsyncApiKeysResource`` are twins: the module-level
helpers check input and build each request, and the classes only send.

The full secret of a new key is in the response of :meth:`ApiKeysResource.create`
and nowhere else, because the API cannot show it again. It is not registered with the
log redaction (that hides the caller's own secret key), because the caller
must be able to show it.
"""

from __future__ import annotations

from typing import Any

from aiozstream import routes
from aiozstream._constants import DEFAULT_PAGE_SIZE
from aiozstream._core.http import AsyncAPIClient, SyncAPIClient
from aiozstream._core.paging import AsyncPage, SyncPage
from aiozstream.errors import InputError
from aiozstream.models.api_keys import ApiKey, ApiKeyList, CreateApiKeyRequest, RenameApiKeyRequest
from aiozstream.resources._resource import Resource
from aiozstream.rules.api_keys import check_key_name, check_key_type, check_ttl

SORT_FIELDS = ("created_at", "name")
SORT_ORDERS = ("asc", "desc")


class ApiKeysResource(Resource[SyncAPIClient]):
    """API keys with the blocking client."""

    def create(self, name: str, *, ttl: int | str, type: str = "full_access") -> ApiKey:
        """Create a key pair; the response's ``secret`` is the only copy of the secret.

        ``ttl`` is seconds (1 to 2,147,483,647) or a duration such as ``30d``;
        ``type`` is ``full_access`` or ``only_upload``. Raises
        :class:`InputError` before any request for a bad name, lifetime or
        type. Never retried on 5xx, so it cannot create two keys.
        """
        body = _create_body(name, ttl, type)
        return _created_key(self._client.request(routes.API_KEY_CREATE, json=body))

    def list(
        self,
        *,
        search: str | None = None,
        sort_by: str | None = None,
        order_by: str | None = None,
        offset: int = 0,
        limit: int = DEFAULT_PAGE_SIZE,
    ) -> SyncPage[ApiKey]:
        """Return one page of keys, without their secrets; iterating walks every page."""
        filters = _list_params(search, sort_by, order_by)

        def fetch(page_offset: int) -> SyncPage[ApiKey]:
            params = {**filters, "offset": page_offset, "limit": limit}
            answer = ApiKeyList.model_validate(
                self._client.request(routes.API_KEY_LIST, params=params) or {}
            )
            return SyncPage(answer.api_keys, answer.total, page_offset, limit, fetch)

        return fetch(offset)

    def rename(self, key_id: str, name: str) -> None:
        """Give a key a new name."""
        body = _rename_body(name)
        self._client.request(routes.API_KEY_RENAME, path_params={"id": key_id}, json=body)

    def delete(self, key_id: str) -> None:
        """Delete a key; requests signed with it fail from then on."""
        self._client.request(routes.API_KEY_DELETE, path_params={"id": key_id})


class AsyncApiKeysResource(Resource[AsyncAPIClient]):
    """API keys with the asyncio client."""

    async def create(self, name: str, *, ttl: int | str, type: str = "full_access") -> ApiKey:
        """Create a key pair; the response's ``secret`` is the only copy of the secret.

        Arguments and errors are those of :meth:`ApiKeysResource.create`.
        """
        body = _create_body(name, ttl, type)
        return _created_key(await self._client.request(routes.API_KEY_CREATE, json=body))

    async def list(
        self,
        *,
        search: str | None = None,
        sort_by: str | None = None,
        order_by: str | None = None,
        offset: int = 0,
        limit: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncPage[ApiKey]:
        """Return one page of keys, without their secrets; ``async for`` walks every page."""
        filters = _list_params(search, sort_by, order_by)

        async def fetch(page_offset: int) -> AsyncPage[ApiKey]:
            params = {**filters, "offset": page_offset, "limit": limit}
            answer = ApiKeyList.model_validate(
                await self._client.request(routes.API_KEY_LIST, params=params) or {}
            )
            return AsyncPage(answer.api_keys, answer.total, page_offset, limit, fetch)

        return await fetch(offset)

    async def rename(self, key_id: str, name: str) -> None:
        """Give a key a new name."""
        body = _rename_body(name)
        await self._client.request(routes.API_KEY_RENAME, path_params={"id": key_id}, json=body)

    async def delete(self, key_id: str) -> None:
        """Delete a key; requests signed with it fail from then on."""
        await self._client.request(routes.API_KEY_DELETE, path_params={"id": key_id})


def check_sort_options(sort_by: str | None, order_by: str | None) -> tuple[str | None, str | None]:
    """Return ``sort_by`` and ``order_by`` lowercased, once checked against their allowed values.

    ``sort_by`` is ``created_at`` or ``name`` and ``order_by`` is ``asc`` or ``desc``; ``None``
    stays ``None`` (the API's default). Raises :class:`InputError` for another value.
    """
    return _choice("sort_by", sort_by, SORT_FIELDS), _choice("order_by", order_by, SORT_ORDERS)


def _create_body(name: Any, ttl: Any, key_type: Any) -> dict:
    request = CreateApiKeyRequest(
        api_key_name=check_key_name(name),
        ttl=str(check_ttl(ttl)),
        type=check_key_type(key_type),
    )
    return request.to_wire()


def _rename_body(name: Any) -> dict:
    return RenameApiKeyRequest(api_key_name=check_key_name(name)).to_wire()


def _created_key(answer: Any) -> ApiKey:
    """Parse ``{"api_key": {...}}``, the OpenAPI shape, or a bare key object."""
    if isinstance(answer, dict) and isinstance(answer.get("api_key"), dict):
        answer = answer["api_key"]
    return ApiKey.model_validate(answer)


def _list_params(search: str | None, sort_by: str | None, order_by: str | None) -> dict[str, str]:
    sort_field, sort_order = check_sort_options(sort_by, order_by)
    params = {"search": search, "sort_by": sort_field, "order_by": sort_order}
    return {name: value for name, value in params.items() if value}


def _choice(field: str, value: str | None, allowed: tuple[str, ...]) -> str | None:
    if value is None:
        return None
    normalized = value.strip().lower() if isinstance(value, str) else value
    if normalized not in allowed:
        raise InputError(
            "api_keys.choice_invalid", field=field, value=value, allowed=", ".join(allowed)
        )
    return normalized
