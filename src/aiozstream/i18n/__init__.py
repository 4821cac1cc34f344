"""One lookup for every sentence a user reads, in English and Simplified Chinese.

Each module in ``aiozstream.i18n.catalog`` defines ``EN`` and ``ZH``: dicts from
a dotted key to a ``str.format`` template. The catalogs are merged once, and a
test checks that both languages carry the same keys and placeholders. This
package imports nothing else from aiozstream, so the error tree can use it.
"""

from __future__ import annotations

import importlib
import locale
import os
import pkgutil
from functools import cache

LANGUAGES = ("en", "zh")
DEFAULT_LANGUAGE = "en"

_chosen_language: str | None = None


def normalize_language(value: str | None) -> str | None:
    """Map a language setting such as ``zh_CN.UTF-8``, ``zh-Hans`` or ``EN`` to ``en``/``zh``."""
    if not value:
        return None
    prefix = value.strip().lower().replace("_", "-").split(".")[0].split("-")[0]
    if prefix in LANGUAGES:
        return prefix
    return None


def set_language(value: str | None) -> None:
    """Fix the language for this process; ``None`` returns to the environment's choice."""
    global _chosen_language
    _chosen_language = normalize_language(value)


def current_language() -> str:
    """Return the language in force: ``set_language``, then ``AIOZ_LANG``, then the locale."""
    if _chosen_language:
        return _chosen_language
    from_env = normalize_language(os.environ.get("AIOZ_LANG"))
    if from_env:
        return from_env
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        from_locale = normalize_language(os.environ.get(variable))
        if from_locale:
            return from_locale
    try:
        system_locale = locale.getlocale()[0]
    except ValueError:
        system_locale = None
    return normalize_language(system_locale) or DEFAULT_LANGUAGE


def t(key: str, lang: str | None = None, /, **params: object) -> str:
    """Render the message ``key`` in ``lang`` (default: the language in force).

    A key missing from Chinese falls back to English; a key missing from both
    raises ``KeyError``, because that is a bug in the caller.
    """
    language = normalize_language(lang) or current_language()
    catalogs = _catalogs()
    template = catalogs[language].get(key)
    if template is None:
        template = catalogs[DEFAULT_LANGUAGE][key]
    return template.format(**params) if params else template


def has_key(key: str) -> bool:
    """Tell whether ``key`` exists in the English catalog."""
    return key in _catalogs()[DEFAULT_LANGUAGE]


@cache
def _catalogs() -> dict[str, dict[str, str]]:
    from aiozstream.i18n import catalog

    merged: dict[str, dict[str, str]] = {"en": {}, "zh": {}}
    for module_info in pkgutil.iter_modules(catalog.__path__):
        module = importlib.import_module(f"{catalog.__name__}.{module_info.name}")
        for language, table in (("en", module.EN), ("zh", module.ZH)):
            duplicated = merged[language].keys() & table.keys()
            if duplicated:
                raise RuntimeError(f"message keys defined twice: {sorted(duplicated)}")
            merged[language].update(table)
    return merged


def all_catalogs() -> dict[str, dict[str, str]]:
    """Return the merged catalogs, for tests and documentation."""
    return _catalogs()
