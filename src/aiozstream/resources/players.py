"""The player theme area: create, list, get, update, delete, logo, assign to media.

Before any request, every color in ``theme`` becomes ``rgba(r, g, b, a)`` and every
size ``Npx`` (see :func:`normalize_theme`). :meth:`PlayersResource.create` and
:meth:`PlayersResource.update` return a :class:`PlayerThemeChange` whose
``notices()`` every face shows: one line per conversion, then the warnings about
the default theme and CDN propagation.

The API rejects deleting a theme that media still use. The media list has no player
filter, so :meth:`PlayersResource.media_using` fetches every media and keeps those
whose ``player_theme_id`` matches. ``delete(..., unassign_media=True)`` uses it to
remove the theme from them before deleting it.

``PlayersResource`` and ``AsyncPlayersResource`` are twins: the module-level helpers
build each request, and the classes only send.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel

from aiozstream import routes
from aiozstream._constants import DEFAULT_PAGE_SIZE
from aiozstream._core.base import NOT_GIVEN
from aiozstream._core.http import AsyncAPIClient, SyncAPIClient
from aiozstream._core.paging import AsyncPage, SyncPage
from aiozstream.errors import BadRequestError, ConflictError, InputError, RuleError
from aiozstream.models.media import Media
from aiozstream.models.players import (
    CONTROL_FIELDS,
    PLAYER_SORT_FIELDS,
    SORT_ORDERS,
    THEME_COLOR_FIELDS,
    THEME_FIELDS,
    WARNING_CDN_PROPAGATION,
    WARNING_DEFAULT_CLEARS_OTHERS,
    ControlSettings,
    CreatePlayerThemeRequest,
    PlayerTheme,
    PlayerThemeChange,
    PlayerThemeList,
    PlayerThemeMediaRequest,
    ThemeSettings,
    UpdatePlayerThemeRequest,
)
from aiozstream.resources._resource import Resource
from aiozstream.resources.media import AsyncMediaResource, MediaResource
from aiozstream.rules.colors import Conversion, normalize_color
from aiozstream.rules.logo import LogoInfo, check_player_logo
from aiozstream.rules.sizes import normalize_size

MAX_PAGE_SIZE = 100
LOGO_LINK_SCHEMES = ("http", "https")

ThemeInput = Mapping[str, object] | BaseModel
ControlsInput = Mapping[str, object] | BaseModel


class PlayerInUseError(RuleError):
    """The API rejected deleting a player theme because media still use it.

    ``media`` lists those media (``media_ids`` their ids); unassign the theme from
    them first, or call ``delete(player_id, unassign_media=True)``.
    """

    def __init__(self, player_id: str, media: list[Media]) -> None:
        self.player_id = player_id
        self.media = media
        self.media_ids = [item.id for item in media]
        super().__init__(
            "players.in_use",
            player_id=player_id,
            count=len(self.media_ids),
            media_ids=", ".join(self.media_ids),
        )


def normalize_theme(theme: ThemeInput | None) -> tuple[dict[str, str], list[Conversion]]:
    """Convert every color to ``rgba(r, g, b, a)`` and every size to ``Npx``.

    Returns the theme to send and the conversions to show the user, in the order
    of the fields given. Fields set to ``None`` are left out. Raises
    :class:`InputError` naming the field for an unknown field, a color or size
    that cannot be converted, or a size in another unit than px.
    """
    values = _as_dict(theme)
    normalized: dict[str, str] = {}
    conversions: list[Conversion] = []
    for field, value in values.items():
        if field not in THEME_FIELDS:
            raise InputError(
                "players.theme_field_unknown", field=field, fields=", ".join(THEME_FIELDS)
            )
        if value is None:
            continue
        if field in THEME_COLOR_FIELDS:
            converted, conversion = normalize_color(field, value)
        else:
            converted, conversion = normalize_size(field, value)
        normalized[field] = converted
        if conversion is not None:
            conversions.append(conversion)
    return normalized, conversions


def normalize_controls(controls: ControlsInput | None) -> dict[str, bool]:
    """Check the control switches: known names with ``True`` or ``False`` values."""
    checked: dict[str, bool] = {}
    for field, value in _as_dict(controls).items():
        if field not in CONTROL_FIELDS:
            raise InputError(
                "players.control_unknown", field=field, fields=", ".join(CONTROL_FIELDS)
            )
        if value is None:
            continue
        if not isinstance(value, bool):
            raise InputError("players.control_invalid", field=field, value=value)
        checked[field] = value
    return checked


def change_warnings(*, is_default: bool | None, updated: bool) -> tuple[str, ...]:
    """Return the warning keys for a theme change.

    Making a theme the default clears the default on every other theme, and any
    change may take up to 10 minutes to reach viewers through the CDN.
    """
    warnings: list[str] = []
    if is_default:
        warnings.append(WARNING_DEFAULT_CLEARS_OTHERS)
    if is_default or updated:
        warnings.append(WARNING_CDN_PROPAGATION)
    return tuple(warnings)


def check_logo_link(link: str | None) -> None:
    """Raise :class:`InputError` unless ``link`` is ``None`` or an http or https URL with a host."""
    if link is None:
        return
    parts = urlsplit(link)
    if parts.scheme.lower() not in LOGO_LINK_SCHEMES or not parts.netloc:
        raise InputError("players.logo_link_invalid", value=link)


def check_list_options(
    *,
    sort_by: str | None = None,
    order_by: str | None = None,
    offset: int = 0,
    limit: int = DEFAULT_PAGE_SIZE,
) -> None:
    """Raise :class:`InputError` for list options that ``GET /players`` does not accept."""
    if sort_by is not None and sort_by not in PLAYER_SORT_FIELDS:
        raise InputError(
            "players.sort_invalid", value=sort_by, allowed=", ".join(PLAYER_SORT_FIELDS)
        )
    if order_by is not None and order_by not in SORT_ORDERS:
        raise InputError("players.order_invalid", value=order_by)
    if not 1 <= limit <= MAX_PAGE_SIZE:
        raise InputError("players.limit_invalid", value=limit, maximum=MAX_PAGE_SIZE)
    if offset < 0:
        raise InputError("players.offset_invalid", value=offset)


class PlayersResource(Resource[SyncAPIClient]):
    """Player themes with the blocking client."""

    def create(
        self,
        name: str | None = None,
        *,
        theme: ThemeInput | None = None,
        controls: ControlsInput | None = None,
        is_default: bool | None = None,
    ) -> PlayerThemeChange:
        """Create a player theme. Never retried on 5xx, because a retry could create two."""
        body, conversions = _create_body(name, theme, controls, is_default)
        answer = self._client.request(routes.PLAYER_CREATE, json=body)
        return PlayerThemeChange(
            player_theme=_player_from_wrapper(answer),
            conversions=tuple(conversions),
            warnings=change_warnings(is_default=is_default, updated=False),
        )

    def list(
        self,
        *,
        search: str | None = None,
        sort_by: str | None = None,
        order_by: str | None = None,
        offset: int = 0,
        limit: int = DEFAULT_PAGE_SIZE,
    ) -> SyncPage[PlayerTheme]:
        """Return one page of player themes; iterating the page walks every following page.

        ``search`` matches names; ``sort_by`` is ``created_at`` (default) or ``name``;
        ``order_by`` is ``asc`` (default) or ``desc``; ``limit`` is 1 to 100.
        """
        filters = _list_filters(search, sort_by, order_by, offset, limit)

        def fetch(page_offset: int) -> SyncPage[PlayerTheme]:
            params = {**filters, "offset": page_offset, "limit": limit}
            answer = PlayerThemeList.model_validate(
                self._client.request(routes.PLAYER_LIST, params=params) or {}
            )
            return SyncPage(answer.player_themes, answer.total, page_offset, limit, fetch)

        return fetch(offset)

    def get(self, player_id: str) -> PlayerTheme:
        """Return one player theme by id."""
        answer = self._client.request(routes.PLAYER_GET, path_params={"id": player_id})
        return _player_from_wrapper(answer)

    def update(
        self,
        player_id: str,
        *,
        name: Any = NOT_GIVEN,
        theme: Any = NOT_GIVEN,
        controls: Any = NOT_GIVEN,
        is_default: Any = NOT_GIVEN,
    ) -> PlayerThemeChange:
        """Change only the fields passed; theme fields not given keep their values.

        The API returns only the request's fields (name, is_default, theme, controls),
        so ``player_theme`` lacks ``asset`` and ``created_at``. Call :meth:`get` for the
        whole theme.
        """
        body, conversions = _update_body(name, theme, controls, is_default)
        answer = self._client.request(
            routes.PLAYER_UPDATE, path_params={"id": player_id}, json=body
        )
        return PlayerThemeChange(
            player_theme=_player_from_update(player_id, answer),
            conversions=tuple(conversions),
            warnings=change_warnings(is_default=body.get("is_default"), updated=True),
        )

    def delete(self, player_id: str, *, unassign_media: bool = False) -> builtins.list[str]:
        """Delete a player theme and return the ids of the media it was removed from.

        When the API rejects the delete, this looks for the media that use the theme.
        Without ``unassign_media`` it raises :class:`PlayerInUseError` naming them.
        With it, the theme is removed from each of them and deleted again.
        """
        try:
            self._client.request(routes.PLAYER_DELETE, path_params={"id": player_id})
            return []
        except (BadRequestError, ConflictError) as rejection:
            users = self.media_using(player_id)
            if not users:
                raise
            if not unassign_media:
                raise PlayerInUseError(player_id, users) from rejection

        for media in users:
            self.unassign(player_id, media.id)
        self._client.request(routes.PLAYER_DELETE, path_params={"id": player_id})
        return [media.id for media in users]

    def media_using(self, player_id: str) -> builtins.list[Media]:
        """Return every media whose ``player_theme_id`` is ``player_id``.

        The media list has no player filter, so this fetches every page of media.
        """
        _require_id("player_id", player_id)
        every_media = MediaResource(self._client).list(limit=MAX_PAGE_SIZE)
        return [media for media in every_media if media.player_theme_id == player_id]

    def upload_logo(
        self, player_id: str, path: str | Path, *, link: str | None = None
    ) -> PlayerTheme:
        """Upload a JPEG or PNG logo of at most 100 KB and 200×100 px.

        ``link`` is the page a click on the logo opens (http or https). The file is
        checked before any request; see :func:`aiozstream.rules.logo.check_player_logo`.
        """
        info = check_player_logo(path)
        files, data = _logo_form(path, info, link)
        answer = self._client.request(
            routes.PLAYER_LOGO_UPLOAD, path_params={"id": player_id}, files=files, data=data
        )
        return PlayerTheme.model_validate(answer)

    def delete_logo(self, player_id: str) -> None:
        """Remove the logo of a player theme."""
        self._client.request(routes.PLAYER_LOGO_DELETE, path_params={"id": player_id})

    def assign(self, player_id: str, media_id: str) -> None:
        """Make a media play with this player theme."""
        body = _media_body(player_id, media_id)
        self._client.request(routes.PLAYER_ASSIGN, json=body)

    def unassign(self, player_id: str, media_id: str) -> None:
        """Remove this player theme from a media."""
        body = _media_body(player_id, media_id)
        self._client.request(routes.PLAYER_UNASSIGN, json=body)


class AsyncPlayersResource(Resource[AsyncAPIClient]):
    """Player themes with the asyncio client."""

    async def create(
        self,
        name: str | None = None,
        *,
        theme: ThemeInput | None = None,
        controls: ControlsInput | None = None,
        is_default: bool | None = None,
    ) -> PlayerThemeChange:
        """Create a player theme. Never retried on 5xx, because a retry could create two."""
        body, conversions = _create_body(name, theme, controls, is_default)
        answer = await self._client.request(routes.PLAYER_CREATE, json=body)
        return PlayerThemeChange(
            player_theme=_player_from_wrapper(answer),
            conversions=tuple(conversions),
            warnings=change_warnings(is_default=is_default, updated=False),
        )

    async def list(
        self,
        *,
        search: str | None = None,
        sort_by: str | None = None,
        order_by: str | None = None,
        offset: int = 0,
        limit: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncPage[PlayerTheme]:
        """Return one page of player themes; ``async for`` walks every following page."""
        filters = _list_filters(search, sort_by, order_by, offset, limit)

        async def fetch(page_offset: int) -> AsyncPage[PlayerTheme]:
            params = {**filters, "offset": page_offset, "limit": limit}
            answer = PlayerThemeList.model_validate(
                await self._client.request(routes.PLAYER_LIST, params=params) or {}
            )
            return AsyncPage(answer.player_themes, answer.total, page_offset, limit, fetch)

        return await fetch(offset)

    async def get(self, player_id: str) -> PlayerTheme:
        """Return one player theme by id."""
        answer = await self._client.request(routes.PLAYER_GET, path_params={"id": player_id})
        return _player_from_wrapper(answer)

    async def update(
        self,
        player_id: str,
        *,
        name: Any = NOT_GIVEN,
        theme: Any = NOT_GIVEN,
        controls: Any = NOT_GIVEN,
        is_default: Any = NOT_GIVEN,
    ) -> PlayerThemeChange:
        """Change only the fields passed; theme fields not given keep their values."""
        body, conversions = _update_body(name, theme, controls, is_default)
        answer = await self._client.request(
            routes.PLAYER_UPDATE, path_params={"id": player_id}, json=body
        )
        return PlayerThemeChange(
            player_theme=_player_from_update(player_id, answer),
            conversions=tuple(conversions),
            warnings=change_warnings(is_default=body.get("is_default"), updated=True),
        )

    async def delete(self, player_id: str, *, unassign_media: bool = False) -> builtins.list[str]:
        """Delete a player theme and return the ids of the media it was removed from.

        See :meth:`PlayersResource.delete`.
        """
        try:
            await self._client.request(routes.PLAYER_DELETE, path_params={"id": player_id})
            return []
        except (BadRequestError, ConflictError) as rejection:
            users = await self.media_using(player_id)
            if not users:
                raise
            if not unassign_media:
                raise PlayerInUseError(player_id, users) from rejection

        for media in users:
            await self.unassign(player_id, media.id)
        await self._client.request(routes.PLAYER_DELETE, path_params={"id": player_id})
        return [media.id for media in users]

    async def media_using(self, player_id: str) -> builtins.list[Media]:
        """Return every media whose ``player_theme_id`` is ``player_id`` (fetches every page)."""
        _require_id("player_id", player_id)
        first_page = await AsyncMediaResource(self._client).list(limit=MAX_PAGE_SIZE)
        return [media async for media in first_page if media.player_theme_id == player_id]

    async def upload_logo(
        self, player_id: str, path: str | Path, *, link: str | None = None
    ) -> PlayerTheme:
        """Upload a JPEG or PNG logo of at most 100 KB and 200×100 px, checked first."""
        info = check_player_logo(path)
        files, data = _logo_form(path, info, link)
        answer = await self._client.request(
            routes.PLAYER_LOGO_UPLOAD, path_params={"id": player_id}, files=files, data=data
        )
        return PlayerTheme.model_validate(answer)

    async def delete_logo(self, player_id: str) -> None:
        """Remove the logo of a player theme."""
        await self._client.request(routes.PLAYER_LOGO_DELETE, path_params={"id": player_id})

    async def assign(self, player_id: str, media_id: str) -> None:
        """Make a media play with this player theme."""
        body = _media_body(player_id, media_id)
        await self._client.request(routes.PLAYER_ASSIGN, json=body)

    async def unassign(self, player_id: str, media_id: str) -> None:
        """Remove this player theme from a media."""
        body = _media_body(player_id, media_id)
        await self._client.request(routes.PLAYER_UNASSIGN, json=body)


def _create_body(name, theme, controls, is_default) -> tuple[dict, list[Conversion]]:
    normalized, conversions = normalize_theme(theme)
    request = CreatePlayerThemeRequest(
        name=name,
        is_default=is_default,
        theme=ThemeSettings(**normalized) if normalized else None,
        controls=_control_settings(controls),
    )
    return request.to_wire(), conversions


def _update_body(name, theme, controls, is_default) -> tuple[dict, list[Conversion]]:
    normalized, conversions = normalize_theme(None if theme is NOT_GIVEN else theme)
    request = UpdatePlayerThemeRequest(
        name=None if name is NOT_GIVEN else name,
        is_default=None if is_default is NOT_GIVEN else is_default,
        theme=ThemeSettings(**normalized) if normalized else None,
        controls=_control_settings(None if controls is NOT_GIVEN else controls),
    )
    body = request.to_wire()
    if not body:
        raise InputError("players.nothing_to_update")
    return body, conversions


def _control_settings(controls: ControlsInput | None) -> ControlSettings | None:
    checked = normalize_controls(controls)
    return ControlSettings(**checked) if checked else None


def _list_filters(search, sort_by, order_by, offset: int, limit: int) -> dict[str, Any]:
    check_list_options(sort_by=sort_by, order_by=order_by, offset=offset, limit=limit)
    filters: dict[str, Any] = {}
    if search:
        filters["search"] = search
    if sort_by:
        filters["sort_by"] = sort_by
    if order_by:
        filters["order_by"] = order_by
    return filters


def _logo_form(path: str | Path, info: LogoInfo, link: str | None) -> tuple[dict, dict]:
    check_logo_link(link)
    file_path = Path(path)
    files = {"file": (file_path.name, file_path.read_bytes(), info.content_type)}
    data = {"link": link} if link is not None else {}
    return files, data


def _media_body(player_id: str, media_id: str) -> dict[str, str]:
    _require_id("player_id", player_id)
    _require_id("media_id", media_id)
    return PlayerThemeMediaRequest(media_id=media_id, player_theme_id=player_id).to_wire()


def _require_id(field: str, value: str) -> None:
    if value is None or not str(value).strip():
        raise InputError("input.empty_id", field=field)


def _player_from_wrapper(answer: Any) -> PlayerTheme:
    """Parse ``{"player_theme": {...}}``, the response data of create and get."""
    if isinstance(answer, dict) and isinstance(answer.get("player_theme"), dict):
        answer = answer["player_theme"]
    return PlayerTheme.model_validate(answer)


def _player_from_update(player_id: str, answer: Any) -> PlayerTheme:
    """Parse the update response data, which the OpenAPI document gives without the id."""
    fields = dict(answer) if isinstance(answer, dict) else {}
    fields.setdefault("id", player_id)
    return PlayerTheme.model_validate(fields)


def _as_dict(values: Mapping[str, object] | BaseModel | None) -> dict[str, object]:
    """Return the fields as a dict; a model's empty strings count as unset.

    The API returns ``""`` for theme fields that were never set, so a ``Theme``
    taken from one player can be passed to another as it is.
    """
    if values is None:
        return {}
    if isinstance(values, BaseModel):
        dumped = values.model_dump(exclude_none=True)
        return {field: value for field, value in dumped.items() if value != ""}
    return dict(values)
