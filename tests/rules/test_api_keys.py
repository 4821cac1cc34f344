"""API key fields: lifetime forms, key type and key name."""

import pytest

from aiozstream.errors import InputError
from aiozstream.rules.api_keys import (
    MAX_TTL_SECONDS,
    check_key_name,
    check_key_type,
    check_ttl,
)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        (3600, 3600),
        (1, 1),
        (MAX_TTL_SECONDS, MAX_TTL_SECONDS),
        ("3600", 3600),
        (" 3600 ", 3600),
        ("45s", 45),
        ("90m", 5400),
        ("12h", 43_200),
        ("12H", 43_200),
        ("30d", 2_592_000),
        ("2w", 1_209_600),
        ("1d12h", 129_600),
        ("1h 30m", 5400),
        ("2 weeks", 1_209_600),
        ("1 day 2 hours", 93_600),
        ("5 mins", 300),
        (str(MAX_TTL_SECONDS), MAX_TTL_SECONDS),
    ],
)
def test_ttl_forms(value, seconds):
    assert check_ttl(value) == seconds


@pytest.mark.parametrize(
    "value",
    ["", "  ", "abc", "1.5h", "-5", "1mo", "1y", "h", "12 h x", "１２", None, True, 1.5, [1]],
)
def test_ttl_invalid(value):
    with pytest.raises(InputError) as caught:
        check_ttl(value)
    assert caught.value.key == "rules.ttl_invalid"
    message = caught.value.render("en")
    assert "ttl" in message
    assert "30d" in message


@pytest.mark.parametrize("value", [0, "0", "0s", -1, MAX_TTL_SECONDS + 1, "24856d"])
def test_ttl_out_of_range(value):
    with pytest.raises(InputError) as caught:
        check_ttl(value)
    assert caught.value.key == "rules.ttl_out_of_range"
    assert str(MAX_TTL_SECONDS) in caught.value.render("en")


def test_ttl_field_named():
    with pytest.raises(InputError) as caught:
        check_ttl("soon", field="--ttl")
    assert "--ttl" in caught.value.render("en")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("full_access", "full_access"),
        ("only_upload", "only_upload"),
        (" Full_Access ", "full_access"),
        ("only-upload", "only_upload"),
    ],
)
def test_key_type_accepted(value, expected):
    assert check_key_type(value) == expected


@pytest.mark.parametrize("value", ["", "admin", "full access", "upload", None, 1])
def test_key_type_rejected(value):
    with pytest.raises(InputError) as caught:
        check_key_type(value)
    assert caught.value.key == "rules.key_type_invalid"
    message = caught.value.render("en")
    assert "full_access" in message
    assert "only_upload" in message


def test_key_name_stripped():
    assert check_key_name("  CI uploads  ") == "CI uploads"
    assert check_key_name("上传密钥 👨‍👩‍👧") == "上传密钥 👨‍👩‍👧"
    assert check_key_name("x" * 255) == "x" * 255


@pytest.mark.parametrize("value", ["", "   ", None, 5])
def test_key_name_empty(value):
    with pytest.raises(InputError) as caught:
        check_key_name(value)
    assert caught.value.key == "rules.key_name_empty"


def test_key_name_too_long():
    with pytest.raises(InputError) as caught:
        check_key_name("x" * 256)
    assert caught.value.key == "rules.key_name_too_long"
    message = caught.value.render("en")
    assert "256" in message
    assert "255" in message


@pytest.mark.parametrize("value", ["a\nb", "a\tb", "a\x00b", "a\u2028b"])
def test_key_name_control_characters(value):
    with pytest.raises(InputError) as caught:
        check_key_name(value)
    assert caught.value.key == "rules.key_name_control"
