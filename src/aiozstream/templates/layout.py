"""Layout helpers for the response templates: Markdown tables, the progress bar, sizes and times.

Every helper is pure, so a rendered message depends only on its inputs.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone

BAR_CELLS = 10
BAR_FILLED = "█"
BAR_EMPTY = "░"
MEBIBYTE = 1_048_576
TIMESTAMP_FORMAT = "%Y-%m-%d %H:%M:%S"


def percent_done(done: int, total: int) -> int:
    """Return the whole percent of ``done`` out of ``total``, rounded down.

    Rounding down means 100 appears only when every chunk is done. Zero chunks
    count as 0%. Raise ``ValueError`` unless ``0 <= done <= total``.
    """
    if not 0 <= done <= total:
        raise ValueError(
            f"invalid chunk counts: {done} done of {total}, expected 0 <= done <= total"
        )
    if total == 0:
        return 0
    return done * 100 // total


def progress_bar(percent: int) -> str:
    """Draw ``percent`` (0 to 100) as 10 cells, one filled cell per whole 10%."""
    if not 0 <= percent <= 100:
        raise ValueError(f"invalid percent {percent}, expected 0 to 100")
    filled = percent // 10
    return BAR_FILLED * filled + BAR_EMPTY * (BAR_CELLS - filled)


def format_size(size: int) -> str:
    """Format a byte count in MB (1 MB = 1,048,576 bytes) with at most two decimals.

    Half a hundredth rounds up, and trailing zeros are dropped: ``50 MB``,
    ``1.5 MB``, ``0.54 MB``. A non-empty size that would round to zero shows
    as ``< 0.01 MB``, so a small last chunk never reads as empty.
    """
    if size < 0:
        raise ValueError(f"invalid size {size}: a byte count cannot be negative")

    # Integer arithmetic keeps the rounding exact for any size.
    hundredths = (size * 200 + MEBIBYTE) // (2 * MEBIBYTE)
    if hundredths == 0 and size > 0:
        return "< 0.01 MB"

    whole, fraction = divmod(hundredths, 100)
    if fraction == 0:
        return f"{whole} MB"
    return f"{whole}.{fraction:02d}".rstrip("0") + " MB"


def format_timestamp(moment: datetime) -> str:
    """Format ``moment`` in UTC as ``YYYY-MM-DD HH:MM:SS``.

    An aware datetime is converted to UTC. A naive datetime is taken to be in
    UTC already.
    """
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return moment.strftime(TIMESTAMP_FORMAT)


def single_line(text: str) -> str:
    """Replace line breaks with spaces, so a value cannot break a heading or a table row."""
    return " ".join(text.splitlines()) if ("\n" in text or "\r" in text) else text


def format_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    min_widths: Sequence[int] | None = None,
) -> str:
    """Lay out a Markdown table and return its lines joined by newlines.

    With ``min_widths``, the table is column-aligned: each column is as wide as
    its minimum or its longest cell, whichever is more, and every row of the
    column is padded to that width. A value longer than the template's column
    therefore widens the whole column instead of breaking the alignment. Widths
    count code points, as the English templates do, so an emoji counts as one.

    Without ``min_widths``, cells are not padded and the separator is ``---``.
    Chinese tables use this form, because padding by code points cannot align
    Han characters, which take two cells in a terminal.

    A ``|`` inside a cell is escaped as ``\\|`` and line breaks become spaces.
    """
    cells = [[_table_cell(text) for text in row] for row in (header, *rows)]
    for row in cells:
        if len(row) != len(header):
            raise ValueError(f"table row has {len(row)} cells, expected {len(header)}: {row}")

    if min_widths is None:
        separator = "|" + "|".join("---" for _ in header) + "|"
        lines = ["| " + " | ".join(row) + " |" for row in cells]
        lines.insert(1, separator)
        return "\n".join(lines)

    if len(min_widths) != len(header):
        raise ValueError(f"{len(min_widths)} minimum widths given for {len(header)} columns")
    widths = [
        max(minimum, *(len(row[column]) for row in cells))
        for column, minimum in enumerate(min_widths)
    ]
    separator = "|" + "|".join("-" * (width + 2) for width in widths) + "|"
    lines = [
        "| " + " | ".join(text.ljust(width) for text, width in zip(row, widths, strict=True)) + " |"
        for row in cells
    ]
    lines.insert(1, separator)
    return "\n".join(lines)


def _table_cell(text: str) -> str:
    return single_line(text).replace("|", "\\|")
