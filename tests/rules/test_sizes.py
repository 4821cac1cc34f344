"""Player sizes: every size becomes Npx, and only pixels are accepted."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aiozstream.errors import InputError
from aiozstream.rules.colors import Conversion
from aiozstream.rules.sizes import normalize_size


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12", "12px"),
        ("0", "0px"),
        ("007", "7px"),
        ("1.5", "1.5px"),
        ("1.50", "1.5px"),
        (".5", "0.5px"),
        ("5.", "5px"),
        (" 12 ", "12px"),
        (12, "12px"),
        (0, "0px"),
        (1.5, "1.5px"),
        (2.0, "2px"),
    ],
)
def test_bare_number_gains_px(value, expected):
    converted, conversion = normalize_size("width", value)
    assert converted == expected
    assert conversion == Conversion("width", str(value).strip(), expected)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12px", "12px"),
        ("12PX", "12px"),
        ("12 px", "12px"),
        ("  12Px  ", "12px"),
        ("012.50px", "12.5px"),
        ("0px", "0px"),
    ],
)
def test_px_passes_unreported(value, expected):
    assert normalize_size("width", value) == (expected, None)


@pytest.mark.parametrize(
    ("value", "unit"),
    [
        ("1em", "em"),
        ("1.5rem", "rem"),
        ("50%", "%"),
        ("12pt", "pt"),
        ("10vh", "vh"),
        ("10VW", "VW"),
        ("2cm", "cm"),
        ("12pxx", "pxx"),
    ],
)
def test_other_units_rejected(value, unit):
    with pytest.raises(InputError) as caught:
        normalize_size("player.width", value)
    assert caught.value.key == "rules.size_unit"
    message = caught.value.render("en")
    assert "player.width" in message
    assert repr(value) in message
    assert repr(unit) in message
    assert "Only px" in message


@pytest.mark.parametrize(
    "value",
    [
        "",
        "px",
        "-5",
        "-5px",
        "+5px",
        "1e3",
        "1e3px",
        "12p x",
        "1,5",
        "abc",
        "１２px",
        "%",
        "12%px",
        None,
        True,
        False,
        -1,
        -0.5,
        float("nan"),
        float("inf"),
        [12],
    ],
)
def test_garbage_rejected(value):
    with pytest.raises(InputError) as caught:
        normalize_size("player.width", value)
    assert caught.value.key == "rules.size_invalid"
    message = caught.value.render("en")
    assert "player.width" in message
    assert "12px" in message


@given(st.integers(min_value=0, max_value=10**9))
def test_integer_sizes_idempotent(number):
    converted, conversion = normalize_size("width", str(number))
    assert converted == f"{number}px"
    assert conversion is not None
    assert normalize_size("width", converted) == (converted, None)
