"""Chinese messages against the strings the response templates give for Chinese."""

from __future__ import annotations

import string
from datetime import datetime, timezone

import pytest

from aiozstream.templates import (
    EVENTS,
    ChunkRow,
    en,
    render_event,
    render_upload_complete,
    render_upload_progress,
    zh,
)

MEBIBYTE = 1_048_576
MOMENT = datetime(2025, 3, 14, 9, 26, 53, tzinfo=timezone.utc)
STAMP = "2025-03-14 09:26:53"

CHUNKS = [
    ChunkRow(0, 50 * MEBIBYTE, True, "done"),
    ChunkRow(1, 50 * MEBIBYTE, True, "done"),
    ChunkRow(2, 10 * MEBIBYTE, True, "uploading"),
]
# Values the progress message shows for CHUNKS: 2 of 3 done.
PROGRESS_VALUES = {"{bar}": "██████░░░░", "{percent}": "66", "{done}": "2", "{total}": "3"}

TEMPLATE_KEYS = ["upload_progress", "upload_complete", *EVENTS]


def _render(key: str, lang: str) -> str:
    if key == "upload_progress":
        return render_upload_progress("{title}", CHUNKS, lang=lang)
    if key == "upload_complete":
        return render_upload_complete("{media_id}", "{title}", "video", MOMENT, lang=lang)
    return render_event(key, media_id="{media_id}", title="{title}", timestamp=MOMENT, lang=lang)


def _fill(span: str) -> str:
    for placeholder, value in {**PROGRESS_VALUES, "{timestamp}": STAMP}.items():
        span = span.replace(placeholder, value)
    return span


def _line_kind(line: str) -> str:
    for prefix in ("### ", "## ", "> ", "- [ ] ", "- ", "**", "|-", "|"):
        if line.startswith(prefix):
            return prefix
    if line[:2].rstrip(".").isdigit():
        return "numbered"
    return "blank" if not line else "text"


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


@pytest.mark.parametrize("key", TEMPLATE_KEYS)
def test_chinese_strings_present(template_document, key):
    rendered = _render(key, "zh")

    for span in template_document.chinese[key]:
        assert _fill(span) in rendered, f"{span!r} missing from the Chinese {key} message"


@pytest.mark.parametrize("key", TEMPLATE_KEYS)
def test_chinese_headings_are_whole_lines(template_document, key):
    lines = _render(key, "zh").splitlines()

    for span in template_document.chinese[key]:
        if span.startswith(("#", ">", "|")):
            assert _fill(span) in lines, f"{span!r} is not a line of the Chinese {key} message"


@pytest.mark.parametrize("key", TEMPLATE_KEYS)
def test_chinese_structure_line_for_line(key):
    english = _render(key, "en").splitlines()
    chinese = _render(key, "zh").splitlines()

    assert len(chinese) == len(english)
    assert [_line_kind(line) for line in chinese] == [_line_kind(line) for line in english]


def test_chinese_progress_lines():
    lines = render_upload_progress("假期", CHUNKS, lang="zh").splitlines()

    assert lines[0] == "## 📤 正在上传:假期"
    assert lines[2] == "进度:██████░░░░ 66%(已完成 2 个,共 3 个块)"
    assert lines[4] == "| 块 | 大小 | MD5状态 | 上传状态 |"
    assert lines[5] == "|---|---|---|---|"
    assert lines[6] == "| 0 | 50 MB | ✅ 有效 | ✅ 已完成 |"
    assert lines[8] == "| 2 | 10 MB | ✅ 有效 | ⏳ 上传中 |"
    assert lines[-1] == "> ⚠️ Clawbot仅在所有块都成功后才会调用 `/complete`。"


def test_chinese_chunk_failed_and_pending():
    chunks = [ChunkRow(0, MEBIBYTE, True, "failed"), ChunkRow(1, MEBIBYTE, False, "pending")]

    lines = render_upload_progress("t", chunks, lang="zh").splitlines()

    assert "| 0 | 1 MB | ✅ 有效 | ❌ 失败 |" in lines
    assert "| 1 | 1 MB | — | ⬜ 等待中 |" in lines


def test_chinese_field_labels():
    complete = render_upload_complete("m1", "标题一", "audio", MOMENT, lang="zh").splitlines()
    event = render_event("encoding_failed", media_id="m1", title="t", timestamp=MOMENT, lang="zh")

    assert complete[4:11] == [
        "| 字段 | 值 |",
        "|---|---|",
        "| **媒体 ID** | m1 |",
        "| **标题** | 标题一 |",
        "| **类型** | audio |",
        "| **状态** | `transcoding` |",
        f"| **上传时间** | {STAMP} UTC |",
    ]
    assert "| **事件** | `encoding_failed` |" in event.splitlines()
    assert "| **状态** | `fail` |" in event.splitlines()
    assert f"| **时间戳** | {STAMP} UTC |" in event.splitlines()


def test_chinese_links_and_audio():
    video = render_event("encoding_finished", media_id="m1", title="t", timestamp=MOMENT, lang="zh")
    audio = render_event(
        "encoding_finished",
        media_id="m1",
        title="t",
        timestamp=MOMENT,
        lang="zh",
        media_type="audio",
    )

    assert "- MP4: `https://api.aiozstream.network/api/media/m1/mp4`" in video.splitlines()
    assert "**其他**" in video.splitlines()
    assert "MP4" not in audio
    assert "- 源文件: `https://api.aiozstream.network/api/media/m1/source`" in audio.splitlines()


def test_chinese_assistant_renamed():
    rendered = render_event(
        "encoding_failed", media_id="m1", title="t", timestamp=MOMENT, lang="zh", assistant="小助手"
    )

    assert "小助手将自动引导您完成以下步骤:" in rendered.splitlines()
    assert '> 询问小助手:"重试我失败的上传"以自动开始该过程。' in rendered.splitlines()
    assert "Clawbot" not in rendered


def test_catalogs_share_keys():
    assert zh.TEXTS.keys() == en.TEXTS.keys()


@pytest.mark.parametrize("key", sorted(en.TEXTS))
def test_catalogs_share_placeholders(key):
    assert _placeholders(zh.TEXTS[key]) == _placeholders(en.TEXTS[key])


def test_english_widths_cover_tables():
    assert en.TABLE_MIN_WIDTHS is not None
    assert set(en.TABLE_MIN_WIDTHS) == set(TEMPLATE_KEYS)
