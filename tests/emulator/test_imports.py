"""The emulator's import boundary: routes from aiozstream, and a short list of libraries.

The emulator keeps its own schemas, so that a bug in ``aiozstream.models`` cannot hide
on both sides of a test.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import aiozstream.emulator

EMULATOR_DIR = Path(aiozstream.emulator.__file__).parent
# PIL (Pillow, a project dependency) reads player logo images in the players area.
ALLOWED_LIBRARIES = {"starlette", "uvicorn", "python_multipart", "pymediainfo", "PIL"}


def imported_modules(path: Path) -> list[str]:
    """Return every module a file imports, ``from aiozstream import x`` giving ``aiozstream.x``."""
    modules = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "aiozstream":
                modules.extend(f"aiozstream.{alias.name}" for alias in node.names)
            else:
                modules.append(node.module)
    return modules


def test_emulator_imports_only_routes_from_aiozstream() -> None:
    files = sorted(EMULATOR_DIR.rglob("*.py"))
    assert files

    for path in files:
        for module in imported_modules(path):
            if not module.startswith("aiozstream"):
                continue
            allowed = module == "aiozstream.routes" or module.startswith("aiozstream.emulator")
            assert allowed, f"{path.name} imports {module}"


def test_emulator_uses_only_listed_libraries() -> None:
    for path in sorted(EMULATOR_DIR.rglob("*.py")):
        for module in imported_modules(path):
            top = module.split(".")[0]
            known = top in sys.stdlib_module_names or top in ALLOWED_LIBRARIES
            assert known or top == "aiozstream", f"{path.name} imports {module}"
