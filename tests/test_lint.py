"""The linter's rules hold, including the ban on rich outside the CLI's console module."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO_ROOT


def test_ruff_finds_nothing():
    command = [sys.executable, "-m", "ruff", "check", "src", "tests", "benchmarks"]
    finished = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True)
    assert finished.returncode == 0, finished.stdout + finished.stderr
