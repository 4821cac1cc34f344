"""Shared state of the tool calls: the settings, the session's keys, the language and a client.

Keys come from the fixed pair of the settings (the sandbox's), else
``AIOZ_PUBLIC_KEY``/``AIOZ_SECRET_KEY`` or the pair saved by ``aioz login``,
read at each call. When none is found, the user is asked through MCP
elicitation for the public key, then the secret key, and nothing is sent until
both are given. The pair is then kept in memory for the life of the server
process, which is one client's session over stdio.
"""

from __future__ import annotations

import functools
import logging
import warnings
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import anyio
from mcp.server.mcpserver import Context, MCPServer
from mcp.shared.exceptions import MCPDeprecationWarning, MCPError
from mcp.types import (
    CallToolResult,
    ClientCapabilities,
    ElicitationCapability,
    TextContent,
    ToolAnnotations,
)
from pydantic import Field, ValidationError, create_model

from aiozstream import i18n
from aiozstream._core import credentials as credential_store
from aiozstream._core.credentials import Credentials
from aiozstream._core.redaction import redact
from aiozstream.client import AsyncClient
from aiozstream.errors import AiozError, MissingCredentialsError
from aiozstream.mcp.replies import Reply, error_result, text_result
from aiozstream.settings import assistant_name, link_hosts
from aiozstream.templates import LinkHosts

logger = logging.getLogger("aiozstream.mcp")

EMBED_URL_ENV = "AIOZ_EMBED_URL"
BASE_URL_ENV = "AIOZ_BASE_URL"

ToolFunction = Callable[..., Awaitable[CallToolResult]]


@dataclass(frozen=True)
class ServerSettings:
    """Settings of one server: how it reaches the API and the language of its results."""

    lang: str | None = None
    """``en`` or ``zh``; ``None`` follows ``AIOZ_LANG``, else the system locale."""
    base_url: str | None = None
    """API base URL; ``None`` follows ``AIOZ_BASE_URL``, else the real API."""
    credentials: Credentials | None = None
    """A fixed key pair, such as the sandbox's; ``None`` looks the keys up at each call."""
    embed_url: str | None = None
    """Base URL of the embeddable player in links; ``None`` follows ``AIOZ_EMBED_URL``."""
    sandbox: bool = False
    """Whether the API is the in-process sandbox (its keys are then never saved)."""

    def link_hosts(self) -> LinkHosts:
        """Return the API and player hosts used in media links."""
        return link_hosts(self.base_url, self.embed_url)


class StopWithResult(Exception):
    """Ends a tool call early with a prepared result that is not an API error."""

    def __init__(self, result: CallToolResult) -> None:
        super().__init__("tool call stopped")
        self.result = result


class Runtime:
    """State shared by the tools of one server."""

    def __init__(self, settings: ServerSettings) -> None:
        self.settings = settings
        self._session_credentials: Credentials | None = settings.credentials
        self._reminder_due = False
        self._ask_lock: anyio.Lock | None = None

    # Language, names and links.

    def language(self, requested: str | None) -> str:
        """Return the language of a call: its own, else the server's, else the environment's."""
        return (
            i18n.normalize_language(requested)
            or i18n.normalize_language(self.settings.lang)
            or i18n.current_language()
        )

    def assistant(self) -> str:
        """Return the assistant's name shown in templates (``AIOZ_ASSISTANT_NAME``)."""
        return assistant_name()

    # Keys and clients.

    async def client(self, ctx: Context, lang: str) -> AsyncClient:
        """Return a client with the session's keys, asking the user for them when none exist."""
        found = await self.credentials(ctx, lang)
        return AsyncClient(credentials=found, base_url=self.settings.base_url)

    async def credentials(self, ctx: Context, lang: str) -> Credentials:
        """Return the key pair; raise :class:`StopWithResult` when the user cannot or will not give it."""
        if self._session_credentials is not None:
            return self._session_credentials
        try:
            return credential_store.resolve()
        except MissingCredentialsError:
            pass
        if self._ask_lock is None:
            self._ask_lock = anyio.Lock()
        # One form at a time: a second call waiting here finds the keys the first one got.
        # NOTE: over streamable HTTP every client of this process shares the entered keys,
        # which is why that transport binds 127.0.0.1 only.
        async with self._ask_lock:
            if self._session_credentials is None:
                self._session_credentials = await self._ask(ctx, lang)
        return self._session_credentials

    def take_reminder(self, lang: str) -> str | None:
        """Return the keep-your-keys-safe reminder once, right after the keys were entered."""
        if not self._reminder_due:
            return None
        self._reminder_due = False
        return "> " + i18n.t("credentials.reminder", lang) + "\n>\n> " + i18n.t(
            "mcp.credentials_session_only", lang
        )

    async def _ask(self, ctx: Context, lang: str) -> Credentials:
        # NOTE: the MCP specification states that servers MUST NOT request sensitive information
        # through form elicitation (2025-06-18) and MUST use URL mode for credentials
        # (2025-11-25). The product asks with two forms anyway; env vars or `aioz login` avoid it.
        if not _client_can_elicit(ctx):
            raise StopWithResult(text_result(i18n.t("mcp.credentials_howto", lang), is_error=True))

        public_form = create_model(
            "PublicKeyForm",
            public_key=(str, Field(title=i18n.t("mcp.field_public_key", lang))),
        )
        secret_form = create_model(
            "SecretKeyForm",
            secret_key=(str, Field(title=i18n.t("mcp.field_secret_key", lang))),
            save=(
                bool,
                Field(
                    default=False,
                    title=i18n.t("mcp.field_save", lang),
                    description=i18n.t("mcp.field_save_description", lang),
                ),
            ),
        )
        public_answer = await _elicit(ctx, i18n.t("credentials.prompt_public", lang), public_form, lang)
        secret_answer = await _elicit(ctx, i18n.t("credentials.prompt_secret", lang), secret_form, lang)

        pair = Credentials.of(public_answer.public_key, secret_answer.secret_key)
        self._reminder_due = True
        if secret_answer.save:
            where = credential_store.save(pair)
            logger.info("Saved the entered key pair (%s)", "keyring" if where == "keyring" else "file")
        logger.info("Key pair entered through elicitation; kept for this session")
        return pair


def register(server: MCPServer, runtime: Runtime, *, read_only: bool = False, destructive: bool = False):
    """Register the decorated coroutine as a tool named after it, with one-line error results.

    The tool's docstring is its description. Every tool takes ``lang``, and the
    wrapper renders :class:`AiozError` in that language. When the call was the
    one that requested the keys, the key reminder comes first in its result.
    """

    def decorator(function: ToolFunction) -> ToolFunction:
        @functools.wraps(function)
        async def guarded(*args: Any, **kwargs: Any) -> CallToolResult:
            lang = runtime.language(kwargs.get("lang"))
            try:
                result = await function(*args, **kwargs)
            except StopWithResult as stop:
                result = stop.result
            except AiozError as error:
                result = error_result(error, lang)
            reminder = runtime.take_reminder(lang)
            if reminder:
                result.content.insert(0, TextContent(type="text", text=reminder))
            return result

        annotations = ToolAnnotations(
            read_only_hint=read_only, destructive_hint=destructive and not read_only, open_world_hint=True
        )
        server.add_tool(guarded, name=function.__name__, annotations=annotations)
        return function

    return decorator


async def send_log(ctx: Context, text: str, *, logger_name: str) -> None:
    """Send ``text`` to the client as an ``info`` log message (``notifications/message``).

    The SDK (mcp 2.3) marks the logging capability deprecated for the 2026-07-28
    protocol, where clients opt in per request. On the handshake versions that
    current clients speak, it is the way to show messages during a call.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MCPDeprecationWarning)
        pending = ctx.session.send_log_message(
            level="info", data=redact(text), logger=logger_name, related_request_id=ctx.request_id
        )
    await pending


def _client_can_elicit(ctx: Context) -> bool:
    wanted = ClientCapabilities(elicitation=ElicitationCapability())
    return ctx.session.check_client_capability(wanted)


async def _elicit(ctx: Context, message: str, form: type, lang: str) -> Any:
    """Ask for one form; raise :class:`StopWithResult` unless the user accepts it."""
    try:
        answer = await ctx.elicit(message, form)
    except (MCPError, ValueError, ValidationError) as error:
        logger.info("Elicitation failed: %s", type(error).__name__)
        raise StopWithResult(text_result(i18n.t("mcp.credentials_howto", lang), is_error=True)) from None
    if answer.action != "accept":
        raise StopWithResult(text_result(i18n.t("mcp.credentials_declined", lang), is_error=True))
    return answer.data


def reply_for(runtime: Runtime, lang: str | None) -> Reply:
    """Return an empty reply in the call's language."""
    return Reply(runtime.language(lang))
