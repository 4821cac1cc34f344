"""The listener app over real HTTP: responses, rejections, lookups and forwarding."""

from __future__ import annotations

import json
import logging
import threading

import httpx
import pytest

from aiozstream.listener import (
    Delivery,
    ListenerServer,
    MediaDetails,
    create_listener_app,
    is_loopback,
)
from tests.webhooks.support import Receiver

EVENT = {"type": "encoding_started", "media_id": "m1", "title": "Clip", "timestamp": 1772357415}


class Collector:
    def __init__(self) -> None:
        self.deliveries: list[Delivery] = []
        self.pings = 0
        self.lock = threading.Lock()

    def __call__(self, delivery: Delivery) -> None:
        with self.lock:
            self.deliveries.append(delivery)

    def ping(self, _ping) -> None:
        self.pings += 1


@pytest.fixture
def collector():
    return Collector()


@pytest.fixture(scope="module")
def http():
    # One client for the module: building one loads CA certificates, which takes a while.
    with httpx.Client(timeout=10) as client:
        yield client


def serve(collector: Collector, **options) -> ListenerServer:
    app = create_listener_app(collector, on_check=collector.ping, **options)
    return ListenerServer(app, port=0)


def test_accepts_event_and_acknowledges_repeat(http, collector):
    with serve(collector) as server:
        first = http.post(server.url, json=EVENT)
        second = http.post(server.url, json=EVENT)
    assert first.status_code == 200
    assert first.json() == {"status": "ok", "repeat": False}
    assert second.status_code == 200
    assert second.json()["repeat"] is True
    assert [delivery.observation.repeat for delivery in collector.deliveries] == [False, True]
    assert collector.deliveries[0].title == "Clip"


def test_rejections_are_400_and_listener_keeps_serving(http, collector, caplog):
    caplog.set_level(logging.WARNING, logger="aiozstream.listener")
    with serve(collector, max_body=1024) as server:
        malformed = http.post(
            server.url, content=b"{oops", headers={"Content-Type": "application/json"}
        )
        unknown = http.post(server.url, json={"type": "media_deleted", "media_id": "m1"})
        oversized = http.post(server.url, json={**EVENT, "padding": "x" * 2000})
        streamed = http.post(server.url, content=iter([b"x" * 800, b"y" * 800]))
        after = http.post(server.url, json=EVENT)
        health = http.get(server.url)

    assert malformed.status_code == 400
    assert "not valid JSON" in malformed.json()["message"]
    assert unknown.status_code == 400
    assert "unknown event 'media_deleted'" in unknown.json()["message"]
    assert oversized.status_code == 400
    assert "limit is 1024" in oversized.json()["message"]
    assert streamed.status_code == 400
    assert after.status_code == 200
    assert health.json() == {"status": "ok", "listening": True}
    assert len(collector.deliveries) == 1
    reasons = [
        record.getMessage()
        for record in caplog.records
        if "rejected a webhook delivery" in record.getMessage()
    ]
    assert len(reasons) == 4
    assert "not valid JSON" in reasons[0]


def test_check_call_answered(http, collector):
    with serve(collector) as server:
        answer = http.post(server.url, json={"type": "webhook_check", "webhook_id": "w1"})
    assert answer.status_code == 200
    assert collector.pings == 1
    assert collector.deliveries == []


def test_missing_title_is_looked_up_once(http, collector):
    asked: list[str] = []

    async def lookup(media_id: str) -> MediaDetails:
        asked.append(media_id)
        return MediaDetails(title="From the API", media_type="audio")

    with serve(collector, lookup=lookup) as server:
        for name in ("file_received", "encoding_started"):
            http.post(server.url, json={"type": name, "media_id": "m9"})
    assert asked == ["m9"]
    assert [delivery.title for delivery in collector.deliveries] == ["From the API", "From the API"]
    assert collector.deliveries[0].media_type == "audio"


def test_failing_lookup_leaves_title_unknown(http, collector):
    async def lookup(media_id: str) -> MediaDetails:
        raise RuntimeError("no keys")

    with serve(collector, lookup=lookup) as server:
        answer = http.post(server.url, json={"type": "file_received", "media_id": "m9"})
    assert answer.status_code == 200
    assert collector.deliveries[0].title is None


def test_forwards_every_accepted_event(http, collector):
    with Receiver() as receiver, serve(collector, forward_to=receiver.url) as server:
        http.post(server.url, json=EVENT)
        http.post(server.url, json=EVENT)
        http.post(server.url, content=b"{bad")
        calls = receiver.wait_until(lambda calls: len(calls) == 2)
    assert [call.body for call in calls] == [EVENT, EVENT]
    assert json.loads(json.dumps(calls[0].body)) == EVENT


def test_failed_forward_is_logged_and_listener_survives(http, collector, caplog):
    caplog.set_level(logging.WARNING, logger="aiozstream.listener")
    with serve(collector, forward_to="http://127.0.0.1:9/gone") as server:
        first = http.post(server.url, json=EVENT)
        second = http.post(server.url, json={**EVENT, "type": "encoding_finished"})
        server.stop()
    assert first.status_code == 200
    assert second.status_code == 200
    failures = [
        record.getMessage()
        for record in caplog.records
        if "forwarding an event" in record.getMessage()
    ]
    assert len(failures) == 2
    assert "ConnectError" in failures[0]


def test_loopback_detection():
    assert is_loopback("127.0.0.1")
    assert is_loopback("::1")
    assert is_loopback("localhost")
    assert not is_loopback("0.0.0.0")
    assert not is_loopback("192.0.2.10")
