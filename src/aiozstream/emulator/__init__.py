"""A local emulator of the AIOZ Stream API, for people without keys and for tests.

Start one in a background thread with :class:`SandboxServer`, serve one until Ctrl+C
with :func:`serve`, or mount the ASGI app from :func:`create_app`. This package
imports nothing from aiozstream but :mod:`aiozstream.routes`, and keeps its own
request and response schemas.
"""

from aiozstream.emulator.app import create_app
from aiozstream.emulator.config import SandboxConfig
from aiozstream.emulator.faults import FaultRule
from aiozstream.emulator.server import SandboxServer, serve

__all__ = ["FaultRule", "SandboxConfig", "SandboxServer", "create_app", "serve"]
