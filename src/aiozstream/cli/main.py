"""The ``aioz`` command: the root app, its global options and the one error handler.

Subcommands live in one module per area. They are attached after the
language is known, so help texts are shown in English or Chinese.
"""

import os
import sys
from typing import Annotated

import typer

from aiozstream import __version__, i18n
from aiozstream._core.base import checked_base_url
from aiozstream.cli import _console
from aiozstream.cli._context import AppState, Cancelled, configure_logging
from aiozstream.errors import EXIT_INTERRUPTED, AiozError

# Recent typer versions carry their own copy of click: find its exception module through
# typer's own BadParameter, so both layouts are handled.
_click_exceptions = sys.modules[
    next(base for base in typer.BadParameter.__mro__ if base.__name__ == "ClickException").__module__
]
_ABORTS = (typer.Abort, KeyboardInterrupt, getattr(_click_exceptions, "Abort", typer.Abort))
_EXITS = (typer.Exit, getattr(_click_exceptions, "Exit", typer.Exit))
_NoArgsIsHelp = getattr(_click_exceptions, "NoArgsIsHelpError", _click_exceptions.UsageError)


def build_app() -> typer.Typer:
    """Build the root app with every command group, with help in the language in force."""
    t = i18n.t
    app = typer.Typer(
        name="aioz",
        help=t("help.root"),
        epilog=t("help.root_example"),
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        pretty_exceptions_show_locals=False,
        rich_markup_mode=None,
    )

    @app.callback()
    def root(
        ctx: typer.Context,
        lang: Annotated[str | None, typer.Option("--lang", help=t("help.lang"), envvar="AIOZ_LANG")] = None,
        json_output: Annotated[bool, typer.Option("--json", help=t("help.json"))] = False,
        debug: Annotated[bool, typer.Option("--debug", help=t("help.debug"))] = False,
        sandbox: Annotated[bool, typer.Option("--sandbox", help=t("help.sandbox_flag"))] = False,
        base_url: Annotated[
            str | None, typer.Option("--base-url", help=t("help.base_url"), envvar="AIOZ_BASE_URL")
        ] = None,
        version: Annotated[
            bool, typer.Option("--version", help=t("help.version"), is_eager=True, callback=_show_version)
        ] = False,
    ) -> None:
        if lang:
            if i18n.normalize_language(lang) is None:
                raise typer.BadParameter(t("cli.lang_invalid", value=lang), param_hint="--lang")
            i18n.set_language(lang)
        if base_url:
            checked_base_url(base_url)
        configure_logging(debug)
        ctx.obj = AppState(json_output=json_output, debug=debug, sandbox=sandbox, base_url=base_url)

    from aiozstream.cli import (
        agent,
        analytics,
        api_keys,
        audio,
        auth,
        chapters,
        mcp_server,
        media,
        payments,
        players,
        playlists,
        sandbox,
        transcripts,
        upload,
        user,
        webhooks,
    )

    # The order here is the order of ``aioz --help``: the main job first, setup last.
    upload.register(app)
    app.add_typer(media.build(), name="media", help=t("help.media"))
    app.add_typer(audio.build(), name="audio", help=t("audio.help"))
    app.add_typer(chapters.build(), name="chapters", help=t("chapters.help"))
    app.add_typer(transcripts.build(), name="transcripts", help=t("transcripts.help"))
    app.add_typer(players.build(), name="players", help=t("players.help"))
    app.add_typer(playlists.build(), name="playlists", help=t("playlists.help"))
    app.add_typer(webhooks.build(), name="webhooks", help=t("help.webhooks"))
    app.add_typer(analytics.build(), name="analytics", help=t("analytics.help"))
    app.add_typer(payments.build(), name="payments", help=t("payments.help"))
    app.add_typer(api_keys.build(), name="api-keys", help=t("api_keys.help"))
    user.register(app)
    auth.register(app)
    sandbox.register(app)
    mcp_server.register(app)
    app.add_typer(agent.build(), name="agent", help=t("mcp.agent_help"))
    return app


def run(argv: list[str] | None = None) -> None:
    """Entry point of the ``aioz`` console script; exits with the code of SPEC's table."""
    args = list(sys.argv[1:] if argv is None else argv)
    i18n.set_language(_language_from_args(args) or os.environ.get("AIOZ_LANG"))
    debug = "--debug" in args
    json_output = "--json" in args
    app = build_app()
    try:
        # Without standalone mode, typer returns the code of typer.Exit and of Ctrl+C
        # instead of raising, so a non-zero code must become the process's exit code.
        code = app(args=args, prog_name="aioz", standalone_mode=False)
        if code == EXIT_INTERRUPTED:
            _console.print_error(i18n.t("cli.interrupted"))
        if isinstance(code, int) and code:
            raise SystemExit(code)
    except AiozError as error:
        _report(error, debug, json_output)
        raise SystemExit(error.exit_code) from None
    except Cancelled:
        _console.print_error(i18n.t("cli.cancelled"))
        raise SystemExit(EXIT_INTERRUPTED) from None
    except _ABORTS:
        _console.print_error(i18n.t("cli.interrupted"))
        raise SystemExit(EXIT_INTERRUPTED) from None
    except _EXITS as stop:
        raise SystemExit(stop.exit_code) from None
    except _NoArgsIsHelp as error:
        # A bare group such as ``aioz media``: show its help as click would, not an error line.
        _console.print_text(error.format_message())
        raise SystemExit(2) from None
    except _click_exceptions.ClickException as error:
        # Usage errors: unknown option, value out of range. They are bad input, so exit 2,
        # and they get the same one-line Error: as every other error.
        _console.print_error(_usage_error_line(error))
        raise SystemExit(2) from None
    except Exception as error:
        if debug:
            raise
        _console.print_error(i18n.t("cli.unexpected", kind=type(error).__name__))
        raise SystemExit(1) from None


def _show_version(value: bool) -> None:
    """Print the version and stop before any command is needed."""
    if value:
        _console.print_text(f"aioz {__version__}")
        raise typer.Exit(0)


def _report(error: AiozError, debug: bool, json_output: bool) -> None:
    from aiozstream._core.redaction import redact

    message = redact(str(error))
    if json_output:
        _console.print_json(
            {"kind": "error", "error": type(error).__name__, "message": message, "exit_code": error.exit_code}
        )
    else:
        _console.print_error(f"{i18n.t('cli.error_prefix')} {message}")
    if debug:
        import traceback

        _console.print_notice(redact("".join(traceback.format_exception(error))))


def _usage_error_line(error: Exception) -> str:
    """Return click's message of ``error`` on one line, with where to find the usage."""
    message = " ".join(error.format_message().split())  # type: ignore[attr-defined]
    if not message.endswith((".", "?", "!")):
        message += "."
    line = f"{i18n.t('cli.error_prefix')} {message}"
    context = getattr(error, "ctx", None)
    if context is not None:
        line += " " + i18n.t("cli.usage_hint", command=context.command_path)
    return line


def _language_from_args(args: list[str]) -> str | None:
    for position, arg in enumerate(args):
        if arg == "--lang" and position + 1 < len(args):
            return args[position + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None
