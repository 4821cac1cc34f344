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
        errors_file = roomy_folder / "stderr.txt"
        with errors_file.open("wb") as errors_out:
            process = subprocess.Popen(
                [sys.executable, "-m", "aiozstream.cli", "--json", "--base-url", sandbox.base_url, "upload", str(source)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=errors_out,
            )
            stdout = process.stdout.read()
            # wait4 reaps this one child and returns its own resource usage, peak RSS included.
            _, status, usage = os.wait4(process.pid, 0)
            process.returncode = os.waitstatus_to_exitcode(status)

        assert process.returncode == 0, errors_file.read_text()
        result = json.loads(stdout.decode().splitlines()[-1])
        assert sandbox.store.assembled_path(result["media"]["id"]).stat().st_size == 3 * GIB + 123

    peak_mib = usage.ru_maxrss / 1024
    print(f"client peak memory {peak_mib:.1f} MiB")
    assert peak_mib < PEAK_LIMIT_MIB, f"client peak memory {peak_mib:.0f} MiB"
