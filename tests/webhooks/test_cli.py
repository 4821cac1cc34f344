"""``aioz webhooks``: every command, the check after create and update, and bad input."""

from __future__ import annotations

import json

import pytest

from .support import Receiver, client_for


def run(aioz, sandbox, *args: str, lang: str = "en"):
    return aioz("--lang", lang, "--base-url", sandbox.base_url, *args)


def test_create_checks_and_calls_reachable_webhook_active(aioz, keys_env):
    with Receiver() as receiver:
        outcome = run(
            aioz,
            keys_env,
            "webhooks",
            "create",
            receiver.url,
            "--event",
            "encoding_finished",
            "--name",
            "ci",
        )
        receiver.wait_until(lambda calls: len(calls) == 1)

    assert outcome.exit_code == 0, outcome.output
    assert f"created for {receiver.url}" in outcome.stdout
    assert f"✅ {receiver.url} responded to the check" in outcome.stdout
    assert "is active" in outcome.stdout
    assert "POST /webhooks/check/" in outcome.stderr
    assert len(keys_env.requests(route="WEBHOOK_CHECK")) == 1


def test_create_reports_unreachable_webhook_not_active(aioz, keys_env):
    outcome = run(aioz, keys_env, "webhooks", "create", "http://127.0.0.1:9/hook")
    assert outcome.exit_code == 0, outcome.output
    assert "did not respond to the check" in outcome.stdout
    assert "is saved but not active" in outcome.stdout
    assert "is active" not in outcome.stdout


def test_create_in_chinese(aioz, keys_env):
    outcome = run(aioz, keys_env, "webhooks", "create", "http://127.0.0.1:9/hook", lang="zh")
    assert outcome.exit_code == 0, outcome.output
    assert "未响应检查" in outcome.stdout
    assert "已保存但未启用" in outcome.stdout


def test_json_create_list_show(aioz, keys_env):
    created = run(
        aioz,
        keys_env,
        "--json",
        "webhooks",
        "create",
        "http://127.0.0.1:9/a",
        "-e",
        "file_received",
    )
    record = json.loads(created.stdout)
    assert record["kind"] == "webhook"
    assert record["active"] is False
    webhook_id = record["webhook"]["id"]

    listed = json.loads(run(aioz, keys_env, "--json", "webhooks", "list").stdout)
    assert listed["total"] == 1
    assert listed["webhooks"][0]["id"] == webhook_id
    shown = json.loads(run(aioz, keys_env, "--json", "webhooks", "show", webhook_id).stdout)
    assert shown["file_received"] is True
    assert shown["encoding_finished"] is False


def test_list_table_pages(aioz, keys_env):
    with client_for(keys_env) as client:
        for number in range(3):
            client.webhooks.create(f"http://127.0.0.1:9/{number}", name=f"hook-{number}")
    first = run(aioz, keys_env, "webhooks", "list", "--limit", "2")
    every = run(aioz, keys_env, "webhooks", "list", "--limit", "1", "--all")
    skipped = run(aioz, keys_env, "webhooks", "list", "--offset", "2")

    assert "Webhooks: 2 shown of 3" in first.stdout
    assert "Webhooks: 3 shown of 3" in every.stdout
    assert "hook-2" in skipped.stdout
    assert "hook-0" not in skipped.stdout


def test_update_then_check(aioz, keys_env):
    with client_for(keys_env) as client:
        webhook = client.webhooks.create("http://127.0.0.1:9/old")
    with Receiver() as receiver:
        outcome = run(
            aioz,
            keys_env,
            "webhooks",
            "update",
            webhook.id,
            "--url",
            receiver.url,
            "-e",
            "encoding_failed",
        )
    assert outcome.exit_code == 0, outcome.output
    assert f"Webhook {webhook.id} updated." in outcome.stdout
    assert "responded to the check" in outcome.stdout
    with client_for(keys_env) as client:
        fetched = client.webhooks.get(webhook.id)
    assert fetched.url == receiver.url
    assert fetched.events == ["encoding_failed"]


def test_check_exit_codes(aioz, keys_env):
    with client_for(keys_env) as client:
        dead = client.webhooks.create("http://127.0.0.1:9/dead")
    with Receiver() as receiver:
        with client_for(keys_env) as client:
            alive = client.webhooks.create(receiver.url)
        reachable = run(aioz, keys_env, "webhooks", "check", alive.id)
    unreachable = run(aioz, keys_env, "webhooks", "check", dead.id)
    assert reachable.exit_code == 0
    assert unreachable.exit_code == 1
    assert "did not respond to the check" in unreachable.stdout


def test_delete_confirms(aioz, keys_env):
    with client_for(keys_env) as client:
        webhook = client.webhooks.create("http://127.0.0.1:9/x")
    refused = run(aioz, keys_env, "webhooks", "delete", webhook.id)
    assert refused.exit_code == 2
    assert keys_env.requests(route="WEBHOOK_DELETE") == []

    deleted = run(aioz, keys_env, "webhooks", "delete", webhook.id, "--yes")
    assert deleted.exit_code == 0
    assert f"Webhook {webhook.id} deleted." in deleted.stdout


def test_unknown_id_is_api_error(aioz, keys_env):
    outcome = run(aioz, keys_env, "webhooks", "show", "0b5b0c4e-8a53-4d39-a9a3-1f1b1d2a9c55")
    assert outcome.exit_code == 1
    assert "not found" in outcome.stderr


@pytest.mark.parametrize(
    ("args", "fragment", "route"),
    [
        (
            ("create", "example.com/hook"),
            "Invalid webhook URL 'example.com/hook'",
            "WEBHOOK_CREATE",
        ),
        (
            ("create", "https://example.com/h", "-e", "done"),
            "Unknown webhook event 'done'",
            "WEBHOOK_CREATE",
        ),
        (("update", "0b5b0c4e-8a53-4d39-a9a3-1f1b1d2a9c55"), "Nothing to update", "WEBHOOK_UPDATE"),
        (
            ("update", "0b5b0c4e-8a53-4d39-a9a3-1f1b1d2a9c55", "--url", "ftp://x"),
            "Invalid webhook URL",
            "WEBHOOK_UPDATE",
        ),
        (("list", "--limit", "0"), "Invalid page size 0", "WEBHOOK_LIST"),
        (("listen", "--port", "70000"), "Invalid port 70000", None),
        (("listen", "--forward-to", "nowhere"), "Invalid webhook URL 'nowhere'", None),
        (("listen", "--path", "hooks"), "Invalid listener path 'hooks'", None),
    ],
)
def test_bad_input_exits_2_before_requests(aioz, keys_env, args, fragment, route):
    outcome = run(aioz, keys_env, "webhooks", *args)
    assert outcome.exit_code == 2, outcome.output
    assert fragment in outcome.stderr
    assert len(outcome.stderr.strip().splitlines()) == 1
    assert keys_env.requests() == []


def test_bad_input_needs_no_keys(aioz, sandbox):
    outcome = run(aioz, sandbox, "webhooks", "create", "notaurl")
    assert outcome.exit_code == 2
    assert "Invalid webhook URL" in outcome.stderr
