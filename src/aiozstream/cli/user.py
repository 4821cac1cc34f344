"""``aioz whoami``: the account of the key pair in use."""

import typer

from aiozstream import i18n
from aiozstream.cli import _console
from aiozstream.cli._context import AppState


def register(app: typer.Typer) -> None:
    """Add the top-level ``whoami`` command to ``app``."""
    t = i18n.t

    @app.command("whoami", help=t("user.help_whoami"))
    def whoami(ctx: typer.Context) -> None:
        state: AppState = ctx.obj
        with state.client() as client:
            user = client.user.me()
        if state.json_output:
            _console.print_json(user.model_dump(mode="json"))
            return
        rows = [
            (t("cli.col_id"), user.id),
            (t("user.col_name"), user.full_name),
            (t("user.col_email"), user.email),
            (t("user.col_wallet"), user.wallet_address),
            (t("user.col_balance"), user.balance),
            (t("user.col_debt"), user.debt),
            (t("user.col_created"), user.created_at),
        ]
        _console.print_table([t("cli.col_field"), t("cli.col_value")], rows)
