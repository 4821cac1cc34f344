"""Uploads through the SDK into a real sandbox: bytes, order of calls, faults, progress."""

from __future__ import annotations

import hashlib
import os
import shutil

import pytest

from aiozstream import UploadOptions, errors
from aiozstream._constants import MIB
from aiozstream.emulator import FaultRule
from aiozstream.upload import BytesSent, ChunkDone, ChunkRetrying

CHUNK = 5 * MIB


def make_file(path, size, seed=7):
    block = hashlib.sha256(str(seed).encode()).digest() * (MIB // 32)
    with path.open("wb") as handle:
        written = 0
        while written < size:
            piece = block[: size - written]
            handle.write(piece)
            written += len(piece)
            block = block[1:] + block[:1]
    return path


def part_entries(sandbox, media_id):
    return [entry for entry in sandbox.requests("MEDIA_PART") if media_id in entry["path"]]


def assert_complete_once_after_parts(sandbox, media_id):
    entries = [entry for entry in sandbox.requests() if media_id in entry["path"]]
    completes = [position for position, entry in enumerate(entries) if entry["route"] == "MEDIA_COMPLETE"]
    parts = [position for position, entry in enumerate(entries) if entry["route"] == "MEDIA_PART"]
    assert len(completes) == 1
    assert max(parts) < completes[0]


def test_fixture_video_uploads_intact(sdk_client, sandbox_server, sample_video):
    result = sdk_client.upload(sample_video)
    media_id = result.media.id

    assert sandbox_server.store.read_assembled(media_id) == sample_video.read_bytes()
    assert result.media.status in {"transcoding", "done"}
    assert result.title == "558k"
    entries = part_entries(sandbox_server, media_id)
    assert [entry["part_index"] for entry in entries] == [1]
    assert entries[0]["content_range"] == f"bytes 0-{571228 - 1}/571228"
    assert_complete_once_after_parts(sandbox_server, media_id)


@pytest.mark.parametrize("size", [CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 12345])
def test_multi_chunk_files_assemble_exactly(sdk_client, sandbox_server, tmp_path, size):
    source = make_file(tmp_path / "clip.bin", size)
    result = sdk_client.upload(source, UploadOptions(chunk_size=CHUNK))

    assert sandbox_server.store.read_assembled(result.media.id) == source.read_bytes()
    indexes = sorted(entry["part_index"] for entry in part_entries(sandbox_server, result.media.id))
    assert indexes == list(range(1, -(-size // CHUNK) + 1))
    assert_complete_once_after_parts(sandbox_server, result.media.id)


@pytest.mark.parametrize(
    "fault",
    [
        FaultRule(kind="error", route="MEDIA_PART", part_index=2, status=500),
        FaultRule(kind="rate_limit", route="MEDIA_PART", part_index=2, retry_after=1),
        FaultRule(kind="drop", route="MEDIA_PART", part_index=2),
    ],
    ids=["500", "429", "dropped"],
)
def test_part_fault_retried_and_completed_once(sdk_client, sandbox_server, tmp_path, fault):
    source = make_file(tmp_path / "clip.bin", 3 * CHUNK - 100)
    sandbox_server.faults.add(fault)
    events = []

    result = sdk_client.upload(source, UploadOptions(chunk_size=CHUNK), on_event=events.append)

    assert sandbox_server.store.read_assembled(result.media.id) == source.read_bytes()
    entries = part_entries(sandbox_server, result.media.id)
    second = [entry for entry in entries if entry["part_index"] == 2]
    assert len(second) == 2
    assert (
        second[0]["content_range"] == second[1]["content_range"] == f"bytes {CHUNK}-{2 * CHUNK - 1}/{3 * CHUNK - 100}"
    )
    assert sorted(entry["part_index"] for entry in entries if entry["part_index"] != 2) == [1, 3]
    assert [event.number for event in events if isinstance(event, ChunkRetrying)] == [2]
    assert_complete_once_after_parts(sandbox_server, result.media.id)


def test_progress_counts_file_bytes_monotonic_with_retry(sdk_client, sandbox_server, tmp_path):
    size = 3 * CHUNK + 7
    source = make_file(tmp_path / "clip.bin", size)
    sandbox_server.faults.add(FaultRule(kind="drop", route="MEDIA_PART", part_index=1))
    events = []

    sdk_client.upload(source, UploadOptions(chunk_size=CHUNK, parallel=2), on_event=events.append)

    sent = [event.bytes_done for event in events if isinstance(event, BytesSent)]
    assert sent == sorted(sent)
    assert max(sent) == size
    assert all(event.total_bytes == size for event in events if isinstance(event, BytesSent))
    done = [event.done for event in events if isinstance(event, ChunkDone)]
    assert done == [1, 2, 3, 4]


def test_part_failing_for_good_stops_without_complete(sdk_client, sandbox_server, tmp_path):
    source = make_file(tmp_path / "clip.bin", 2 * CHUNK + 1)
    sandbox_server.faults.add(FaultRule(kind="error", route="MEDIA_PART", part_index=2, status=503, times=None))

    with pytest.raises(errors.UploadPartError) as caught:
        sdk_client.upload(source, UploadOptions(chunk_size=CHUNK, parallel=1))

    assert caught.value.part_number == 2
    assert "resume=True" in caught.value.resume_command
    assert caught.value.exit_code == errors.EXIT_API
    assert sandbox_server.requests("MEDIA_COMPLETE") == []


def test_resume_sends_only_missing_parts(sdk_client, sandbox_server, tmp_path):
    source = make_file(tmp_path / "clip.bin", 3 * CHUNK + 5)
    failing = FaultRule(kind="error", route="MEDIA_PART", part_index=3, status=500, times=None)
    sandbox_server.faults.add(failing)
    with pytest.raises(errors.UploadPartError):
        sdk_client.upload(source, UploadOptions(chunk_size=CHUNK, parallel=1))
    sandbox_server.faults.clear()
    first_run = {entry["seq"] for entry in sandbox_server.requests()}

    result = sdk_client.upload(source, UploadOptions(chunk_size=CHUNK, parallel=1, resume=True))

    second_run = [entry for entry in part_entries(sandbox_server, result.media.id) if entry["seq"] not in first_run]
    assert sorted(entry["part_index"] for entry in second_run) == [3, 4]
    assert result.resumed is True
    assert result.parts_sent == (3, 4)
    assert sandbox_server.store.read_assembled(result.media.id) == source.read_bytes()


def test_resume_refused_when_file_changed(sdk_client, sandbox_server, tmp_path):
    source = make_file(tmp_path / "clip.bin", 2 * CHUNK + 5)
    sandbox_server.faults.add(FaultRule(kind="error", route="MEDIA_PART", part_index=2, status=500, times=None))
    with pytest.raises(errors.UploadPartError):
        sdk_client.upload(source, UploadOptions(chunk_size=CHUNK, parallel=1))
    with source.open("r+b") as handle:
        handle.seek(10)
        handle.write(b"changed")
    os.utime(source, ns=(1, 1))

    with pytest.raises(errors.InputError) as caught:
        sdk_client.upload(source, UploadOptions(chunk_size=CHUNK, resume=True))
    assert "--new" in str(caught.value)


def test_resume_without_journal_refused(sdk_client, sample_video):
    with pytest.raises(errors.InputError) as caught:
        sdk_client.upload(sample_video, UploadOptions(resume=True))
    assert "resume" in str(caught.value)


def test_unicode_quoted_filename_and_title_round_trip(sdk_client, sandbox_server, tmp_path, sample_video):
    name = 'Vidéo "été" 日本語.mp4'
    source = tmp_path / name
    shutil.copy(sample_video, source)

    result = sdk_client.upload(source)

    entry = part_entries(sandbox_server, result.media.id)[0]
    assert entry["part_filename"] == name
    assert sdk_client.media.get(result.media.id).title == 'Vidéo "été" 日本語'


def test_insufficient_balance_blocks_before_create(sdk_client, sandbox_server, sample_video):
    sandbox_server.store.set_balance(0)

    with pytest.raises(errors.InsufficientBalanceError) as caught:
        sdk_client.upload(sample_video, UploadOptions(qualities=("720p", "1080p")))

    assert caught.value.exit_code == errors.EXIT_RULE
    assert str(caught.value).startswith("⚠️ Your account balance is insufficient")
    assert len(sandbox_server.requests("MEDIA_COST")) == 1
    assert sandbox_server.requests("MEDIA_CREATE") == []


def test_custom_qualities_check_cost_then_create(sdk_client, sandbox_server, sample_video):
    result = sdk_client.upload(sample_video, UploadOptions(qualities=("720p", "1080p"), codec="h265"))

    cost = sandbox_server.requests("MEDIA_COST")[0]
    create = sandbox_server.requests("MEDIA_CREATE")[0]
    assert cost["seq"] < create["seq"]
    record = sandbox_server.store.get("media", result.media.id)
    assert [quality["resolution"] for quality in record["qualities"]] == ["720p", "1080p"]
