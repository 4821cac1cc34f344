"""Tool results: Markdown text in the caller's language, with every known secret masked.

A tool builds a :class:`Reply` line by line and returns ``reply.result()``.
Errors become one-line ``is_error`` results through :func:`error_result`, so
no traceback ever reaches the client.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from mcp.types import CallToolResult, TextContent

from aiozstream import i18n
from aiozstream._core.redaction import redact
from aiozstream.errors import AiozError, CatalogError
from aiozstream.templates.layout import format_table


class Reply:
    """The Markdown result of one tool call, in ``lang``."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._blocks: list[str] = []

    def t(self, key: str, /, **params: object) -> str:
        """Return the catalog message ``key`` in this reply's language."""
        return i18n.t(key, self.lang, **params)

    def say(self, key: str, /, **params: object) -> Reply:
        """Add the catalog message ``key`` as a paragraph."""
        return self.text(self.t(key, **params))

    def text(self, text: str) -> Reply:
        """Add ``text`` as it is, for example a rendered template."""
        if text:
            self._blocks.append(text)
        return self

    def notice(self, text: str) -> Reply:
        """Add a warning or conversion note as a Markdown quote."""
        return self.text("\n".join(f"> {line}" for line in text.splitlines()))

    def table(
        self, columns: Sequence[str], rows: Iterable[Sequence[Any]], title: str | None = None
    ) -> Reply:
        """Add a Markdown table with empty ``None`` cells; a table without rows becomes a no-items line."""
        cells = [[_cell(value) for value in row] for row in rows]
        if title:
            self.text(f"**{title}**")
        if not cells:
            return self.say("mcp.no_items")
        return self.text(format_table(list(columns), cells))

    def fields(self, rows: Iterable[tuple[str, Any]], title: str | None = None) -> Reply:
        """Add a two-column Field/Value table, leaving out rows without a value."""
        shown = [(name, value) for name, value in rows if value not in (None, "", [])]
        return self.table([self.t("cli.col_field"), self.t("cli.col_value")], shown, title)

    def confirm(self, question: str, tool: str, argument: str) -> Reply:
        """Add a question for the user and how to go ahead once they agree."""
        self.text(question)
        return self.say("mcp.confirm_call_again", tool=tool, argument=argument)

    def prepend(self, text: str) -> None:
        """Put ``text`` before everything added so far."""
        self._blocks.insert(0, text)

    def result(self) -> CallToolResult:
        """Return the tool result; every registered secret is masked first."""
        return text_result("\n\n".join(self._blocks))


def text_result(text: str, *, is_error: bool = False) -> CallToolResult:
    """Return ``text`` as a tool result, secrets masked."""
    return CallToolResult(content=[TextContent(type="text", text=redact(text))], is_error=is_error)


def error_result(error: AiozError, lang: str) -> CallToolResult:
    """Return the one-line message of ``error`` as an ``is_error`` result."""
    message = error.render(lang) if isinstance(error, CatalogError) else str(error)
    return text_result(" ".join(message.splitlines()), is_error=True)


def yes_no(value: bool | None, lang: str) -> str:
    """Write a flag as the catalog's yes or no; ``None`` stays empty."""
    if value is None:
        return ""
    return i18n.t("players.value_yes" if value else "players.value_no", lang)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, (list, tuple)):
        return ", ".join(str(item) for item in value)
    return str(value)
