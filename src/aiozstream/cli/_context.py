"""State shared by every command: language, output mode, debug, and how to reach the API."""

from __future__ import annotations

import atexit
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import typer

from aiozstream import i18n
from aiozstream._core import credentials as credential_store
from aiozstream._core.credentials import Credentials
from aiozstream._core.redaction import RedactingFilter
from aiozstream.cli import _console
from aiozstream.client import AsyncClient, Client
from aiozstream.errors import InputError, MissingCredentialsError
from aiozstream.settings import link_hosts

SANDBOX_DATA_ENV = "AIOZ_SANDBOX_DATA"
SANDBOX_TRANSCODE_DELAY = 2.0  # seconds per transcoding step of the in-process sandbox


@dataclass
class AppState:
    """Options of the root command, kept for the subcommands."""

    json_output: bool = False
    debug: bool = False
    sandbox: bool = False
    base_url: str | None = None
    _sandbox_server: Any = field(default=None, repr=False)
    _credentials: Credentials | None = field(default=None, repr=False)

    def api_base_url(self) -> str | None:
        """Return the base URL to call: the in-process sandbox's, the option's, or ``None`` (default)."""
        if self.sandbox:
            return self._start_sandbox().base_url
        return self.base_url

    def link_hosts(self):
        """Return the API and player hosts used to build media links for this invocation."""
        return link_hosts(self.api_base_url())

    def credentials(self) -> Credentials:
        """Return the key pair, asking for it on a terminal when none is configured."""
        if self._credentials is not None:
            return self._credentials
        if self.sandbox:
            config = self._start_sandbox().config
            self._credentials = Credentials.of(config.public_key, config.secret_key)
            return self._credentials
        try:
            self._credentials = credential_store.resolve()
        except MissingCredentialsError:
            if self.json_output or not _console.is_terminal():
                raise
            self._credentials = ask_credentials()
            _console.print_notice(i18n.t("cli.login_hint"))
        return self._credentials

    def client(self) -> Client:
        """Return a blocking client for this invocation."""
        return Client(credentials=self.credentials(), base_url=self.api_base_url())

    def async_client(self) -> AsyncClient:
        """Return an asyncio client for this invocation."""
        return AsyncClient(credentials=self.credentials(), base_url=self.api_base_url())

    def _start_sandbox(self):
        if self._sandbox_server is None:
            from aiozstream.emulator import SandboxConfig, SandboxServer

            data_dir = Path(os.environ.get(SANDBOX_DATA_ENV) or default_sandbox_dir())
            config = SandboxConfig(data_dir=data_dir, transcode_delay=SANDBOX_TRANSCODE_DELAY)
            self._sandbox_server = SandboxServer(config)
            self._sandbox_server.start()
            atexit.register(self._sandbox_server.stop)
            _console.print_notice(i18n.t("cli.sandbox_started", url=self._sandbox_server.base_url))
        return self._sandbox_server


def ask_credentials() -> Credentials:
    """Ask for the public key, then the secret key, as two separate prompts; then remind."""
    public_key = typer.prompt(i18n.t("credentials.prompt_public"), prompt_suffix=" ", err=True)
    # The secret is typed or pasted like any text but not echoed, so it stays off the screen.
    secret_key = typer.prompt(i18n.t("credentials.prompt_secret"), prompt_suffix=" ", hide_input=True, err=True)
    found = Credentials.of(public_key, secret_key)
    _console.print_notice(i18n.t("credentials.reminder"))
    return found


def confirm_destructive(state: AppState, yes: bool, question: str) -> None:
    """Ask before a destructive action on a terminal; ``--yes`` skips it; scripts must pass ``--yes``."""
    if yes:
        return
    if state.json_output or not _console.is_terminal():
        raise InputError("cli.confirm_needs_yes")
    if not typer.confirm(question, default=False, err=True):
        raise Cancelled()


class Cancelled(Exception):
    """The user declined a confirmation, so nothing was changed."""


def configure_logging(debug: bool) -> None:
    """Send aiozstream's log to stderr (DEBUG with ``--debug``), secrets masked."""
    logger = logging.getLogger("aiozstream")
    logger.setLevel(logging.DEBUG if debug else logging.WARNING)
    if not any(getattr(handler, "_aiozstream", False) for handler in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        handler.addFilter(RedactingFilter())
        handler._aiozstream = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    # httpx logs full URLs at INFO; keep it quiet.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


def default_sandbox_dir() -> Path:
    """Return the folder where the sandbox keeps its data between runs."""
    import platformdirs

    return Path(platformdirs.user_data_dir("aiozstream", appauthor=False)) / "sandbox"
