"""``aioz webhooks``: create, list, show, update, delete, check, and listen for events.

After ``create`` and ``update`` the command calls ``POST /webhooks/check/{id}`` and
reports whether the URL responded before it calls the webhook active. ``listen``
runs the local receiver of :mod:`aiozstream.listener` and renders each event in
its template; :class:`EventRenderer` is shared with ``upload --wait``.
"""

from datetime import timezone
from typing import Annotated, Any
from urllib.parse import urlsplit

import typer

from aiozstream import i18n
from aiozstream._core import credentials as credential_store
from aiozstream._core.base import NOT_GIVEN, RetryPolicy
from aiozstream.cli import _console
from aiozstream.cli._context import AppState, confirm_destructive
from aiozstream.client import AsyncClient
from aiozstream.errors import EXIT_API, EXIT_INTERRUPTED, InputError, MissingCredentialsError
from aiozstream.listener import (
    DEFAULT_HOST,
    DEFAULT_PORT,
    CheckPing,
    Delivery,
    ListenerServer,
    MediaDetails,
    Observation,
    create_listener_app,
    is_loopback,
)
from aiozstream.models.webhooks import WEBHOOK_EVENTS, Webhook, WebhookCheck
from aiozstream.resources.webhooks import check_events, check_webhook_url
from aiozstream.settings import assistant_name
from aiozstream.templates import MEDIA_TYPES, one_line, render_event

LOOKUP_TIMEOUT = 10.0  # seconds for fetching a missing title
REGISTERED_NAME = "aioz webhooks listen"


def build() -> typer.Typer:
    """Build the ``webhooks`` command group."""
    t = i18n.t
    group = typer.Typer(
        no_args_is_help=True, help=t("help.webhooks"), epilog=t("help.webhooks_example")
    )

    @group.command("create", help=t("help.webhooks_create"))
    def create_webhook(
        ctx: typer.Context,
        url: Annotated[str, typer.Argument(help=t("help.webhooks_url"), show_default=False)],
        events: Annotated[
            list[str] | None, typer.Option("--event", "-e", help=t("help.webhooks_event"))
        ] = None,
        name: Annotated[str | None, typer.Option("--name", help=t("help.webhooks_name"))] = None,
    ) -> None:
        state: AppState = ctx.obj
        url = check_webhook_url(url)
        chosen = check_events(events) if events else list(WEBHOOK_EVENTS)
        with state.client() as client:
            webhook = client.webhooks.create(url, events=chosen, name=name)
            if not state.json_output:
                _console.print_text(t("webhooks.created", webhook_id=webhook.id, url=webhook.url))
                _note_loopback(state, url)
            check = _check(state, client, webhook)
        _report_check(state, webhook, check)

    @group.command("list", help=t("help.webhooks_list"))
    def list_webhooks(
        ctx: typer.Context,
        search: Annotated[
            str | None, typer.Option("--search", help=t("help.webhooks_search"))
        ] = None,
        limit: Annotated[int, typer.Option("--limit", help=t("help.limit"))] = 25,
        offset: Annotated[int, typer.Option("--offset", help=t("help.offset"))] = 0,
        every_page: Annotated[bool, typer.Option("--all", help=t("help.all"))] = False,
    ) -> None:
        state: AppState = ctx.obj
        if not 1 <= limit <= 100:
            raise InputError("webhooks.limit_invalid", value=limit)
        if offset < 0:
            raise InputError("webhooks.offset_invalid", value=offset)
        with state.client() as client:
            page = client.webhooks.list(search=search, offset=offset, limit=limit)
            items = list(page) if every_page else page.items
            total = page.total
        if state.json_output:
            _console.print_json(
                {"total": total, "webhooks": [item.model_dump(mode="json") for item in items]}
            )
            return
        columns = [
            t("cli.col_id"),
            t("webhooks.col_name"),
            t("webhooks.col_url"),
            t("webhooks.col_events"),
            t("webhooks.col_last_triggered"),
        ]
        rows = [
            (
                item.id,
                item.name,
                item.url,
                ", ".join(item.events),
                item.last_triggered_at or t("webhooks.never"),
            )
            for item in items
        ]
        _console.print_table(
            columns, rows, title=t("webhooks.total", shown=len(items), total=total)
        )

    @group.command("show", help=t("help.webhooks_show"))
    def show_webhook(
        ctx: typer.Context,
        webhook_id: Annotated[str, typer.Argument(help=t("help.webhooks_id"), show_default=False)],
    ) -> None:
        state: AppState = ctx.obj
        _require_id(webhook_id)
        with state.client() as client:
            webhook = client.webhooks.get(webhook_id)
        if state.json_output:
            _console.print_json(webhook.model_dump(mode="json"))
            return
        _print_webhook(webhook)

    @group.command("update", help=t("help.webhooks_update"))
    def update_webhook(
        ctx: typer.Context,
        webhook_id: Annotated[str, typer.Argument(help=t("help.webhooks_id"), show_default=False)],
        url: Annotated[
            str | None, typer.Option("--url", help=t("help.webhooks_update_url"))
        ] = None,
        name: Annotated[str | None, typer.Option("--name", help=t("help.webhooks_name"))] = None,
        events: Annotated[
            list[str] | None, typer.Option("--event", "-e", help=t("help.webhooks_event"))
        ] = None,
    ) -> None:
        state: AppState = ctx.obj
        _require_id(webhook_id)
        changes: dict[str, Any] = {
            "url": check_webhook_url(url) if url is not None else NOT_GIVEN,
            "name": name if name is not None else NOT_GIVEN,
            "events": check_events(events) if events else NOT_GIVEN,
        }
        if all(value is NOT_GIVEN for value in changes.values()):
            raise InputError("webhooks.nothing_to_update")
        with state.client() as client:
            client.webhooks.update(webhook_id, **changes)
            webhook = client.webhooks.get(webhook_id)
            if not state.json_output:
                _console.print_text(t("webhooks.updated", webhook_id=webhook.id))
                if url is not None:
                    _note_loopback(state, webhook.url or url)
            check = _check(state, client, webhook)
        _report_check(state, webhook, check)

    @group.command("delete", help=t("help.webhooks_delete"))
    def delete_webhook(
        ctx: typer.Context,
        webhook_id: Annotated[str, typer.Argument(help=t("help.webhooks_id"), show_default=False)],
        yes: Annotated[bool, typer.Option("--yes", "-y", help=t("help.yes"))] = False,
    ) -> None:
        state: AppState = ctx.obj
        _require_id(webhook_id)
        confirm_destructive(state, yes, t("webhooks.confirm_delete", webhook_id=webhook_id))
        with state.client() as client:
            client.webhooks.delete(webhook_id)
        if state.json_output:
            _console.print_json({"kind": "deleted", "webhook_id": webhook_id})
        else:
            _console.print_text(t("webhooks.deleted", webhook_id=webhook_id))

    @group.command("check", help=t("help.webhooks_check"))
    def check_webhook(
        ctx: typer.Context,
        webhook_id: Annotated[str, typer.Argument(help=t("help.webhooks_id"), show_default=False)],
    ) -> None:
        state: AppState = ctx.obj
        _require_id(webhook_id)
        with state.client() as client:
            webhook = client.webhooks.get(webhook_id)
            check = _check(state, client, webhook)
        _report_check(state, webhook, check)
        if not check.reachable:
            # Not typer.Exit: run() calls click with standalone_mode=False and drops
            # the exit code that click returns.
            raise SystemExit(EXIT_API)

    @group.command(
        "listen", help=t("help.webhooks_listen"), epilog=t("help.webhooks_listen_example")
    )
    def listen(
        ctx: typer.Context,
        host: Annotated[str, typer.Option("--host", help=t("help.webhooks_host"))] = DEFAULT_HOST,
        port: Annotated[int, typer.Option("--port", help=t("help.webhooks_port"))] = DEFAULT_PORT,
        path: Annotated[str, typer.Option("--path", help=t("help.webhooks_path"))] = "/",
        forward_to: Annotated[
            str | None, typer.Option("--forward-to", help=t("help.webhooks_forward"))
        ] = None,
        register: Annotated[
            str | None, typer.Option("--register", help=t("help.webhooks_register"))
        ] = None,
        json_lines: Annotated[bool, typer.Option("--json", help=t("help.json"))] = False,
    ) -> None:
        state: AppState = ctx.obj
        if json_lines:
            state.json_output = True
        _check_listen_address(port, path)
        if forward_to is not None:
            forward_to = check_webhook_url(forward_to)
        if register is not None:
            register = check_webhook_url(register)
        run_listener(
            state, host=host, port=port, path=path, forward_to=forward_to, register=register
        )

    return group


def run_listener(
    state: AppState,
    *,
    host: str,
    port: int,
    path: str,
    forward_to: str | None,
    register: str | None,
) -> None:
    """Serve the listener until Ctrl+C, which stops it and exits with code 130."""
    t = i18n.t
    renderer = EventRenderer(state)
    lookup = media_lookup(state)
    if lookup is None:
        _console.print_notice(t("webhooks.listen_no_keys"))

    app = create_listener_app(
        renderer, on_check=renderer.check_received, lookup=lookup, forward_to=forward_to, path=path
    )
    server = ListenerServer(app, host=host, port=port, path=path)
    try:
        server.start()
    except OSError as error:
        raise InputError(
            "webhooks.port_in_use", host=host, port=port, reason=error.strerror or str(error)
        ) from None

    try:
        _console.print_notice(t("webhooks.listen_ready", url=server.url))
        if not is_loopback(host):
            _console.print_notice(t("webhooks.listen_exposed", host=host))
        if forward_to:
            _console.print_notice(t("webhooks.listen_forwarding", url=forward_to))
        if register:
            register_listener(state, register)
        server.serve_until_stopped()
    except KeyboardInterrupt:
        server.stop()
        _console.print_notice(t("webhooks.listen_stopped"))
        # SystemExit, because typer turns KeyboardInterrupt into a return value that run() drops.
        raise SystemExit(EXIT_INTERRUPTED) from None
    finally:
        server.stop()


def register_listener(state: AppState, url: str) -> WebhookCheck:
    """Create or update the webhook for ``url`` with every event, then check it and report."""
    t = i18n.t
    if not state.json_output:
        _console.print_notice(t("webhooks.listen_registering", url=url))
    with state.client() as client:
        existing = next(
            (webhook for webhook in client.webhooks.list(limit=100) if webhook.url == url), None
        )
        if existing is None:
            webhook = client.webhooks.create(url, events=WEBHOOK_EVENTS, name=REGISTERED_NAME)
            message = t("webhooks.created", webhook_id=webhook.id, url=url)
        else:
            client.webhooks.update(existing.id, events=WEBHOOK_EVENTS)
            webhook = client.webhooks.get(existing.id)
            message = t("webhooks.updated", webhook_id=webhook.id)
        if not state.json_output:
            _console.print_notice(message)
            _note_loopback(state, url)
        check = _check(state, client, webhook)
    _report_check(state, webhook, check, notice=True)
    return check


class EventRenderer:
    """Shows webhook events: the template the first time, the one-line form for a repeat.

    After each event a state line names the media's newest status, which never
    goes back when an older event arrives late. With ``--json`` each event is one
    JSON object on one line instead.
    """

    def __init__(self, state: AppState) -> None:
        self._json = state.json_output
        self._lang = i18n.current_language()
        self._links = state.link_hosts()
        self._assistant = assistant_name()

    def __call__(self, delivery: Delivery) -> None:
        self.show(delivery.observation, delivery.title, delivery.media_type)

    def show(self, observation: Observation, title: str | None, media_type: str | None) -> None:
        """Print one observed event."""
        event = observation.event
        media_type = media_type if media_type in MEDIA_TYPES else "video"
        if self._json:
            _console.print_json(_event_record(observation, title, media_type))
            return

        if observation.repeat:
            _console.print_text(one_line(event.event, lang=self._lang, assistant=self._assistant))
        else:
            text = render_event(
                event.event,
                media_id=event.media_id,
                title=title or i18n.t("webhooks.title_unknown"),
                timestamp=event.timestamp,
                lang=self._lang,
                media_type=media_type,
                links=self._links,
                assistant=self._assistant,
            )
            _console.print_text(text)
        current = observation.state
        _console.print_text(
            i18n.t(
                "webhooks.state_line",
                media_id=current.media_id,
                status=current.status,
                event=current.event,
            )
        )

    def check_received(self, ping: CheckPing) -> None:
        """Tell the user that the API's test call reached this listener."""
        if self._json:
            _console.print_json({"kind": "webhook_check", "payload": dict(ping.payload)})
        else:
            _console.print_notice(i18n.t("webhooks.check_received"))


class ApiMediaLookup:
    """Fetches a media's title and type with ``GET /media/{id}`` for events that lack them."""

    def __init__(self, credentials: credential_store.Credentials, base_url: str | None) -> None:
        self._credentials = credentials
        self._base_url = base_url
        self._client: AsyncClient | None = None

    async def __call__(self, media_id: str) -> MediaDetails:
        if self._client is None:
            # Created here, on the listener's event loop, which the client is bound to.
            self._client = AsyncClient(
                credentials=self._credentials,
                base_url=self._base_url,
                timeout=LOOKUP_TIMEOUT,
                retry=RetryPolicy(max_retries=1),
            )
        media = await self._client.media.get(media_id)
        return MediaDetails(title=media.title, media_type=media.type)

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client = None


def media_lookup(state: AppState) -> ApiMediaLookup | None:
    """Return a title lookup with the configured keys, or ``None`` without asking for keys."""
    try:
        found = state.credentials() if state.sandbox else credential_store.resolve()
    except MissingCredentialsError:
        return None
    return ApiMediaLookup(found, state.api_base_url())


def _check(state: AppState, client: Any, webhook: Webhook) -> WebhookCheck:
    if not state.json_output:
        _console.print_notice(i18n.t("webhooks.checking", url=webhook.url, webhook_id=webhook.id))
    return client.webhooks.check(webhook.id)


def _report_check(
    state: AppState, webhook: Webhook, check: WebhookCheck, *, notice: bool = False
) -> None:
    if state.json_output:
        _console.print_json(
            {
                "kind": "webhook",
                "webhook": webhook.model_dump(mode="json"),
                "reachable": check.reachable,
                "active": check.reachable,
                "message": check.message,
            }
        )
        return
    if check.reachable:
        text = i18n.t("webhooks.active", url=webhook.url, webhook_id=webhook.id)
    else:
        text = i18n.t(
            "webhooks.not_reachable", url=webhook.url, webhook_id=webhook.id, reason=check.message
        )
    (_console.print_notice if notice else _console.print_text)(text)


def _print_webhook(webhook: Webhook) -> None:
    t = i18n.t
    rows = [
        (t("cli.col_id"), webhook.id),
        (t("webhooks.col_name"), webhook.name),
        (t("webhooks.col_url"), webhook.url),
        (t("webhooks.col_events"), ", ".join(webhook.events)),
        (t("cli.col_created"), webhook.created_at),
        (t("webhooks.col_last_triggered"), webhook.last_triggered_at or t("webhooks.never")),
    ]
    _console.print_table([t("cli.col_field"), t("cli.col_value")], rows)


def _note_loopback(state: AppState, url: str) -> None:
    """Warn when a webhook points at this computer but the API is not a local one."""
    host = urlsplit(url).hostname or ""
    api_host = urlsplit(state.api_base_url() or "https://api.aiozstream.network").hostname or ""
    if is_loopback(host) and not is_loopback(api_host):
        _console.print_notice(i18n.t("webhooks.loopback_note", url=url))


def _require_id(webhook_id: str) -> None:
    if not webhook_id.strip():
        raise InputError("input.empty_id", field="webhook_id")


def _check_listen_address(port: int, path: str) -> None:
    if not 0 <= port <= 65535:
        raise InputError("webhooks.port_invalid", value=port)
    if not path.startswith("/") or any(character.isspace() for character in path):
        raise InputError("webhooks.path_invalid", value=path)


def _event_record(observation: Observation, title: str | None, media_type: str) -> dict[str, Any]:
    event = observation.event
    current = observation.state
    return {
        "kind": "webhook_event",
        "event": event.event,
        "media_id": event.media_id,
        "title": title,
        "media_type": media_type,
        "quality": event.quality,
        "timestamp": _iso(event.timestamp),
        "repeat": observation.repeat,
        "state": {
            "status": current.status,
            "event": current.event,
            "quality": current.quality,
            "timestamp": _iso(current.timestamp),
        },
        "payload": dict(event.payload),
    }


def _iso(moment: Any) -> str:
    return moment.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
