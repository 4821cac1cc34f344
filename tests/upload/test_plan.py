"""The chunk plan: counts, boundaries and refusals."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aiozstream._constants import MAX_CHUNK_SIZE, MIB, MIN_CHUNK_SIZE
from aiozstream.errors import InputError
from aiozstream.upload.plan import check_chunk_size, plan_chunks

C = 5 * MIB


def assert_plan_covers(size: int, chunk_size: int) -> None:
    chunks = plan_chunks(size, chunk_size)
    assert len(chunks) == -(-size // chunk_size)
    assert [chunk.number for chunk in chunks] == list(range(1, len(chunks) + 1))
    assert chunks[0].start == 0
    assert chunks[-1].end == size - 1
    for before, after in zip(chunks, chunks[1:], strict=False):
        assert after.start == before.end + 1
    assert all(chunk.length == chunk_size for chunk in chunks[:-1])
    assert 0 < chunks[-1].length <= chunk_size
    assert sum(chunk.length for chunk in chunks) == size


@pytest.mark.parametrize("size", [1, C - 1, C, C + 1, 2 * C, 2 * C + 1, 10 * C - 1])
def test_plan_edges(size):
    assert_plan_covers(size, C)


def test_plan_exact_multiple_has_no_empty_tail():
    chunks = plan_chunks(2 * C, C)
    assert len(chunks) == 2
    assert chunks[-1].length == C


def test_plan_content_range_is_inclusive():
    chunks = plan_chunks(C + 10, C)
    assert chunks[0].content_range(C + 10) == f"bytes 0-{C - 1}/{C + 10}"
    assert chunks[1].content_range(C + 10) == f"bytes {C}-{C + 9}/{C + 10}"


@given(size=st.integers(min_value=1, max_value=10 * 1024**3), chunk_size=st.integers(MIN_CHUNK_SIZE, MAX_CHUNK_SIZE))
def test_plan_random_sizes(size, chunk_size):
    assert_plan_covers(size, chunk_size)


def test_plan_refuses_empty_file():
    with pytest.raises(InputError):
        plan_chunks(0, C)


@pytest.mark.parametrize("size", [MIN_CHUNK_SIZE - 1, MAX_CHUNK_SIZE + 1, 0])
def test_chunk_size_outside_bounds_refused(size):
    with pytest.raises(InputError) as caught:
        check_chunk_size(size)
    assert "5" in str(caught.value)
    assert "200" in str(caught.value)


@pytest.mark.parametrize("size", [MIN_CHUNK_SIZE, 50 * MIB, MAX_CHUNK_SIZE])
def test_chunk_size_bounds_accepted(size):
    assert check_chunk_size(size) == size
