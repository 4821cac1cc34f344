"""Language tags: BCP 47 checks, normalization and the primary language."""

import pytest

from aiozstream.errors import InputError
from aiozstream.rules.language_tags import check_language_tag, primary_language


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("en", "en"),
        ("EN", "en"),
        ("en-us", "en-US"),
        ("en-US", "en-US"),
        ("zh-cn", "zh-CN"),
        ("zh-hans-cn", "zh-Hans-CN"),
        ("zh-Hant", "zh-Hant"),
        ("vi", "vi"),
        ("pt-BR", "pt-BR"),
        ("es-419", "es-419"),
        (" fr-CA ", "fr-CA"),
        ("iw", "he"),
        ("eng", "en"),
        ("en-Latn-US", "en-US"),
    ],
)
def test_tag_normalized(value, expected):
    assert check_language_tag("language", value) == expected


@pytest.mark.parametrize(
    ("value", "suggestion"), [("en_US", "en-US"), ("zh_hans_cn", "zh-Hans-CN")]
)
def test_underscore_suggests_hyphen(value, suggestion):
    with pytest.raises(InputError) as caught:
        check_language_tag("language", value)
    assert caught.value.key == "rules.language_tag_underscore"
    assert caught.value.params["suggestion"] == suggestion
    message = caught.value.render("en")
    assert repr(value) in message
    assert f"use {suggestion}" in message


@pytest.mark.parametrize(
    "value",
    [
        "",
        "  ",
        "xx-garbage",
        "xx",
        "en-garbage",
        "und",
        "x-private",
        "en--US",
        "en-",
        "e",
        "123",
        "zz_ZZ",
        "english",
        None,
        5,
    ],
)
def test_invalid_tags(value):
    with pytest.raises(InputError) as caught:
        check_language_tag("language", value)
    assert caught.value.key == "rules.language_tag_invalid"
    message = caught.value.render("en")
    assert "language" in message
    assert "en-US" in message


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("en-GB", "en"),
        ("en-US", "en"),
        ("en", "en"),
        ("EN-gb", "en"),
        ("en_US", "en"),
        ("zh-Hans", "zh"),
        ("zh-Hant-TW", "zh"),
        ("iw", "he"),
        ("pt-BR", "pt"),
        ("???", "???"),
    ],
)
def test_primary_language(tag, expected):
    assert primary_language(tag) == expected


def test_primary_language_conflict():
    assert primary_language("en-GB") == primary_language("en-US")
    assert primary_language("zh-Hans") == primary_language("zh-Hant")
    assert primary_language("pt-BR") != primary_language("es")
