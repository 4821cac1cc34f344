"""The tools of the MCP server, one module per group of API areas."""

from __future__ import annotations

from mcp.server.mcpserver import MCPServer

from aiozstream.mcp.runtime import Runtime
from aiozstream.mcp.tools import account, analytics, captions, media, players, playlists, upload, webhooks

TOOL_MODULES = (upload, media, captions, players, playlists, webhooks, account, analytics)


def register_all(server: MCPServer, runtime: Runtime) -> None:
    """Add every tool to ``server``."""
    for module in TOOL_MODULES:
        module.register_tools(server, runtime)
