"""Fixtures of the listener tests: the webhook tests' sandbox and the in-process ``aioz``."""

from tests.cli.conftest import aioz  # noqa: F401 - the fixture, shared with the CLI tests
from tests.webhooks.conftest import keys_env, sandbox  # noqa: F401 - shared fixtures
