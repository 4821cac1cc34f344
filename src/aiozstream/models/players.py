"""Models of the player theme area, as AIOZ's OpenAPI document names them.

A player theme has a ``theme`` (colors and sizes), ``controls`` (booleans) and an
``asset`` (the logo). The API accepts colors only as ``rgba(r, g, b, a)`` and sizes
only as ``Npx``; :func:`aiozstream.resources.players.normalize_theme` converts other
forms before a request and reports each conversion.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, Field

from aiozstream import i18n
from aiozstream.models._base import RequestModel, ResponseModel
from aiozstream.rules.colors import Conversion

THEME_COLOR_FIELDS = (
    "text_color",
    "main_color",
    "control_bar_background_color",
    "menu_background_color",
    "menu_item_background_hover",
    "text_track_color",
    "text_track_background",
)
"""Theme fields that hold a color, sent as ``rgba(r, g, b, a)``."""

THEME_SIZE_FIELDS = ("control_bar_height", "progress_bar_height", "progress_bar_circle_size")
"""Theme fields that hold a size, sent as ``Npx``."""

THEME_FIELDS = THEME_COLOR_FIELDS + THEME_SIZE_FIELDS

CONTROL_FIELDS = ("enable_api", "enable_controls", "force_autoplay", "force_loop", "hide_title")
"""Boolean switches of the player."""

PLAYER_SORT_FIELDS = ("created_at", "name")
SORT_ORDERS = ("asc", "desc")

WARNING_DEFAULT_CLEARS_OTHERS = "players.warning_default"
"""Catalog key: making a theme the default clears the default on every other theme."""

WARNING_CDN_PROPAGATION = "players.warning_cdn"
"""Catalog key: theme changes may take up to 10 minutes to reach viewers through the CDN."""


class _ThemeFields(BaseModel):
    text_color: str | None = None
    """Color of the player's texts, ``rgba(r, g, b, a)`` like every color field."""
    main_color: str | None = None
    """Main (accent) color of the player."""
    control_bar_background_color: str | None = None
    """Background color of the control bar."""
    menu_background_color: str | None = None
    """Background color of the settings menus."""
    menu_item_background_hover: str | None = None
    """Background color of a menu item under the pointer."""
    text_track_color: str | None = None
    """Color of subtitle text."""
    text_track_background: str | None = None
    """Background color behind subtitle text."""
    control_bar_height: str | None = None
    """Height of the control bar, ``Npx``."""
    progress_bar_height: str | None = None
    """Height of the progress bar, ``Npx``."""
    progress_bar_circle_size: str | None = None
    """Size of the progress bar's circle handle, ``Npx``."""


class Theme(_ThemeFields, ResponseModel):
    """Colors and sizes of a player theme as the API returns them."""


class ThemeSettings(_ThemeFields, RequestModel):
    """Colors and sizes sent to the API, already in ``rgba()`` and ``px`` form."""


class _ControlFields(BaseModel):
    enable_api: bool | None = None
    """Allow control of the player through its JavaScript API."""
    enable_controls: bool | None = None
    """Show the control bar."""
    force_autoplay: bool | None = None
    """Start playing as soon as the player loads."""
    force_loop: bool | None = None
    """Start again from the beginning after the end."""
    hide_title: bool | None = None
    """Hide the media title."""


class PlayerControls(_ControlFields, ResponseModel):
    """Switches of a player theme as the API returns them."""


class ControlSettings(_ControlFields, RequestModel):
    """Switches sent to the API."""


class PlayerThemeAsset(ResponseModel):
    """The logo of a player theme."""

    logo_link: str | None = None
    """Page that opens when a viewer clicks the logo."""
    logo_image_link: str | None = None
    """URL of the uploaded logo image; empty when there is none."""


class PlayerTheme(ResponseModel):
    """A player theme: the look and behaviour of the embedded player."""

    id: str
    name: str | None = None
    user_id: str | None = None
    is_default: bool | None = None
    """Whether this is the account's default theme; setting it clears the default on the others."""
    theme: Theme | None = None
    controls: PlayerControls | None = None
    asset: PlayerThemeAsset | None = None
    created_at: str | None = None


class PlayerThemeList(ResponseModel):
    """One page of ``GET /players``."""

    player_themes: list[PlayerTheme] = Field(default_factory=list)
    total: int = 0


class CreatePlayerThemeRequest(RequestModel):
    """Body of ``POST /players``; every field is optional."""

    name: str | None = None
    is_default: bool | None = None
    theme: ThemeSettings | None = None
    controls: ControlSettings | None = None


class UpdatePlayerThemeRequest(RequestModel):
    """Body of ``PATCH /players/{id}``; only the fields given are changed."""

    name: str | None = None
    is_default: bool | None = None
    theme: ThemeSettings | None = None
    controls: ControlSettings | None = None


class PlayerThemeMediaRequest(RequestModel):
    """Body of ``POST /players/add-player`` and ``POST /players/remove-player``."""

    media_id: str
    player_theme_id: str


@dataclass(frozen=True)
class PlayerThemeChange:
    """A created or updated player theme with the notices that every face shows the user.

    ``conversions`` lists the colors and sizes rewritten into the API's form, and
    ``warnings`` contains catalog keys (:data:`WARNING_DEFAULT_CLEARS_OTHERS`,
    :data:`WARNING_CDN_PROPAGATION`). :meth:`notices` renders both.
    """

    player_theme: PlayerTheme
    conversions: tuple[Conversion, ...] = ()
    warnings: tuple[str, ...] = ()

    def notices(self, lang: str | None = None) -> list[str]:
        """Return one line per conversion, then one per warning, in ``lang``."""
        lines = [conversion.render(lang) for conversion in self.conversions]
        lines += [i18n.t(key, lang) for key in self.warnings]
        return lines
