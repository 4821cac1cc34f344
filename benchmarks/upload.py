"""Upload benchmark: aiozstream against the skill document's curl recipe and a naive client.

Generates a file (1 GiB by default), starts a sandbox in its own process, and
uploads the file once with each client, each in a fresh measuring process:

* ``aiozstream``: ``aioz --json upload FILE`` at its default settings
  (50 MiB chunks, 3 in parallel, each byte read once).
* ``curl-recipe``: the skill document's recipe: ``split``, then for each chunk
  ``md5sum`` and one ``curl`` POST, one after another.
* ``read-twice``: a sequential httpx client that reads each chunk into memory
  for its MD5, then reads it again to send it.

For each run it reports wall time, CPU time (user + system of the client and
its child processes, not the sandbox's) and the largest resident set size of
any client process. Run it from the repository root:

    python benchmarks/upload.py                 # 1 GiB, all three clients
    python benchmarks/upload.py --size-mib 256 --clients aiozstream,curl-recipe
    python benchmarks/upload.py --latency-ms 200   # each part's response delayed 200 ms

The sandbox runs on the same two cores as the client, so on a small machine
the sandbox's own MD5 and copying bound every client; ``--latency-ms`` adds a
wait per part, as a remote API's processing and round trip would.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

MIB = 1024 * 1024
PUBLIC_KEY = "sandbox-public-key"
SECRET_KEY = "sandbox-secret-key"
CLIENTS = ("aiozstream", "curl-recipe", "read-twice")

SANDBOX_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from aiozstream.emulator import FaultRule, SandboxConfig, SandboxServer
    latency = float(sys.argv[2])
    faults = [FaultRule(kind="delay", route="MEDIA_PART", delay=latency, times=None)] if latency else []
    config = SandboxConfig(data_dir=Path(sys.argv[1]), transcode_delay=0, faults=faults)
    server = SandboxServer(config).start()
    print(server.base_url, flush=True)
    while True:
        time.sleep(1)
    """
)

CURL_RECIPE = textwrap.dedent(
    """
    set -euo pipefail
    file="$1"; base="$2"; chunk_mib="$3"; work="$4"
    auth=(-H "stream-public-key: $AIOZ_PUBLIC_KEY" -H "stream-secret-key: $AIOZ_SECRET_KEY")
    total=$(stat -c %s "$file")
    id=$(curl -sf "${auth[@]}" -H 'Content-Type: application/json' \\
         -d '{"title":"curl recipe","type":"video"}' "$base/media/create" \\
         | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["id"])')
    cd "$work"
    split -b "${chunk_mib}M" -d -a 4 "$file" part_
    start=0; index=1
    for part in part_*; do
      size=$(stat -c %s "$part"); end=$((start + size - 1))
      hash=$(md5sum "$part" | cut -d' ' -f1)
      curl -sf "${auth[@]}" -H "Content-Range: bytes $start-$end/$total" \\
           -F "file=@$part" -F "index=$index" -F "hash=$hash" "$base/media/$id/part" > /dev/null
      start=$((end + 1)); index=$((index + 1))
    done
    curl -sf "${auth[@]}" "$base/media/$id/complete" > /dev/null
    """
)

READ_TWICE_SCRIPT = textwrap.dedent(
    """
    import hashlib, os, sys
    import httpx
    path, base, chunk_size = sys.argv[1], sys.argv[2], int(sys.argv[3])
    headers = {"stream-public-key": os.environ["AIOZ_PUBLIC_KEY"], "stream-secret-key": os.environ["AIOZ_SECRET_KEY"]}
    total = os.path.getsize(path)
    with httpx.Client(timeout=300, headers=headers) as client:
        created = client.post(f"{base}/media/create", json={"title": "read twice", "type": "video"})
        media_id = created.json()["data"]["id"]
        with open(path, "rb") as handle:
            for index, start in enumerate(range(0, total, chunk_size), start=1):
                handle.seek(start)
                digest = hashlib.md5(handle.read(chunk_size)).hexdigest()
                handle.seek(start)
                chunk = handle.read(chunk_size)
                end = start + len(chunk) - 1
                answer = client.post(
                    f"{base}/media/{media_id}/part",
                    headers={"Content-Range": f"bytes {start}-{end}/{total}"},
                    data={"index": str(index), "hash": digest},
                    files={"file": ("part", chunk)},
                )
                answer.raise_for_status()
        client.get(f"{base}/media/{media_id}/complete").raise_for_status()
    """
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mib", type=int, default=1024, help="size of the generated file in MiB")
    parser.add_argument("--chunk-mib", type=int, default=50, help="chunk size for the curl and read-twice clients")
    parser.add_argument("--clients", default=",".join(CLIENTS), help="comma-separated clients to run")
    parser.add_argument("--sparse", action="store_true", help="make the file sparse (zeros) instead of random")
    parser.add_argument(
        "--latency-ms", type=float, default=0, help="delay the sandbox adds before responding to each part, in ms"
    )
    parser.add_argument("--workdir", type=Path, help="folder for the file and sandbox data (default: a temporary one)")
    args = parser.parse_args()

    clients = [name.strip() for name in args.clients.split(",") if name.strip()]
    unknown = set(clients) - set(CLIENTS)
    if unknown:
        parser.error(f"unknown clients {sorted(unknown)}; choose from {', '.join(CLIENTS)}")

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="aiozstream-bench-", dir=_memory_folder(args.size_mib)))
    print(f"working folder: {workdir}")
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        source = workdir / "source.bin"
        _make_file(source, args.size_mib * MIB, sparse=args.sparse)
        results = [_run_client(name, source, workdir, args.chunk_mib, args.latency_ms / 1000) for name in clients]
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)

    _print_report(results, args.size_mib, args.latency_ms)


def _memory_folder(size_mib: int) -> str | None:
    """Prefer a RAM-backed folder, so the sandbox's disk writes do not decide the result."""
    shm = Path("/dev/shm")
    if shm.is_dir() and shutil.disk_usage(shm).free > 4 * size_mib * MIB:
        return str(shm)
    return None


def _make_file(path: Path, size: int, sparse: bool) -> None:
    with path.open("wb") as handle:
        if sparse:
            handle.truncate(size)
            return
        block = os.urandom(MIB)
        for number in range(size // MIB):
            # Vary each block cheaply so no two chunks are identical.
            handle.write(number.to_bytes(8, "little") + block[8:])
        handle.write(os.urandom(size % MIB))


def _run_client(name: str, source: Path, workdir: Path, chunk_mib: int, latency: float) -> dict:
    data_dir = workdir / f"sandbox-{name}"
    sandbox = subprocess.Popen(
        [sys.executable, "-c", SANDBOX_SCRIPT, str(data_dir), str(latency)], stdout=subprocess.PIPE, text=True
    )
    try:
        base_url = sandbox.stdout.readline().strip()
        env = {**os.environ, "AIOZ_PUBLIC_KEY": PUBLIC_KEY, "AIOZ_SECRET_KEY": SECRET_KEY, "AIOZ_KEYRING": "off"}
        env["AIOZ_STATE_DIR"] = str(workdir / "state")
        if name == "aiozstream":
            aioz = Path(sys.executable).with_name("aioz")
            command = [str(aioz), "--json", "--base-url", base_url, "upload", str(source), "--new"]
        elif name == "curl-recipe":
            parts = workdir / "curl-parts"
            parts.mkdir(exist_ok=True)
            command = ["bash", "-c", CURL_RECIPE, "recipe", str(source), base_url, str(chunk_mib), str(parts)]
        else:
            command = [sys.executable, "-c", READ_TWICE_SCRIPT, str(source), base_url, str(chunk_mib * MIB)]
        measured = _measure(command, env)
        shutil.rmtree(workdir / "curl-parts", ignore_errors=True)
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=30)
        shutil.rmtree(data_dir, ignore_errors=True)
    measured["client"] = name
    return measured


def _measure(command: list[str], env: dict[str, str]) -> dict:
    """Run ``command`` in a fresh process that reports its children's usage, so runs do not mix."""
    probe = textwrap.dedent(
        """
        import json, resource, subprocess, sys, time
        started = time.perf_counter()
        code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
        wall = time.perf_counter() - started
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = usage.ru_utime + usage.ru_stime
        print(json.dumps({"exit": code, "wall": wall, "cpu": cpu, "peak_kib": usage.ru_maxrss}))
        """
    )
    finished = subprocess.run(
        [sys.executable, "-c", probe, *command], env=env, capture_output=True, text=True, check=True
    )
    result = json.loads(finished.stdout.strip().splitlines()[-1])
    if result["exit"] != 0:
        raise SystemExit(f"{command[0]} failed with exit code {result['exit']}")
    return result


def _print_report(results: list[dict], size_mib: int, latency_ms: float) -> None:
    baseline = next((result for result in results if result["client"] == "curl-recipe"), None)
    print(
        f"file: {size_mib} MiB · part latency: {latency_ms:g} ms · machine: {os.cpu_count()} cores"
        f" · python {sys.version.split()[0]}"
    )
    print(f"{'client':<12} {'wall s':>8} {'cpu s':>8} {'peak MiB':>9} {'MiB/s':>8} {'vs curl':>8}")
    for result in results:
        throughput = size_mib / result["wall"]
        ratio = baseline["wall"] / result["wall"] if baseline else float("nan")
        print(
            f"{result['client']:<12} {result['wall']:>8.2f} {result['cpu']:>8.2f} "
            f"{result['peak_kib'] / 1024:>9.1f} {throughput:>8.1f} {ratio:>7.2f}x"
        )


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_NOFILE, resource.getrlimit(resource.RLIMIT_NOFILE))
    main()
