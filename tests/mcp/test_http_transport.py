"""``aioz mcp --http`` serves streamable HTTP on 127.0.0.1."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import anyio
from mcp.client.session import ClientSession
from mcp.client.streamable_http import streamable_http_client

from tests.mcp.support import server_environment, text_of

START_TIMEOUT = 15.0  # seconds for the server process to start listening


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_listening(port: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the server exited with code {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise AssertionError(f"nothing listened on 127.0.0.1:{port} within {START_TIMEOUT} s")


def test_http_transport_answers_tool_calls(tmp_path):
    port = free_port()
    with (tmp_path / "stderr.txt").open("w", encoding="utf-8") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "aiozstream.cli", "--sandbox", "mcp", "--http", "--port", str(port)],
            env=server_environment(None),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
        try:
            wait_until_listening(port, process)

            async def main():
                async with streamable_http_client(f"http://127.0.0.1:{port}/mcp") as (read, write):
                    async with ClientSession(read, write) as session:
                        await session.initialize()
                        return await session.call_tool("whoami", {})

            result = anyio.run(main)
        finally:
            process.terminate()
            process.wait(timeout=10)

    assert not result.is_error, text_of(result)
    assert "| Field | Value |" in text_of(result)
    assert f"http://127.0.0.1:{port}/mcp" in (tmp_path / "stderr.txt").read_text(encoding="utf-8")
