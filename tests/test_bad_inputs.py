"""Bad input across the ``aioz`` commands: exit 2, one line that helps, and no request sent.

Each row runs the CLI in-process against one sandbox, with the keys in the environment.
The error must be a single line on stderr that names the field and what it accepts,
without a traceback, and the sandbox must log no request for it. A command that has
to fetch the playlist before it can check a move may send that GET, but nothing that
changes the playlist.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from PIL import Image

from aiozstream.emulator import SandboxConfig, SandboxServer

from .cli.conftest import (
    Outcome,
    aioz,  # noqa: F401 - the CLI runner fixture, shared
)
from .conftest import FIXTURES

CJK = re.compile(r"[\u4e00-\u9fff]")
LONG_NAME = "k" * 300


@dataclass(frozen=True)
class BadInput:
    """One bad command line and the words its error message must contain."""

    command: str
    """Arguments after ``aioz``, split on spaces; ``{name}`` fields are filled from the world."""
    field: str
    """Text that names the rejected field or value."""
    accepted: str
    """Text that names what is accepted instead."""
    fetches_first: bool = False
    """True when the command must read the playlist before it can check the input."""


def row(row_id: str, command: str, field: str, accepted: str, *, fetches_first: bool = False):
    return pytest.param(BadInput(command, field, accepted, fetches_first), id=row_id)


BAD_INPUTS = [
    # Player theme colors, sizes and fields.
    row("color-five-hex-digits", "players create --set main_color=#ff000", "main_color", "#rrggbb"),
    row("color-unknown-name", "players create --set text_color=blurple", "text_color", "CSS color name"),
    row("color-out-of-range", "players update {player} --set text_color=rgb(300,0,0)", "text_color", "0-255"),
    row("size-in-em", "players create --set control_bar_height=40em", "control_bar_height", "px"),
    row("size-negative", "players create --set progress_bar_height=-5", "progress_bar_height", "pixels"),
    row("theme-field-unknown", "players create --set shadow=1", "shadow", "main_color"),
    row("theme-set-without-value", "players create --set main_color", "--set", "FIELD=VALUE"),
    row("players-sort-field", "players list --sort size", "sort field", "created_at, name"),
    # Player logos.
    row("logo-over-100-kb", "players logo upload {player} {heavy_logo}", "logo", "102400 bytes"),
    row("logo-gif", "players logo upload {player} {gif_logo}", "logo", "JPEG or PNG"),
    row("logo-too-wide", "players logo upload {player} {wide_logo}", "logo", "200×100 px"),
    row("logo-missing-file", "players logo upload {player} {missing}.png", "Logo file", "Check the path"),
    row("logo-link-ftp", "players logo upload {player} {logo} --link ftp://example.com", "logo link", "https://"),
    # Language tags and WebVTT files.
    row("transcript-language-word", "transcripts add {media} english {vtt}", "language", "BCP 47"),
    row("transcript-language-underscore", "transcripts default {media} e_n", "language", "BCP 47"),
    row("transcript-file-missing", "transcripts add {media} en {missing}.vtt", "file", ".vtt"),
    row("transcript-file-not-webvtt", "transcripts add {media} en {not_vtt}", "file", "WEBVTT"),
    row("chapter-language-digits", "chapters add {media} 123 {vtt}", "language", "BCP 47"),
    row("chapter-file-missing", "chapters add {media} en {missing}.vtt", "file", ".vtt"),
    # Dates and time zones.
    row("date-impossible", "analytics aggregate view count --from 2024-13-45", "--from", "2024-09-01"),
    row("date-gibberish", "analytics aggregate view count --to notadate", "--to", "UNIX seconds"),
    row("date-range-reversed", "analytics aggregate view count --from now --to yesterday", "--from", "earlier"),
    row("time-zone-unknown", "analytics aggregate view count --tz Mars/Olympus", "time zone", "IANA"),
    row("payments-range-reversed", "payments usage --from tomorrow --to yesterday", "--from", "earlier"),
    # Analytics metrics, aggregations, breakdowns, intervals and filters.
    row("metric-plural", "analytics aggregate views count", "metric", "watch_time"),
    row("aggregation-median", "analytics aggregate view median", "aggregation", "average"),
    row("aggregation-rate-on-views", "analytics aggregate view rate", "aggregation", "play"),
    row("breakdown-city", "analytics breakdown view city", "breakdown", "country"),
    row("interval-week", "analytics timeseries view week", "interval", "hour, day"),
    row("filter-country-alpha3", "analytics aggregate view count --country VNM", "country", "two-letter"),
    row("filter-media-id", "analytics aggregate view count --media-id not-a-uuid", "media id", "UUID"),
    row("breakdown-sort-by", "analytics breakdown view country --sort-by foo", "--sort-by", "metric_value"),
    # API key lifetimes, types and names.
    row("ttl-zero", "api-keys create ci --ttl 0", "ttl", "1 to 2147483647"),
    row("ttl-word", "api-keys create ci --ttl forever", "ttl", "30d"),
    row("ttl-missing", "api-keys create ci", "ttl", "--ttl 30d"),
    row("key-type-admin", "api-keys create ci --ttl 1h --type admin", "type", "only_upload"),
    row("key-name-too-long", f"api-keys create {LONG_NAME} --ttl 1h", "name", "255"),
    # Ids.
    row("id-blank-media", "media get _", "id", "list command"),
    row("id-empty-webhook", "webhooks show ''", "webhook_id", "list command"),
    row("id-empty-playlist-media", "playlists add {playlist} ''", "media_id", "list command"),
    # Playlist moves: checked before the fetch where possible, else against it.
    row("move-without-target", "playlists move {playlist} {first_item}", "target", "top, bottom"),
    row("move-to-middle", "playlists move {playlist} {first_item} --to middle", "--to", "top or bottom"),
    row("move-position-zero", "playlists move {playlist} {first_item} --position 0", "position", "whole number"),
    row("move-two-targets", "playlists move {playlist} {first_item} --to top --position 2", "target", "exactly one"),
    row(
        "move-position-past-end",
        "playlists move {playlist} {first_item} --position 99",
        "position",
        "from 1 to 2",
        fetches_first=True,
    ),
    row(
        "move-before-itself",
        "playlists move {playlist} {first_item} --before {first_item}",
        "before itself",
        "another item",
        fetches_first=True,
    ),
    row(
        "move-after-unknown-item",
        "playlists move {playlist} {first_item} --after 00000000-0000-0000-0000-000000000000",
        "after",
        "playlist items",
        fetches_first=True,
    ),
    # Playlist names, metadata and thumbnails.
    row("playlist-name-empty", "playlists create ''", "playlist name", "a name"),
    row("playlist-meta-no-equals", "playlists create Mix --meta mood", "metadata", "KEY=VALUE"),
    row("playlist-thumbnail-text", "playlists update {playlist} --thumbnail {not_image}", "thumbnail", "JPEG or PNG"),
    row(
        "playlist-thumbnail-missing",
        "playlists update {playlist} --thumbnail {missing}.png",
        "thumbnail",
        "JPEG or PNG",
    ),
    # Upload files and options.
    row("upload-file-missing", "upload {missing}.mp4", "File not found", "Check the path"),
    row("upload-file-empty", "upload {empty_video}", "empty", "a file with content"),
    row("upload-chunk-too-small", "upload {video} --chunk-size 1", "chunk size", "5 to 200 MiB"),
    row("upload-parallel-zero", "upload {video} --parallel 0", "parallel", "1 to 8"),
    row("upload-container-avi", "upload {video} --container avi", "container", "fmp4"),
    row("upload-type-podcast", "upload {video} --type podcast", "media type", "video or audio"),
    row("upload-meta-no-equals", "upload {video} --meta novalue", "metadata", "KEY=VALUE"),
    row("upload-resume-and-new", "upload {video} --resume --new", "--resume", "Choose one"),
    # Quality presets and codecs.
    row("quality-8k", "media cost --duration 10 -q 8k", "quality preset", "2160p"),
    row("quality-above-h264", "media cost --duration 10 -q 4320p --codec h264", "4320p", "h265"),
    row("quality-audio-on-video", "media cost --duration 10 -q standard", "audio preset", "720p"),
    row("quality-video-on-audio", "audio cost -q 720p --duration 10", "video resolution", "lossless"),
    row("codec-vp9", "media cost --duration 10 -q 720p --codec vp9", "codec", "h264, h265"),
    row("duration-zero", "media cost --duration 0 -q 720p", "duration", "greater than 0"),
    # Webhook URLs and events.
    row("webhook-url-ftp", "webhooks create ftp://example.com", "webhook URL", "https://"),
    row("webhook-url-no-host", "webhooks update {webhook} --url javascript:alert(1)", "webhook URL", "http://"),
    row(
        "webhook-event-unknown",
        "webhooks create https://example.com --event encoding_done",
        "encoding_done",
        "encoding_finished",
    ),
    row("webhook-page-size-zero", "webhooks list --limit 0", "page size", "1 to 100"),
    # Payments order and sort field.
    row("payments-order", "payments top-ups --order up", "--order", "asc, desc"),
    row("payments-sort-by", "payments billings --sort-by price", "--sort-by", "created_at, amount"),
    # Media list filters.
    row("media-status-unknown", "media list --status archived", "status", "transcoding"),
    row("media-type-unknown", "media list --type movie", "media type", "video or audio"),
    # A range that click checks: the same one-line error.
    row("page-limit-zero", "playlists list --limit 0", "--limit", "greater than or equal to 1"),
]

# Rows run again with --lang zh: the message must be Chinese and still name the field.
CHINESE_ROWS = {
    "color-five-hex-digits": "main_color",
    "ttl-word": "ttl",
    "move-to-middle": "--to",
    "date-impossible": "--from",
    "webhook-event-unknown": "encoding_done",
    "upload-chunk-too-small": "MiB",
    "media-status-unknown": "archived",
    "move-position-past-end": "99",
}


@dataclass
class World:
    """The sandbox the rows run against and the values their ``{name}`` fields take."""

    sandbox: SandboxServer
    values: dict[str, str]

    @property
    def env(self) -> dict[str, str]:
        return {
            "AIOZ_PUBLIC_KEY": self.sandbox.config.public_key,
            "AIOZ_SECRET_KEY": self.sandbox.config.secret_key,
        }

    def argv(self, bad: BadInput, *options: str) -> list[str]:
        """Return the full command line of ``bad``, global ``options`` first."""
        words = [_unquote(word.format(**self.values)) for word in bad.command.split(" ")]
        return ["--base-url", self.sandbox.base_url, *options, *words]


@pytest.fixture
def run_aioz(aioz):  # noqa: F811 - uses the imported fixture
    return aioz


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    files = _bad_files(tmp_path_factory.mktemp("bad-files"))
    data_dir = tmp_path_factory.mktemp("bad-inputs-sandbox")
    with SandboxServer(SandboxConfig(data_dir=data_dir, transcode_delay=0)) as sandbox:
        with httpx.Client(base_url=sandbox.base_url, headers=sandbox.auth_headers) as http:
            values = {**files, **_objects(http)}
        yield World(sandbox=sandbox, values=values)


@pytest.mark.parametrize("bad", BAD_INPUTS)
def test_bad_input_is_rejected_locally(run_aioz, world: World, bad: BadInput) -> None:
    logged_before = len(world.sandbox.requests())

    outcome: Outcome = run_aioz(*world.argv(bad), env=world.env)

    sent = world.sandbox.requests()[logged_before:]
    message = outcome.stderr.strip()
    assert outcome.exit_code == 2, outcome.output
    assert len(message.splitlines()) == 1, message
    assert message.startswith("Error: "), message
    assert "Traceback" not in outcome.output
    assert outcome.stdout == ""
    assert bad.field in message
    assert bad.accepted in message
    if bad.fetches_first:
        assert [entry["method"] for entry in sent] == ["GET"], sent
    else:
        assert sent == []


@pytest.mark.parametrize(
    ("bad", "field"),
    [
        pytest.param(param.values[0], CHINESE_ROWS[param.id], id=param.id)
        for param in BAD_INPUTS
        if param.id in CHINESE_ROWS
    ],
)
def test_bad_input_message_in_chinese(run_aioz, world: World, bad: BadInput, field: str) -> None:
    logged_before = len(world.sandbox.requests())

    outcome: Outcome = run_aioz(*world.argv(bad, "--lang", "zh"), env=world.env)

    sent = world.sandbox.requests()[logged_before:]
    message = outcome.stderr.strip()
    assert outcome.exit_code == 2, outcome.output
    assert len(message.splitlines()) == 1, message
    assert message.startswith("错误"), message
    assert CJK.search(message), message
    assert field in message
    assert all(entry["method"] == "GET" for entry in sent)


def test_valid_command_reaches_sandbox(run_aioz, world: World) -> None:
    # The control row: without it, an empty request log could mean a broken log.
    logged_before = len(world.sandbox.requests())

    outcome: Outcome = run_aioz("--base-url", world.sandbox.base_url, "media", "list", env=world.env)

    sent = world.sandbox.requests()[logged_before:]
    assert outcome.exit_code == 0, outcome.output
    assert [entry["route"] for entry in sent] == ["MEDIA_LIST"]


def _unquote(word: str) -> str:
    # '' stands for an empty argument and _ for a blank one, which a split on spaces
    # cannot express.
    return {"''": "", "_": " "}.get(word, word)


def _bad_files(folder: Path) -> dict[str, str]:
    logo = FIXTURES / "logo.png"
    heavy_logo = folder / "heavy.png"
    heavy_logo.write_bytes(logo.read_bytes() + bytes(110 * 1024))
    Image.new("RGB", (300, 100), "red").save(folder / "wide.png")
    Image.new("RGB", (50, 50), "red").save(folder / "logo.gif")
    (folder / "subs.vtt").write_text("WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHello\n")
    (folder / "notes.vtt").write_text("hello\n")
    (folder / "cover.png").write_text("not an image")
    (folder / "empty.mp4").write_bytes(b"")
    shutil.copy(FIXTURES / "558k.mp4", folder / "clip.mp4")
    return {
        "logo": str(logo),
        "heavy_logo": str(heavy_logo),
        "wide_logo": str(folder / "wide.png"),
        "gif_logo": str(folder / "logo.gif"),
        "vtt": str(folder / "subs.vtt"),
        "not_vtt": str(folder / "notes.vtt"),
        "not_image": str(folder / "cover.png"),
        "empty_video": str(folder / "empty.mp4"),
        "video": str(folder / "clip.mp4"),
        "missing": str(folder / "missing"),
    }


def _objects(http: httpx.Client) -> dict[str, str]:
    """Create a media, a player theme, a webhook and a playlist of two items; return their ids."""

    def created(path: str, body: dict, *keys: str) -> str:
        response = http.post(path, json=body)
        assert response.is_success, response.text
        data = response.json()["data"]
        for key in keys:
            data = data[key]
        return data

    media_id = created("/media/create", {"title": "first"}, "id")
    second_media_id = created("/media/create", {"title": "second"}, "id")
    playlist_id = created("/playlists/create", {"name": "mix"}, "playlist", "id")
    for member in (media_id, second_media_id):
        added = http.post(f"/playlists/{playlist_id}/items", json={"media_id": member})
        assert added.is_success, added.text
    items = http.get(f"/playlists/{playlist_id}").json()["data"]["playlist"]["items"]
    return {
        "media": media_id,
        "player": created("/players", {"name": "brand"}, "player_theme", "id"),
        "webhook": created("/webhooks", {"url": "http://127.0.0.1:9/hook"}, "webhook", "id"),
        "playlist": playlist_id,
        "first_item": items[0]["id"],
    }
