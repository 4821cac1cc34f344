"""Payments: the SDK's queries, ``aioz payments`` and the sandbox's ledger of the balance."""

from __future__ import annotations

import json
import re

import httpx
import pytest

from aiozstream import Client, UploadOptions
from aiozstream.emulator import SandboxServer
from aiozstream.errors import InputError

PAYMENT_ROUTES = ("PAYMENT_USAGE", "PAYMENT_TOP_UPS", "PAYMENT_BILLINGS")
TX_HASH = re.compile(r"0x[0-9a-f]{64}")


def payment_requests(sandbox: SandboxServer) -> list[dict]:
    return [entry for entry in sandbox.requests() if entry["route"] in PAYMENT_ROUTES]


def sdk_client(sandbox: SandboxServer) -> Client:
    return Client(sandbox.config.public_key, sandbox.config.secret_key, base_url=sandbox.base_url)


def transcode(sandbox: SandboxServer, video, quality: str) -> float:
    """Upload the video with one quality, wait until it is done, and return what it cost."""
    with sdk_client(sandbox) as client:
        result = client.upload(video, UploadOptions(qualities=[quality]))
    assert sandbox.wait_for_status(result.media.id) == "done"
    return sandbox.store.get("transcodes", result.media.id)["price"]


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={"status": "success", "data": {"top_ups": [], "total": 0}})


def test_sdk_sends_the_skill_document_query_names():
    recorder = Recorder()
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    with Client("public", "secret", base_url="http://127.0.0.1:9/api", http_client=http) as client:
        client.payments.top_ups(sort_by="Amount", order_by="ASC", offset=5, limit=10)
        client.payments.billings()
        client.payments.usage(from_=1725148800, to="2024-09-08", tz="UTC")

    queries = [dict(request.url.params) for request in recorder.requests]
    assert [request.url.path for request in recorder.requests] == [
        "/api/payment/top_ups",
        "/api/payment/billings",
        "/api/payment/usage",
    ]
    assert queries == [
        {"limit": "10", "orderBy": "asc", "sortBy": "amount", "offset": "5"},
        {"limit": "25", "offset": "0"},
        {"from": "1725148800", "to": "1725753600"},
    ]


@pytest.mark.parametrize(
    ("call", "fragment"),
    [
        (lambda p: p.top_ups(order_by="up"), "Invalid order_by 'up'. Allowed: asc, desc."),
        (
            lambda p: p.billings(sort_by="period"),
            "Invalid sort_by 'period'. Allowed: created_at, amount.",
        ),
        (lambda p: p.top_ups(limit=0), "limit must be from 1 to 100"),
        (lambda p: p.billings(offset=-1), "offset must be 0 or more"),
        (lambda p: p.usage(from_="yesterday"), "Pass both from_ and to"),
        (lambda p: p.usage(from_="today", to="yesterday"), "must be earlier than"),
    ],
)
def test_sdk_rejects_bad_input_before_sending(call, fragment):
    recorder = Recorder()
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    with Client("public", "secret", base_url="http://127.0.0.1:9/api", http_client=http) as client:
        with pytest.raises(InputError) as caught:
            call(client.payments)

    assert fragment in str(caught.value)
    assert recorder.requests == []


def test_sdk_reads_other_list_shapes():
    answers = iter([[{"amount": 5, "status": "success"}], {"data": [{"amount": 7}], "total": 9}])

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"status": "success", "data": next(answers)})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with Client("public", "secret", base_url="http://127.0.0.1:9/api", http_client=http) as client:
        bare = client.payments.top_ups()
        enveloped = client.payments.billings()

    assert (bare.total, bare.items[0].amount, bare.items[0].status) == (1, 5, "success")
    assert (enveloped.total, enveloped.items[0].amount) == (9, 7)


def test_opening_top_up_is_the_starting_balance(run, sandbox):
    outcome = run("--json", "payments", "top-ups")

    assert outcome.exit_code == 0, outcome.stderr
    answer = json.loads(outcome.stdout)
    assert answer["total"] == 1
    top_up = answer["top_ups"][0]
    assert top_up["amount"] == sandbox.config.starting_balance
    assert top_up["status"] == "success"
    assert TX_HASH.fullmatch(top_up["transaction_id"])
    assert run("--json", "payments", "top-ups").stdout == outcome.stdout


def test_top_ups_table_for_people(run):
    outcome = run("payments", "top-ups")

    assert outcome.exit_code == 0, outcome.stderr
    assert "1 of 1 top-ups" in outcome.stdout
    assert "1,000" in outcome.stdout
    assert "success" in outcome.stdout
    assert "Transaction" in outcome.stdout


def test_transcoding_charges_become_billings(run, sandbox, sample_video):
    price = transcode(sandbox, sample_video, "360p")

    billings = json.loads(run("--json", "payments", "billings").stdout)
    usage = json.loads(
        run("--json", "payments", "usage", "--from", "yesterday", "--to", "tomorrow").stdout
    )

    assert price > 0
    assert billings["total"] == 1
    bill = billings["billings"][0]
    assert bill["transcode_cost"] == pytest.approx(price)
    assert bill["amount"] == pytest.approx(price)
    assert bill["status"] == "paid"
    assert re.fullmatch(r"\d{4}-\d{2}", bill["period"])
    assert usage["transcode_cost"] == pytest.approx(price)
    assert usage["transcode"] > 0
    assert usage["storage"] == sample_video.stat().st_size
    assert usage["balance"] == pytest.approx(sandbox.config.starting_balance - price)


def test_usage_window_excludes_older_charges(run, sandbox, sample_video):
    transcode(sandbox, sample_video, "360p")

    outcome = run(
        "--json", "payments", "usage", "--from", "2024-01-01", "--to", "2024-02-01", "--tz", "UTC"
    )

    assert outcome.exit_code == 0, outcome.stderr
    usage = json.loads(outcome.stdout)
    assert (usage["from"], usage["to"]) == (1704067200, 1706745600)
    assert usage["transcode_cost"] == 0


def test_usage_table_for_people(run):
    outcome = run("payments", "usage", "--tz", "UTC")

    assert outcome.exit_code == 0, outcome.stderr
    assert "Usage, " in outcome.stdout
    assert "(UTC)" in outcome.stdout
    assert "Balance (AIOZ)" in outcome.stdout
    assert "1,000" in outcome.stdout


def test_admin_raise_becomes_a_top_up(run, sandbox):
    run("payments", "top-ups")
    httpx.put(sandbox.admin_url + "/balance", json={"balance": 1250})

    outcome = run("--json", "payments", "top-ups", "--sort-by", "amount", "--order", "asc")

    amounts = [top_up["amount"] for top_up in json.loads(outcome.stdout)["top_ups"]]
    assert amounts == [250, 1000]


def test_all_pages(run, sandbox):
    run("payments", "top-ups")
    httpx.put(sandbox.admin_url + "/balance", json={"balance": 1100})
    run("payments", "top-ups")
    httpx.put(sandbox.admin_url + "/balance", json={"balance": 1300})

    one_page = json.loads(run("--json", "payments", "top-ups", "--limit", "1").stdout)
    every_page = json.loads(run("--json", "payments", "top-ups", "--limit", "1", "--all").stdout)
    second = json.loads(
        run("--json", "payments", "top-ups", "--limit", "1", "--offset", "1").stdout
    )

    assert one_page["total"] == 3
    assert len(one_page["top_ups"]) == 1
    assert len(every_page["top_ups"]) == 3
    assert second["top_ups"][0] == every_page["top_ups"][1]
    assert len(payment_requests(sandbox)) == 2 + 1 + 3 + 1


def test_empty_billings(run):
    outcome = run("payments", "billings")

    assert outcome.exit_code == 0, outcome.stderr
    assert "0 of 0 billings" in outcome.stdout


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("top-ups", "--order", "newest"), "Invalid --order 'newest'. Allowed: asc, desc."),
        (
            ("billings", "--sort-by", "month"),
            "Invalid --sort-by 'month'. Allowed: created_at, amount.",
        ),
        (("usage", "--from", "today", "--to", "yesterday"), "--from"),
        (("usage", "--from", "not a date"), "Invalid date for --from"),
    ],
)
def test_bad_input_exits_2_without_request(run, sandbox, args, fragment):
    outcome = run("payments", *args)

    assert outcome.exit_code == 2
    assert fragment in outcome.stderr
    assert payment_requests(sandbox) == []


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/payment/top_ups?orderBy=up", "invalid orderBy 'up'"),
        ("/payment/billings?sortBy=period", "cannot sort by 'period'"),
        ("/payment/top_ups?limit=0", "limit must be at least 1"),
        ("/payment/usage?from=10&to=5", "from (10) must be earlier than to (5)"),
    ],
)
def test_sandbox_answers_400(sandbox, path, message):
    response = httpx.get(sandbox.base_url + path, headers=sandbox.auth_headers)

    assert response.status_code == 400
    assert message in response.json()["message"]


def test_sandbox_accepts_snake_case_names(sandbox):
    response = httpx.get(
        sandbox.base_url + "/payment/top_ups?order_by=asc&sort_by=amount",
        headers=sandbox.auth_headers,
    )

    assert response.status_code == 200
    assert response.json()["data"]["total"] == 1
