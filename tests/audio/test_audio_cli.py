"""``aioz audio``: the media commands for audio, against the sandbox."""

from __future__ import annotations

import json

from tests.chapters.fixtures import UNKNOWN_MEDIA_ID
from tests.conftest import REPO_ROOT

SAMPLE_AUDIO = REPO_ROOT / "samples" / "sample.m4a"
SAMPLE_VIDEO = REPO_ROOT / "samples" / "sample.mp4"


def upload_audio(aioz, keys_env, *options: str) -> str:
    outcome = aioz("--json", "audio", "upload", str(SAMPLE_AUDIO), *options, env=keys_env)
    assert outcome.exit_code == 0, outcome.output
    result = json.loads(outcome.stdout.strip().splitlines()[-1])
    return result["media"]["id"]


def test_upload_with_audio_presets(aioz, keys_env, sandbox):
    outcome = aioz(
        "audio", "upload", str(SAMPLE_AUDIO), "-q", "good", "-q", "lossless", env=keys_env
    )

    assert outcome.exit_code == 0, outcome.output
    assert "## 🎉 Upload Complete!" in outcome.stdout
    assert "| **Type**     | audio" in outcome.stdout
    assert "Transcoding cost for good, lossless" in outcome.stderr
    assert "MP4" not in outcome.stdout
    assert [entry["route"] for entry in sandbox.requests()][:3] == [
        "MEDIA_COST",
        "MEDIA_CREATE",
        "MEDIA_PART",
    ]
    media = sandbox.store.records("media")[-1]
    assert media["type"] == "audio"
    assert [quality["resolution"] for quality in media["qualities"]] == ["good", "lossless"]
    assert all(quality["video_config"] is None for quality in media["qualities"])
    assert sandbox.store.read_assembled(media["id"]) == SAMPLE_AUDIO.read_bytes()


def test_upload_without_presets_uses_defaults(aioz, keys_env, sandbox):
    media_id = upload_audio(aioz, keys_env, "--title", "Podcast")

    assert sandbox.requests(route="MEDIA_COST") == []
    assert sandbox.store.get("media", media_id)["title"] == "Podcast"
    assert sandbox.store.get("media", media_id)["type"] == "audio"


def test_video_preset_on_audio_rejected(aioz, keys_env, sandbox):
    outcome = aioz("audio", "upload", str(SAMPLE_AUDIO), "-q", "720p", env=keys_env)

    assert outcome.exit_code == 2
    assert "'720p' is a video resolution and cannot be used on audio" in outcome.stderr
    assert "standard, good, highest, lossless" in outcome.stderr
    assert len(outcome.stderr.strip().splitlines()) == 1
    assert sandbox.requests() == []


def test_insufficient_balance_blocks_upload(aioz, keys_env, sandbox):
    balance = sandbox.store.balance
    sandbox.store.set_balance(0)
    try:
        outcome = aioz("audio", "upload", str(SAMPLE_AUDIO), "-q", "highest", env=keys_env)
    finally:
        sandbox.store.set_balance(balance)

    assert outcome.exit_code == 3
    assert "Your account balance is insufficient" in outcome.stderr
    assert sandbox.requests(route="MEDIA_CREATE") == []


def test_video_file_uploaded_as_audio_with_notice(aioz, keys_env, sandbox):
    outcome = aioz("audio", "upload", str(SAMPLE_VIDEO), env=keys_env)

    assert outcome.exit_code == 0, outcome.output
    assert "has a video track. It is uploaded as audio" in outcome.stderr
    assert sandbox.store.records("media")[-1]["type"] == "audio"


def test_list_shows_only_audio(aioz, keys_env, sdk, sandbox):
    audio_id = upload_audio(aioz, keys_env)
    video_id = sdk.media.create("a video").id

    table = aioz("audio", "list", "--all", env=keys_env)
    listed = aioz("--json", "audio", "list", "--all", env=keys_env)

    assert table.exit_code == 0, table.output
    assert "audio media" in table.stdout
    identifiers = [item["id"] for item in json.loads(listed.stdout)["media"]]
    assert audio_id in identifiers
    assert video_id not in identifiers
    assert all(item["type"] == "audio" for item in json.loads(listed.stdout)["media"])


def test_get_shows_no_mp4_link(aioz, keys_env, sandbox):
    media_id = upload_audio(aioz, keys_env)
    assert sandbox.wait_for_status(media_id) == "done"

    table = aioz("audio", "get", media_id, env=keys_env)
    data = aioz("--json", "audio", "get", media_id, env=keys_env)

    assert table.exit_code == 0, table.output
    assert "hls_url" in table.stdout
    assert "mp4" not in table.stdout.lower()
    answer = json.loads(data.stdout)
    assert answer["assets"]["hls_url"].endswith(f"/media/{media_id}/manifest.m3u8")
    assert "mp4_url" not in answer["assets"]


def test_commands_leave_videos_alone(aioz, keys_env, sdk, sandbox):
    video_id = sdk.media.create("a video").id

    for args in (
        ["get", video_id],
        ["update", video_id, "--title", "x"],
        ["delete", video_id, "--yes"],
    ):
        outcome = aioz("audio", *args, env=keys_env)

        assert outcome.exit_code == 2, (args, outcome.output)
        assert f"Media {video_id} is a video, not audio" in outcome.stderr
        assert f"aioz media {args[0]} {video_id}" in outcome.stderr
    assert sandbox.store.get("media", video_id)["title"] == "a video"


def test_update_and_delete(aioz, keys_env, sandbox):
    media_id = upload_audio(aioz, keys_env)

    updated = aioz("audio", "update", media_id, "--title", "Episode 1", "--private", env=keys_env)
    unconfirmed = aioz("audio", "delete", media_id, env=keys_env)
    deleted = aioz("audio", "delete", media_id, "--yes", env=keys_env)
    after_delete = aioz("audio", "get", media_id, env=keys_env)

    assert updated.exit_code == 0, updated.output
    assert f"Media {media_id} updated: Episode 1." in updated.stdout
    assert unconfirmed.exit_code == 2
    assert deleted.exit_code == 0, deleted.output
    assert sandbox.store.get("media", media_id) is None
    assert after_delete.exit_code == 1
    assert "not found" in after_delete.stderr


def test_cost_from_file_and_duration(aioz, keys_env, sandbox):
    from_file = aioz(
        "--json", "audio", "cost", "--file", str(SAMPLE_AUDIO), "-q", "highest", env=keys_env
    )
    from_duration = aioz(
        "audio", "cost", "--duration", "60", "-q", "standard", "-q", "good", env=keys_env
    )

    assert from_file.exit_code == 0, from_file.output
    price = sandbox.config.price_per_quality_second
    assert json.loads(from_file.stdout) == {"price": 3 * price, "is_enough": True}
    assert from_duration.exit_code == 0, from_duration.output
    assert "Transcoding cost for standard, good:" in from_duration.stdout


def test_cost_bad_input_exit_2(aioz, keys_env, sandbox, tmp_path):
    cases = [
        (["-q", "1080p", "--duration", "10"], "'1080p' is a video resolution"),
        (["-q", "good"], "--duration SECONDS"),
        (["-q", "good", "--duration", "0"], "Invalid duration 0.0"),
        (["-q", "good", "--duration", "5", "--file", str(SAMPLE_AUDIO)], "cannot be used together"),
        (["-q", "good", "--file", str(tmp_path / "none.m4a")], "File not found"),
    ]
    for args, expected in cases:
        outcome = aioz("audio", "cost", *args, env=keys_env)

        assert outcome.exit_code == 2, (args, outcome.output)
        assert expected in outcome.stderr, (args, outcome.stderr)
    assert sandbox.requests() == []


def test_unknown_media_exit_1(aioz, keys_env):
    outcome = aioz("audio", "get", UNKNOWN_MEDIA_ID, env=keys_env)

    assert outcome.exit_code == 1
    assert f"media {UNKNOWN_MEDIA_ID} not found" in outcome.stderr
