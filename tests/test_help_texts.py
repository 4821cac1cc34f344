"""Help of every ``aioz`` group and command, in English and Chinese.

Every group shows an example below its commands. Under ``--lang zh`` every help text
that the catalog provides differs from the English one, so none is left untranslated.
Click's own words ("Usage:", "Options:", "Show this message and exit.") come from
click and are not checked.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from typer.main import get_command

from aiozstream import i18n
from aiozstream.cli.main import build_app

from .cli.conftest import (
    Outcome,
    aioz,  # noqa: F401 - the CLI runner fixture, shared
)

CJK = re.compile(r"[\u4e00-\u9fff]")
EXAMPLE_WORDS = {"en": "Example", "zh": "示例"}


def _commands(language: str) -> list[tuple[tuple[str, ...], Any]]:
    """Return (path after ``aioz``, click command) for the root and every command below it."""
    i18n.set_language(language)
    try:
        root = get_command(build_app())
    finally:
        i18n.set_language(None)

    found: list[tuple[tuple[str, ...], Any]] = []

    def walk(command: Any, path: tuple[str, ...]) -> None:
        found.append((path, command))
        # Typer may bundle its own copy of click, so a group is recognized by its commands.
        for name, child in getattr(command, "commands", {}).items():
            walk(child, (*path, name))

    walk(root, ())
    return found


def _help_texts(language: str) -> dict[tuple[str, ...], dict[str, str]]:
    """Return the help, epilog and parameter help texts of every command, by command path."""
    texts = {}
    for path, command in _commands(language):
        found = {"help": command.help, "epilog": command.epilog}
        found |= {param.name: getattr(param, "help", None) for param in command.params if param.name != "help"}
        texts[path] = {name: text for name, text in found.items() if text}
    return texts


def _label(path: tuple[str, ...]) -> str:
    return " ".join(("aioz", *path))


@pytest.fixture
def run_aioz(aioz):  # noqa: F811 - uses the imported fixture
    return aioz


COMMANDS = _commands("en")
GROUP_PATHS = [path for path, command in COMMANDS if hasattr(command, "commands")]
COMMAND_PATHS = [path for path, _ in COMMANDS]


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("path", GROUP_PATHS, ids=_label)
def test_group_help_shows_example(run_aioz, path: tuple[str, ...], language: str) -> None:
    outcome: Outcome = run_aioz("--lang", language, *path, "--help")

    assert outcome.exit_code == 0, outcome.output
    assert EXAMPLE_WORDS[language] in outcome.stdout
    assert "aioz " in outcome.stdout.split(EXAMPLE_WORDS[language], 1)[1]


@pytest.mark.parametrize("path", COMMAND_PATHS, ids=_label)
def test_chinese_help_shows_chinese(run_aioz, path: tuple[str, ...]) -> None:
    outcome: Outcome = run_aioz("--lang", "zh", *path, "--help")

    assert outcome.exit_code == 0, outcome.output
    assert CJK.search(outcome.stdout), outcome.stdout


def test_chinese_help_texts_are_translated() -> None:
    english = _help_texts("en")
    chinese = _help_texts("zh")

    assert chinese.keys() == english.keys()
    for path, texts in chinese.items():
        assert texts.keys() == english[path].keys(), _label(path)
        same = {name: text for name, text in texts.items() if text == english[path][name]}
        assert same == {}, f"{_label(path)} shows English help under --lang zh"
