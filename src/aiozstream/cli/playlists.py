"""``aioz playlists``: manage playlists, and add, move and remove their items."""

from pathlib import Path
from typing import Annotated, Any

import typer

from aiozstream import i18n
from aiozstream.cli import _console
from aiozstream.cli._context import AppState, confirm_destructive
from aiozstream.errors import InputError
from aiozstream.models.playlists import Playlist, PlaylistItem
from aiozstream.resources.playlists import (
    check_move_target,
    check_playlist_name,
    read_thumbnail,
    resolve_item,
)

MOVE_ENDS = ("top", "bottom")


def build() -> typer.Typer:
    """Build the ``playlists`` command group."""
    t = i18n.t
    group = typer.Typer(
        no_args_is_help=True, help=t("playlists.help"), epilog=t("playlists.help_example")
    )

    @group.command("create", help=t("playlists.help_create"))
    def create_playlist(
        ctx: typer.Context,
        name: Annotated[str, typer.Argument(help=t("playlists.help_name"), show_default=False)],
        tags: Annotated[
            list[str] | None, typer.Option("--tag", help=t("playlists.help_tag"))
        ] = None,
        metadata: Annotated[
            list[str] | None, typer.Option("--meta", help=t("help.upload_meta"))
        ] = None,
    ) -> None:
        state: AppState = ctx.obj
        check_playlist_name(name)
        pairs = _parse_metadata(metadata or [])
        with state.client() as client:
            playlist = client.playlists.create(name, tags=tags or None, metadata=pairs)
        if state.json_output:
            _console.print_json(_playlist_json(playlist))
        else:
            _console.print_text(t("playlists.created", name=playlist.name, playlist_id=playlist.id))

    @group.command("list", help=t("playlists.help_list"))
    def list_playlists(
        ctx: typer.Context,
        search: Annotated[
            str | None, typer.Option("--search", help=t("playlists.help_search"))
        ] = None,
        tags: Annotated[list[str] | None, typer.Option("--tag", help=t("help.media_tag"))] = None,
        limit: Annotated[int, typer.Option("--limit", min=1, max=100, help=t("help.limit"))] = 25,
        offset: Annotated[int, typer.Option("--offset", min=0, help=t("help.offset"))] = 0,
        every_page: Annotated[bool, typer.Option("--all", help=t("help.all"))] = False,
    ) -> None:
        state: AppState = ctx.obj
        with state.client() as client:
            page = client.playlists.list(search=search, tags=tags, offset=offset, limit=limit)
            playlists = list(page) if every_page else page.items
            total = page.total
        if state.json_output:
            _console.print_json(
                {"total": total, "playlists": [_playlist_json(item) for item in playlists]}
            )
            return
        columns = [
            t("cli.col_id"),
            t("playlists.col_name"),
            t("playlists.col_items"),
            t("playlists.col_tags"),
            t("cli.col_created"),
        ]
        rows = [
            (item.id, item.name, item.item_count, ", ".join(item.tags), item.created_at)
            for item in playlists
        ]
        _console.print_table(
            columns, rows, title=t("playlists.total", shown=len(playlists), total=total)
        )

    @group.command("show", help=t("playlists.help_show"))
    def show_playlist(
        ctx: typer.Context,
        playlist_id: Annotated[
            str, typer.Argument(help=t("playlists.help_id"), show_default=False)
        ],
    ) -> None:
        state: AppState = ctx.obj
        with state.client() as client:
            playlist = client.playlists.get(playlist_id)
        if state.json_output:
            _console.print_json(_playlist_json(playlist))
            return
        _print_playlist(playlist)

    @group.command("update", help=t("playlists.help_update"))
    def update_playlist(
        ctx: typer.Context,
        playlist_id: Annotated[
            str, typer.Argument(help=t("playlists.help_id"), show_default=False)
        ],
        name: Annotated[str | None, typer.Option("--name", help=t("playlists.help_name"))] = None,
        tags: Annotated[
            list[str] | None, typer.Option("--tag", help=t("playlists.help_tag"))
        ] = None,
        clear_tags: Annotated[
            bool, typer.Option("--clear-tags", help=t("playlists.help_clear_tags"))
        ] = False,
        metadata: Annotated[
            list[str] | None, typer.Option("--meta", help=t("help.upload_meta"))
        ] = None,
        thumbnail: Annotated[
            Path | None,
            typer.Option("--thumbnail", help=t("playlists.help_thumbnail"), show_default=False),
        ] = None,
    ) -> None:
        state: AppState = ctx.obj
        changes = _update_changes(name, tags, clear_tags, metadata, thumbnail)
        with state.client() as client:
            client.playlists.update(playlist_id, **changes)
            playlist = client.playlists.get(playlist_id)
        if state.json_output:
            _console.print_json(_playlist_json(playlist))
        else:
            _console.print_text(t("playlists.updated", name=playlist.name, playlist_id=playlist.id))

    @group.command("add", help=t("playlists.help_add"))
    def add_media(
        ctx: typer.Context,
        playlist_id: Annotated[
            str, typer.Argument(help=t("playlists.help_id"), show_default=False)
        ],
        media_id: Annotated[
            str, typer.Argument(help=t("playlists.help_media"), show_default=False)
        ],
    ) -> None:
        state: AppState = ctx.obj
        if not media_id.strip():
            raise InputError("input.empty_id", field="media_id")
        with state.client() as client:
            client.playlists.add_media(playlist_id, media_id)
            playlist = client.playlists.get(playlist_id)
        ordered = playlist.ordered_items()
        position, item_id = _last_item_of(ordered, media_id)
        if state.json_output:
            _console.print_json(
                {
                    "kind": "added",
                    "playlist_id": playlist.id,
                    "media_id": media_id,
                    "item_id": item_id,
                    "position": position,
                }
            )
        else:
            _console.print_text(
                t(
                    "playlists.added",
                    media_id=media_id,
                    playlist_id=playlist.id,
                    item_id=item_id,
                    position=position,
                )
            )

    @group.command("move", help=t("playlists.help_move"))
    def move_item(
        ctx: typer.Context,
        playlist_id: Annotated[
            str, typer.Argument(help=t("playlists.help_id"), show_default=False)
        ],
        item: Annotated[str, typer.Argument(help=t("playlists.help_item"), show_default=False)],
        to: Annotated[
            str | None, typer.Option("--to", help=t("playlists.help_to"), show_default=False)
        ] = None,
        before: Annotated[
            str | None,
            typer.Option("--before", help=t("playlists.help_before"), show_default=False),
        ] = None,
        after: Annotated[
            str | None, typer.Option("--after", help=t("playlists.help_after"), show_default=False)
        ] = None,
        position: Annotated[
            str | None,
            typer.Option("--position", help=t("playlists.help_position"), show_default=False),
        ] = None,
    ) -> None:
        state: AppState = ctx.obj
        if to is not None and to.strip().lower() not in MOVE_ENDS:
            raise InputError("playlists.to_invalid", value=to)
        end = to.strip().lower() if to is not None else None
        targets = {
            "top": end == "top",
            "bottom": end == "bottom",
            "before": before,
            "after": after,
            "position": position,
        }
        check_move_target(**targets)
        with state.client() as client:
            outcome = client.playlists.move_to(playlist_id, item, **targets)

        if state.json_output:
            _console.print_json(
                {
                    "kind": "moved" if outcome.moved else "unchanged",
                    "playlist_id": playlist_id,
                    "item_id": outcome.item_id,
                    "position": outcome.position,
                    "next_id": outcome.next_id,
                    "previous_id": outcome.previous_id,
                    "order": outcome.order,
                }
            )
            return
        key = "playlists.moved" if outcome.moved else "playlists.unchanged"
        _console.print_text(
            t(key, item_id=outcome.item_id, position=outcome.position, count=len(outcome.order))
        )

    @group.command("remove", help=t("playlists.help_remove"))
    def remove_item(
        ctx: typer.Context,
        playlist_id: Annotated[
            str, typer.Argument(help=t("playlists.help_id"), show_default=False)
        ],
        item: Annotated[str, typer.Argument(help=t("playlists.help_item"), show_default=False)],
        yes: Annotated[bool, typer.Option("--yes", "-y", help=t("help.yes"))] = False,
    ) -> None:
        state: AppState = ctx.obj
        if not item.strip():
            raise InputError("input.empty_id", field="item")
        confirm_destructive(
            state, yes, t("playlists.confirm_remove", item_id=item, playlist_id=playlist_id)
        )
        with state.client() as client:
            playlist = client.playlists.get(playlist_id)
            item_id = resolve_item(playlist, item)
            if item_id not in playlist.item_ids():
                raise InputError("rules.playlist_item_unknown", field="item", value=item)
            client.playlists.remove_item(playlist_id, item_id)
        if state.json_output:
            _console.print_json({"kind": "removed", "playlist_id": playlist_id, "item_id": item_id})
        else:
            _console.print_text(t("playlists.removed", item_id=item_id, playlist_id=playlist_id))

    @group.command("delete-thumbnail", help=t("playlists.help_delete_thumbnail"))
    def delete_thumbnail(
        ctx: typer.Context,
        playlist_id: Annotated[
            str, typer.Argument(help=t("playlists.help_id"), show_default=False)
        ],
        yes: Annotated[bool, typer.Option("--yes", "-y", help=t("help.yes"))] = False,
    ) -> None:
        state: AppState = ctx.obj
        confirm_destructive(
            state, yes, t("playlists.confirm_delete_thumbnail", playlist_id=playlist_id)
        )
        with state.client() as client:
            client.playlists.delete_thumbnail(playlist_id)
        if state.json_output:
            _console.print_json({"kind": "thumbnail_deleted", "playlist_id": playlist_id})
        else:
            _console.print_text(t("playlists.thumbnail_deleted", playlist_id=playlist_id))

    @group.command("delete", help=t("playlists.help_delete"))
    def delete_playlist(
        ctx: typer.Context,
        playlist_id: Annotated[
            str, typer.Argument(help=t("playlists.help_id"), show_default=False)
        ],
        yes: Annotated[bool, typer.Option("--yes", "-y", help=t("help.yes"))] = False,
    ) -> None:
        state: AppState = ctx.obj
        confirm_destructive(state, yes, t("playlists.confirm_delete", playlist_id=playlist_id))
        with state.client() as client:
            client.playlists.delete(playlist_id)
        if state.json_output:
            _console.print_json({"kind": "deleted", "playlist_id": playlist_id})
        else:
            _console.print_text(t("playlists.deleted", playlist_id=playlist_id))

    return group


def _update_changes(
    name: str | None,
    tags: list[str] | None,
    clear_tags: bool,
    metadata: list[str] | None,
    thumbnail: Path | None,
) -> dict[str, Any]:
    """Check every option before any request and return the fields to send."""
    if tags and clear_tags:
        raise InputError("playlists.tags_conflict")
    changes: dict[str, Any] = {}
    if name is not None:
        changes["name"] = check_playlist_name(name)
    if tags:
        changes["tags"] = list(tags)
    elif clear_tags:
        changes["tags"] = []
    if metadata:
        changes["metadata"] = _parse_metadata(metadata)
    if thumbnail is not None:
        read_thumbnail(thumbnail)
        changes["thumbnail"] = thumbnail
    if not changes:
        raise InputError("playlists.nothing_to_update")
    return changes


def _parse_metadata(pairs: list[str]) -> dict[str, str] | None:
    if not pairs:
        return None
    metadata: dict[str, str] = {}
    for pair in pairs:
        key, separator, value = pair.partition("=")
        if not separator or not key.strip():
            raise InputError("cli.meta_invalid", value=pair)
        metadata[key.strip()] = value
    return metadata


def _last_item_of(ordered: list[PlaylistItem], media_id: str) -> tuple[int | None, str | None]:
    """Return the 1-based position and id of the last item of ``media_id``, the one just added."""
    for index in range(len(ordered) - 1, -1, -1):
        if ordered[index].video_id == media_id:
            return index + 1, ordered[index].id
    return None, None


def _playlist_json(playlist: Playlist) -> dict[str, Any]:
    """Return the playlist as JSON data with its items in playlist order."""
    data = playlist.model_dump(mode="json")
    data["items"] = [item.model_dump(mode="json") for item in playlist.ordered_items()]
    return data


def _print_playlist(playlist: Playlist) -> None:
    t = i18n.t
    metadata = ", ".join(f"{key}={value}" for key, value in playlist.metadata.items())
    rows = [
        (t("cli.col_id"), playlist.id),
        (t("playlists.col_name"), playlist.name),
        (t("playlists.col_tags"), ", ".join(playlist.tags)),
        (t("playlists.col_metadata"), metadata),
        (
            t("playlists.col_items"),
            playlist.item_count if playlist.item_count is not None else len(playlist.items),
        ),
        (t("cli.col_duration"), playlist.duration),
        (t("playlists.col_thumbnail"), playlist.thumbnail_url),
        (t("playlists.col_url"), playlist.playlist_url),
        (t("cli.col_created"), playlist.created_at),
    ]
    _console.print_table([t("cli.col_field"), t("cli.col_value")], rows)

    ordered = playlist.ordered_items()
    if not ordered:
        _console.print_text(t("playlists.no_items", playlist_id=playlist.id))
        return
    columns = [
        t("playlists.col_position"),
        t("playlists.col_item"),
        t("playlists.col_media"),
        t("cli.col_title"),
        t("cli.col_duration"),
    ]
    item_rows = [
        (
            position,
            item.id,
            item.video_id,
            item.media.title if item.media else None,
            item.media.duration if item.media else None,
        )
        for position, item in enumerate(ordered, start=1)
    ]
    _console.print_table(columns, item_rows, title=t("playlists.items_title"))
