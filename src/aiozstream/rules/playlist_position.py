"""Computes the body of a playlist move from the playlist's current order.

AIOZ keeps playlist items in a linked list. A move names the item to move
(``current_id``) and its new neighbors:

* to the top: only ``next_id``, the current first item;
* to the bottom: only ``previous_id``, the current last item;
* between two items: both ``previous_id`` and ``next_id``.

The neighbors are those of the target place in the playlist with the moved
item taken out. The caller must fetch the playlist right before the move,
because a stale order gives the wrong neighbors.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from aiozstream.errors import InputError


@dataclass(frozen=True)
class MovePlan:
    """The ids to send to the playlist move endpoint."""

    current_id: str
    """The item to move."""
    next_id: str | None
    """The item that will follow it, or ``None`` when it moves to the bottom."""
    previous_id: str | None
    """The item that will precede it, or ``None`` when it moves to the top."""

    def to_body(self) -> dict[str, str]:
        """Return the request body, without the neighbor that does not exist."""
        body = {"current_id": self.current_id}
        if self.next_id is not None:
            body["next_id"] = self.next_id
        if self.previous_id is not None:
            body["previous_id"] = self.previous_id
        return body


def plan_move(
    item_ids: Sequence[str],
    current_id: str,
    *,
    top: bool = False,
    bottom: bool = False,
    before: str | None = None,
    after: str | None = None,
    position: int | str | None = None,
) -> MovePlan | None:
    """Compute the move of ``current_id`` to exactly one target, or ``None`` if it is already there.

    ``item_ids`` is the playlist's order as just fetched, and ids are unique in a
    playlist. ``position`` is 1-based and counts in the final order, so
    ``position=1`` is the top and ``position=len(item_ids)`` the bottom. On
    ``None`` the caller tells the user that nothing changes and sends no
    request. Raises :class:`InputError` for zero or several targets, an id
    that is not in the playlist, a move relative to the item itself, or a
    position out of range.
    """
    chosen = [top, bottom, before is not None, after is not None, position is not None]
    if sum(chosen) != 1:
        raise InputError("rules.playlist_target_count")

    items = list(item_ids)
    if current_id not in items:
        raise InputError("rules.playlist_item_unknown", field="item", value=current_id)
    current_index = items.index(current_id)
    others = [item for item in items if item != current_id]

    if top:
        target_index = 0
    elif bottom:
        target_index = len(others)
    elif before is not None:
        target_index = _index_of_neighbor(others, current_id, before, "before")
    elif after is not None:
        target_index = _index_of_neighbor(others, current_id, after, "after") + 1
    else:
        target_index = _check_position(position, len(items)) - 1

    if target_index == current_index:
        return None
    return MovePlan(
        current_id=current_id,
        next_id=others[target_index] if target_index < len(others) else None,
        previous_id=others[target_index - 1] if target_index > 0 else None,
    )


def _index_of_neighbor(others: list[str], current_id: str, neighbor_id: str, field: str) -> int:
    if neighbor_id == current_id:
        raise InputError("rules.playlist_move_self", field=field, value=neighbor_id)
    if neighbor_id not in others:
        raise InputError("rules.playlist_item_unknown", field=field, value=neighbor_id)
    return others.index(neighbor_id)


def _check_position(position: object, item_count: int) -> int:
    """Return ``position``, an int or a string of digits, as an int from 1 to ``item_count``."""
    number: int | None = None
    if isinstance(position, int) and not isinstance(position, bool):
        number = position
    elif isinstance(position, str) and position.strip().isdecimal() and position.strip().isascii():
        number = int(position.strip())

    if number is None or not 1 <= number <= item_count:
        raise InputError(
            "rules.playlist_position_invalid", field="position", value=position, maximum=item_count
        )
    return number
