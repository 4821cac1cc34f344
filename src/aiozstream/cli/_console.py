"""The only place that imports rich: consoles, tables, the upload view.

Data for scripts (``--json``) goes to stdout; prompts, progress bars and
errors go to stderr. Template text is printed as plain text, never parsed as
rich markup, so it stays exactly as the templates define it.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable, Sequence
from typing import Any

from rich.console import Console, Group
from rich.live import Live
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)
from rich.table import Table
from rich.text import Text

PIPE_WIDTH = 1000  # columns available to tables when stdout is not a terminal

stdout = Console(highlight=False, soft_wrap=True)
stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def print_text(text: str) -> None:
    """Print plain text to stdout, with no markup or highlighting."""
    stdout.print(Text(text), soft_wrap=True)


def print_notice(text: str) -> None:
    """Print a notice or warning to stderr."""
    stderr.print(Text(text), soft_wrap=True)


def print_error(text: str) -> None:
    """Print a one-line error to stderr."""
    stderr.print(Text(text, style="bold red"), soft_wrap=True)


def print_json(data: Any) -> None:
    """Print one JSON object on one line to stdout."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


def print_table(columns: Sequence[str], rows: Iterable[Sequence[Any]], title: str | None = None) -> None:
    """Print a table for people to stdout."""
    # A title wraps at the table's width, so the table is made at least as wide as its title.
    table = Table(title=title, show_lines=False, min_width=len(title) + 4 if title else None)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if cell is None else str(cell) for cell in row))
    # In a pipe there is no screen to fit, so ids and URLs stay whole on one line.
    if stdout.is_terminal:
        stdout.print(table)
    else:
        Console(file=sys.stdout, width=PIPE_WIDTH, highlight=False).print(table)


def is_terminal() -> bool:
    """Tell whether stdin and stderr are a terminal, so prompts and live views make sense."""
    return sys.stdin.isatty() and stderr.is_terminal


class UploadView:
    """Live view of an upload for people: the progress template above a byte bar with speed.

    On a terminal the template block is redrawn in place; elsewhere each block
    is printed once, after each accepted chunk.
    """

    def __init__(self, live: bool) -> None:
        self._live_enabled = live
        self._template = ""
        self._progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            TaskProgressColumn(),
            DownloadColumn(binary_units=True),
            TransferSpeedColumn(),
            TimeRemainingColumn(),
            console=stderr,
        )
        self._task = None
        self._live: Live | None = None

    def __enter__(self) -> UploadView:
        if self._live_enabled:
            self._live = Live(self._render(), console=stderr, refresh_per_second=8, transient=False)
            self._live.__enter__()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._live is not None:
            self._live.update(self._render())
            self._live.__exit__(*exc_info)
            self._live = None

    def start(self, description: str, total_bytes: int, already: int) -> None:
        self._task = self._progress.add_task(description, total=total_bytes, completed=already)
        self._refresh()

    def bytes_done(self, count: int) -> None:
        if self._task is not None:
            self._progress.update(self._task, completed=count)
            self._refresh()

    def refresh_template(self, text: str) -> None:
        """Redraw the template in place on a terminal; elsewhere print nothing until a chunk is done."""
        if self._live is not None:
            self._template = text
            self._refresh()

    def show_template(self, text: str) -> None:
        if self._live is not None:
            self._template = text
            self._refresh()
            return
        if self._template:
            print_text("")
        print_text(text)
        self._template = text

    def _render(self) -> Group:
        parts: list[Any] = []
        if self._template:
            parts.append(Text(self._template))
        if self._task is not None:
            parts.append(self._progress)
        return Group(*parts)

    def _refresh(self) -> None:
        if self._live is not None:
            self._live.update(self._render())


class Throttle:
    """Rate limiter: ``ready()`` is true at most once per ``interval`` seconds, or when forced."""

    def __init__(self, interval: float) -> None:
        self._interval = interval
        self._last = 0.0

    def ready(self, force: bool = False) -> bool:
        now = time.monotonic()
        if force or now - self._last >= self._interval:
            self._last = now
            return True
        return False
