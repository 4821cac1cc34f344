"""aiozstream: the Python toolkit for the AIOZ Stream API.

>>> from aiozstream import Client
>>> client = Client("public-key", "secret-key", base_url="http://127.0.0.1:8080/api")  # doctest: +SKIP
"""

from aiozstream.client import AsyncClient, Client
from aiozstream.errors import (
    AiozError,
    APIError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InputError,
    InsufficientBalanceError,
    NetworkError,
    NotFoundError,
    RateLimitError,
    RuleError,
    ServerError,
    UploadPartError,
)
from aiozstream.upload import UploadOptions, UploadResult

__version__ = "0.1.0"

__all__ = [
    "APIError",
    "AiozError",
    "AsyncClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "InputError",
    "InsufficientBalanceError",
    "NetworkError",
    "NotFoundError",
    "RateLimitError",
    "RuleError",
    "ServerError",
    "UploadOptions",
    "UploadPartError",
    "UploadResult",
    "__version__",
]
