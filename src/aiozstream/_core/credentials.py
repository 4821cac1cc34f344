"""The AIOZ Stream key pair: where it comes from, how it is sent, where it is stored.

Order of lookup: keys passed to the client, then ``AIOZ_PUBLIC_KEY`` and
``AIOZ_SECRET_KEY``, then the pair saved by ``aioz login`` (system keyring
where one works, else a file readable only by the user). The secret lives in a
pydantic ``SecretStr`` and is registered with the log redaction at once.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from pydantic import SecretStr

from aiozstream._core.redaction import register_secret
from aiozstream.errors import InputError, MissingCredentialsError

logger = logging.getLogger("aiozstream.credentials")

PUBLIC_KEY_ENV = "AIOZ_PUBLIC_KEY"
SECRET_KEY_ENV = "AIOZ_SECRET_KEY"
CONFIG_DIR_ENV = "AIOZ_CONFIG_DIR"
KEYRING_ENV = "AIOZ_KEYRING"  # "off" stores in the file even where a keyring works
KEYRING_SERVICE = "aiozstream"
KEYRING_ENTRY = "key-pair"
CREDENTIALS_FILE = "credentials.json"


@dataclass(frozen=True)
class Credentials:
    """A public key and its secret key; the secret is never shown in a repr."""

    public_key: str
    secret_key: SecretStr

    @classmethod
    def of(cls, public_key: str, secret_key: str) -> Credentials:
        """Build a pair from two strings, rejecting empty values."""
        public_key = (public_key or "").strip()
        secret_value = (secret_key or "").strip()
        if not public_key:
            raise InputError("credentials.empty", field="public key")
        if not secret_value:
            raise InputError("credentials.empty", field="secret key")
        register_secret(secret_value)
        return cls(public_key, SecretStr(secret_value))

    def auth_headers(self) -> dict[str, str]:
        """Return both header styles: ``stream-*`` keys and HTTP Basic."""
        secret = self.secret_key.get_secret_value()
        basic = base64.b64encode(f"{self.public_key}:{secret}".encode()).decode("ascii")
        return {
            "stream-public-key": self.public_key,
            "stream-secret-key": secret,
            "Authorization": f"Basic {basic}",
        }


def from_environment() -> Credentials | None:
    """Return the pair from the environment variables, or ``None`` if either is unset."""
    public_key = os.environ.get(PUBLIC_KEY_ENV, "").strip()
    secret_key = os.environ.get(SECRET_KEY_ENV, "").strip()
    if public_key and secret_key:
        return Credentials.of(public_key, secret_key)
    if public_key or secret_key:
        present, missing = (PUBLIC_KEY_ENV, SECRET_KEY_ENV) if public_key else (SECRET_KEY_ENV, PUBLIC_KEY_ENV)
        raise MissingCredentialsError("credentials.half_set", present=present, missing=missing)
    return None


def resolve(public_key: str | None = None, secret_key: str | None = None) -> Credentials:
    """Find the key pair: arguments, then environment, then the saved pair.

    Raises :class:`MissingCredentialsError` naming the variables and ``aioz login``.
    """
    if public_key and secret_key:
        return Credentials.of(public_key, secret_key)
    found = from_environment() or load_saved()
    if found is None:
        raise MissingCredentialsError("credentials.missing")
    return found


def config_dir() -> Path:
    """Return the folder for aiozstream's settings (``AIOZ_CONFIG_DIR`` overrides)."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir("aiozstream", appauthor=False))


def save(credentials: Credentials) -> str:
    """Store the pair for later sessions and return where: ``"keyring"`` or the file path."""
    payload = json.dumps(
        {"public_key": credentials.public_key, "secret_key": credentials.secret_key.get_secret_value()}
    )
    keyring_backend = _usable_keyring()
    if keyring_backend is not None:
        try:
            keyring_backend.set_password(KEYRING_SERVICE, KEYRING_ENTRY, payload)
        except Exception as error:  # a locked or broken keyring: fall back to the private file
            logger.warning(
                "Keyring failed to store the keys (%s); saving them in a private file instead.", type(error).__name__
            )
        else:
            _credentials_file().unlink(missing_ok=True)
            return "keyring"

    path = _credentials_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.unlink(missing_ok=True)
    # Created with mode 0600 from the start, so the secret is never readable by others.
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, stat.S_IRUSR | stat.S_IWUSR)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(payload)
    os.replace(temporary, path)
    return str(path)


def load_saved() -> Credentials | None:
    """Return the pair saved by ``aioz login``, or ``None``."""
    payload = None
    keyring_backend = _usable_keyring()
    if keyring_backend is not None:
        payload = keyring_backend.get_password(KEYRING_SERVICE, KEYRING_ENTRY)
    if payload is None:
        path = _credentials_file()
        if path.is_file():
            payload = path.read_text(encoding="utf-8")
    if not payload:
        return None
    try:
        stored = json.loads(payload)
        return Credentials.of(stored["public_key"], stored["secret_key"])
    except (ValueError, KeyError, TypeError, InputError):
        logger.warning("Ignoring unreadable saved credentials; run `aioz login` again.")
        return None


def delete_saved() -> bool:
    """Remove the saved pair from the keyring and the file; return whether one existed."""
    removed = False
    keyring_backend = _usable_keyring()
    if keyring_backend is not None and keyring_backend.get_password(KEYRING_SERVICE, KEYRING_ENTRY):
        keyring_backend.delete_password(KEYRING_SERVICE, KEYRING_ENTRY)
        removed = True
    path = _credentials_file()
    if path.exists():
        path.unlink()
        removed = True
    return removed


def _credentials_file() -> Path:
    return config_dir() / CREDENTIALS_FILE


def _usable_keyring():
    """Return the system keyring backend, or ``None`` where none works (headless Linux, CI)."""
    if os.environ.get(KEYRING_ENV, "").lower() in {"0", "off", "no", "false"}:
        return None
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception as error:  # a broken keyring install must not stop the CLI
        logger.debug("Keyring unavailable: %s", type(error).__name__)
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return backend
