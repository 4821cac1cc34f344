"""``aioz webhooks listen`` in a child process, fed by the sandbox and by hand-made deliveries."""

from __future__ import annotations

import json

import httpx
import pytest

from aiozstream.emulator import FaultRule
from aiozstream.i18n import t
from aiozstream.listener import parse_time
from aiozstream.settings import link_hosts
from aiozstream.templates import EVENT_STATUS, one_line, render_event
from tests.webhooks.support import upload

from .support import AiozProcess, free_port

FINISHED = {
    "type": "encoding_finished",
    "media_id": "media-x",
    "title": "Demo",
    "media_type": "video",
    "timestamp": "2026-03-01T12:00:30Z",
}
STARTED = {
    "type": "encoding_started",
    "media_id": "media-x",
    "title": "Demo",
    "timestamp": "2026-03-01T12:00:10Z",
}


def start_listener(sandbox, port: int, *args: str, lang: str = "en") -> AiozProcess:
    process = AiozProcess(
        "--lang",
        lang,
        "--base-url",
        sandbox.base_url,
        "webhooks",
        "listen",
        "--port",
        str(port),
        *args,
        env={
            "AIOZ_PUBLIC_KEY": sandbox.config.public_key,
            "AIOZ_SECRET_KEY": sandbox.config.secret_key,
        },
    )
    process.wait_for(lambda out, err: "Ctrl+C" in err)
    return process


def expected_block(event: dict, lang: str, sandbox, status_event: str | None = None) -> str:
    template = render_event(
        event["type"],
        media_id=event["media_id"],
        title=event["title"],
        timestamp=parse_time(event["timestamp"]),
        lang=lang,
        media_type=event.get("media_type") or "video",
        links=link_hosts(sandbox.base_url),
    )
    shown = status_event or event["type"]
    state = t(
        "webhooks.state_line",
        lang,
        media_id=event["media_id"],
        status=EVENT_STATUS[shown],
        event=shown,
    )
    return f"{template}\n{state}\n"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_sandbox_events_render_every_template(keys_env, sample_video, lang):
    sandbox = keys_env
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    process = start_listener(sandbox, port, "--register", url, lang=lang)
    try:
        process.wait_for(lambda out, err: "✅" in err)
        good = upload(sandbox, sample_video, title="Launch talk", qualities=("360p", "720p"))
        process.wait_for(lambda out, err: out.count("encoding_finished") >= 2)
        sandbox.faults.add(FaultRule(kind="fail_transcode", route="MEDIA_COMPLETE"))
        failed = upload(sandbox, sample_video, title="Broken talk")
        process.wait_for(
            lambda out, err: "(from encoding_failed)" in out or "(来自 encoding_failed)" in out
        )
    finally:
        code = process.interrupt()

    delivered = [event for event in sandbox.store.events() if event["media_id"] in (good, failed)]
    assert [event["type"] for event in delivered] == [
        "file_received",
        "encoding_started",
        "partial_finished",
        "partial_finished",
        "encoding_finished",
        "file_received",
        "encoding_started",
        "encoding_failed",
    ]
    assert process.stdout == "".join(expected_block(event, lang, sandbox) for event in delivered)
    assert code == 130
    assert "POST /webhooks/check/" in process.stderr
    assert len(sandbox.requests(route="WEBHOOK_CHECK")) == 1


def test_repeats_out_of_order_and_bad_bodies(keys_env):
    sandbox = keys_env
    port = free_port()
    process = start_listener(sandbox, port)
    url = f"http://127.0.0.1:{port}/"
    try:
        with httpx.Client(timeout=10) as http:
            answers = [
                http.post(url, json=FINISHED),
                http.post(url, json=STARTED),
                http.post(url, content=b'{"type": "encoding_finished",'),
                http.post(url, json={"type": "media_deleted", "media_id": "media-x"}),
                http.post(url, json=FINISHED),
            ]
        process.wait_for(lambda out, err: out.count("status done") == 3)
    finally:
        code = process.interrupt()

    assert [answer.status_code for answer in answers] == [200, 200, 400, 400, 200]
    assert f"on http://127.0.0.1:{port}/ (press Ctrl+C to quit)." in process.stderr
    assert answers[4].json()["repeat"] is True
    done_state = t(
        "webhooks.state_line", "en", media_id="media-x", status="done", event="encoding_finished"
    )
    expected = (
        expected_block(FINISHED, "en", sandbox)
        + expected_block(STARTED, "en", sandbox, status_event="encoding_finished")
        + one_line("encoding_finished")
        + "\n"
        + done_state
        + "\n"
    )
    assert process.stdout == expected
    assert "rejected a webhook delivery" in process.stderr
    assert "not valid JSON" in process.stderr
    assert "unknown event 'media_deleted'" in process.stderr
    assert code == 130
    # The payload carried titles, so the listener never asked the API for one.
    assert sandbox.requests(route="MEDIA_GET") == []


def test_json_lines_and_title_lookup(keys_env, sample_video):
    sandbox = keys_env
    media_id = upload(sandbox, sample_video, title="Looked up")
    gets_before = len(sandbox.requests(route="MEDIA_GET"))
    port = free_port()
    process = start_listener(sandbox, port, "--json")
    try:
        with httpx.Client(timeout=10) as http:
            http.post(
                f"http://127.0.0.1:{port}/",
                json={"event": "file_received", "video_id": media_id, "time": 1772357415},
            )
            http.post(
                f"http://127.0.0.1:{port}/",
                json={"event": "file_received", "video_id": media_id, "time": 1772357415},
            )
        process.wait_for(lambda out, err: out.count("\n") == 2)
    finally:
        process.interrupt()

    records = [json.loads(line) for line in process.stdout.splitlines()]
    assert [record["repeat"] for record in records] == [False, True]
    assert records[0]["title"] == "Looked up"
    assert records[0]["timestamp"] == "2026-03-01T09:30:15Z"
    assert records[0]["state"] == {
        "status": "new",
        "event": "file_received",
        "quality": None,
        "timestamp": "2026-03-01T09:30:15Z",
    }
    # The title was fetched once, for the first delivery; the repeat used the cached one.
    assert len(sandbox.requests(route="MEDIA_GET")) == gets_before + 1


def test_port_in_use_is_input_error(aioz, keys_env):
    port = free_port()
    first = start_listener(keys_env, port)
    try:
        outcome = aioz("--base-url", keys_env.base_url, "webhooks", "listen", "--port", str(port))
    finally:
        first.interrupt()
    assert outcome.exit_code == 2
    assert f"Cannot listen on 127.0.0.1:{port}" in outcome.stderr
