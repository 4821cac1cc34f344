"""``python -m aiozstream.emulator``: serve a sandbox until Ctrl+C."""

from __future__ import annotations

import argparse
from pathlib import Path

from aiozstream.emulator.config import DEFAULT_PUBLIC_KEY, SandboxConfig
from aiozstream.emulator.server import DEFAULT_HOST, serve


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m aiozstream.emulator",
        description="Serve a local emulator of the AIOZ Stream API under http://HOST:PORT/api.",
    )
    parser.add_argument("--host", default=DEFAULT_HOST, help="interface to listen on")
    parser.add_argument("--port", type=int, default=8080, help="TCP port; 0 picks a free one")
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="folder that keeps media and uploads across restarts (default: temporary)",
    )
    parser.add_argument("--public-key", default=DEFAULT_PUBLIC_KEY, help="accepted public key")
    parser.add_argument(
        "--transcode-delay",
        type=float,
        default=2.0,
        help="seconds from the start of encoding to done or fail",
    )
    parser.add_argument(
        "--balance", type=float, default=1000.0, help="starting balance of a new data folder"
    )
    args = parser.parse_args(argv)

    # The secret key stays at its default here: a key on the command line would
    # land in shell history and process listings.
    config = SandboxConfig(
        public_key=args.public_key,
        data_dir=args.data_dir,
        transcode_delay=args.transcode_delay,
        starting_balance=args.balance,
    )
    serve(config, host=args.host, port=args.port)


if __name__ == "__main__":
    main()
