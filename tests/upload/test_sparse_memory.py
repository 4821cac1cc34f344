"""A sparse file of several GiB uploads with the client's memory bounded."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from aiozstream.emulator import SandboxConfig, SandboxServer

GIB = 1024**3
PEAK_LIMIT_MIB = 150

# Runs the client from a small fresh process and prints the client's peak RSS on stderr.
# Measuring from the test process itself would not work: a child forked from a large
# process starts its RSS count at the parent's size.
MEASURE = """
import json, resource, subprocess, sys
code = subprocess.run(sys.argv[1:]).returncode
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"peak_kib": peak}), file=sys.stderr)
sys.exit(code)
"""


@pytest.fixture
def roomy_folder(tmp_path):
    """A folder for several GiB: RAM-backed where available, so the test does not wait on the disk."""
    shm = Path("/dev/shm")
    if shm.is_dir() and shutil.disk_usage(shm).free > 8 * GIB:
        folder = Path(tempfile.mkdtemp(prefix="aiozstream-sparse-", dir=shm))
        yield folder
        shutil.rmtree(folder, ignore_errors=True)
    else:
        yield tmp_path


def test_sparse_file_upload_peak_memory(roomy_folder):
    source = roomy_folder / "sparse.bin"
    with source.open("wb") as handle:
        handle.truncate(3 * GIB + 123)
    config = SandboxConfig(data_dir=roomy_folder / "sandbox", transcode_delay=0)
    env = {
        **os.environ,
        "AIOZ_PUBLIC_KEY": config.public_key,
        "AIOZ_SECRET_KEY": config.secret_key,
    }

    with SandboxServer(config) as sandbox:
        command = [
            sys.executable,
            "-m",
            "aiozstream.cli",
            "--json",
            "--base-url",
            sandbox.base_url,
            "upload",
            str(source),
        ]
        finished = subprocess.run(
            [sys.executable, "-c", MEASURE, *command], env=env, capture_output=True, text=True, timeout=600
        )
        assert finished.returncode == 0, finished.stderr
        report = json.loads(finished.stderr.strip().splitlines()[-1])
        result = json.loads(finished.stdout.splitlines()[-1])
        assert sandbox.store.assembled_path(result["media"]["id"]).stat().st_size == 3 * GIB + 123

    peak_mib = report["peak_kib"] / 1024
    print(f"client peak memory {peak_mib:.1f} MiB")
    assert peak_mib < PEAK_LIMIT_MIB, f"client peak memory {peak_mib:.0f} MiB"
