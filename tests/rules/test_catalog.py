"""The rules catalog: English and Chinese agree, and every message the rules raise exists."""

import re
import string
from pathlib import Path

from aiozstream.i18n.catalog import rules as catalog

RULES_SOURCE = Path(__file__).parents[2] / "src" / "aiozstream" / "rules"


def placeholders(template: str) -> set[tuple[str, str | None]]:
    """Return each placeholder's field name and conversion, such as ``("value", "r")``."""
    return {
        (field_name, conversion)
        for _, field_name, _, conversion in string.Formatter().parse(template)
        if field_name is not None
    }


def test_catalog_languages_share_keys():
    assert catalog.EN.keys() == catalog.ZH.keys()


def test_catalog_languages_share_placeholders():
    for key, english in catalog.EN.items():
        assert placeholders(english) == placeholders(catalog.ZH[key]), key


def test_catalog_keys_prefixed():
    assert all(key.startswith("rules.") for key in catalog.EN)


def test_catalog_messages_one_line():
    for language in (catalog.EN, catalog.ZH):
        for key, template in language.items():
            assert "\n" not in template, key


def test_catalog_matches_raised_keys():
    source = "".join(path.read_text(encoding="utf-8") for path in RULES_SOURCE.glob("*.py"))
    used = set(re.findall(r'"(rules\.[a-z_]+)"', source))
    assert used - catalog.EN.keys() == set()
    assert catalog.EN.keys() - used == set()
