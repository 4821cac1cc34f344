"""Tool calls against a sandbox: upload with progress, rules, confirmations, secrets kept out."""

from __future__ import annotations

import re

import anyio
import pytest

from aiozstream.templates import render_upload_complete, render_upload_progress
from aiozstream.templates.render import ChunkRow
from tests.conftest import FIXTURES, PLANTED_SECRET
from tests.mcp.support import Recorder, mcp_session, text_of

VIDEO = FIXTURES / "558k.mp4"
VIDEO_BYTES = 571_228
INSUFFICIENT_EN = (
    "⚠️ Your account balance is insufficient to transcode with the requested quality presets. "
    "Please top up your AIOZ wallet before proceeding."
)
INSUFFICIENT_ZH = "⚠️ 您的账户余额不足以使用所请求的质量预设进行转码。请在继续之前为您的AIOZ钱包充值。"
UPLOADED_ROW = re.compile(r"\| \*\*Uploaded\*\* \| (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) UTC")
MEDIA_ID_ROW = re.compile(r"\| \*\*Media ID\*\* \| (\S+)")


def run_session(sandbox, tmp_path, scenario, recorder: Recorder | None = None):
    """Run ``scenario(session, recorder)`` against a server with the sandbox's keys in its environment."""
    recorder = recorder or Recorder()
    keys = (sandbox.config.public_key, sandbox.config.secret_key)

    async def main():
        async with mcp_session(
            "--base-url", sandbox.base_url, "mcp", keys=keys, errlog=tmp_path / "stderr.txt", recorder=recorder
        ) as session:
            return await scenario(session, recorder)

    return anyio.run(main)


def test_upload_sends_progress_and_complete_template(sandbox, tmp_path):
    async def scenario(session, recorder):
        result = await session.call_tool(
            "media_upload", {"file": str(VIDEO), "chunk_size_mib": 5}, progress_callback=recorder.on_progress
        )
        return result

    recorder = Recorder()
    result = run_session(sandbox, tmp_path, scenario, recorder)
    text = text_of(result)

    assert not result.is_error, text
    media_id = MEDIA_ID_ROW.search(text).group(1)
    uploaded = UPLOADED_ROW.search(text).group(1)
    from datetime import datetime

    expected = render_upload_complete(media_id, "558k", "video", datetime.fromisoformat(uploaded))
    assert expected in text
    assert text.index("## 🎉 Upload Complete!") < text.index(f"/media/{media_id}/manifest.m3u8")
    assert f"{sandbox.base_url}/media/{media_id}/mp4" in text

    progress_template = render_upload_progress("558k", [ChunkRow(0, VIDEO_BYTES, True, "done")])
    assert progress_template in recorder.log_texts()
    assert all(entry.logger == "aiozstream.upload" for entry in recorder.logs)
    assert recorder.progress, "no progress notification arrived"
    assert recorder.progress[-1][:2] == (VIDEO_BYTES, VIDEO_BYTES)
    assert [progress for progress, _, _ in recorder.progress] == sorted(p for p, _, _ in recorder.progress)
    assert len(sandbox.requests("MEDIA_COMPLETE")) == 1


def test_insufficient_balance_blocks_with_exact_message(sandbox, tmp_path):
    sandbox.store.set_balance(0)

    async def scenario(session, recorder):
        english = await session.call_tool("media_upload", {"file": str(VIDEO), "qualities": ["720p"]})
        chinese = await session.call_tool(
            "media_upload", {"file": str(VIDEO), "qualities": ["720p", "1080p"], "lang": "zh"}
        )
        return english, chinese

    english, chinese = run_session(sandbox, tmp_path, scenario)

    assert english.is_error
    assert text_of(english) == INSUFFICIENT_EN
    assert chinese.is_error
    assert text_of(chinese) == INSUFFICIENT_ZH
    assert len(sandbox.requests("MEDIA_COST")) == 2
    assert sandbox.requests("MEDIA_CREATE") == []


def test_delete_asks_for_confirmation_first(sandbox, tmp_path, sdk_like_media):
    media_id = sdk_like_media(sandbox)

    async def scenario(session, recorder):
        question = await session.call_tool("media_delete", {"media_id": media_id})
        deleted_before = len(sandbox.requests("MEDIA_DELETE"))
        done = await session.call_tool("media_delete", {"media_id": media_id, "confirm": True})
        return question, deleted_before, done

    question, deleted_before, done = run_session(sandbox, tmp_path, scenario)

    assert not question.is_error
    assert f"Delete media {media_id} and its files?" in text_of(question)
    assert "`media_delete` again with `confirm: true`" in text_of(question)
    assert deleted_before == 0
    assert text_of(done) == f"Media {media_id} deleted."
    assert len(sandbox.requests("MEDIA_DELETE")) == 1


def test_errors_are_one_line_without_request(sandbox, tmp_path):
    async def scenario(session, recorder):
        blank = await session.call_tool("media_get", {"media_id": "  "})
        missing_file = await session.call_tool("media_upload", {"file": str(tmp_path / "nope.mp4")})
        unknown = await session.call_tool("media_get", {"media_id": "00000000-0000-0000-0000-000000000000"})
        bad_color = await session.call_tool("players_create", {"theme": {"main_color": "not-a-color"}})
        return blank, missing_file, unknown, bad_color

    blank, missing_file, unknown, bad_color = run_session(sandbox, tmp_path, scenario)

    for result in (blank, missing_file, unknown, bad_color):
        assert result.is_error
        assert "\n" not in text_of(result)
        assert "Traceback" not in text_of(result)
    assert text_of(blank) == "The media_id is empty. Pass the id shown by the list command."
    assert "nope.mp4" in text_of(missing_file)
    assert "main_color" in text_of(bad_color)
    assert "HTTP 404" in text_of(unknown)
    assert sandbox.requests("MEDIA_CREATE") == []
    assert sandbox.requests("PLAYER_CREATE") == []
    assert len(sandbox.requests("MEDIA_GET")) == 1


def test_player_conversions_and_warnings_reported(sandbox, tmp_path):
    async def scenario(session, recorder):
        return await session.call_tool(
            "players_create",
            {"name": "Brand", "is_default": True, "theme": {"main_color": "#ff0000", "control_bar_height": "40"}},
        )

    result = run_session(sandbox, tmp_path, scenario)
    text = text_of(result)

    assert not result.is_error, text
    assert "rgba(255, 0, 0, 1)" in text
    assert "40px" in text
    assert "clears the default on all your other player themes" in text
    assert "up to 10 minutes" in text
    sent = sandbox.requests("PLAYER_CREATE")
    assert len(sent) == 1


def test_secrets_kept_out_of_results(sandbox, tmp_path):
    async def scenario(session, recorder):
        created = await session.call_tool("api_keys_create", {"name": "ci", "ttl": "30d"})
        listed = await session.call_tool("api_keys_list", {})
        me = await session.call_tool("whoami", {"lang": "zh"})
        upload = await session.call_tool("media_upload", {"file": str(VIDEO)}, progress_callback=recorder.on_progress)
        return created, listed, me, upload

    recorder = Recorder()
    created, listed, me, upload = run_session(sandbox, tmp_path, scenario, recorder)
    secret = re.search(r"Secret key: (\S+)", text_of(created)).group(1)

    assert not created.is_error
    assert "cannot be retrieved again" in text_of(created)
    assert secret != PLANTED_SECRET
    assert secret not in text_of(listed)
    assert "| 字段 | 值 |" in text_of(me)
    everything = [text_of(result) for result in (created, listed, me, upload)] + recorder.log_texts()
    everything.append((tmp_path / "stderr.txt").read_text(encoding="utf-8"))
    assert not [text for text in everything if PLANTED_SECRET in text]


@pytest.fixture
def sdk_like_media():
    """Create a media record through the SDK and return its id."""

    def create(sandbox) -> str:
        from aiozstream import Client

        with Client(sandbox.config.public_key, sandbox.config.secret_key, base_url=sandbox.base_url) as client:
            return client.media.create("to delete").id

    return create


def test_transcript_replace_needs_second_call(sandbox, tmp_path, sdk_like_media):
    media_id = sdk_like_media(sandbox)
    british = tmp_path / "en-GB.vtt"
    british.write_text("WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHello\n", encoding="utf-8")

    async def scenario(session, recorder):
        first = await session.call_tool(
            "transcripts_add", {"media_id": media_id, "language": "EN-gb", "file": str(british), "make_default": True}
        )
        question = await session.call_tool(
            "transcripts_add", {"media_id": media_id, "language": "en-US", "file": str(british)}
        )
        replaced = await session.call_tool(
            "transcripts_add", {"media_id": media_id, "language": "en-US", "file": str(british), "replace": True}
        )
        listed = await session.call_tool("transcripts_list", {"media_id": media_id})
        return first, question, replaced, listed

    first, question, replaced, listed = run_session(sandbox, tmp_path, scenario)

    assert not first.is_error, text_of(first)
    assert "Converted language from EN-gb to en-GB." in text_of(first)
    assert not question.is_error
    assert "already has a transcript in en-GB" in text_of(question)
    assert "`transcripts_add` again with `replace: true`" in text_of(question)
    assert "Transcript in en-US added" in text_of(replaced)
    assert "now has no default transcript" in text_of(replaced)
    assert "en-US" in text_of(listed)
    assert "en-GB" not in text_of(listed)


def test_player_in_use_needs_unassign(sandbox, tmp_path, sdk_like_media):
    from aiozstream import Client

    media_id = sdk_like_media(sandbox)
    with Client(sandbox.config.public_key, sandbox.config.secret_key, base_url=sandbox.base_url) as client:
        player_id = client.players.create("In use").player_theme.id
        client.players.assign(player_id, media_id)

    async def scenario(session, recorder):
        in_use = await session.call_tool("players_delete", {"player_id": player_id, "confirm": True})
        deleted = await session.call_tool(
            "players_delete", {"player_id": player_id, "confirm": True, "unassign": True}
        )
        return in_use, deleted

    in_use, deleted = run_session(sandbox, tmp_path, scenario)

    assert not in_use.is_error
    assert f"Player theme {player_id} is assigned to 1 media" in text_of(in_use)
    assert media_id in text_of(in_use)
    assert "`players_delete` again with `unassign: true`" in text_of(in_use)
    assert f"Player theme {player_id} removed from media {media_id}." in text_of(deleted)
    assert f"Player theme {player_id} deleted." in text_of(deleted)


def test_failed_encoding_retried_after_confirm(sandbox, tmp_path):
    from aiozstream.emulator import FaultRule

    sandbox.faults.add(FaultRule(kind="fail_transcode", route="MEDIA_COMPLETE", nth=1))

    async def scenario(session, recorder):
        first = await session.call_tool("media_upload", {"file": str(VIDEO), "title": "Talk"})
        failed_id = MEDIA_ID_ROW.search(text_of(first)).group(1)
        sandbox.wait_for_status(failed_id, ("fail",))
        shown = await session.call_tool("media_get", {"media_id": failed_id})
        question = await session.call_tool("media_retry", {"media_id": failed_id, "file": str(VIDEO)})
        retried = await session.call_tool(
            "media_retry", {"media_id": failed_id, "file": str(VIDEO), "confirm": True}
        )
        again = await session.call_tool("media_retry", {"media_id": failed_id, "file": str(VIDEO)})
        return failed_id, shown, question, retried, again

    failed_id, shown, question, retried, again = run_session(sandbox, tmp_path, scenario)

    assert "## ❌ Encoding Failed" in text_of(shown)
    assert f"DELETE /media/{failed_id}" in text_of(shown)
    assert "`media_retry` again with `confirm: true`" in text_of(question)
    assert not retried.is_error, text_of(retried)
    new_id = MEDIA_ID_ROW.search(text_of(retried)).group(1)
    assert new_id != failed_id
    assert "| **Title**    | Talk" in text_of(retried)
    assert f"Step 1/5 · Deleting the failed media {failed_id}" in text_of(retried)
    assert again.is_error, "a deleted media cannot be retried twice"
    assert len(sandbox.requests("MEDIA_DELETE")) == 1
