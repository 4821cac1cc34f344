"""Rendered messages against the response templates, character for character."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from aiozstream.templates import (
    EVENT_STATUS,
    EVENTS,
    ChunkRow,
    LinkHosts,
    one_line,
    render_event,
    render_upload_complete,
    render_upload_progress,
)

MEBIBYTE = 1_048_576
MOMENT = datetime(2025, 3, 14, 9, 26, 53, tzinfo=timezone.utc)
STAMP = "2025-03-14 09:26:53"

# Placeholder strings as values keep every column at its template width,
# except the timestamp, which always widens the value column.
PLACEHOLDER_VALUES = {"media_id": "{media_id}", "title": "{title}"}
REAL_VALUES = {
    "media_id": "a3f9c2d1-7b4e-4c8a-9f1e-2d6b8c0e5a47",
    "title": "Sunset over Hạ Long Bay",
}

EXAMPLE_CHUNKS = [
    ChunkRow(0, 50 * MEBIBYTE, True, "done"),
    ChunkRow(1, 50 * MEBIBYTE, True, "done"),
    ChunkRow(2, 50 * MEBIBYTE, True, "done"),
    ChunkRow(3, 50 * MEBIBYTE, True, "done"),
    ChunkRow(4, 10 * MEBIBYTE, True, "uploading"),
]
EXAMPLE_PROGRESS = {"{bar}": "████████░░", "{percent}": "80", "{done}": "4", "{total}": "5"}

DEFAULT_API = "https://api.aiozstream.network/api"
DEFAULT_EMBED = "https://embed.aiozstream.network"


def _replacements(values: dict[str, str], **extra: str) -> dict[str, str]:
    replacements = {"{" + key + "}": value for key, value in values.items()}
    replacements["{timestamp}"] = STAMP
    replacements.update(extra)
    return replacements


def _without_mp4_line(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith("- MP4:"))


def test_upload_progress_matches_example(template_document, fill_block):
    block = template_document.english["upload_progress"]

    rendered = render_upload_progress("{title}", EXAMPLE_CHUNKS)

    assert rendered == fill_block(block, EXAMPLE_PROGRESS)


def test_upload_progress_real_title(template_document, fill_block):
    block = template_document.english["upload_progress"]
    title = REAL_VALUES["title"]

    rendered = render_upload_progress(title, EXAMPLE_CHUNKS)

    assert rendered == fill_block(block, {**EXAMPLE_PROGRESS, "{title}": title})


@pytest.mark.parametrize("values", [PLACEHOLDER_VALUES, REAL_VALUES], ids=["placeholders", "real"])
def test_upload_complete_matches_template(template_document, fill_block, values):
    block = template_document.english["upload_complete"]

    rendered = render_upload_complete(values["media_id"], values["title"], "video", MOMENT)

    assert rendered == fill_block(block, _replacements(values, **{"{type}": "video"}))


def test_upload_complete_placeholder_type(template_document, fill_block):
    block = template_document.english["upload_complete"]

    rendered = render_upload_complete("{media_id}", "{title}", "{type}", MOMENT)

    assert rendered == fill_block(block, {"{timestamp}": STAMP})


@pytest.mark.parametrize("values", [PLACEHOLDER_VALUES, REAL_VALUES], ids=["placeholders", "real"])
@pytest.mark.parametrize("event", EVENTS)
def test_event_matches_template(template_document, fill_block, event, values):
    block = template_document.english[event]

    rendered = render_event(event, timestamp=MOMENT, **values)

    assert rendered == fill_block(block, _replacements(values))


def test_encoding_finished_audio_drops_mp4(template_document, fill_block):
    block = template_document.english["encoding_finished"]
    expected = _without_mp4_line(fill_block(block, _replacements(PLACEHOLDER_VALUES)))

    rendered = render_event(
        "encoding_finished", timestamp=MOMENT, media_type="audio", **PLACEHOLDER_VALUES
    )

    assert rendered == expected
    assert "/mp4`" not in rendered
    assert "- Source:" in rendered


def test_encoding_finished_custom_hosts(template_document, fill_block):
    block = template_document.english["encoding_finished"]
    links = LinkHosts(
        api_base="http://127.0.0.1:8765/api/", embed_base="http://127.0.0.1:8765/embed"
    )
    replacements = _replacements(
        REAL_VALUES,
        **{DEFAULT_API: "http://127.0.0.1:8765/api", DEFAULT_EMBED: "http://127.0.0.1:8765/embed"},
    )

    rendered = render_event("encoding_finished", timestamp=MOMENT, links=links, **REAL_VALUES)

    assert rendered == fill_block(block, replacements)
    assert "aiozstream.network" not in rendered


def test_media_urls_default_hosts():
    urls = LinkHosts().media_urls("m1")

    assert urls["hls_stream_url"] == f"{DEFAULT_API}/media/m1/manifest.m3u8"
    assert urls["dash_player_url"] == f"{DEFAULT_EMBED}/vod/dash/m1"
    assert urls["thumbnail_url"] == f"{DEFAULT_API}/media/m1/thumbnail?resolution=original"


@pytest.mark.parametrize("key", ["upload_progress", *EVENTS])
def test_assistant_renamed_everywhere(template_document, fill_block, key):
    block = template_document.english[key]

    if key == "upload_progress":
        rendered = render_upload_progress("{title}", EXAMPLE_CHUNKS, assistant="Aria")
        expected = fill_block(block, {**EXAMPLE_PROGRESS, "Clawbot": "Aria"})
    else:
        rendered = render_event(key, timestamp=MOMENT, assistant="Aria", **PLACEHOLDER_VALUES)
        expected = fill_block(block, _replacements(PLACEHOLDER_VALUES, Clawbot="Aria"))

    assert rendered == expected
    assert "Clawbot" not in rendered


def test_one_line_forms_match_quick_reference(template_document):
    rows = template_document.quick_reference

    assert [row.event for row in rows] == list(EVENTS)
    for row in rows:
        assert one_line(row.event) == row.one_line
        assert EVENT_STATUS[row.event] == row.status


def test_one_line_assistant_renamed():
    assert one_line("encoding_failed", assistant="Aria") == (
        "❌ Encoding failed. Aria will guide you through a retry."
    )
    assert "Aria" in one_line("encoding_failed", "zh", assistant="Aria")


def test_aware_timestamp_shown_in_utc():
    hanoi = timezone(timedelta(hours=7))
    moment = datetime(2025, 3, 14, 16, 26, 53, tzinfo=hanoi)

    rendered = render_event("file_received", media_id="m1", title="t", timestamp=moment)

    assert f"| {STAMP} UTC |" in rendered


def test_naive_timestamp_taken_as_utc():
    rendered = render_upload_complete("m1", "t", "audio", MOMENT.replace(tzinfo=None))

    assert f"| {STAMP} UTC |" in rendered


def test_title_pipe_escaped_in_table():
    rendered = render_event("file_received", media_id="m1", title="Q&A | Part 2", timestamp=MOMENT)

    assert "| **Title**     | Q&A \\| Part 2" in rendered


def test_title_line_breaks_flattened():
    rendered = render_upload_progress("Line one\nline two", EXAMPLE_CHUNKS)

    assert rendered.splitlines()[0] == "## 📤 Uploading: Line one line two"


def test_unknown_event_rejected():
    with pytest.raises(ValueError, match="unknown webhook event 'video.created'"):
        render_event("video.created", media_id="m1", title="t", timestamp=MOMENT)
    with pytest.raises(ValueError, match="unknown webhook event"):
        one_line("encoding_done")


def test_unknown_language_rejected():
    with pytest.raises(ValueError, match="unsupported language 'fr'"):
        render_upload_progress("t", EXAMPLE_CHUNKS, lang="fr")
    with pytest.raises(ValueError, match="unsupported language"):
        one_line("file_received", lang="zh-CN")


def test_unknown_media_type_rejected():
    with pytest.raises(ValueError, match="invalid media type 'image'"):
        render_event(
            "encoding_finished", media_id="m1", title="t", timestamp=MOMENT, media_type="image"
        )
