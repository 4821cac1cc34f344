"""Chunked upload: parts in any order and in parallel, validation, complete."""

from __future__ import annotations

import hashlib
import os
import random
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from aiozstream.emulator import SandboxServer

from .support import StartSandbox, api_client, create_media, send_part, split, upload_all

DATA = os.urandom(10_000)
CHUNK = 3_000  # four parts: 3000, 3000, 3000, 1000 bytes


@pytest.fixture
def media_id(client: httpx.Client) -> str:
    return create_media(client)["id"]


def test_parts_out_of_order_assemble_exact_bytes(
    sandbox: SandboxServer, client: httpx.Client, media_id: str
) -> None:
    parts = list(enumerate(split(DATA, CHUNK), start=1))
    random.Random(7).shuffle(parts)

    for index, (start, chunk) in parts:
        response = send_part(client, media_id, chunk, start=start, total=len(DATA), index=index)
        assert response.status_code == 200, response.text
        assert response.json()["status"] == "success"
    completed = client.get(f"/media/{media_id}/complete")

    assert completed.status_code == 200, completed.text
    assert completed.json() == {
        "status": "success",
        "message": "upload complete: transcoding started",
    }
    assert sandbox.store.read_assembled(media_id) == DATA
    assert client.get(f"/media/{media_id}").json()["data"]["size"] == len(DATA)


def test_parallel_parts_assemble_exact_bytes(sandbox: SandboxServer, media_id: str) -> None:
    data = os.urandom(2 * 1024 * 1024 + 123)
    parts = list(enumerate(split(data, 256 * 1024), start=1))

    def send(item: tuple[int, tuple[int, bytes]]) -> int:
        index, (start, chunk) = item
        with api_client(sandbox) as http:
            return send_part(
                http, media_id, chunk, start=start, total=len(data), index=index
            ).status_code

    with ThreadPoolExecutor(max_workers=6) as pool:
        statuses = list(pool.map(send, reversed(parts)))
    with api_client(sandbox) as http:
        completed = http.get(f"/media/{media_id}/complete")

    assert statuses == [200] * len(parts)
    assert completed.status_code == 200, completed.text
    assert sandbox.store.read_assembled(media_id) == data


@pytest.mark.parametrize(
    "order",
    [("file", "index", "hash"), ("hash", "file", "index"), ("index", "hash", "file")],
    ids=["hash-after-file", "index-after-file", "fields-first"],
)
def test_part_fields_in_any_order(
    sandbox: SandboxServer, client: httpx.Client, media_id: str, order: tuple[str, ...]
) -> None:
    for index, (start, chunk) in enumerate(split(DATA, CHUNK), start=1):
        response = send_part(
            client, media_id, chunk, start=start, total=len(DATA), index=index, order=order
        )
        assert response.status_code == 200, response.text

    assert client.get(f"/media/{media_id}/complete").status_code == 200
    assert sandbox.store.read_assembled(media_id) == DATA


def test_zero_based_indexes_accepted(
    sandbox: SandboxServer, client: httpx.Client, media_id: str
) -> None:
    for index, (start, chunk) in enumerate(split(DATA, CHUNK)):
        response = send_part(client, media_id, chunk, start=start, total=len(DATA), index=index)
        assert response.status_code == 200, response.text

    assert client.get(f"/media/{media_id}/complete").status_code == 200
    assert sandbox.store.read_assembled(media_id) == DATA


def test_single_part_upload(sandbox: SandboxServer, client: httpx.Client, media_id: str) -> None:
    response = send_part(client, media_id, DATA, start=0, total=len(DATA), index=1)

    assert response.status_code == 200, response.text
    assert client.get(f"/media/{media_id}/complete").status_code == 200
    assert sandbox.store.read_assembled(media_id) == DATA


def test_part_sent_again_replaces_range(
    sandbox: SandboxServer, client: httpx.Client, media_id: str
) -> None:
    first, second = DATA[:5000], DATA[5000:]

    send_part(client, media_id, first, start=0, total=len(DATA), index=1)
    again = send_part(client, media_id, first, start=0, total=len(DATA), index=1)
    send_part(client, media_id, second, start=5000, total=len(DATA), index=2)

    assert again.status_code == 200
    assert client.get(f"/media/{media_id}/complete").status_code == 200
    assert sandbox.store.read_assembled(media_id) == DATA
    assert len(sandbox.store.get("uploads", media_id)["parts"]) == 2


def test_md5_mismatch_rejected(client: httpx.Client, media_id: str) -> None:
    chunk = DATA[:CHUNK]
    wrong = hashlib.md5(b"other bytes").hexdigest()

    response = send_part(client, media_id, chunk, start=0, total=len(DATA), index=1, md5=wrong)

    assert response.status_code == 400
    message = response.json()["message"]
    assert "MD5 mismatch" in message
    assert hashlib.md5(chunk).hexdigest() in message
    assert wrong in message


def test_md5_mismatch_on_resend_invalidates_range(client: httpx.Client, media_id: str) -> None:
    # The bytes of a rejected part already overwrote its range, so it must be sent again.
    chunk = DATA[:5000]
    send_part(client, media_id, chunk, start=0, total=len(DATA), index=1)
    send_part(client, media_id, DATA[5000:], start=5000, total=len(DATA), index=2)

    bad = send_part(client, media_id, chunk, start=0, total=len(DATA), index=1, md5="0" * 32)
    rejected = client.get(f"/media/{media_id}/complete")
    send_part(client, media_id, chunk, start=0, total=len(DATA), index=1)
    accepted = client.get(f"/media/{media_id}/complete")

    assert bad.status_code == 400
    assert rejected.status_code == 400
    assert "missing bytes 0-4999" in rejected.json()["message"]
    assert accepted.status_code == 200


@pytest.mark.parametrize(
    ("md5", "message_part"),
    [("", "field hash is missing"), ("xyz", "32 hex digits")],
)
def test_invalid_hash_field_rejected(
    client: httpx.Client, media_id: str, md5: str, message_part: str
) -> None:
    body_fields = {"index": "1", "hash": md5}
    response = client.post(
        f"/media/{media_id}/part",
        data=body_fields,
        files={"file": ("chunk.bin", DATA)},
        headers={"Content-Range": f"bytes 0-{len(DATA) - 1}/{len(DATA)}"},
    )

    assert response.status_code == 400
    assert message_part in response.json()["message"]


@pytest.mark.parametrize(
    ("content_range", "message_part"),
    [
        ("", "Content-Range header is missing"),
        ("bytes 0-99", "invalid Content-Range"),
        ("0-2999/10000", "invalid Content-Range"),
        ("bytes 100-50/10000", "START is after END"),
        ("bytes 0-10000/10000", "END must be below TOTAL"),
        ("bytes 0-3000/10000", "announces 3001 bytes"),  # END treated as exclusive
        ("bytes 0-2998/10000", "contains more than the 2999 bytes"),
    ],
)
def test_bad_content_range_rejected(
    client: httpx.Client, media_id: str, content_range: str, message_part: str
) -> None:
    chunk = DATA[:CHUNK]
    body_fields = {"index": "1", "hash": hashlib.md5(chunk).hexdigest()}
    headers = {"Content-Range": content_range} if content_range else {}

    response = client.post(
        f"/media/{media_id}/part", data=body_fields, files={"file": ("c", chunk)}, headers=headers
    )

    assert response.status_code == 400
    assert message_part in response.json()["message"]


def test_total_must_match_earlier_parts(client: httpx.Client, media_id: str) -> None:
    send_part(client, media_id, DATA[:CHUNK], start=0, total=len(DATA), index=1)

    response = send_part(
        client, media_id, DATA[CHUNK : 2 * CHUNK], start=CHUNK, total=len(DATA) + 1, index=2
    )

    assert response.status_code == 400
    assert "differs from the total 10000" in response.json()["message"]


def test_overlapping_parts_rejected(client: httpx.Client, media_id: str) -> None:
    send_part(client, media_id, DATA[:CHUNK], start=0, total=len(DATA), index=1)

    response = send_part(
        client, media_id, DATA[CHUNK - 1 : 2 * CHUNK], start=CHUNK - 1, total=len(DATA), index=2
    )

    assert response.status_code == 400
    assert "overlaps" in response.json()["message"]


def test_duplicate_index_rejected(client: httpx.Client, media_id: str) -> None:
    send_part(client, media_id, DATA[:CHUNK], start=0, total=len(DATA), index=1)

    response = send_part(
        client, media_id, DATA[CHUNK : 2 * CHUNK], start=CHUNK, total=len(DATA), index=1
    )

    assert response.status_code == 400
    assert "index 1 was already used" in response.json()["message"]


@pytest.mark.parametrize("index", ["-1", "one", "1.5"])
def test_invalid_index_rejected(client: httpx.Client, media_id: str, index: str) -> None:
    response = send_part(client, media_id, DATA, start=0, total=len(DATA), index=index)

    assert response.status_code == 400
    assert "index" in response.json()["message"]


def test_missing_file_field_rejected(client: httpx.Client, media_id: str) -> None:
    response = client.post(
        f"/media/{media_id}/part",
        files={"index": (None, "1"), "hash": (None, hashlib.md5(DATA).hexdigest())},
        headers={"Content-Range": f"bytes 0-{len(DATA) - 1}/{len(DATA)}"},
    )

    assert response.status_code == 400
    assert "field file is missing" in response.json()["message"]


def test_non_multipart_part_rejected(client: httpx.Client, media_id: str) -> None:
    response = client.post(
        f"/media/{media_id}/part", json={"index": 1}, headers={"Content-Range": "bytes 0-9/10"}
    )

    assert response.status_code == 400
    assert "multipart/form-data" in response.json()["message"]


def test_part_larger_than_limit_rejected(start_sandbox: StartSandbox) -> None:
    sandbox = start_sandbox(max_part_bytes=1000)
    with api_client(sandbox) as client:
        media_id = create_media(client)["id"]
        response = send_part(client, media_id, DATA[:2000], start=0, total=len(DATA), index=1)

    assert response.status_code == 400
    assert "maximum part size is 1000 bytes" in response.json()["message"]


@pytest.mark.parametrize(
    ("media", "status"), [("not-a-uuid", 400), ("00000000-0000-0000-0000-000000000000", 404)]
)
def test_part_for_bad_or_unknown_media(client: httpx.Client, media: str, status: int) -> None:
    response = send_part(client, media, DATA, start=0, total=len(DATA), index=1)

    assert response.status_code == status


def test_complete_rejected_with_gaps(
    sandbox: SandboxServer, client: httpx.Client, media_id: str
) -> None:
    parts = split(DATA, CHUNK)
    for index, (start, chunk) in enumerate(parts, start=1):
        if index in (2, 4):
            continue
        send_part(client, media_id, chunk, start=start, total=len(DATA), index=index)

    response = client.get(f"/media/{media_id}/complete")

    assert response.status_code == 400
    message = response.json()["message"]
    assert "missing bytes 3000-5999, 9000-9999 of 10000" in message
    assert client.get(f"/media/{media_id}").json()["data"]["status"] == "new"
    assert not sandbox.store.assembled_path(media_id).exists()


def test_complete_rejected_without_parts(client: httpx.Client, media_id: str) -> None:
    response = client.get(f"/media/{media_id}/complete")

    assert response.status_code == 400
    assert "no parts received" in response.json()["message"]


def test_complete_rejected_when_indexes_skip(client: httpx.Client, media_id: str) -> None:
    for index, (start, chunk) in zip((1, 2, 4, 5), split(DATA, CHUNK), strict=True):
        send_part(client, media_id, chunk, start=start, total=len(DATA), index=index)

    response = client.get(f"/media/{media_id}/complete")

    assert response.status_code == 400
    assert "part indexes in byte order are [1, 2, 4, 5]" in response.json()["message"]


def test_complete_rejected_when_indexes_disagree_with_ranges(
    client: httpx.Client, media_id: str
) -> None:
    for index, (start, chunk) in zip((2, 1, 3, 4), split(DATA, CHUNK), strict=True):
        send_part(client, media_id, chunk, start=start, total=len(DATA), index=index)

    response = client.get(f"/media/{media_id}/complete")

    assert response.status_code == 400
    assert "expected [1, 2, 3, 4]" in response.json()["message"]


def test_complete_twice_is_harmless(
    sandbox: SandboxServer, client: httpx.Client, media_id: str
) -> None:
    upload_all(client, media_id, DATA, CHUNK)

    first = client.get(f"/media/{media_id}/complete")
    sandbox.wait_for_status(media_id)
    second = client.get(f"/media/{media_id}/complete")

    assert first.status_code == 200
    assert second.status_code == 200
    assert "nothing to complete" in second.json()["message"]
    events = sandbox.store.events(media_id=media_id)
    assert [event["type"] for event in events].count("file_received") == 1


def test_parts_after_complete_rejected(client: httpx.Client, media_id: str) -> None:
    upload_all(client, media_id, DATA, CHUNK)
    client.get(f"/media/{media_id}/complete")

    response = send_part(client, media_id, DATA[:CHUNK], start=0, total=len(DATA), index=1)

    assert response.status_code == 400
    assert "already completed" in response.json()["message"]


def test_delete_removes_upload_files(
    sandbox: SandboxServer, client: httpx.Client, media_id: str
) -> None:
    send_part(client, media_id, DATA[:CHUNK], start=0, total=len(DATA), index=1)
    folder = sandbox.store.blob_dir("media", media_id)
    assert folder.exists()

    client.delete(f"/media/{media_id}")

    assert not folder.exists()
    assert sandbox.store.get("uploads", media_id) is None
