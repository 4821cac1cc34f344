"""The sandbox's webhooks area on the wire, with raw httpx: shapes, forms, validation."""

from __future__ import annotations

import httpx
import pytest

from .support import Receiver

WEBHOOK_FIELDS = {
    "id",
    "user_id",
    "name",
    "url",
    "file_received",
    "encoding_started",
    "partial_finished",
    "encoding_finished",
    "encoding_failed",
    "created_at",
    "updated_at",
    "last_triggered_at",
}


@pytest.fixture
def http(sandbox):
    with httpx.Client(
        base_url=sandbox.base_url, headers=sandbox.auth_headers, timeout=10
    ) as client:
        yield client


def test_create_answers_201_with_openapi_shape(http):
    response = http.post(
        "/webhooks", json={"url": "https://example.com/h", "name": "n", "encoding_finished": True}
    )
    assert response.status_code == 201
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["status"] == "success"
    webhook = body["data"]["webhook"]
    assert set(webhook) == WEBHOOK_FIELDS
    assert webhook["encoding_finished"] is True
    assert webhook["file_received"] is False


def test_create_accepts_form_and_event_list(http):
    form = http.post("/webhooks", data={"url": "https://example.com/f", "file_received": "true"})
    listed = http.post(
        "/webhooks", json={"url": "https://example.com/l", "events": ["partial_finished"]}
    )
    assert form.json()["data"]["webhook"]["file_received"] is True
    assert listed.json()["data"]["webhook"]["partial_finished"] is True
    assert listed.json()["data"]["webhook"]["encoding_finished"] is False


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ({}, "url is required"),
        ({"url": "mailto:a@b.c"}, "http or https URL"),
        ({"url": "https://example.com", "events": ["nope"]}, "unknown events nope"),
        (
            {"url": "https://example.com", "file_received": "maybe"},
            "file_received must be true or false",
        ),
    ],
)
def test_create_rejects_bad_bodies(http, body, fragment):
    response = http.post("/webhooks", json=body)
    assert response.status_code == 400
    assert fragment in response.json()["message"]


def test_get_update_delete_and_ids(http):
    created = http.post("/webhooks", json={"url": "https://example.com/a"}).json()["data"][
        "webhook"
    ]
    path = f"/webhooks/{created['id']}"

    updated = http.patch(path, json={"name": "renamed", "encoding_failed": True})
    assert updated.json() == {"status": "success", "message": "webhook updated"}
    fetched = http.get(path).json()["data"]["webhook"]
    assert fetched["name"] == "renamed"
    assert fetched["encoding_failed"] is True
    assert fetched["file_received"] is False

    assert http.delete(path).json()["status"] == "success"
    assert http.get(path).status_code == 404
    assert http.get("/webhooks/not-a-uuid").status_code == 400


def test_list_filters_sorts_and_pages(http):
    for name, finished in (("b", True), ("a", False), ("c", True)):
        http.post(
            "/webhooks",
            json={
                "url": f"https://example.com/{name}",
                "name": name,
                "encoding_finished": finished,
            },
        )

    by_name = http.get("/webhooks", params={"sort_by": "name", "order_by": "desc"}).json()["data"]
    assert [item["name"] for item in by_name["webhooks"]] == ["c", "b", "a"]
    finished = http.get("/webhooks", params={"encoding_finished": "true"}).json()["data"]
    assert finished["total"] == 2
    page = http.get("/webhooks", params={"offset": 1, "limit": 1}).json()["data"]
    assert page["total"] == 3
    assert [item["name"] for item in page["webhooks"]] == ["a"]
    assert http.get("/webhooks", params={"limit": 101}).status_code == 400
    assert http.get("/webhooks", params={"sort_by": "url"}).status_code == 400


def test_check_calls_the_url(http):
    with Receiver() as receiver:
        created = http.post("/webhooks", json={"url": receiver.url}).json()["data"]["webhook"]
        answer = http.post(f"/webhooks/check/{created['id']}")
        calls = receiver.wait_until(lambda calls: len(calls) == 1)
    assert answer.status_code == 200
    assert answer.json()["status"] == "success"
    assert calls[0].body["type"] == "webhook_check"
    assert calls[0].body["url"] == receiver.url


def test_check_of_dead_url_is_400(http):
    created = http.post("/webhooks", json={"url": "http://127.0.0.1:9/x"}).json()["data"]["webhook"]
    answer = http.post(f"/webhooks/check/{created['id']}")
    assert answer.status_code == 400
    assert "not reachable" in answer.json()["message"]
