"""The webhooks area: create, list, get, update, delete and check webhooks.

``WebhooksResource`` and ``AsyncWebhooksResource`` are twins: the module-level
helpers check input and build each request without I/O, and the classes only
send. ``create_and_check`` and ``update_and_check`` follow the platform rule
that a webhook is called active only after ``POST /webhooks/check/{id}``
reported its URL reachable.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from aiozstream import errors, routes
from aiozstream._constants import DEFAULT_PAGE_SIZE
from aiozstream._core.base import NOT_GIVEN
from aiozstream._core.http import AsyncAPIClient, SyncAPIClient
from aiozstream._core.paging import AsyncPage, SyncPage
from aiozstream.models.webhooks import (
    WEBHOOK_EVENTS,
    CheckedWebhook,
    CreateWebhookRequest,
    UpdateWebhookRequest,
    Webhook,
    WebhookCheck,
    WebhookData,
    WebhookList,
)
from aiozstream.resources._resource import Resource

MAX_URL_LENGTH = 2048
WEBHOOK_SORT_FIELDS = ("created_at", "name")
SORT_DIRECTIONS = ("asc", "desc")


class WebhooksResource(Resource[SyncAPIClient]):
    """Webhooks with the blocking client."""

    def create(
        self, url: str, *, events: Iterable[str] | None = None, name: str | None = None
    ) -> Webhook:
        """Register ``url`` for ``events`` (default: all five). Never retried on 5xx."""
        body = _create_body(url, events, name)
        return _webhook(self._client.request(routes.WEBHOOK_CREATE, json=body))

    def list(
        self,
        *,
        search: str | None = None,
        sort_by: str | None = None,
        order_by: str | None = None,
        offset: int = 0,
        limit: int = DEFAULT_PAGE_SIZE,
    ) -> SyncPage[Webhook]:
        """Return one page of webhooks; iterating the page walks every following page."""
        filters = _list_filters(search, sort_by, order_by, offset, limit)

        def fetch(page_offset: int) -> SyncPage[Webhook]:
            params = {**filters, "offset": page_offset, "limit": limit}
            answer = WebhookList.model_validate(
                self._client.request(routes.WEBHOOK_LIST, params=params) or {}
            )
            return SyncPage(answer.webhooks, answer.total, page_offset, limit, fetch)

        return fetch(offset)

    def get(self, webhook_id: str) -> Webhook:
        """Return one webhook by id."""
        return _webhook(self._client.request(routes.WEBHOOK_GET, path_params={"id": webhook_id}))

    def update(
        self,
        webhook_id: str,
        *,
        url: Any = NOT_GIVEN,
        name: Any = NOT_GIVEN,
        events: Any = NOT_GIVEN,
    ) -> None:
        """Change only what is passed; ``events`` replaces the whole subscription."""
        body = _update_body(url, name, events)
        self._client.request(routes.WEBHOOK_UPDATE, path_params={"id": webhook_id}, json=body)

    def delete(self, webhook_id: str) -> None:
        """Delete a webhook; no more events go to its URL."""
        self._client.request(routes.WEBHOOK_DELETE, path_params={"id": webhook_id})

    def check(self, webhook_id: str) -> WebhookCheck:
        """Ask the API to call the webhook's URL and report whether it responded with a 2xx."""
        try:
            answer = self._client.request(routes.WEBHOOK_CHECK, path_params={"id": webhook_id})
        except errors.BadRequestError as error:
            return WebhookCheck(reachable=False, message=error.message)
        return _check_result(answer)

    def create_and_check(
        self, url: str, *, events: Iterable[str] | None = None, name: str | None = None
    ) -> CheckedWebhook:
        """Create a webhook, then check its URL; ``.active`` is true only when it responded."""
        webhook = self.create(url, events=events, name=name)
        return CheckedWebhook(webhook=webhook, check=self.check(webhook.id))

    def update_and_check(
        self,
        webhook_id: str,
        *,
        url: Any = NOT_GIVEN,
        name: Any = NOT_GIVEN,
        events: Any = NOT_GIVEN,
    ) -> CheckedWebhook:
        """Update a webhook, read it back, then check its URL."""
        self.update(webhook_id, url=url, name=name, events=events)
        webhook = self.get(webhook_id)
        return CheckedWebhook(webhook=webhook, check=self.check(webhook_id))


class AsyncWebhooksResource(Resource[AsyncAPIClient]):
    """Webhooks with the asyncio client."""

    async def create(
        self, url: str, *, events: Iterable[str] | None = None, name: str | None = None
    ) -> Webhook:
        """Register ``url`` for ``events`` (default: all five). Never retried on 5xx."""
        body = _create_body(url, events, name)
        return _webhook(await self._client.request(routes.WEBHOOK_CREATE, json=body))

    async def list(
        self,
        *,
        search: str | None = None,
        sort_by: str | None = None,
        order_by: str | None = None,
        offset: int = 0,
        limit: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncPage[Webhook]:
        """Return one page of webhooks; ``async for`` walks every following page."""
        filters = _list_filters(search, sort_by, order_by, offset, limit)

        async def fetch(page_offset: int) -> AsyncPage[Webhook]:
            params = {**filters, "offset": page_offset, "limit": limit}
            answer = WebhookList.model_validate(
                await self._client.request(routes.WEBHOOK_LIST, params=params) or {}
            )
            return AsyncPage(answer.webhooks, answer.total, page_offset, limit, fetch)

        return await fetch(offset)

    async def get(self, webhook_id: str) -> Webhook:
        """Return one webhook by id."""
        return _webhook(
            await self._client.request(routes.WEBHOOK_GET, path_params={"id": webhook_id})
        )

    async def update(
        self,
        webhook_id: str,
        *,
        url: Any = NOT_GIVEN,
        name: Any = NOT_GIVEN,
        events: Any = NOT_GIVEN,
    ) -> None:
        """Change only what is passed; ``events`` replaces the whole subscription."""
        body = _update_body(url, name, events)
        await self._client.request(routes.WEBHOOK_UPDATE, path_params={"id": webhook_id}, json=body)

    async def delete(self, webhook_id: str) -> None:
        """Delete a webhook; no more events go to its URL."""
        await self._client.request(routes.WEBHOOK_DELETE, path_params={"id": webhook_id})

    async def check(self, webhook_id: str) -> WebhookCheck:
        """Ask the API to call the webhook's URL and report whether it responded with a 2xx."""
        try:
            answer = await self._client.request(
                routes.WEBHOOK_CHECK, path_params={"id": webhook_id}
            )
        except errors.BadRequestError as error:
            return WebhookCheck(reachable=False, message=error.message)
        return _check_result(answer)

    async def create_and_check(
        self, url: str, *, events: Iterable[str] | None = None, name: str | None = None
    ) -> CheckedWebhook:
        """Create a webhook, then check its URL; ``.active`` is true only when it responded."""
        webhook = await self.create(url, events=events, name=name)
        return CheckedWebhook(webhook=webhook, check=await self.check(webhook.id))

    async def update_and_check(
        self,
        webhook_id: str,
        *,
        url: Any = NOT_GIVEN,
        name: Any = NOT_GIVEN,
        events: Any = NOT_GIVEN,
    ) -> CheckedWebhook:
        """Update a webhook, read it back, then check its URL."""
        await self.update(webhook_id, url=url, name=name, events=events)
        webhook = await self.get(webhook_id)
        return CheckedWebhook(webhook=webhook, check=await self.check(webhook_id))


def check_webhook_url(url: str) -> str:
    """Return ``url`` stripped if it is an http(s) URL with a host; else raise ``InputError``."""
    value = (url or "").strip()
    if not value or len(value) > MAX_URL_LENGTH or any(character.isspace() for character in value):
        raise errors.InputError("webhooks.url_invalid", value=url)
    try:
        parts = urlsplit(value)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a port outside 0-65535
    except ValueError:
        raise errors.InputError("webhooks.url_invalid", value=url) from None
    if parts.scheme.lower() not in ("http", "https") or not host:
        raise errors.InputError("webhooks.url_invalid", value=url)
    return value


def check_events(events: Iterable[str]) -> list[str]:
    """Return the event names once each, in lifecycle order; raise ``InputError`` if unknown."""
    if isinstance(events, str):
        events = [events]
    selected = set()
    for event in events:
        name = event.strip().lower()
        if name not in WEBHOOK_EVENTS:
            raise errors.InputError(
                "webhooks.event_unknown", value=event, allowed=", ".join(WEBHOOK_EVENTS)
            )
        selected.add(name)
    if not selected:
        raise errors.InputError("webhooks.events_empty", allowed=", ".join(WEBHOOK_EVENTS))
    return [event for event in WEBHOOK_EVENTS if event in selected]


def _event_flags(events: Iterable[str] | None) -> dict[str, bool]:
    chosen = WEBHOOK_EVENTS if events is None else check_events(events)
    return {event: event in chosen for event in WEBHOOK_EVENTS}


def _create_body(url: str, events: Iterable[str] | None, name: str | None) -> dict:
    request = CreateWebhookRequest(url=check_webhook_url(url), name=name, **_event_flags(events))
    return request.to_wire()


def _update_body(url: Any, name: Any, events: Any) -> dict:
    fields: dict[str, Any] = {}
    if url is not NOT_GIVEN:
        fields["url"] = check_webhook_url(url)
    if name is not NOT_GIVEN:
        fields["name"] = name
    if events is not NOT_GIVEN:
        fields.update(_event_flags(events))
    if not fields:
        raise errors.InputError("webhooks.nothing_to_update")
    return UpdateWebhookRequest(**fields).to_wire()


def _list_filters(
    search: str | None, sort_by: str | None, order_by: str | None, offset: int, limit: int
) -> dict[str, Any]:
    if sort_by is not None and sort_by not in WEBHOOK_SORT_FIELDS:
        raise errors.InputError(
            "webhooks.sort_invalid", value=sort_by, allowed=", ".join(WEBHOOK_SORT_FIELDS)
        )
    if order_by is not None and order_by not in SORT_DIRECTIONS:
        raise errors.InputError(
            "webhooks.order_invalid", value=order_by, allowed=", ".join(SORT_DIRECTIONS)
        )
    if offset < 0:
        raise errors.InputError("webhooks.offset_invalid", value=offset)
    if not 1 <= limit <= 100:
        raise errors.InputError("webhooks.limit_invalid", value=limit)
    filters: dict[str, Any] = {}
    if search:
        filters["search"] = search
    if sort_by:
        filters["sort_by"] = sort_by
    if order_by:
        filters["order_by"] = order_by
    return filters


def _webhook(answer: Any) -> Webhook:
    # The OpenAPI document wraps one webhook as {"webhook": {...}}; accept a bare object too.
    if isinstance(answer, dict) and "webhook" in answer:
        return WebhookData.model_validate(answer).webhook
    return Webhook.model_validate(answer)


# NOTE: AIOZ's OpenAPI document gives the check only ResponseSuccess and error statuses.
# The twins treat a 400 as "URL not reachable", which is what the sandbox returns; other
# errors raise. Adjust ``check`` if the real API reports an unreachable URL differently.
def _check_result(answer: Any) -> WebhookCheck:
    message = answer.get("message") if isinstance(answer, dict) else None
    return WebhookCheck(reachable=True, message=message)
