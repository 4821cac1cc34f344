"""``aioz sandbox``: serve the local emulator of the AIOZ Stream API until Ctrl+C."""

import time
from pathlib import Path
from typing import Annotated

import typer

from aiozstream import i18n
from aiozstream.cli import _console
from aiozstream.cli._context import AppState, default_sandbox_dir
from aiozstream.errors import EXIT_INTERRUPTED


def register(app: typer.Typer) -> None:
    """Add ``sandbox`` to the root app."""
    t = i18n.t

    @app.command("sandbox", help=t("help.sandbox"), epilog=t("help.sandbox_example"))
    def sandbox(
        ctx: typer.Context,
        host: Annotated[str, typer.Option("--host", help=t("help.sandbox_host"))] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", min=0, max=65535, help=t("help.sandbox_port"))] = 8080,
        data: Annotated[Path | None, typer.Option("--data", help=t("help.sandbox_data"))] = None,
        transcode_delay: Annotated[float, typer.Option("--transcode-delay", min=0, help=t("help.sandbox_delay"))] = 2.0,
        balance: Annotated[float, typer.Option("--balance", help=t("help.sandbox_balance"))] = 1000.0,
        fail_part: Annotated[int | None, typer.Option("--fail-part", min=1, help=t("help.sandbox_fail_part"))] = None,
        throttle_part: Annotated[
            int | None, typer.Option("--throttle-part", min=1, help=t("help.sandbox_throttle_part"))
        ] = None,
        drop_part: Annotated[int | None, typer.Option("--drop-part", min=1, help=t("help.sandbox_drop_part"))] = None,
        slow: Annotated[float | None, typer.Option("--slow", min=0, help=t("help.sandbox_slow"))] = None,
    ) -> None:
        from aiozstream.emulator import FaultRule, SandboxConfig, SandboxServer

        state: AppState = ctx.obj
        faults = []
        if fail_part:
            faults.append(FaultRule(kind="error", route="MEDIA_PART", nth=fail_part, status=500))
        if throttle_part:
            faults.append(FaultRule(kind="rate_limit", route="MEDIA_PART", nth=throttle_part, retry_after=1))
        if drop_part:
            faults.append(FaultRule(kind="drop", route="MEDIA_PART", nth=drop_part))
        if slow:
            faults.append(FaultRule(kind="delay", route="*", delay=slow, times=None))
        config = SandboxConfig(
            data_dir=data or default_sandbox_dir(),
            transcode_delay=transcode_delay,
            starting_balance=balance,
            faults=faults,
        )

        server = SandboxServer(config, host=host, port=port).start()
        if state.json_output:
            _console.print_json(
                {
                    "kind": "sandbox_ready",
                    "base_url": server.base_url,
                    "admin_url": server.admin_url,
                    "public_key": config.public_key,
                }
            )
        else:
            _console.print_notice(
                t(
                    "cli.sandbox_serving",
                    url=server.base_url,
                    public_key=config.public_key,
                    secret_key=config.secret_key,
                )
            )
        try:
            while True:
                time.sleep(0.5)
        except KeyboardInterrupt:
            server.stop()
            raise typer.Exit(EXIT_INTERRUPTED) from None
