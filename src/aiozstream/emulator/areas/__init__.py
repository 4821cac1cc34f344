"""API areas of the sandbox, one module per area, each exporting a ``ROUTES`` list."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response

from aiozstream import routes

if TYPE_CHECKING:
    from aiozstream.emulator.context import Sandbox

Handler = Callable[[Request, "Sandbox"], Awaitable[Response]]

_ROUTE_NAMES = {
    value: name for name, value in vars(routes).items() if isinstance(value, routes.Route)
}


@dataclass(frozen=True)
class ApiRoute:
    """One endpoint of the sandbox: the route from :mod:`aiozstream.routes` and its handler."""

    route: routes.Route
    handler: Handler
    applies_own_faults: bool = False
    """True when the handler checks the fault rules itself (part uploads do, because a
    rule may name a part index that is only known inside the body)."""

    @property
    def name(self) -> str:
        """Name of the route constant, such as ``MEDIA_PART``; fault rules and the log use it."""
        return _ROUTE_NAMES[self.route]
