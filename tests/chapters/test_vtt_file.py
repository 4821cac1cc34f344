"""The local WebVTT check that chapters and transcripts run before any upload."""

from __future__ import annotations

import os

import pytest

from aiozstream.errors import InputError
from aiozstream.resources.chapters import MAX_VTT_BYTES, check_vtt_file, vtt_upload_files
from tests.chapters.fixtures import VTT_TEXT


def test_valid_file_is_read(vtt):
    checked = check_vtt_file(vtt)

    assert checked.name == "cues.vtt"
    assert checked.content == VTT_TEXT.encode()


def test_byte_order_mark_and_header_text_accepted(tmp_path):
    path = tmp_path / "bom.vtt"
    path.write_bytes(
        b"\xef\xbb\xbfWEBVTT - English subtitles\r\n\r\n00:01.000 --> 00:02.000\r\nHi\r\n"
    )

    assert check_vtt_file(path).content.startswith(b"\xef\xbb\xbfWEBVTT")


def test_other_extension_sent_as_vtt(tmp_path):
    path = tmp_path / "subtitles.txt"
    path.write_text(VTT_TEXT, encoding="utf-8")

    checked = check_vtt_file(path)

    assert checked.name == "subtitles.vtt"
    assert vtt_upload_files(checked) == {"file": ("subtitles.vtt", VTT_TEXT.encode(), "text/vtt")}


def rejected_files(tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    empty = tmp_path / "empty.vtt"
    empty.touch()
    srt = tmp_path / "cues.srt"
    srt.write_text("1\n00:00:00,000 --> 00:00:01,500\nIntro\n", encoding="utf-8")
    glued = tmp_path / "glued.vtt"
    glued.write_text("WEBVTTX\n\n00:01.000 --> 00:02.000\nHi\n", encoding="utf-8")
    latin1 = tmp_path / "latin1.vtt"
    latin1.write_bytes("WEBVTT\n\n00:01.000 --> 00:02.000\nCafé\n".encode("latin-1"))
    header_only = tmp_path / "header.vtt"
    header_only.write_text("WEBVTT\n", encoding="utf-8")
    return [
        (tmp_path / "missing.vtt", "file not found"),
        (folder, "folder"),
        (empty, "empty"),
        (srt, "not a WebVTT file, it starts with '1'"),
        (glued, "not a WebVTT file"),
        (latin1, "not UTF-8"),
        (header_only, "no cues"),
    ]


def test_unfit_files_rejected(tmp_path):
    for path, expected in rejected_files(tmp_path):
        with pytest.raises(InputError) as caught:
            check_vtt_file(path)

        assert expected in str(caught.value), path
        assert str(caught.value).startswith(f"file {path}:"), path
        assert caught.value.exit_code == 2


def test_oversized_file_rejected_unread(tmp_path):
    path = tmp_path / "huge.vtt"
    with path.open("wb") as handle:
        handle.write(b"WEBVTT\n")
        handle.truncate(MAX_VTT_BYTES + 1)

    with pytest.raises(InputError) as caught:
        check_vtt_file(path)

    assert str(MAX_VTT_BYTES + 1) in str(caught.value)
    assert "10 MiB" in str(caught.value)


def test_largest_allowed_file_accepted(tmp_path):
    path = tmp_path / "large.vtt"
    cue = b"00:00.000 --> 00:01.000\nline\n\n"
    body = b"WEBVTT\n\n" + cue
    path.write_bytes(body + b" " * (MAX_VTT_BYTES - len(body)))

    assert os.path.getsize(path) == MAX_VTT_BYTES
    assert len(check_vtt_file(path).content) == MAX_VTT_BYTES


def test_message_in_chinese(tmp_path):
    with pytest.raises(InputError) as caught:
        check_vtt_file(tmp_path / "missing.vtt")

    assert "找不到文件" in caught.value.render("zh")
