"""The hand-built part body parses as standard multipart with the right fields."""

from __future__ import annotations

import asyncio
import hashlib

import pytest
from starlette.requests import Request

from aiozstream.upload.multipart import part_envelope, quote_filename


async def parse_form(body: bytes, content_type: str):
    delivered = False

    async def receive():
        nonlocal delivered
        if delivered:
            return {"type": "http.disconnect"}
        delivered = True
        return {"type": "http.request", "body": body, "more_body": False}

    scope = {
        "type": "http",
        "method": "POST",
        "path": "/",
        "query_string": b"",
        "headers": [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode())],
    }
    form = await Request(scope, receive).form()
    return {key: form[key] for key in form}, (await form["file"].read())


@pytest.mark.parametrize("filename", ["plain.mp4", 'Vidéo "été" 日本語.mp4', "back\\slash.mp4"])
def test_part_body_parses_with_exact_fields(filename):
    content = bytes(range(256)) * 40
    envelope = part_envelope(3, filename)
    digest = hashlib.md5(content).hexdigest()
    body = envelope.head + content + envelope.hash_prefix + digest.encode() + envelope.tail
    assert len(body) == envelope.content_length(len(content))

    fields, received = asyncio.run(parse_form(body, envelope.content_type))
    assert fields["index"] == "3"
    assert fields["hash"] == digest
    assert fields["file"].filename == filename
    assert received == content


def test_filename_line_breaks_cannot_end_header():
    assert quote_filename("a\r\nb.mp4") == "a  b.mp4"


def test_hash_field_follows_file_field():
    envelope = part_envelope(1, "x.mp4")
    assert b'name="index"' in envelope.head
    assert b'name="file"' in envelope.head
    assert b'name="hash"' in envelope.hash_prefix
