"""Helpers shared by the playlists, API keys and user tests.

``run_cli`` runs ``aioz`` in-process like the ``aioz`` fixture of ``tests/cli``, but as
a plain function, so property tests can call it many times in one example.
``check_against`` checks a sandbox response against AIOZ's OpenAPI document.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner

from aiozstream import routes
from aiozstream.cli.main import run
from aiozstream.emulator import SandboxServer

OPENAPI = Path(__file__).resolve().parents[3] / "shared" / "reference" / "aioz-stream-openapi.yaml"
FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"
PNG_FIXTURE = FIXTURES / "logo.png"
JPEG_FIXTURE = FIXTURES / "test.jpg"
PYTHON_TYPES = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
}


@dataclass
class Outcome:
    exit_code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def run_cli(sandbox: SandboxServer, *args: str, input: str | None = None) -> Outcome:
    """Run ``aioz --base-url SANDBOX ARGS`` with the sandbox's keys in the environment."""
    env = {
        "AIOZ_PUBLIC_KEY": sandbox.config.public_key,
        "AIOZ_SECRET_KEY": sandbox.config.secret_key,
    }
    runner = CliRunner()
    with runner.isolation(input=input, env=env) as streams:
        try:
            run(["--base-url", sandbox.base_url, *args])
            code = 0
        except SystemExit as stop:
            code = _exit_code(stop)
        stdout = streams[0].getvalue().decode("utf-8", "replace")
        stderr = streams[1].getvalue().decode("utf-8", "replace")
    return Outcome(code, stdout, stderr)


def _exit_code(stop: SystemExit) -> int:
    if isinstance(stop.code, int):
        return stop.code
    if stop.code is None:
        return 0
    return 1


def routes_sent(sandbox: SandboxServer) -> list[str]:
    """Return the route names of every request the sandbox received, oldest first."""
    return [entry["route"] for entry in sandbox.request_log.entries()]


@cache
def openapi() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(OPENAPI.read_text(encoding="utf-8"), Loader=loader)


def response_schema(route: routes.Route, status: int) -> dict[str, Any]:
    operation = openapi()["paths"][route.template][route.method.lower()]
    content = operation["responses"][str(status)]["content"]
    return next(iter(content.values()))["schema"]


def check_against(value: Any, schema: dict[str, Any], where: str = "response") -> None:
    """Assert that ``value`` fits ``schema``: declared fields only, each of its declared type."""
    while "$ref" in schema:
        schema = openapi()["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    expected = schema.get("type") or ("object" if "properties" in schema else None)
    if expected is None:
        return
    allowed = PYTHON_TYPES[expected]
    mismatch = f"{where} is {type(value).__name__}, the document declares {expected}"
    assert isinstance(value, allowed), mismatch
    # bool is a subclass of int in Python, but JSON keeps them apart.
    assert expected == "boolean" or not isinstance(value, bool), mismatch
    if expected == "object":
        properties = schema.get("properties")
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            if properties is not None and key in properties:
                check_against(item, properties[key], f"{where}.{key}")
            elif isinstance(extra, dict):
                check_against(item, extra, f"{where}.{key}")
            else:
                raise AssertionError(f"{where}.{key} is not in the document")
    if expected == "array":
        for position, item in enumerate(value):
            check_against(item, schema["items"], f"{where}[{position}]")
