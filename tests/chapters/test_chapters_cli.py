"""``aioz chapters`` as people and scripts use it, against the sandbox."""

from __future__ import annotations

import json

from tests.chapters.fixtures import UNKNOWN_MEDIA_ID


def test_add_list_delete_round_trip(aioz, keys_env, media_id, vtt):
    added = aioz("chapters", "add", media_id, "en", str(vtt), env=keys_env)
    table = aioz("chapters", "list", media_id, env=keys_env)
    listed = aioz("--json", "chapters", "list", media_id, env=keys_env)
    deleted = aioz("chapters", "delete", media_id, "en", "--yes", env=keys_env)
    after = aioz("--json", "chapters", "list", media_id, env=keys_env)

    assert added.exit_code == 0, added.output
    assert f"Chapters in en added to media {media_id}: " in added.stdout
    assert table.exit_code == 0, table.output
    assert "1 of 1 chapter files" in table.stdout
    assert "│ en " in table.stdout
    assert json.loads(listed.stdout)["total"] == 1
    assert json.loads(listed.stdout)["chapters"][0]["language"] == "en"
    assert json.loads(listed.stdout)["chapters"][0]["url"].endswith(
        f"/media/{media_id}/chapters/en.vtt"
    )
    assert deleted.exit_code == 0, deleted.output
    assert f"Chapters in en deleted from media {media_id}." in deleted.stdout
    assert json.loads(after.stdout) == {"total": 0, "chapters": []}


def test_add_json_output(aioz, keys_env, media_id, vtt):
    outcome = aioz("--json", "chapters", "add", media_id, "zh-Hans", str(vtt), env=keys_env)

    assert outcome.exit_code == 0, outcome.output
    answer = json.loads(outcome.stdout)
    assert answer["kind"] == "added"
    assert answer["media_id"] == media_id
    assert answer["chapter"]["language"] == "zh-Hans"


def test_tag_in_standard_form_with_notice(aioz, keys_env, sandbox, media_id, vtt):
    outcome = aioz("chapters", "add", media_id, "en-gb", str(vtt), env=keys_env)

    assert outcome.exit_code == 0, outcome.output
    assert "Converted language from en-gb to en-GB." in outcome.stderr
    assert sandbox.requests(route="CHAPTER_CREATE")[0]["path"].endswith("/chapters/en-GB")


def test_second_chapter_same_language_exit_1(aioz, keys_env, media_id, vtt):
    first = aioz("chapters", "add", media_id, "fr", str(vtt), env=keys_env)
    second = aioz("chapters", "add", media_id, "fr", str(vtt), env=keys_env)

    assert first.exit_code == 0, first.output
    assert second.exit_code == 1
    assert "already has chapters in language fr" in second.stderr
    assert len(second.stderr.strip().splitlines()) == 1


def test_bad_input_exit_2_before_any_request(aioz, keys_env, sandbox, media_id, vtt, srt, tmp_path):
    cases = [
        (["chapters", "add", media_id, "en_US", str(vtt)], "use en-US"),
        (
            ["chapters", "add", media_id, "xx-!!", str(vtt)],
            "Invalid language tag for language: 'xx-!!'",
        ),
        (["chapters", "add", media_id, "", str(vtt)], "Invalid language tag for language: ''"),
        (["chapters", "add", media_id, "en", str(srt)], "not a WebVTT file"),
        (["chapters", "add", media_id, "en", str(tmp_path / "none.vtt")], "file not found"),
        (["chapters", "delete", media_id, "en_US", "--yes"], "use en-US"),
        (["chapters", "delete", media_id, "en"], "--yes"),
    ]
    for args, expected in cases:
        outcome = aioz(*args, env=keys_env)

        assert outcome.exit_code == 2, (args, outcome.output)
        assert expected in outcome.stderr, (args, outcome.stderr)
        assert len(outcome.stderr.strip().splitlines()) == 1, (args, outcome.stderr)
        assert "Traceback" not in outcome.output
    assert sandbox.requests() == []


def test_bad_tag_needs_no_keys(aioz, sandbox, media_id, vtt):
    outcome = aioz("--base-url", sandbox.base_url, "chapters", "add", media_id, "en_US", str(vtt))

    assert outcome.exit_code == 2
    assert "use en-US" in outcome.stderr
    assert "AIOZ_PUBLIC_KEY" not in outcome.stderr


def test_unknown_media_exit_1(aioz, keys_env, vtt):
    outcome = aioz("chapters", "add", UNKNOWN_MEDIA_ID, "en", str(vtt), env=keys_env)

    assert outcome.exit_code == 1
    assert f"media {UNKNOWN_MEDIA_ID} not found" in outcome.stderr


def test_help_shows_an_example(aioz):
    outcome = aioz("chapters", "--help")

    assert outcome.exit_code == 0
    assert "aioz chapters add MEDIA_ID en chapters.vtt" in outcome.stdout
