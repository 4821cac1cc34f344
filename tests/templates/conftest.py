"""Fixtures that parse the product's response templates document, ``TEMPLATES_MD``.

The English code blocks are compared character for character with the
renderer's output. ``fill_block`` substitutes values into a block and widens
each table column the way the renderer promises: a column keeps its width in
the block unless a value is longer, and then every row is padded to that value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

TEMPLATES_MD = Path(__file__).parents[2].parent / "shared" / "TEMPLATES.md"
CHINESE_SECTION = "## 中文"

# English headings in the templates document and the template each one shows.
_BLOCK_KEYS = {
    "During upload (after each successful chunk)": "upload_progress",
    "After `/media/:id/complete`": "upload_complete",
    "Webhook `file_received`": "file_received",
    "Webhook `encoding_started`": "encoding_started",
    "Webhook `partial_finished`": "partial_finished",
    "Webhook `encoding_finished`": "encoding_finished",
    "Webhook `encoding_failed`": "encoding_failed",
}

# Labels of the Chinese bullets and the template each one describes.
_CHINESE_KEYS = {
    "Upload progress": "upload_progress",
    "Upload complete": "upload_complete",
    "`file_received`": "file_received",
    "`encoding_started`": "encoding_started",
    "`partial_finished`": "partial_finished",
    "`encoding_finished`": "encoding_finished",
    "`encoding_failed`": "encoding_failed",
}

# A code span, allowing backslash-escaped backticks inside it.
_CODE_SPAN = re.compile(r"`((?:\\`|[^`])+)`")


@dataclass(frozen=True)
class QuickReferenceRow:
    event: str
    status: str
    one_line: str


@dataclass(frozen=True)
class TemplateDocument:
    english: dict[str, str]
    """English code block of each template, keyed by template name."""
    chinese: dict[str, list[str]]
    """Code spans of each Chinese bullet, keyed by template name, escapes removed."""
    quick_reference: list[QuickReferenceRow]


@pytest.fixture(scope="session")
def template_document() -> TemplateDocument:
    assert TEMPLATES_MD.is_file(), f"response templates not found at {TEMPLATES_MD}; clone next to shared/"
    text = TEMPLATES_MD.read_text(encoding="utf-8")
    english, chinese = text.split(CHINESE_SECTION, 1)
    return TemplateDocument(
        english=_english_blocks(english),
        chinese=_chinese_spans(chinese),
        quick_reference=_quick_reference(english),
    )


@pytest.fixture(scope="session")
def fill_block() -> Callable[[str, Mapping[str, str]], str]:
    return substitute_block


def substitute_block(block: str, values: Mapping[str, str]) -> str:
    """Replace each key of ``values`` in ``block`` in one pass, widening table columns."""
    output: list[str] = []
    table: list[str] = []
    for line in [*block.splitlines(), None]:
        if line is not None and line.startswith("|"):
            table.append(line)
            continue
        if table:
            output.extend(_substitute_table(table, values))
            table = []
        if line is not None:
            output.append(_substitute(line, values))
    return "\n".join(output)


def _substitute(text: str, values: Mapping[str, str]) -> str:
    if not values:
        return text
    pattern = "|".join(re.escape(key) for key in sorted(values, key=len, reverse=True))
    return re.sub(pattern, lambda match: values[match.group(0)], text)


def _substitute_table(lines: list[str], values: Mapping[str, str]) -> list[str]:
    rows = [line.split("|")[1:-1] for line in lines]
    widths = [len(cell) - 2 for cell in rows[0]]
    separator_index = 1
    contents = [
        [_substitute(cell.strip(), values) for cell in row]
        for index, row in enumerate(rows)
        if index != separator_index
    ]
    for row in contents:
        widths = [max(width, len(cell)) for width, cell in zip(widths, row, strict=True)]
    rendered = [
        "| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + " |"
        for row in contents
    ]
    rendered.insert(separator_index, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return rendered


def _english_blocks(section: str) -> dict[str, str]:
    blocks = dict(re.findall(r"^### (.+?)\n\n```\n(.*?)\n```", section, re.MULTILINE | re.DOTALL))
    return {key: blocks[heading] for heading, key in _BLOCK_KEYS.items()}


def _chinese_spans(section: str) -> dict[str, list[str]]:
    spans: dict[str, list[str]] = {}
    for line in section.splitlines():
        if not line.startswith("- "):
            continue
        label, _, rest = line[2:].partition(": ")
        if label in _CHINESE_KEYS:
            found = [span.replace("\\`", "`") for span in _CODE_SPAN.findall(rest)]
            spans[_CHINESE_KEYS[label]] = found
    assert spans.keys() == set(_CHINESE_KEYS.values()), "a Chinese template bullet is missing"
    return spans


def _quick_reference(section: str) -> list[QuickReferenceRow]:
    rows = []
    for line in section.splitlines():
        if line.startswith("| `"):
            event, status, form = (cell.strip() for cell in line.split("|")[1:-1])
            rows.append(QuickReferenceRow(event.strip("`"), status.strip("`"), form))
    return rows
