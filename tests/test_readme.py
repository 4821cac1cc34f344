"""The README's Python example runs as written against a sandbox."""

from __future__ import annotations

import re

from tests.conftest import REPO_ROOT


def python_blocks(text: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)


def test_readme_sdk_example_runs(sandbox_server, monkeypatch, capsys):
    blocks = python_blocks((REPO_ROOT / "README.md").read_text(encoding="utf-8"))
    assert blocks, "README has no Python example"
    monkeypatch.setenv("AIOZ_BASE_URL", sandbox_server.base_url)
    source = (
        blocks[0]
        .replace('"PUBLIC_KEY"', repr(sandbox_server.config.public_key))
        .replace('"SECRET_KEY"', repr(sandbox_server.config.secret_key))
        .replace('"talk.mp4"', repr(str(REPO_ROOT / "samples" / "sample.mp4")))
    )

    exec(compile(source, "README.md", "exec"), {})

    printed = capsys.readouterr().out.splitlines()
    assert printed, "the example printed nothing"
    media_id = printed[0].split()[0]
    assert sandbox_server.store.get("media", media_id) is not None
