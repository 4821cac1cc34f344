"""The MCP server face: every ``aioz`` action as a Model Context Protocol tool.

:func:`build_server` returns the server with its tools; :func:`serve` runs it
over stdio (the default for assistants that start it) or streamable HTTP on
127.0.0.1. Tool results are the response templates where one applies and short
Markdown tables otherwise, in English or Chinese.
"""

from aiozstream.mcp.runtime import ServerSettings
from aiozstream.mcp.server import build_server, http_url, serve

__all__ = ["ServerSettings", "build_server", "http_url", "serve"]
