"""``aioz login`` and ``aioz logout``: keep the key pair for later sessions, or forget it."""


import sys
from typing import Annotated

import typer

from aiozstream import i18n
from aiozstream._core import credentials as credential_store
from aiozstream._core.credentials import Credentials
from aiozstream.cli import _console
from aiozstream.cli._context import AppState, ask_credentials
from aiozstream.errors import MissingCredentialsError


def register(app: typer.Typer) -> None:
    """Add ``login`` and ``logout`` to the root app."""
    t = i18n.t

    @app.command("login", help=t("help.login"))
    def login(
        ctx: typer.Context,
        from_stdin: Annotated[bool, typer.Option("--stdin", help=t("help.login_stdin"))] = False,
    ) -> None:
        state: AppState = ctx.obj
        if from_stdin:
            pair = _read_pair_from_stdin()
        elif _console.is_terminal():
            pair = ask_credentials()
        else:
            raise MissingCredentialsError("credentials.missing")
        where = credential_store.save(pair)
        place = t("cli.saved_keyring") if where == "keyring" else t("cli.saved_file", path=where)
        if state.json_output:
            _console.print_json({"kind": "login", "stored_in": where, "public_key": pair.public_key})
        else:
            _console.print_text(t("cli.login_done", place=place))

    @app.command("logout", help=t("help.logout"))
    def logout(ctx: typer.Context) -> None:
        state: AppState = ctx.obj
        removed = credential_store.delete_saved()
        if state.json_output:
            _console.print_json({"kind": "logout", "removed": removed})
        else:
            _console.print_text(t("cli.logout_done") if removed else t("cli.logout_none"))


def _read_pair_from_stdin() -> Credentials:
    """Read the public key, then the secret key, one per line, as a pipe from a secret store sends them."""
    public_key = sys.stdin.readline()
    secret_key = sys.stdin.readline()
    return Credentials.of(public_key, secret_key)
