"""Missing keys: the server requests them by elicitation, public key first, and sends nothing before."""

from __future__ import annotations

import json

import anyio
from mcp.types import ElicitRequestParams, ElicitResult

from tests.conftest import PLANTED_SECRET
from tests.mcp.support import mcp_session, text_of

PROMPT_PUBLIC = "Please enter your AIOZ Stream Public Key:"
PROMPT_SECRET = "Please enter your AIOZ Stream Secret Key:"
REMINDER = "Keep your keys safe — treat them like passwords and consider rotating them after this session."


class KeyForm:
    """An elicitation callback that answers the two key prompts and records what it saw."""

    def __init__(self, sandbox, *, save: bool = False, action: str = "accept") -> None:
        self.sandbox = sandbox
        self.save = save
        self.action = action
        self.messages: list[str] = []
        self.schemas: list[dict] = []
        self.requests_seen: list[int] = []

    async def __call__(self, context, params: ElicitRequestParams) -> ElicitResult:
        self.messages.append(params.message)
        self.schemas.append(params.requested_schema)
        self.requests_seen.append(len(self.sandbox.requests()))
        if self.action != "accept":
            return ElicitResult(action=self.action)
        if len(self.messages) == 1:
            return ElicitResult(action="accept", content={"public_key": self.sandbox.config.public_key})
        content = {"secret_key": self.sandbox.config.secret_key, "save": self.save}
        return ElicitResult(action="accept", content=content)


def test_missing_keys_are_asked_public_then_secret(sandbox, tmp_path, isolated_settings):
    form = KeyForm(sandbox)

    async def main():
        async with mcp_session(
            "--base-url", sandbox.base_url, "mcp", keys=None, errlog=tmp_path / "stderr.txt", elicitation=form
        ) as session:
            first = await session.call_tool("whoami", {})
            second = await session.call_tool("media_list", {})
            return first, second

    first, second = anyio.run(main)

    assert form.messages == [PROMPT_PUBLIC, PROMPT_SECRET]
    assert list(form.schemas[0]["properties"]) == ["public_key"]
    assert form.schemas[0]["properties"]["public_key"]["type"] == "string"
    assert set(form.schemas[1]["properties"]) == {"secret_key", "save"}
    assert form.schemas[1]["required"] == ["secret_key"]
    assert form.requests_seen == [0, 0], "a request reached the sandbox before both keys were given"
    assert not first.is_error, text_of(first)
    assert text_of(first).startswith("> " + REMINDER)
    assert REMINDER not in text_of(second)
    assert not second.is_error
    assert len(form.messages) == 2, "the keys were asked again in the same session"
    assert not (isolated_settings / "config" / "credentials.json").exists()
    texts = [text_of(first), text_of(second), (tmp_path / "stderr.txt").read_text(encoding="utf-8")]
    assert not [text for text in texts if PLANTED_SECRET in text]


def test_keys_saved_when_the_user_asks(sandbox, tmp_path, isolated_settings):
    form = KeyForm(sandbox, save=True)

    async def main():
        async with mcp_session(
            "--base-url", sandbox.base_url, "mcp", keys=None, errlog=tmp_path / "stderr.txt", elicitation=form
        ) as session:
            return await session.call_tool("whoami", {})

    result = anyio.run(main)

    saved = json.loads((isolated_settings / "config" / "credentials.json").read_text(encoding="utf-8"))
    assert not result.is_error
    assert saved["public_key"] == sandbox.config.public_key
    assert PLANTED_SECRET not in text_of(result)


def test_declined_form_sends_nothing_in_chinese(sandbox, tmp_path):
    form = KeyForm(sandbox, action="decline")

    async def main():
        async with mcp_session(
            "--base-url", sandbox.base_url, "mcp", "--lang", "zh",
            keys=None, errlog=tmp_path / "stderr.txt", elicitation=form,
        ) as session:
            return await session.call_tool("media_list", {})

    result = anyio.run(main)

    assert form.messages == ["请输入您的AIOZ Stream公钥:"]
    assert result.is_error
    assert "未输入密钥" in text_of(result)
    assert sandbox.requests() == []


def test_client_without_elicitation_is_told_how(sandbox, tmp_path):
    async def main():
        async with mcp_session(
            "--base-url", sandbox.base_url, "mcp", keys=None, errlog=tmp_path / "stderr.txt"
        ) as session:
            upload_checked = await session.call_tool("media_upload", {"file": str(tmp_path / "missing.mp4")})
            listed = await session.call_tool("media_list", {})
            return upload_checked, listed

    upload_checked, listed = anyio.run(main)

    assert "missing.mp4" in text_of(upload_checked), "local checks run before the keys are needed"
    assert listed.is_error
    assert "AIOZ_PUBLIC_KEY" in text_of(listed)
    assert "aioz login" in text_of(listed)
    assert sandbox.requests() == []


def test_sandbox_flag_serves_with_its_own_keys(tmp_path):
    async def main():
        async with mcp_session("--sandbox", "mcp", keys=None, errlog=tmp_path / "stderr.txt") as session:
            me = await session.call_tool("whoami", {})
            saved = await session.call_tool("save_credentials", {})
            return me, saved

    me, saved = anyio.run(main)

    assert not me.is_error, text_of(me)
    assert "| Field | Value |" in text_of(me)
    assert text_of(saved) == "The sandbox's own keys are in use, so there is nothing to save."
