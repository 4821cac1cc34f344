"""``aioz api-keys``: create, list, rename and delete API key pairs.

A new key's secret is printed once, at creation, next to the warning that it
cannot be retrieved again. It goes to stdout only (inside the JSON object with
``--json``) and is never logged or saved.
"""

from typing import Annotated

import typer

from aiozstream import i18n
from aiozstream.cli import _console
from aiozstream.cli._context import AppState, confirm_destructive
from aiozstream.errors import InputError
from aiozstream.models.api_keys import ApiKey
from aiozstream.resources.api_keys import check_sort_options
from aiozstream.rules.api_keys import check_key_name, check_key_type, check_ttl


def build() -> typer.Typer:
    """Build the ``api-keys`` command group."""
    t = i18n.t
    group = typer.Typer(
        no_args_is_help=True, help=t("api_keys.help"), epilog=t("api_keys.help_example")
    )

    @group.command("create", help=t("api_keys.help_create"))
    def create_key(
        ctx: typer.Context,
        name: Annotated[str, typer.Argument(help=t("api_keys.help_name"), show_default=False)],
        ttl: Annotated[
            str | None, typer.Option("--ttl", help=t("api_keys.help_ttl"), show_default=False)
        ] = None,
        key_type: Annotated[
            str, typer.Option("--type", help=t("api_keys.help_type"))
        ] = "full_access",
    ) -> None:
        state: AppState = ctx.obj
        check_key_name(name)
        if ttl is None:
            # Checked here rather than by Typer, so the message comes from the catalog
            # in the user's language.
            raise InputError("api_keys.ttl_missing")
        check_ttl(ttl)
        check_key_type(key_type)
        with state.client() as client:
            key = client.api_keys.create(name, ttl=ttl, type=key_type)
        _show_new_key(state, key)

    @group.command("list", help=t("api_keys.help_list"))
    def list_keys(
        ctx: typer.Context,
        search: Annotated[
            str | None, typer.Option("--search", help=t("api_keys.help_search"))
        ] = None,
        sort_by: Annotated[str | None, typer.Option("--sort", help=t("api_keys.help_sort"))] = None,
        order_by: Annotated[
            str | None, typer.Option("--order", help=t("api_keys.help_order"))
        ] = None,
        limit: Annotated[int, typer.Option("--limit", min=1, max=100, help=t("help.limit"))] = 25,
        offset: Annotated[int, typer.Option("--offset", min=0, help=t("help.offset"))] = 0,
        every_page: Annotated[bool, typer.Option("--all", help=t("help.all"))] = False,
    ) -> None:
        state: AppState = ctx.obj
        check_sort_options(sort_by, order_by)
        with state.client() as client:
            page = client.api_keys.list(
                search=search, sort_by=sort_by, order_by=order_by, offset=offset, limit=limit
            )
            keys = list(page) if every_page else page.items
            total = page.total
        if state.json_output:
            _console.print_json(
                {"total": total, "api_keys": [key.model_dump(mode="json") for key in keys]}
            )
            return
        columns = [
            t("cli.col_id"),
            t("api_keys.col_name"),
            t("api_keys.col_type"),
            t("api_keys.col_public_key"),
            t("api_keys.col_secret"),
            t("api_keys.col_expires"),
            t("api_keys.col_status"),
        ]
        rows = [
            (
                key.id,
                key.name,
                key.type,
                key.public_key,
                key.truncated_secret,
                key.expired_at,
                key.status,
            )
            for key in keys
        ]
        _console.print_table(columns, rows, title=t("api_keys.total", shown=len(keys), total=total))

    @group.command("rename", help=t("api_keys.help_rename"))
    def rename_key(
        ctx: typer.Context,
        key_id: Annotated[str, typer.Argument(help=t("api_keys.help_id"), show_default=False)],
        name: Annotated[str, typer.Argument(help=t("api_keys.help_name"), show_default=False)],
    ) -> None:
        state: AppState = ctx.obj
        new_name = check_key_name(name)
        with state.client() as client:
            client.api_keys.rename(key_id, new_name)
        if state.json_output:
            _console.print_json({"kind": "renamed", "api_key_id": key_id, "name": new_name})
        else:
            _console.print_text(t("api_keys.renamed", key_id=key_id, name=new_name))

    @group.command("delete", help=t("api_keys.help_delete"))
    def delete_key(
        ctx: typer.Context,
        key_id: Annotated[str, typer.Argument(help=t("api_keys.help_id"), show_default=False)],
        yes: Annotated[bool, typer.Option("--yes", "-y", help=t("help.yes"))] = False,
    ) -> None:
        state: AppState = ctx.obj
        confirm_destructive(state, yes, t("api_keys.confirm_delete", key_id=key_id))
        with state.client() as client:
            client.api_keys.delete(key_id)
        if state.json_output:
            _console.print_json({"kind": "deleted", "api_key_id": key_id})
        else:
            _console.print_text(t("api_keys.deleted", key_id=key_id))

    return group


def _show_new_key(state: AppState, key: ApiKey) -> None:
    """Print the new key with its full secret once, then the warning that it cannot be retrieved."""
    t = i18n.t
    warning = t("api_keys.secret_warning") if key.secret else t("api_keys.secret_missing")
    if state.json_output:
        _console.print_json(
            {"kind": "created", "api_key": key.model_dump(mode="json"), "warning": warning}
        )
        return

    _console.print_text(
        t("api_keys.created", name=key.name, key_id=key.id, type=key.type, expires=key.expired_at)
    )
    _console.print_text(t("api_keys.public_key_line", public_key=key.public_key))
    if key.secret:
        _console.print_text(t("api_keys.secret_line", secret=key.secret))
    _console.print_notice(warning)
