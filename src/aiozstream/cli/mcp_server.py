"""``aioz mcp``: serve every action as a tool to AI assistants over the Model Context Protocol.

Over stdio (the default) the assistant starts the command and owns it; stdout
then carries only the protocol, so notices go to stderr. ``--http`` serves
streamable HTTP on 127.0.0.1 instead. ``--sandbox`` starts the local sandbox
in the same process and serves against it with its own keys.
"""

from typing import Annotated

import typer

from aiozstream import i18n
from aiozstream.cli import _console
from aiozstream.cli._context import AppState
from aiozstream.errors import InputError

DEFAULT_HTTP_PORT = 8808


def register(app: typer.Typer) -> None:
    """Add ``mcp`` to the root app."""
    t = i18n.t

    @app.command("mcp", help=t("mcp.help"), epilog=t("mcp.help_example"))
    def mcp_server(
        ctx: typer.Context,
        http: Annotated[bool, typer.Option("--http", help=t("mcp.help_http"))] = False,
        port: Annotated[int, typer.Option("--port", help=t("mcp.help_port"))] = DEFAULT_HTTP_PORT,
        lang: Annotated[str | None, typer.Option("--lang", help=t("mcp.help_lang"))] = None,
        sandbox: Annotated[bool, typer.Option("--sandbox", help=t("mcp.help_sandbox"))] = False,
        base_url: Annotated[str | None, typer.Option("--base-url", help=t("mcp.help_base_url"))] = None,
    ) -> None:
        state: AppState = ctx.obj
        if lang is not None and i18n.normalize_language(lang) is None:
            raise InputError("cli.lang_invalid", value=lang)
        if not 1 <= port <= 65535:
            raise InputError("mcp.port_invalid", value=port)
        state.sandbox = state.sandbox or sandbox
        if base_url:
            state.base_url = base_url

        # Imported here so that other commands never load the MCP SDK.
        from aiozstream.mcp import ServerSettings, http_url, serve

        settings = ServerSettings(
            lang=i18n.normalize_language(lang) or i18n.current_language(),
            base_url=state.api_base_url(),
            credentials=state.credentials() if state.sandbox else None,
            embed_url=state.link_hosts().embed_base,
            sandbox=state.sandbox,
        )
        if http:
            _console.print_notice(t("mcp.http_ready", url=http_url(port)))
        serve(settings, http=http, port=port)
