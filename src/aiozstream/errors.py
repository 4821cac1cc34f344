"""The exception tree of aiozstream and the CLI exit code of each branch.

Three families, by when they happen:

* :class:`InputError` and :class:`RuleError`: raised before any request, for
  bad input (exit 2) or an action a platform rule blocks (exit 3). Their text
  comes from the message catalog, so it is shown in the user's language.
* :class:`APIError` and its subclasses: the API returned an error
  envelope or an error status (exit 1). They carry the HTTP status, the
  server's ``message`` and the rate-limit headers.
* :class:`NetworkError`: no response at all after the retries (exit 4).

No exception text ever contains a secret key: API errors are built from the
status and the server's message only, and network errors from the method and
the path, never from headers.
"""

from __future__ import annotations

from collections.abc import Mapping

from aiozstream import i18n

EXIT_OK = 0
EXIT_API = 1
EXIT_INPUT = 2
EXIT_RULE = 3
EXIT_NETWORK = 4
EXIT_INTERRUPTED = 130


class AiozError(Exception):
    """Base class of every error that aiozstream raises on purpose."""

    exit_code = EXIT_API

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class CatalogError(AiozError):
    """An error whose text is a catalog message, rendered in the language in force."""

    def __init__(self, key: str, /, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(i18n.t(key, None, **params))

    def render(self, lang: str | None = None) -> str:
        """Return the message in ``lang`` (default: the language in force)."""
        return i18n.t(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.render()


class InputError(CatalogError):
    """Bad input or usage, found before any request was sent."""

    exit_code = EXIT_INPUT


class MissingCredentialsError(InputError):
    """No public or secret key was configured and none could be asked for."""


class RuleError(CatalogError):
    """A platform rule blocks the action (insufficient balance, player in use, ...)."""

    exit_code = EXIT_RULE


class InsufficientBalanceError(RuleError):
    """``GET /media/cost`` returned ``is_enough: false`` for the requested qualities."""

    def __init__(self, price: float | None = None) -> None:
        super().__init__("rule.insufficient_balance")
        self.price = price


class Interrupted(CatalogError):
    """The user pressed Ctrl+C. The message states what was left unfinished and how to continue."""

    exit_code = EXIT_INTERRUPTED


class APIError(AiozError):
    """The API returned an error; ``message`` is the server's own text."""

    exit_code = EXIT_API

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        method: str | None = None,
        path: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.method = method
        self.path = path
        headers = headers or {}
        self.rate_limit_limit = _int_header(headers, "X-RateLimit-Limit")
        self.rate_limit_remaining = _int_header(headers, "X-RateLimit-Remaining")
        self.retry_after = _int_header(headers, "X-RateLimit-Retry-After")

    def __str__(self) -> str:
        if self.status_code is None:
            return self.message
        return f"{self.message} (HTTP {self.status_code} on {self.method} {self.path})"


class BadRequestError(APIError):
    """HTTP 400 or another 4xx without a more specific class."""


class AuthenticationError(APIError):
    """HTTP 401 or 403: the key pair is wrong, expired or lacks the permission."""


class NotFoundError(APIError):
    """HTTP 404: the id does not exist for this account."""


class ConflictError(APIError):
    """HTTP 409: the object already exists or is in use."""


class RateLimitError(APIError):
    """HTTP 429: too many requests; ``retry_after`` is the number of seconds to wait."""


class ServerError(APIError):
    """HTTP 5xx: the API failed; the request may be retried."""


class NetworkError(CatalogError):
    """No response from the API: connection refused or dropped, or a timeout."""

    exit_code = EXIT_NETWORK


class ConnectError(NetworkError):
    """The connection could not be opened or was dropped before a response arrived."""


class TimeoutError(NetworkError):  # noqa: A001 - mirrors httpx.TimeoutException's place in the tree
    """The API did not answer within the timeout."""


class UploadPartError(CatalogError):
    """A chunk still failed after its retries, so ``/complete`` was not called.

    ``part_number`` is the 1-based index sent on the wire and ``resume_command``
    the exact command that continues the upload. The exit code is the cause's.
    """

    def __init__(self, *, part_number: int, cause: AiozError, resume_command: str, media_id: str):
        super().__init__(
            "upload.part_failed",
            chunk=part_number - 1,
            part=part_number,
            reason=str(cause),
            media_id=media_id,
            command=resume_command,
        )
        self.part_number = part_number
        self.cause = cause
        self.resume_command = resume_command
        self.media_id = media_id
        self.exit_code = cause.exit_code


STATUS_ERRORS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: AuthenticationError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def error_for_status(status_code: int) -> type[APIError]:
    """Return the :class:`APIError` subclass for an HTTP error status."""
    if status_code >= 500:
        return ServerError
    return STATUS_ERRORS.get(status_code, BadRequestError)


def _int_header(headers: Mapping[str, str], name: str) -> int | None:
    value = headers.get(name)
    if value is None:
        value = headers.get(name.lower())
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
