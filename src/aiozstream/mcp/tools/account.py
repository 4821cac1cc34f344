"""Account tools: whoami, API keys, and saving the keys entered in this session.

A new API key's secret is shown once, in the result of ``api_keys_create``,
beside the warning that it cannot be retrieved again. The server's own secret
key is never part of any result.
"""

from __future__ import annotations

from typing import Annotated, Literal

from mcp.server.mcpserver import Context
from mcp.types import CallToolResult
from pydantic import Field

from aiozstream._core import credentials as credential_store
from aiozstream.mcp.params import AllPages, ApiKeyId, Confirm, Lang, Limit, Offset, Search, SortOrder
from aiozstream.mcp.runtime import Runtime, register, reply_for
from aiozstream.mcp.tools.common import check_id, collect
from aiozstream.resources.api_keys import check_sort_options
from aiozstream.rules.api_keys import check_key_name, check_key_type, check_ttl

KeyName = Annotated[str, Field(description="Name of the API key, at most 255 characters.")]
Ttl = Annotated[
    str,
    Field(
        description=(
            "Lifetime of the key: seconds (3600) or a duration such as 30d, 12h, 1w, 1y, 1d12h."
        )
    ),
]
KeyType = Annotated[
    Literal["full_access", "only_upload"],
    Field(description="full_access (every action) or only_upload (uploads only)."),
]
KeySortBy = Annotated[str | None, Field(description="Sort field: created_at or name.")]


def register_tools(server, runtime: Runtime) -> None:
    """Add whoami, the API key tools and save_credentials."""

    @register(server, runtime, read_only=True)
    async def whoami(ctx: Context, lang: Lang = None) -> CallToolResult:
        """Show the account of the keys in use: id, name, email, wallet, balance and debt."""
        reply = reply_for(runtime, lang)
        async with await runtime.client(ctx, reply.lang) as client:
            user = await client.user.me()
        reply.fields(
            [
                (reply.t("cli.col_id"), user.id),
                (reply.t("user.col_name"), user.full_name),
                (reply.t("user.col_email"), user.email),
                (reply.t("user.col_wallet"), user.wallet_address),
                (reply.t("user.col_balance"), user.balance),
                (reply.t("user.col_debt"), user.debt),
                (reply.t("user.col_created"), user.created_at),
            ]
        )
        return reply.result()

    @register(server, runtime)
    async def save_credentials(ctx: Context, lang: Lang = None) -> CallToolResult:
        """Save the keys in use for later sessions, as `aioz login` does (system keyring, else a
        file only the user can read). Asks for the keys first when none are configured."""
        reply = reply_for(runtime, lang)
        if runtime.settings.sandbox:
            return reply.say("mcp.credentials_sandbox").result()
        pair = await runtime.credentials(ctx, reply.lang)
        where = credential_store.save(pair)
        place = reply.t("cli.saved_keyring") if where == "keyring" else reply.t("cli.saved_file", path=where)
        reply.say("mcp.credentials_saved", place=place)
        return reply.result()

    @register(server, runtime)
    async def api_keys_create(
        ctx: Context, name: KeyName, ttl: Ttl, key_type: KeyType = "full_access", lang: Lang = None
    ) -> CallToolResult:
        """Create an API key pair. The result shows its secret key once; it cannot be retrieved again."""
        reply = reply_for(runtime, lang)
        check_key_name(name)
        check_ttl(ttl)
        check_key_type(key_type)
        async with await runtime.client(ctx, reply.lang) as client:
            key = await client.api_keys.create(name, ttl=ttl, type=key_type)
        reply.say("api_keys.created", name=key.name, key_id=key.id, type=key.type, expires=key.expired_at)
        reply.say("api_keys.public_key_line", public_key=key.public_key)
        if key.secret:
            reply.say("api_keys.secret_line", secret=key.secret)
            reply.notice(reply.t("api_keys.secret_warning"))
        else:
            reply.notice(reply.t("api_keys.secret_missing"))
        return reply.result()

    @register(server, runtime, read_only=True)
    async def api_keys_list(
        ctx: Context,
        search: Search = None,
        sort_by: KeySortBy = None,
        order_by: SortOrder = None,
        limit: Limit = 25,
        offset: Offset = 0,
        all_pages: AllPages = False,
        lang: Lang = None,
    ) -> CallToolResult:
        """List API keys with name, type, public key, truncated secret, expiry and status."""
        reply = reply_for(runtime, lang)
        check_sort_options(sort_by, order_by)
        async with await runtime.client(ctx, reply.lang) as client:
            page = await client.api_keys.list(
                search=search, sort_by=sort_by, order_by=order_by, offset=offset, limit=limit
            )
            keys = await collect(page, all_pages)
        columns = [
            reply.t("cli.col_id"),
            reply.t("api_keys.col_name"),
            reply.t("api_keys.col_type"),
            reply.t("api_keys.col_public_key"),
            reply.t("api_keys.col_secret"),
            reply.t("api_keys.col_expires"),
            reply.t("api_keys.col_status"),
        ]
        rows = [
            (key.id, key.name, key.type, key.public_key, key.truncated_secret, key.expired_at, key.status)
            for key in keys
        ]
        reply.table(columns, rows, title=reply.t("api_keys.total", shown=len(keys), total=page.total))
        return reply.result()

    @register(server, runtime)
    async def api_keys_rename(
        ctx: Context, key_id: ApiKeyId, name: KeyName, lang: Lang = None
    ) -> CallToolResult:
        """Give an API key a new name."""
        reply = reply_for(runtime, lang)
        key_id = check_id("key_id", key_id)
        new_name = check_key_name(name)
        async with await runtime.client(ctx, reply.lang) as client:
            await client.api_keys.rename(key_id, new_name)
        reply.say("api_keys.renamed", key_id=key_id, name=new_name)
        return reply.result()

    @register(server, runtime, destructive=True)
    async def api_keys_delete(
        ctx: Context, key_id: ApiKeyId, confirm: Confirm = False, lang: Lang = None
    ) -> CallToolResult:
        """Delete an API key; requests signed with it fail from then on. Needs confirm true."""
        reply = reply_for(runtime, lang)
        key_id = check_id("key_id", key_id)
        if not confirm:
            question = reply.t("api_keys.confirm_delete", key_id=key_id)
            return reply.confirm(question, "api_keys_delete", "confirm").result()
        async with await runtime.client(ctx, reply.lang) as client:
            await client.api_keys.delete(key_id)
        reply.say("api_keys.deleted", key_id=key_id)
        return reply.result()
