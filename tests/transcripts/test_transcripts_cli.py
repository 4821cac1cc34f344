"""``aioz transcripts`` as people and scripts use it, against the sandbox."""

from __future__ import annotations

import json

import pytest

from aiozstream.cli import _console
from tests.chapters.fixtures import UNKNOWN_MEDIA_ID

REMINDER = "was the default, so media {media_id} now has no default transcript"


@pytest.fixture
def terminal(monkeypatch):
    """Make the CLI believe it runs on a terminal, so it asks instead of stopping."""
    monkeypatch.setattr(_console, "is_terminal", lambda: True)


def transcript_languages(aioz, keys_env, media_id) -> list[tuple[str, bool]]:
    outcome = aioz("--json", "transcripts", "list", media_id, env=keys_env)
    assert outcome.exit_code == 0, outcome.output
    return [
        (item["language"], item["is_default"]) for item in json.loads(outcome.stdout)["transcripts"]
    ]


def test_add_list_default_delete_round_trip(aioz, keys_env, media_id, vtt):
    added = aioz("transcripts", "add", media_id, "vi", str(vtt), env=keys_env)
    made_default = aioz("transcripts", "default", media_id, "vi", env=keys_env)
    table = aioz("transcripts", "list", media_id, env=keys_env)
    deleted = aioz("transcripts", "delete", media_id, "vi", "--yes", env=keys_env)

    assert added.exit_code == 0, added.output
    assert f"Transcript in vi added to media {media_id}: " in added.stdout
    assert made_default.exit_code == 0, made_default.output
    assert f"The vi transcript is now the default of media {media_id}." in made_default.stdout
    assert table.exit_code == 0, table.output
    assert "1 of 1 transcripts" in table.stdout
    assert "│ vi " in table.stdout
    assert "✓" in table.stdout
    assert deleted.exit_code == 0, deleted.output
    assert f"Transcript in vi deleted from media {media_id}." in deleted.stdout
    assert transcript_languages(aioz, keys_env, media_id) == []


def test_add_as_default_json(aioz, keys_env, media_id, vtt):
    outcome = aioz(
        "--json", "transcripts", "add", media_id, "en", str(vtt), "--default", env=keys_env
    )

    assert outcome.exit_code == 0, outcome.output
    answer = json.loads(outcome.stdout)
    assert answer["kind"] == "added"
    assert answer["transcript"]["language"] == "en"
    assert answer["transcript"]["is_default"] is True
    assert answer["replaced"] is None
    assert transcript_languages(aioz, keys_env, media_id) == [("en", True)]


def test_same_primary_language_without_replace_exit_3(aioz, keys_env, sandbox, media_id, vtt):
    aioz("transcripts", "add", media_id, "en-GB", str(vtt), env=keys_env)
    sandbox.request_log.clear()

    outcome = aioz("transcripts", "add", media_id, "en-US", str(vtt), env=keys_env)

    assert outcome.exit_code == 3
    assert f"Media {media_id} already has a transcript in en-GB" in outcome.stderr
    assert "Add --replace to delete en-GB and add en-US" in outcome.stderr
    assert f"aioz transcripts delete {media_id} en-GB" in outcome.stderr
    assert len(outcome.stderr.strip().splitlines()) == 1
    assert [entry["route"] for entry in sandbox.requests()] == ["TRANSCRIPT_LIST"]
    assert transcript_languages(aioz, keys_env, media_id) == [("en-GB", False)]


def test_same_primary_language_json_exit_3(aioz, keys_env, media_id, vtt):
    aioz("transcripts", "add", media_id, "pt-PT", str(vtt), env=keys_env)

    outcome = aioz("--json", "transcripts", "add", media_id, "pt-BR", str(vtt), env=keys_env)

    assert outcome.exit_code == 3
    error = json.loads(outcome.stdout)
    assert error["kind"] == "error"
    assert error["error"] == "RuleError"
    assert "--replace" in error["message"]


def test_replace_swaps_the_transcript(aioz, keys_env, sandbox, media_id, vtt):
    aioz("transcripts", "add", media_id, "en-GB", str(vtt), env=keys_env)

    outcome = aioz(
        "--json", "transcripts", "add", media_id, "en-US", str(vtt), "--replace", env=keys_env
    )

    assert outcome.exit_code == 0, outcome.output
    assert "Deleting the transcript in en-GB to make room for en-US." in outcome.stderr
    assert json.loads(outcome.stdout)["replaced"]["language"] == "en-GB"
    assert transcript_languages(aioz, keys_env, media_id) == [("en-US", False)]


def test_replacing_the_default_reminds(aioz, keys_env, media_id, vtt):
    aioz("transcripts", "add", media_id, "es-ES", str(vtt), "--default", env=keys_env)

    outcome = aioz("transcripts", "add", media_id, "es-MX", str(vtt), "--replace", env=keys_env)

    assert outcome.exit_code == 0, outcome.output
    assert REMINDER.format(media_id=media_id) in outcome.stderr
    assert transcript_languages(aioz, keys_env, media_id) == [("es-MX", False)]


def test_terminal_asks_before_replacing(aioz, keys_env, media_id, vtt, terminal):
    aioz("transcripts", "add", media_id, "fr-FR", str(vtt), env=keys_env)

    declined = aioz("transcripts", "add", media_id, "fr-CA", str(vtt), input="n\n", env=keys_env)

    assert (
        "already has a transcript in fr-FR, the same primary language as fr-CA" in declined.stderr
    )
    assert declined.exit_code == 3
    assert transcript_languages(aioz, keys_env, media_id) == [("fr-FR", False)]

    accepted = aioz("transcripts", "add", media_id, "fr-CA", str(vtt), input="y\n", env=keys_env)

    assert accepted.exit_code == 0, accepted.output
    assert transcript_languages(aioz, keys_env, media_id) == [("fr-CA", False)]


def test_deleting_the_default_reminds(aioz, keys_env, media_id, vtt):
    aioz("transcripts", "add", media_id, "de", str(vtt), "--default", env=keys_env)
    aioz("transcripts", "add", media_id, "it", str(vtt), env=keys_env)

    deleted = aioz("--json", "transcripts", "delete", media_id, "de", "--yes", env=keys_env)
    other = aioz("transcripts", "delete", media_id, "it", "--yes", env=keys_env)

    assert deleted.exit_code == 0, deleted.output
    assert REMINDER.format(media_id=media_id) in deleted.stderr
    assert f"aioz transcripts default {media_id} LANGUAGE" in deleted.stderr
    assert json.loads(deleted.stdout)["was_default"] is True
    assert other.exit_code == 0, other.output
    assert "default" not in other.stderr


def test_reminder_in_chinese(aioz, keys_env, media_id, vtt):
    aioz("transcripts", "add", media_id, "ja", str(vtt), "--default", env=keys_env)

    outcome = aioz("--lang", "zh", "transcripts", "delete", media_id, "ja", "--yes", env=keys_env)

    assert outcome.exit_code == 0, outcome.output
    assert f"被删除的字幕(ja)是默认字幕,媒体 {media_id} 现在没有默认字幕。" in outcome.stderr
    assert f"已从媒体 {media_id} 删除 ja 字幕。" in outcome.stdout


def test_bad_input_exit_2_before_any_request(aioz, keys_env, sandbox, media_id, vtt, srt):
    cases = [
        (["transcripts", "add", media_id, "en_US", str(vtt)], "use en-US"),
        (
            ["transcripts", "add", media_id, "xx-!!", str(vtt)],
            "Invalid language tag for language: 'xx-!!'",
        ),
        (["transcripts", "add", media_id, "", str(vtt)], "Invalid language tag for language: ''"),
        (["transcripts", "add", media_id, "en", str(srt)], "not a WebVTT file"),
        (["transcripts", "default", media_id, "en_US"], "use en-US"),
        (["transcripts", "delete", media_id, "xx-!!", "--yes"], "'xx-!!'"),
        (["transcripts", "delete", media_id, "en"], "--yes"),
    ]
    for args, expected in cases:
        outcome = aioz(*args, env=keys_env)

        assert outcome.exit_code == 2, (args, outcome.output)
        assert expected in outcome.stderr, (args, outcome.stderr)
        assert len(outcome.stderr.strip().splitlines()) == 1, (args, outcome.stderr)
    assert sandbox.requests() == []


def test_unknown_media_exit_1(aioz, keys_env, vtt):
    outcome = aioz("transcripts", "add", UNKNOWN_MEDIA_ID, "en", str(vtt), env=keys_env)

    assert outcome.exit_code == 1
    assert f"media {UNKNOWN_MEDIA_ID} not found" in outcome.stderr
    assert len(outcome.stderr.strip().splitlines()) == 1
