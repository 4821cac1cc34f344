"""Run the ``aioz`` command in-process and capture what it prints."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from click.testing import CliRunner

from aiozstream.cli.main import run


@dataclass
class Outcome:
    exit_code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


@pytest.fixture
def aioz():
    """Return a function that runs ``aioz ARGS`` with optional stdin and environment."""
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> Outcome:
        with runner.isolation(input=input, env=env) as streams:
            try:
                run(list(args))
                code = 0
            except SystemExit as stop:
                if isinstance(stop.code, int):
                    code = stop.code
                elif stop.code is None:
                    code = 0
                else:
                    code = 1
            stdout = streams[0].getvalue().decode("utf-8", "replace")
            stderr = streams[1].getvalue().decode("utf-8", "replace")
        return Outcome(code, stdout, stderr)

    return invoke
