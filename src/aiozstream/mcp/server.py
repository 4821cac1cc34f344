"""Build and run the MCP server: every aioz action as a tool, over stdio or streamable HTTP.

The HTTP transport binds 127.0.0.1 only, because the tools read local files
and act with the account's keys.
"""

from __future__ import annotations

import logging

import anyio
from mcp.server.mcpserver import MCPServer

from aiozstream import __version__, i18n
from aiozstream._core.redaction import RedactingFilter, install_log_filter
from aiozstream.mcp.runtime import Runtime, ServerSettings
from aiozstream.mcp.tools import register_all

SERVER_NAME = "aiozstream"
HTTP_HOST = "127.0.0.1"
HTTP_PATH = "/mcp"


def build_server(settings: ServerSettings | None = None) -> MCPServer:
    """Return a server with every tool, whose results are in the language of ``settings``."""
    settings = settings or ServerSettings()
    lang = i18n.normalize_language(settings.lang) or i18n.current_language()
    server = MCPServer(
        SERVER_NAME,
        title="AIOZ Stream",
        instructions=i18n.t("mcp.instructions", lang),
        version=__version__,
        log_level="WARNING",
    )
    register_all(server, Runtime(settings))
    _mask_secrets_in_logs()
    return server


def serve(settings: ServerSettings | None = None, *, http: bool = False, port: int = 8808) -> None:
    """Run the server until the client closes stdio, or until Ctrl+C with ``http``."""
    server = build_server(settings)
    if http:
        anyio.run(lambda: server.run_streamable_http_async(host=HTTP_HOST, port=port, streamable_http_path=HTTP_PATH))
    else:
        anyio.run(server.run_stdio_async)


def http_url(port: int) -> str:
    """Return the URL that MCP clients use to reach the HTTP transport."""
    return f"http://{HTTP_HOST}:{port}{HTTP_PATH}"


def _mask_secrets_in_logs() -> None:
    """Mask every registered secret in what aiozstream, the SDK's and the root loggers write."""
    for name in ("aiozstream", "mcp", ""):
        install_log_filter(logging.getLogger(name))
    for handler in logging.getLogger().handlers:
        if not any(isinstance(existing, RedactingFilter) for existing in handler.filters):
            handler.addFilter(RedactingFilter())
