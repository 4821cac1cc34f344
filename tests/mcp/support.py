"""Drive ``aioz mcp`` as a subprocess with the MCP SDK's own stdio client."""

from __future__ import annotations

import os
import sys
from collections.abc import Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mcp.client.session import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client
from mcp.types import CallToolResult, LoggingMessageNotificationParams, TextContent

KEY_VARIABLES = ("AIOZ_PUBLIC_KEY", "AIOZ_SECRET_KEY")


@dataclass
class Recorder:
    """Everything the server sent besides tool results: log messages and progress."""

    logs: list[LoggingMessageNotificationParams] = field(default_factory=list)
    progress: list[tuple[float, float | None, str | None]] = field(default_factory=list)

    async def on_log(self, params: LoggingMessageNotificationParams) -> None:
        self.logs.append(params)

    async def on_progress(self, progress: float, total: float | None, message: str | None) -> None:
        self.progress.append((progress, total, message))

    def log_texts(self) -> list[str]:
        return [str(entry.data) for entry in self.logs]


def server_environment(keys: tuple[str, str] | None) -> dict[str, str]:
    """Return this process's environment (the tests' isolated folders) with or without keys."""
    environment = {name: value for name, value in os.environ.items() if name not in KEY_VARIABLES}
    if keys is not None:
        environment["AIOZ_PUBLIC_KEY"], environment["AIOZ_SECRET_KEY"] = keys
    return environment


@asynccontextmanager
async def mcp_session(
    *cli_args: str,
    keys: tuple[str, str] | None,
    errlog: Path,
    recorder: Recorder | None = None,
    elicitation: Callable[..., Awaitable[Any]] | None = None,
):
    """Start ``python -m aiozstream.cli CLI_ARGS`` and yield an initialized client session."""
    parameters = StdioServerParameters(
        command=sys.executable,
        args=["-m", "aiozstream.cli", *cli_args],
        env=server_environment(keys),
    )
    recorder = recorder or Recorder()
    with errlog.open("a", encoding="utf-8") as stderr:
        async with stdio_client(parameters, errlog=stderr) as (read, write):
            async with ClientSession(
                read, write, logging_callback=recorder.on_log, elicitation_callback=elicitation
            ) as session:
                await session.initialize()
                yield session


def text_of(result: CallToolResult) -> str:
    """Return the text blocks of a tool result joined by blank lines."""
    return "\n\n".join(block.text for block in result.content if isinstance(block, TextContent))
