"""Base of the resource classes: each keeps the client that sends its requests."""

from __future__ import annotations

from typing import Generic, TypeVar

ClientT = TypeVar("ClientT")


class Resource(Generic[ClientT]):
    """One API area bound to a sync or async core client."""

    def __init__(self, client: ClientT) -> None:
        self._client = client
