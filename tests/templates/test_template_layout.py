"""Progress bar, percent, sizes and table layout of the response templates."""

from __future__ import annotations

import pytest

from aiozstream.templates import ChunkRow, render_upload_progress
from aiozstream.templates.layout import format_size, format_table, percent_done, progress_bar

MEBIBYTE = 1_048_576


def _progress_line(chunks: list[ChunkRow]) -> str:
    return render_upload_progress("t", chunks).splitlines()[2]


@pytest.mark.parametrize(
    ("done", "total", "percent", "bar"),
    [
        (0, 3, 0, "░░░░░░░░░░"),
        (1, 3, 33, "███░░░░░░░"),
        (2, 3, 66, "██████░░░░"),
        (3, 3, 100, "██████████"),
        (999, 1000, 99, "█████████░"),
        (1, 1000, 0, "░░░░░░░░░░"),
        (0, 0, 0, "░░░░░░░░░░"),
    ],
)
def test_percent_and_bar(done, total, percent, bar):
    assert percent_done(done, total) == percent
    assert progress_bar(percent) == bar


@pytest.mark.parametrize(("done", "total"), [(4, 3), (-1, 3), (0, -1)])
def test_percent_rejects_bad_counts(done, total):
    with pytest.raises(ValueError, match="invalid chunk counts"):
        percent_done(done, total)


@pytest.mark.parametrize("percent", [-1, 101])
def test_bar_rejects_bad_percent(percent):
    with pytest.raises(ValueError, match="invalid percent"):
        progress_bar(percent)


def test_progress_none_done():
    chunks = [ChunkRow(i, MEBIBYTE, False, "pending") for i in range(3)]

    assert _progress_line(chunks) == "Progress: ░░░░░░░░░░ 0% (0 of 3 chunks)"


def test_progress_one_of_three():
    chunks = [
        ChunkRow(0, MEBIBYTE, True, "done"),
        ChunkRow(1, MEBIBYTE, True, "uploading"),
        ChunkRow(2, MEBIBYTE, False, "pending"),
    ]

    assert _progress_line(chunks) == "Progress: ███░░░░░░░ 33% (1 of 3 chunks)"


def test_progress_all_done():
    chunks = [ChunkRow(i, MEBIBYTE, True, "done") for i in range(3)]

    assert _progress_line(chunks) == "Progress: ██████████ 100% (3 of 3 chunks)"


def test_progress_failed_not_counted():
    chunks = [ChunkRow(0, MEBIBYTE, True, "done"), ChunkRow(1, MEBIBYTE, True, "failed")]

    assert _progress_line(chunks) == "Progress: █████░░░░░ 50% (1 of 2 chunks)"


def test_progress_never_reaches_100_early():
    chunks = [ChunkRow(i, MEBIBYTE, True, "done") for i in range(199)]
    chunks.append(ChunkRow(199, MEBIBYTE, True, "uploading"))

    assert _progress_line(chunks) == "Progress: █████████░ 99% (199 of 200 chunks)"


def test_progress_pending_and_failed_rows():
    chunks = [
        ChunkRow(0, 50 * MEBIBYTE, True, "failed"),
        ChunkRow(1, 50 * MEBIBYTE, False, "pending"),
    ]

    lines = render_upload_progress("t", chunks).splitlines()

    assert lines[6] == "| 0     | 50 MB  | ✅ Valid    | ❌ Failed      |"
    assert lines[7] == "| 1     | 50 MB  | —          | ⬜ Pending     |"


def test_progress_table_widens_for_long_size():
    chunks = [ChunkRow(0, 5 * MEBIBYTE, True, "done"), ChunkRow(12345, 100, True, "uploading")]

    table = render_upload_progress("t", chunks).splitlines()[4:8]

    assert table == [
        "| Chunk | Size      | MD5 Status | Upload Status |",
        "|-------|-----------|------------|---------------|",
        "| 0     | 5 MB      | ✅ Valid    | ✅ Done        |",
        "| 12345 | < 0.01 MB | ✅ Valid    | ⏳ Uploading   |",
    ]


@pytest.mark.parametrize(
    ("size", "text"),
    [
        (50 * MEBIBYTE, "50 MB"),
        (10 * MEBIBYTE, "10 MB"),
        (571_228, "0.54 MB"),
        (MEBIBYTE + MEBIBYTE // 2, "1.5 MB"),
        (MEBIBYTE + MEBIBYTE // 100 * 5, "1.05 MB"),
        (MEBIBYTE - 1, "1 MB"),
        (5243, "0.01 MB"),
        (5242, "< 0.01 MB"),
        (1, "< 0.01 MB"),
        (0, "0 MB"),
        (1024 * MEBIBYTE, "1024 MB"),
    ],
)
def test_format_size(size, text):
    assert format_size(size) == text


def test_format_size_rejects_negative():
    with pytest.raises(ValueError, match="invalid size -1"):
        format_size(-1)


def test_table_widens_every_row():
    table = format_table(["Field", "Value"], [["a", "x"], ["b", "a much longer value"]], (5, 5))

    assert table.splitlines() == [
        "| Field | Value               |",
        "|-------|---------------------|",
        "| a     | x                   |",
        "| b     | a much longer value |",
    ]


def test_table_compact_form():
    table = format_table(["A", "B"], [["1", "2"]])

    assert table.splitlines() == ["| A | B |", "|---|---|", "| 1 | 2 |"]


def test_table_escapes_pipes_and_breaks():
    table = format_table(["A"], [["x | y\nz"]])

    assert table.splitlines()[2] == "| x \\| y z |"


def test_table_rejects_ragged_rows():
    with pytest.raises(ValueError, match="table row has 1 cells, expected 2"):
        format_table(["A", "B"], [["only one"]])


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"number": -1}, "invalid chunk number -1"),
        ({"size": -5}, "invalid size -5"),
        ({"state": "queued"}, "invalid state 'queued'"),
    ],
)
def test_chunk_row_rejects_bad_fields(fields, message):
    values = {"number": 0, "size": 1, "md5_ready": True, "state": "done", **fields}

    with pytest.raises(ValueError, match=message):
        ChunkRow(**values)
