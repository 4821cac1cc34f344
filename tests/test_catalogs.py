"""Every message exists in English and Chinese with the same placeholders."""

from __future__ import annotations

import string

from aiozstream import i18n


def placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def test_catalogs_share_keys():
    catalogs = i18n.all_catalogs()
    assert set(catalogs["en"]) == set(catalogs["zh"])


def test_catalogs_share_placeholders():
    catalogs = i18n.all_catalogs()
    mismatched = {
        key: (placeholders(text), placeholders(catalogs["zh"][key]))
        for key, text in catalogs["en"].items()
        if placeholders(text) != placeholders(catalogs["zh"].get(key, ""))
    }
    assert mismatched == {}


def test_language_normalization():
    assert i18n.normalize_language("zh_CN.UTF-8") == "zh"
    assert i18n.normalize_language("zh-Hans") == "zh"
    assert i18n.normalize_language("EN") == "en"
    assert i18n.normalize_language("fr") is None


def test_language_from_environment(monkeypatch):
    i18n.set_language(None)
    monkeypatch.setenv("AIOZ_LANG", "zh")
    assert i18n.current_language() == "zh"
    monkeypatch.delenv("AIOZ_LANG")
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    assert i18n.current_language() == "zh"
