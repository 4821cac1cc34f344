"""Import boundaries: the SDK loads no face's libraries, and only the CLI imports rich."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "aiozstream"
FACE_LIBRARIES = ("typer", "starlette", "uvicorn", "mcp")


def test_sdk_import_loads_no_face_library():
    code = (
        "import sys, aiozstream, aiozstream.upload, aiozstream.templates;"
        f"print(','.join(m for m in {FACE_LIBRARIES!r} if m in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == ""


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_cli_console_imports_rich():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.name != "_console.py" and any(name.split(".")[0] == "rich" for name in imported_modules(path))
    ]
    assert offenders == []


def test_core_never_imports_a_face():
    faces = ("aiozstream.cli", "aiozstream.mcp", "aiozstream.listener", "aiozstream.emulator")
    core_folders = ("_core", "models", "resources", "upload", "rules", "templates", "i18n")
    offenders = []
    for folder in core_folders:
        for path in (PACKAGE / folder).rglob("*.py"):
            if any(name == face or name.startswith(face + ".") for name in imported_modules(path) for face in faces):
                offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_emulator_imports_no_client_models():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in (PACKAGE / "emulator").rglob("*.py")
        if any(
            name.startswith(("aiozstream.models", "aiozstream._core", "aiozstream.client"))
            for name in imported_modules(path)
        )
    ]
    assert offenders == []
