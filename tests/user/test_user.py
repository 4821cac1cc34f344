"""``client.user.me()``, ``aioz whoami`` and the sandbox's ``GET /user/me``."""

from __future__ import annotations

import json

import httpx
import pytest
from click.testing import CliRunner

from aiozstream import Client, routes
from aiozstream.cli.main import run
from aiozstream.emulator import SandboxServer
from tests.playlists.support import check_against, response_schema, routes_sent, run_cli


def test_me_returns_sandbox_account(client: Client, sandbox: SandboxServer) -> None:
    user = client.user.me()

    assert user.id == sandbox.sandbox.user_id
    assert user.full_name == "Sandbox User"
    assert user.email == "sandbox@example.com"
    assert user.wallet_address.startswith("0x")
    assert len(user.wallet_address) == 42


def test_me_is_deterministic(client: Client) -> None:
    assert client.user.me() == client.user.me()


def test_balance_follows_sandbox_balance(client: Client, sandbox: SandboxServer) -> None:
    sandbox.store.set_balance(12.5)
    try:
        assert client.user.me().balance == "12.5"
        sandbox.store.set_balance(0)
        assert client.user.me().balance == "0"
    finally:
        sandbox.store.set_balance(sandbox.config.starting_balance)


def test_me_sends_both_key_headers() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, json={"status": "success", "data": {"user": {"id": "u1", "balance": "3"}}}
        )

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with Client(
        "public", "secret-value", base_url="http://127.0.0.1:9/api", http_client=http
    ) as client:
        user = client.user.me()

    assert user.balance == "3"
    assert seen[0].url.path == "/api/user/me"
    assert seen[0].headers["stream-public-key"] == "public"
    assert seen[0].headers["stream-secret-key"] == "secret-value"


def test_sandbox_response_matches_document(sandbox: SandboxServer) -> None:
    with httpx.Client(base_url=sandbox.base_url, headers=sandbox.auth_headers) as http:
        response = http.get("/user/me")

    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    check_against(response.json(), response_schema(routes.USER_ME, 200), "GET /user/me")


def test_whoami_table_and_json(sandbox: SandboxServer) -> None:
    table = run_cli(sandbox, "whoami")
    as_json = run_cli(sandbox, "--json", "whoami")

    assert table.exit_code == 0, table.output
    assert "Wallet address" in table.stdout
    assert "Balance (AIOZ)" in table.stdout
    assert "sandbox@example.com" in table.stdout
    assert json.loads(as_json.stdout)["id"] == sandbox.sandbox.user_id


def test_whoami_in_chinese(sandbox: SandboxServer) -> None:
    outcome = run_cli(sandbox, "--lang", "zh", "whoami")

    assert "钱包地址" in outcome.stdout
    assert "余额" in outcome.stdout


def test_whoami_without_keys_sends_nothing(sandbox: SandboxServer) -> None:
    sandbox.request_log.clear()
    with CliRunner().isolation() as streams:
        with pytest.raises(SystemExit) as stop:
            run(["--base-url", sandbox.base_url, "whoami"])
        stderr = streams[1].getvalue().decode()

    assert stop.value.code == 2
    assert "AIOZ_PUBLIC_KEY" in stderr
    assert routes_sent(sandbox) == []


def test_whoami_in_root_help(sandbox: SandboxServer) -> None:
    outcome = run_cli(sandbox, "--help")

    assert "whoami" in outcome.stdout
    assert "api-keys" in outcome.stdout
    assert "playlists" in outcome.stdout
