"""Objects the contract tests create through the sandbox's HTTP API, and the ids they map.

Every request here is plain httpx against the sandbox, never the aiozstream SDK, so an
SDK bug cannot hide a sandbox bug. :class:`World` creates one of each kind of object
(a transcoded video with a thumbnail and a caption, a player theme, a playlist with
two items, a webhook, an API key) and makes throwaway ones for operations that
delete what they are given.
"""

from __future__ import annotations

import base64
import hashlib
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from aiozstream.emulator import SandboxServer

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"
VIDEO_FIXTURE = FIXTURES / "558k.mp4"
PNG_FIXTURE = FIXTURES / "logo.png"
JPEG_FIXTURE = FIXTURES / "test.jpg"
VTT_TEXT = b"WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHello\n"


def key_headers(sandbox: SandboxServer) -> dict[str, str]:
    """Return the key pair as AIOZ's Node SDK sends it: both key headers and Basic auth."""
    pair = f"{sandbox.config.public_key}:{sandbox.config.secret_key}".encode()
    return {
        **sandbox.auth_headers,
        "Authorization": "Basic " + base64.b64encode(pair).decode(),
    }


@contextmanager
def webhook_receiver() -> Iterator[str]:
    """Serve a loopback URL that returns 200 to every POST; yield the URL.

    Webhooks the tests create point here, so neither ``POST /webhooks/check/{id}`` nor
    an event delivery ever leaves 127.0.0.1.
    """

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the name http.server dispatches to
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            return

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, name="contract-webhooks", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook"
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class World:
    """The sandbox under test, an authenticated client and the ids of shared objects."""

    sandbox: SandboxServer
    http: httpx.Client
    webhook_url: str
    media_id: str = ""
    player_id: str = ""
    playlist_id: str = ""
    playlist_item_ids: list[str] = field(default_factory=list)
    webhook_id: str = ""
    api_key_id: str = ""

    @property
    def base_url(self) -> str:
        return self.sandbox.base_url

    @property
    def auth_headers(self) -> dict[str, str]:
        return key_headers(self.sandbox)

    def build(self) -> World:
        """Create the shared objects; return ``self``."""
        self.media_id = self.transcoded_media()
        self.upload_thumbnail(self.media_id)
        self.add_caption(self.media_id, "en")
        self.add_chapter(self.media_id, "en")
        self.player_id = self.new_player()
        self.playlist_id, self.playlist_item_ids = self.playlist_with_items()
        self.webhook_id = self.new_webhook()
        self.api_key_id = self.new_api_key()
        return self

    def post_ok(self, path: str, **kwargs: Any) -> dict[str, Any]:
        """POST and return the envelope, failing the test on any non-2xx status."""
        response = self.http.post(path, **kwargs)
        assert response.is_success, f"POST {path}: {response.status_code} {response.text}"
        return response.json()

    def new_media(self, title: str = "contract clip") -> str:
        return self.post_ok("/media/create", json={"title": title, "type": "video"})["data"]["id"]

    def transcoded_media(self) -> str:
        """Create a video, upload the 558 KB fixture as one part, complete and wait for done."""
        media_id = self.new_media()
        data = VIDEO_FIXTURE.read_bytes()
        self.post_ok(
            f"/media/{media_id}/part",
            files={"file": ("part.bin", data)},
            data={"index": "1", "hash": hashlib.md5(data).hexdigest()},
            headers={"Content-Range": f"bytes 0-{len(data) - 1}/{len(data)}"},
        )
        complete = self.http.get(f"/media/{media_id}/complete")
        assert complete.is_success, complete.text
        assert self.sandbox.wait_for_status(media_id) == "done"
        return media_id

    def upload_thumbnail(self, media_id: str) -> None:
        self.post_ok(f"/media/{media_id}/thumbnail", files={"file": ("thumb.png", PNG_FIXTURE.read_bytes())})

    def add_caption(self, media_id: str, language: str) -> None:
        self.post_ok(f"/media/{media_id}/captions/{language}", files={"file": ("sub.vtt", VTT_TEXT)})

    def add_chapter(self, media_id: str, language: str) -> None:
        self.post_ok(f"/media/{media_id}/chapters/{language}", files={"file": ("chapters.vtt", VTT_TEXT)})

    def new_player(self) -> str:
        body = {"name": "contract player", "theme": {"main_color": "rgba(255, 0, 0, 1)"}}
        return self.post_ok("/players", json=body)["data"]["player_theme"]["id"]

    def new_playlist(self) -> str:
        body = {"name": "contract playlist", "tags": ["contract"]}
        return self.post_ok("/playlists/create", json=body)["data"]["playlist"]["id"]

    def playlist_with_items(self) -> tuple[str, list[str]]:
        """Create a playlist holding the shared media and a second one; return its item ids."""
        playlist_id = self.new_playlist()
        self.post_ok(f"/playlists/{playlist_id}/items", json={"media_id": self.media_id})
        self.post_ok(f"/playlists/{playlist_id}/items", json={"media_id": self.new_media()})
        return playlist_id, self.playlist_items(playlist_id)

    def playlist_items(self, playlist_id: str) -> list[str]:
        response = self.http.get(f"/playlists/{playlist_id}")
        assert response.is_success, response.text
        return [item["id"] for item in response.json()["data"]["playlist"]["items"]]

    def new_webhook(self) -> str:
        body = {"name": "contract hook", "url": self.webhook_url, "encoding_finished": True}
        return self.post_ok("/webhooks", json=body)["data"]["webhook"]["id"]

    def new_api_key(self) -> str:
        body = {"api_key_name": "contract key", "ttl": "3600", "type": "full_access"}
        return self.post_ok("/api_keys", json=body)["data"]["api_key"]["id"]
