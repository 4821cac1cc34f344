"""Settings of one sandbox emulator instance."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from aiozstream.emulator.faults import FaultRule

DEFAULT_PUBLIC_KEY = "sandbox-public-key"
DEFAULT_SECRET_KEY = "sandbox-secret-key"
MIB = 1024 * 1024


@dataclass
class SandboxConfig:
    """Everything a sandbox needs to start; every field has a default that suits tests.

    The secret key is left out of ``repr`` so that logging a config cannot leak it.
    """

    public_key: str = DEFAULT_PUBLIC_KEY
    """Public key that every ``/api`` request must present."""

    secret_key: str = field(default=DEFAULT_SECRET_KEY, repr=False)
    """Secret key that every ``/api`` request must present. Never logged or echoed."""

    data_dir: Path | None = None
    """Folder for the state file and the blobs. ``None``: a temporary folder that the
    server deletes when it stops, so nothing survives."""

    transcode_delay: float = 2.0
    """Seconds from the start of encoding to ``done`` or ``fail``; 0 finishes at once."""

    starting_balance: float = 1000.0
    """Account balance of a new data folder, in the same unit as prices."""

    price_per_quality_second: float = 0.001
    """Transcoding price of one second of media in one quality."""

    faults: list[FaultRule] = field(default_factory=list)
    """Faults active from start-up; the admin endpoint ``/_sandbox/faults`` changes them."""

    public_api_url: str | None = None
    """Base of the stream, thumbnail and source URLs in media assets, without a trailing
    slash. ``None``: the sandbox's own ``/api`` URL as the client reached it."""

    public_embed_url: str | None = None
    """Base of the player URLs in media assets. ``None``: the sandbox's own ``/embed``."""

    # NOTE: AIOZ publishes no request limit; 1000 per minute is a placeholder that real
    # clients and the test suite stay well below.
    rate_limit: int = 1000
    """Requests allowed per rate-limit window before the sandbox responds 429."""

    rate_limit_window: float = 60.0
    """Length of one rate-limit window in seconds (AIOZ counts requests per minute)."""

    max_part_bytes: int = 200 * MIB
    """Largest part accepted by ``POST /media/{id}/part``, in bytes; 200 MiB is the largest
    chunk aiozstream's uploader sends."""

    max_thumbnail_bytes: int = 8 * MIB
    """Largest thumbnail image accepted, in bytes."""

    request_log_size: int = 10_000
    """Number of requests kept in the request log; older entries are dropped first."""

    # Webhook delivery (emulator/delivery.py).
    webhook_attempts: int = 4
    """Calls per webhook event, the first included; an event that gets no 2xx is retried."""

    webhook_backoff: float = 0.5
    """Seconds before the first retry of a webhook event; each further retry waits twice as
    long, at most 30 s."""

    webhook_timeout: float = 5.0
    """Seconds a webhook URL has to respond to one call before it counts as failed."""
    # End of webhook delivery.

    def __post_init__(self) -> None:
        if self.data_dir is not None:
            self.data_dir = Path(self.data_dir)
        self.faults = [
            rule if isinstance(rule, FaultRule) else FaultRule.from_dict(rule)
            for rule in self.faults
        ]
        if not self.public_key or not self.secret_key:
            raise ValueError("SandboxConfig needs a non-empty public_key and secret_key")
        if self.transcode_delay < 0:
            raise ValueError(
                f"transcode_delay must be 0 or more seconds, got {self.transcode_delay}"
            )
        if self.rate_limit < 1 or self.rate_limit_window <= 0:
            raise ValueError("rate_limit must be 1 or more and rate_limit_window more than 0")
        if self.webhook_attempts < 1 or self.webhook_backoff < 0 or self.webhook_timeout <= 0:
            raise ValueError(
                "webhook_attempts must be 1 or more, webhook_backoff 0 or more and "
                "webhook_timeout more than 0"
            )
