"""Player colors: every accepted form becomes rgba(r, g, b, a)."""

import re
from decimal import ROUND_HALF_UP, Decimal

import pytest
import webcolors
from hypothesis import given
from hypothesis import strategies as st

from aiozstream.errors import InputError
from aiozstream.rules.colors import Conversion, normalize_color

RGBA = re.compile(r"rgba\((\d{1,3}), (\d{1,3}), (\d{1,3}), (0|1|0\.\d{1,3})\)")

channel = st.integers(min_value=0, max_value=255)


def parse_output(text: str) -> tuple[int, int, int, Decimal]:
    match = RGBA.fullmatch(text)
    assert match, text
    red, green, blue, alpha = match.groups()
    assert not alpha.endswith("0") or alpha == "0", text
    return int(red), int(green), int(blue), Decimal(alpha)


def to_byte(alpha: Decimal) -> int:
    return int((alpha * 255).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@given(channel, channel, channel, channel)
def test_hex_long_forms_round_trip(red, green, blue, alpha):
    for text, expected_alpha in (
        (f"#{red:02x}{green:02x}{blue:02x}", 255),
        (f"#{red:02X}{green:02X}{blue:02X}{alpha:02X}", alpha),
    ):
        converted, conversion = normalize_color("background", text)
        out_red, out_green, out_blue, out_alpha = parse_output(converted)
        assert (out_red, out_green, out_blue) == (red, green, blue)
        assert to_byte(out_alpha) == expected_alpha
        assert conversion == Conversion("background", text, converted)


@given(st.text(alphabet="0123456789abcdefABCDEF", min_size=3, max_size=4))
def test_hex_short_forms_round_trip(digits):
    converted, _ = normalize_color("background", "#" + digits)
    red, green, blue, alpha = parse_output(converted)
    doubled = [int(digit * 2, 16) for digit in digits]
    assert [red, green, blue] == doubled[:3]
    assert to_byte(alpha) == (doubled[3] if len(digits) == 4 else 255)


@pytest.mark.parametrize("alpha_byte", range(256))
def test_hex_alpha_every_byte(alpha_byte):
    converted, _ = normalize_color("background", f"#000000{alpha_byte:02x}")
    alpha = parse_output(converted)[3]
    assert to_byte(alpha) == alpha_byte


@pytest.mark.parametrize(
    ("hex_alpha", "expected"),
    [("ff", "1"), ("00", "0"), ("80", "0.5"), ("81", "0.506"), ("88", "0.533"), ("33", "0.2")],
)
def test_hex_alpha_compact(hex_alpha, expected):
    converted, _ = normalize_color("background", f"#102030{hex_alpha}")
    assert converted == f"rgba(16, 32, 48, {expected})"


@pytest.mark.parametrize("name", sorted(webcolors.names(webcolors.CSS3)))
def test_named_color(name):
    red, green, blue = webcolors.name_to_rgb(name)
    converted, conversion = normalize_color("text", name.upper())
    assert converted == f"rgba({red}, {green}, {blue}, 1)"
    assert conversion is not None


def test_named_transparent_and_rebeccapurple():
    assert normalize_color("text", "transparent")[0] == "rgba(0, 0, 0, 0)"
    assert normalize_color("text", "RebeccaPurple")[0] == "rgba(102, 51, 153, 1)"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("rgb(255, 0, 0)", "rgba(255, 0, 0, 1)"),
        ("rgb(255,0,0)", "rgba(255, 0, 0, 1)"),
        ("RGB( 1 , 2 , 3 )", "rgba(1, 2, 3, 1)"),
        ("rgb(255 128 0)", "rgba(255, 128, 0, 1)"),
        ("rgb(255 128 0 / 0.25)", "rgba(255, 128, 0, 0.25)"),
        ("rgb(255 128 0 / 25%)", "rgba(255, 128, 0, 0.25)"),
        ("rgb(100%, 50%, 0%)", "rgba(255, 128, 0, 1)"),
        ("rgb(100% 50% 0% / 50%)", "rgba(255, 128, 0, 0.5)"),
        ("rgb(255, 0, 0, 0.5)", "rgba(255, 0, 0, 0.5)"),
        ("rgba(255, 0, 0)", "rgba(255, 0, 0, 1)"),
        ("rgba(255, 0, 0, 50%)", "rgba(255, 0, 0, 0.5)"),
        ("rgba(127.5, 0.49, 0, .3)", "rgba(128, 0, 0, 0.3)"),
        ("rgba(0, 0, 0, 0.12345)", "rgba(0, 0, 0, 0.123)"),
        ("rgba(0, 0, 0, 0.0005)", "rgba(0, 0, 0, 0.001)"),
        ("rgba(0, 0, 0, 1e-1)", "rgba(0, 0, 0, 0.1)"),
        ("hsl(0, 100%, 50%)", "rgba(255, 0, 0, 1)"),
        ("hsl(120, 100%, 50%)", "rgba(0, 255, 0, 1)"),
        ("hsl(240deg 100% 50%)", "rgba(0, 0, 255, 1)"),
        ("hsl(0.5turn 100% 25%)", "rgba(0, 128, 128, 1)"),
        ("hsl(200grad, 100%, 25%)", "rgba(0, 128, 128, 1)"),
        ("hsl(2.0943951023931953rad 100% 50%)", "rgba(0, 255, 0, 1)"),
        ("hsl(-120, 100%, 50%)", "rgba(0, 0, 255, 1)"),
        ("hsl(480, 100%, 50%)", "rgba(0, 255, 0, 1)"),
        ("hsl(0, 0%, 50%)", "rgba(128, 128, 128, 1)"),
        ("hsl(210 40% 96%)", "rgba(241, 245, 249, 1)"),
        ("hsl(0 0 100)", "rgba(255, 255, 255, 1)"),
        ("hsla(0, 100%, 50%, 0.5)", "rgba(255, 0, 0, 0.5)"),
        ("hsl(0 100% 50% / 10%)", "rgba(255, 0, 0, 0.1)"),
        ("  #ABC  ", "rgba(170, 187, 204, 1)"),
    ],
)
def test_css_functions(value, expected):
    converted, conversion = normalize_color("controls", value)
    assert converted == expected
    assert conversion == Conversion("controls", value.strip(), expected)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("rgba(255, 0, 0, 1)", "rgba(255, 0, 0, 1)"),
        ("rgba(255,0,0,0.5)", "rgba(255, 0, 0, 0.5)"),
        ("RGBA( 0 , 10 , 20 , .50 )", "rgba(0, 10, 20, 0.5)"),
        ("rgba(0, 0, 0, 0)", "rgba(0, 0, 0, 0)"),
        ("rgba(0, 0, 0, 1.000)", "rgba(0, 0, 0, 1)"),
    ],
)
def test_canonical_rgba_unreported(value, expected):
    assert normalize_color("controls", value) == (expected, None)


@given(channel, channel, channel, st.integers(min_value=0, max_value=1000))
def test_canonical_rgba_idempotent(red, green, blue, thousandths):
    alpha = format(Decimal(thousandths) / 1000, "f").rstrip("0").rstrip(".") or "0"
    text = f"rgba({red}, {green}, {blue}, {alpha})"
    assert normalize_color("controls", text) == (text, None)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "   ",
        "#",
        "#ff",
        "#fffff",
        "#fffffffff",
        "#ggg",
        "ff0000",
        "red-ish",
        "grey50",
        "rgb()",
        "rgb(1, 2)",
        "rgb(1, 2, 3, 4, 5)",
        "rgb(1 2 3 4)",
        "rgb(1, 2, 3 / 0.5)",
        "rgb(1 2 / 3 / 4)",
        "rgb(1,,2,3)",
        "rgb(a, b, c)",
        "rgb(1px, 2, 3)",
        "rgb(1, 2, 3",
        "rgb 1, 2, 3)",
        "rgb(1, 2, 3)x",
        "hsl(red, 100%, 50%)",
        "hsl(120kg, 100%, 50%)",
        "cmyk(0, 0, 0, 0)",
        "rgb(１, 2, 3)",
    ],
)
def test_invalid_colors(value):
    with pytest.raises(InputError) as caught:
        normalize_color("player.text_color", value)
    assert caught.value.key == "rules.color_invalid"
    message = caught.value.render("en")
    assert "player.text_color" in message
    assert repr(value) in message
    assert "#rrggbb" in message


@pytest.mark.parametrize(
    "value",
    [
        "rgb(256, 0, 0)",
        "rgb(-1, 0, 0)",
        "rgb(101%, 0%, 0%)",
        "rgba(0, 0, 0, 1.01)",
        "rgba(0, 0, 0, -0.1)",
        "rgba(0, 0, 0, 101%)",
        "hsl(0, 101%, 50%)",
        "hsl(0, 50%, -1%)",
        "rgb(1e3, 0, 0)",
    ],
)
def test_out_of_range_colors(value):
    with pytest.raises(InputError) as caught:
        normalize_color("player.text_color", value)
    assert caught.value.key == "rules.color_out_of_range"
    assert "player.text_color" in caught.value.render("en")


@pytest.mark.parametrize("value", [None, 255, 1.5, ("rgb", 1), b"#fff"])
def test_non_string_colors(value):
    with pytest.raises(InputError) as caught:
        normalize_color("text", value)
    assert caught.value.key == "rules.color_invalid"


@given(st.text(max_size=40))
def test_any_text_converts_or_raises(text):
    try:
        converted, _ = normalize_color("text", text)
    except InputError as error:
        assert error.key in {"rules.color_invalid", "rules.color_out_of_range"}
        return
    parse_output(converted)
    assert normalize_color("text", converted) == (converted, None)


def test_conversion_render_languages():
    _, conversion = normalize_color("text_color", "#f00")
    assert conversion.render("en") == "Converted text_color from #f00 to rgba(255, 0, 0, 1)."
    assert conversion.render("zh") == "已将text_color从 #f00 转换为 rgba(255, 0, 0, 1)。"
