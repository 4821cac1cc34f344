"""Playlist moves: the plan's neighbors put the item where the user asked."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aiozstream.errors import InputError
from aiozstream.rules.playlist_position import MovePlan, plan_move

ITEMS = ["a", "b", "c", "d", "e"]


class LinkedPlaylist:
    """A doubly linked playlist that applies a move body and checks its neighbors.

    By the move rule, ``next_id`` alone must be the first item, ``previous_id``
    alone the last, and the two together must be adjacent.
    """

    def __init__(self, item_ids: list[str]) -> None:
        self.head = item_ids[0] if item_ids else None
        self.next = dict(zip(item_ids, [*item_ids[1:], None], strict=True))
        self.previous = dict(zip(item_ids, [None, *item_ids[:-1]], strict=True))

    def order(self) -> list[str]:
        item_ids, item = [], self.head
        while item is not None:
            item_ids.append(item)
            item = self.next[item]
        return item_ids

    def unlink(self, item: str) -> None:
        before, after = self.previous[item], self.next[item]
        if before is None:
            self.head = after
        else:
            self.next[before] = after
        if after is not None:
            self.previous[after] = before

    def link(self, item: str, before: str | None, after: str | None) -> None:
        self.previous[item], self.next[item] = before, after
        if before is None:
            self.head = item
        else:
            self.next[before] = item
        if after is not None:
            self.previous[after] = item

    def move(self, body: dict[str, str]) -> None:
        current = body["current_id"]
        next_id, previous_id = body.get("next_id"), body.get("previous_id")
        assert next_id is not None or previous_id is not None
        self.unlink(current)

        if previous_id is None:
            assert next_id == self.head, "top: next_id must be the first item"
        elif next_id is None:
            assert self.next[previous_id] is None, "bottom: previous_id must be the last item"
        else:
            assert self.next[previous_id] == next_id, "between: the neighbors must be adjacent"
        self.link(current, previous_id, next_id)


def expected_order(item_ids: list[str], current: str, index: int) -> list[str]:
    others = [item for item in item_ids if item != current]
    others.insert(index, current)
    return others


@pytest.mark.parametrize(
    ("current", "target", "plan"),
    [
        ("c", {"top": True}, MovePlan("c", next_id="a", previous_id=None)),
        ("c", {"bottom": True}, MovePlan("c", next_id=None, previous_id="e")),
        ("a", {"bottom": True}, MovePlan("a", next_id=None, previous_id="e")),
        ("e", {"top": True}, MovePlan("e", next_id="a", previous_id=None)),
        ("a", {"before": "d"}, MovePlan("a", next_id="d", previous_id="c")),
        ("e", {"after": "a"}, MovePlan("e", next_id="b", previous_id="a")),
        ("b", {"after": "e"}, MovePlan("b", next_id=None, previous_id="e")),
        ("d", {"before": "a"}, MovePlan("d", next_id="a", previous_id=None)),
        ("a", {"position": 3}, MovePlan("a", next_id="d", previous_id="c")),
        ("e", {"position": "2"}, MovePlan("e", next_id="b", previous_id="a")),
        ("b", {"position": 5}, MovePlan("b", next_id=None, previous_id="e")),
    ],
)
def test_move_plans(current, target, plan):
    assert plan_move(ITEMS, current, **target) == plan


def test_body_top_sends_next_only():
    assert plan_move(ITEMS, "c", top=True).to_body() == {"current_id": "c", "next_id": "a"}


def test_body_bottom_sends_previous_only():
    assert plan_move(ITEMS, "c", bottom=True).to_body() == {"current_id": "c", "previous_id": "e"}


def test_body_between_sends_both():
    body = plan_move(ITEMS, "a", before="d").to_body()
    assert body == {"current_id": "a", "next_id": "d", "previous_id": "c"}


@pytest.mark.parametrize(
    ("current", "target"),
    [
        ("a", {"top": True}),
        ("e", {"bottom": True}),
        ("c", {"before": "d"}),
        ("c", {"after": "b"}),
        ("c", {"position": 3}),
        ("a", {"position": "1"}),
    ],
)
def test_already_there_unchanged(current, target):
    assert plan_move(ITEMS, current, **target) is None


def test_single_item_unchanged():
    assert plan_move(["only"], "only", top=True) is None
    assert plan_move(["only"], "only", bottom=True) is None
    assert plan_move(["only"], "only", position=1) is None


@pytest.mark.parametrize(
    "target",
    [
        {},
        {"top": True, "bottom": True},
        {"before": "a", "after": "b"},
        {"top": True, "position": 1},
    ],
)
def test_one_target_required(target):
    with pytest.raises(InputError) as caught:
        plan_move(ITEMS, "c", **target)
    assert caught.value.key == "rules.playlist_target_count"


def test_unknown_current_rejected():
    with pytest.raises(InputError) as caught:
        plan_move(ITEMS, "zzz", top=True)
    assert caught.value.key == "rules.playlist_item_unknown"
    assert "'zzz'" in caught.value.render("en")


@pytest.mark.parametrize("target", [{"before": "zzz"}, {"after": ""}])
def test_unknown_neighbor_rejected(target):
    with pytest.raises(InputError) as caught:
        plan_move(ITEMS, "c", **target)
    assert caught.value.key == "rules.playlist_item_unknown"
    assert caught.value.params["field"] in target


@pytest.mark.parametrize("target", [{"before": "c"}, {"after": "c"}])
def test_relative_to_itself_rejected(target):
    with pytest.raises(InputError) as caught:
        plan_move(ITEMS, "c", **target)
    assert caught.value.key == "rules.playlist_move_self"
    assert "'c'" in caught.value.render("en")


@pytest.mark.parametrize("position", [0, 6, -1, "0", "x", "1.5", "", True, 2.0, "２"])
def test_position_out_of_range_rejected(position):
    with pytest.raises(InputError) as caught:
        plan_move(ITEMS, "c", position=position)
    assert caught.value.key == "rules.playlist_position_invalid"
    message = caught.value.render("en")
    assert "position" in message
    assert "1 to 5" in message


def test_empty_playlist_rejected():
    with pytest.raises(InputError) as caught:
        plan_move([], "a", top=True)
    assert caught.value.key == "rules.playlist_item_unknown"


@st.composite
def moves(draw):
    item_ids = draw(st.lists(st.text(min_size=1, max_size=4), min_size=1, max_size=12, unique=True))
    current = draw(st.sampled_from(item_ids))
    others = [item for item in item_ids if item != current]
    kinds = ["top", "bottom", "position"] + (["before", "after"] if others else [])
    kind = draw(st.sampled_from(kinds))

    if kind == "top":
        return item_ids, current, {"top": True}, 0
    if kind == "bottom":
        return item_ids, current, {"bottom": True}, len(others)
    if kind == "position":
        position = draw(st.integers(min_value=1, max_value=len(item_ids)))
        return item_ids, current, {"position": position}, position - 1
    neighbor = draw(st.sampled_from(others))
    index = others.index(neighbor) + (1 if kind == "after" else 0)
    return item_ids, current, {kind: neighbor}, index


@given(moves())
def test_plan_applied_to_linked_list(move):
    item_ids, current, target, index = move
    wanted = expected_order(item_ids, current, index)

    plan = plan_move(item_ids, current, **target)

    if wanted == item_ids:
        assert plan is None
        return
    assert plan is not None
    playlist = LinkedPlaylist(item_ids)
    playlist.move(plan.to_body())
    assert playlist.order() == wanted
    assert (plan.previous_id is None) == (wanted[0] == current)
    assert (plan.next_id is None) == (wanted[-1] == current)
