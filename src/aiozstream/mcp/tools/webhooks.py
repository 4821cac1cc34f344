"""Webhook tools: create, list, get, update, delete and check.

After a create or an update the tool calls ``POST /webhooks/check/{id}`` and
reports whether the URL responded before it calls the webhook active.
"""

from __future__ import annotations

import ipaddress
from typing import Annotated, Any
from urllib.parse import urlsplit

from mcp.server.mcpserver import Context
from mcp.types import CallToolResult
from pydantic import Field

from aiozstream._core.base import NOT_GIVEN
from aiozstream.errors import InputError
from aiozstream.mcp.params import AllPages, Confirm, Lang, Limit, Offset, Search, WebhookEvents, WebhookId
from aiozstream.mcp.replies import Reply
from aiozstream.mcp.runtime import Runtime, register, reply_for
from aiozstream.mcp.tools.common import check_id, collect
from aiozstream.models.webhooks import WEBHOOK_EVENTS, Webhook, WebhookCheck
from aiozstream.resources.webhooks import check_events, check_webhook_url

WebhookUrl = Annotated[str, Field(description="http or https URL that receives the events as JSON POST requests.")]
NewUrl = Annotated[str | None, Field(description="New http or https URL.")]
WebhookName = Annotated[str | None, Field(description="A name for the webhook, shown in lists.")]


def register_tools(server, runtime: Runtime) -> None:
    """Add the webhook tools."""

    @register(server, runtime)
    async def webhooks_create(
        ctx: Context, url: WebhookUrl, events: WebhookEvents = None, name: WebhookName = None, lang: Lang = None
    ) -> CallToolResult:
        """Register a URL for transcoding events, then check that it responds before calling it active."""
        reply = reply_for(runtime, lang)
        url = check_webhook_url(url)
        chosen = check_events(events) if events else list(WEBHOOK_EVENTS)
        async with await runtime.client(ctx, reply.lang) as client:
            webhook = await client.webhooks.create(url, events=chosen, name=name)
            check = await client.webhooks.check(webhook.id)
        reply.say("webhooks.created", webhook_id=webhook.id, url=webhook.url or url)
        _note_loopback(reply, runtime, webhook.url or url)
        _report_check(reply, webhook, check)
        return reply.result()

    @register(server, runtime, read_only=True)
    async def webhooks_list(
        ctx: Context,
        search: Search = None,
        limit: Limit = 25,
        offset: Offset = 0,
        all_pages: AllPages = False,
        lang: Lang = None,
    ) -> CallToolResult:
        """List webhooks with id, name, URL, events and when each was last triggered."""
        reply = reply_for(runtime, lang)
        async with await runtime.client(ctx, reply.lang) as client:
            page = await client.webhooks.list(search=search, offset=offset, limit=limit)
            items = await collect(page, all_pages)
        columns = [
            reply.t("cli.col_id"),
            reply.t("webhooks.col_name"),
            reply.t("webhooks.col_url"),
            reply.t("webhooks.col_events"),
            reply.t("webhooks.col_last_triggered"),
        ]
        rows = [
            (item.id, item.name, item.url, item.events, item.last_triggered_at or reply.t("webhooks.never"))
            for item in items
        ]
        reply.table(columns, rows, title=reply.t("webhooks.total", shown=len(items), total=page.total))
        return reply.result()

    @register(server, runtime, read_only=True)
    async def webhooks_get(ctx: Context, webhook_id: WebhookId, lang: Lang = None) -> CallToolResult:
        """Show one webhook: name, URL, events, creation and last trigger time."""
        reply = reply_for(runtime, lang)
        webhook_id = check_id("webhook_id", webhook_id)
        async with await runtime.client(ctx, reply.lang) as client:
            webhook = await client.webhooks.get(webhook_id)
        reply.fields(
            [
                (reply.t("cli.col_id"), webhook.id),
                (reply.t("webhooks.col_name"), webhook.name),
                (reply.t("webhooks.col_url"), webhook.url),
                (reply.t("webhooks.col_events"), ", ".join(webhook.events)),
                (reply.t("cli.col_created"), webhook.created_at),
                (reply.t("webhooks.col_last_triggered"), webhook.last_triggered_at or reply.t("webhooks.never")),
            ]
        )
        return reply.result()

    @register(server, runtime)
    async def webhooks_update(
        ctx: Context,
        webhook_id: WebhookId,
        url: NewUrl = None,
        name: WebhookName = None,
        events: WebhookEvents = None,
        lang: Lang = None,
    ) -> CallToolResult:
        """Change a webhook's URL, name or events (events replace the subscription), then check it."""
        reply = reply_for(runtime, lang)
        webhook_id = check_id("webhook_id", webhook_id)
        changes: dict[str, Any] = {
            "url": check_webhook_url(url) if url is not None else NOT_GIVEN,
            "name": name if name is not None else NOT_GIVEN,
            "events": check_events(events) if events else NOT_GIVEN,
        }
        if all(value is NOT_GIVEN for value in changes.values()):
            raise InputError("mcp.nothing_to_update")
        async with await runtime.client(ctx, reply.lang) as client:
            await client.webhooks.update(webhook_id, **changes)
            webhook = await client.webhooks.get(webhook_id)
            check = await client.webhooks.check(webhook_id)
        reply.say("webhooks.updated", webhook_id=webhook.id)
        if url is not None:
            _note_loopback(reply, runtime, webhook.url or url)
        _report_check(reply, webhook, check)
        return reply.result()

    @register(server, runtime, destructive=True)
    async def webhooks_delete(
        ctx: Context, webhook_id: WebhookId, confirm: Confirm = False, lang: Lang = None
    ) -> CallToolResult:
        """Delete a webhook; its URL receives no more events. Needs confirm true."""
        reply = reply_for(runtime, lang)
        webhook_id = check_id("webhook_id", webhook_id)
        if not confirm:
            question = reply.t("webhooks.confirm_delete", webhook_id=webhook_id)
            return reply.confirm(question, "webhooks_delete", "confirm").result()
        async with await runtime.client(ctx, reply.lang) as client:
            await client.webhooks.delete(webhook_id)
        reply.say("webhooks.deleted", webhook_id=webhook_id)
        return reply.result()

    @register(server, runtime)
    async def webhooks_check(ctx: Context, webhook_id: WebhookId, lang: Lang = None) -> CallToolResult:
        """Ask the API to call the webhook's URL and report whether it responded with a 2xx status."""
        reply = reply_for(runtime, lang)
        webhook_id = check_id("webhook_id", webhook_id)
        async with await runtime.client(ctx, reply.lang) as client:
            webhook = await client.webhooks.get(webhook_id)
            check = await client.webhooks.check(webhook_id)
        _report_check(reply, webhook, check)
        return reply.result()


def _report_check(reply: Reply, webhook: Webhook, check: WebhookCheck) -> None:
    if check.reachable:
        reply.say("webhooks.active", url=webhook.url, webhook_id=webhook.id)
    else:
        reply.say("mcp.webhook_not_reachable", url=webhook.url, webhook_id=webhook.id, reason=check.message)


def _note_loopback(reply: Reply, runtime: Runtime, url: str) -> None:
    """Warn when a webhook points at this computer but the API is not a local one."""
    api_host = urlsplit(runtime.settings.link_hosts().api_base).hostname or ""
    if _is_loopback(urlsplit(url).hostname or "") and not _is_loopback(api_host):
        reply.notice(reply.t("webhooks.loopback_note", url=url))


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"
