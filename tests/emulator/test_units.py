"""Unit tests of the sandbox's building blocks: store, Content-Range, rate limiter, faults."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aiozstream.emulator import FaultRule
from aiozstream.emulator.faults import FaultInjector
from aiozstream.emulator.gate import RateLimiter
from aiozstream.emulator.responses import ApiError
from aiozstream.emulator.store import Store, StoreError
from aiozstream.emulator.uploads import ByteRange, missing_ranges, parse_content_range


def test_store_persists_and_reloads(tmp_path: Path) -> None:
    store = Store(tmp_path, starting_balance=7)
    store.put("media", "m1", {"id": "m1", "title": "a"})
    store.set_balance(3)
    store.append_event("file_received", media_id="m1")

    reloaded = Store(tmp_path, starting_balance=999)

    assert reloaded.get("media", "m1") == {"id": "m1", "title": "a"}
    assert reloaded.balance == 3
    assert [event["type"] for event in reloaded.events()] == ["file_received"]


def test_store_leaves_only_state_file(tmp_path: Path) -> None:
    store = Store(tmp_path, starting_balance=1)
    for number in range(5):
        store.put("media", f"m{number}", {"id": f"m{number}"})

    assert sorted(path.name for path in tmp_path.iterdir()) == ["state.json"]
    assert json.loads((tmp_path / "state.json").read_text())["schema"] == 1


def test_store_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    store = Store(tmp_path, starting_balance=1)
    store.put("media", "m1", {"id": "m1", "title": "before"})

    with pytest.raises(RuntimeError):
        with store.transaction() as state:
            state["collections"]["media"]["m1"]["title"] = "half-done"
            raise RuntimeError("stop halfway")

    assert store.get("media", "m1")["title"] == "before"
    assert Store(tmp_path, starting_balance=1).get("media", "m1")["title"] == "before"


def test_store_returns_copies(tmp_path: Path) -> None:
    store = Store(tmp_path, starting_balance=1)
    store.put("media", "m1", {"id": "m1", "tags": ["a"]})

    store.get("media", "m1")["tags"].append("b")

    assert store.get("media", "m1")["tags"] == ["a"]


def test_store_charge_only_when_covered(tmp_path: Path) -> None:
    store = Store(tmp_path, starting_balance=1)

    assert store.charge(0.4) is True
    assert store.charge(0.7) is False
    assert store.balance == pytest.approx(0.6)


def test_store_rejects_unknown_schema(tmp_path: Path) -> None:
    (tmp_path / "state.json").write_text('{"schema": 99}')

    with pytest.raises(StoreError, match="unknown schema"):
        Store(tmp_path, starting_balance=1)


def test_store_rejects_corrupt_state(tmp_path: Path) -> None:
    (tmp_path / "state.json").write_text("{not json")

    with pytest.raises(StoreError, match="cannot read"):
        Store(tmp_path, starting_balance=1)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("bytes 0-99/100", ByteRange(0, 99, 100)),
        ("bytes 100-149/150", ByteRange(100, 149, 150)),
        ("Bytes  5-5/6", ByteRange(5, 5, 6)),
    ],
)
def test_parse_content_range(header: str, expected: ByteRange) -> None:
    assert parse_content_range(header) == expected


@pytest.mark.parametrize(
    "header",
    [
        None,
        "",
        "bytes */100",
        "bytes 0-99/*",
        "part 1/*",
        "bytes 5-4/10",
        "bytes 0-10/10",
        "bytes a-b/c",
    ],
)
def test_parse_content_range_rejects(header: str | None) -> None:
    with pytest.raises(ApiError) as caught:
        parse_content_range(header)

    assert caught.value.status == 400


@pytest.mark.parametrize(
    ("received", "total", "gaps"),
    [
        ([(0, 9)], 10, []),
        ([], 10, [(0, 9)]),
        ([(5, 9)], 10, [(0, 4)]),
        ([(0, 2), (6, 7)], 10, [(3, 5), (8, 9)]),
        ([(6, 9), (0, 5)], 10, []),
    ],
)
def test_missing_ranges(
    received: list[tuple[int, int]], total: int, gaps: list[tuple[int, int]]
) -> None:
    assert missing_ranges(received, total) == gaps


def test_rate_limiter_window() -> None:
    now = [100.0]
    limiter = RateLimiter(limit=2, window=60, clock=lambda: now[0])

    first, second, third = limiter.hit(), limiter.hit(), limiter.hit()
    now[0] += 61
    fresh = limiter.hit()

    assert (first.allowed, second.allowed, third.allowed) == (True, True, False)
    assert (first.remaining, second.remaining, third.remaining) == (1, 0, 0)
    assert third.retry_after == 60
    assert fresh.allowed is True
    assert fresh.remaining == 1


def test_fault_counting() -> None:
    faults = FaultInjector([FaultRule(kind="error", nth=2, times=2)])

    fired = [bool(faults.evaluate("MEDIA_PART")) for _ in range(5)]
    other_route = faults.evaluate("MEDIA_GET")

    assert fired == [False, True, True, False, False]
    assert other_route == []
    assert faults.rules()[0]["seen"] == 5
    assert faults.rules()[0]["fired"] == 2


def test_fault_with_part_index_waits_for_index() -> None:
    faults = FaultInjector([FaultRule(kind="drop", part_index=2)])

    at_start = faults.evaluate("MEDIA_PART")
    other_index = faults.evaluate("MEDIA_PART", part_index=1)
    its_index = faults.evaluate("MEDIA_PART", part_index=2)

    assert at_start == []
    assert other_index == []
    assert [rule.kind for rule in its_index] == ["drop"]


def test_fault_rule_from_dict_names_bad_field() -> None:
    with pytest.raises(ValueError, match="unknown fault fields: colour"):
        FaultRule.from_dict({"kind": "error", "colour": "red"})
