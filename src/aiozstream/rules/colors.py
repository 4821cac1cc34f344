"""Conversion of player theme colors to the ``rgba(r, g, b, a)`` form that the API requires.

Accepted input, case-insensitive, surrounding spaces ignored:

* hex ``#rgb``, ``#rgba``, ``#rrggbb``, ``#rrggbbaa``;
* the 147 CSS3 color names of webcolors, plus ``transparent`` and ``rebeccapurple``;
* ``rgb()``, ``rgba()``, ``hsl()`` and ``hsla()`` in the comma syntax
  (``rgb(255, 0, 0)``) or the space syntax with an optional ``/ alpha``
  (``rgb(255 0 0 / 50%)``). Channels are numbers or percentages, hue is a
  number of degrees or carries ``deg``, ``rad``, ``grad`` or ``turn``, and alpha
  is 0-1 or a percentage. As in CSS Color 4, ``rgb()`` may carry an alpha and
  ``rgba()`` may omit it.

Unlike CSS, which clamps, a channel out of range is rejected, because it is
more likely a typo than a wish for the nearest valid color.

Output is ``rgba(r, g, b, a)`` with integer channels 0-255, halves rounded up.
Alpha is written with at most three decimals and no trailing zeros (``1``,
``0``, ``0.5``, ``0.125``). An alpha read from a hex byte uses two decimals when
those still map back to the same byte, as browsers serialize it: ``80`` is
128/255 and becomes ``0.5``, ``81`` becomes ``0.506``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import cache

import webcolors

from aiozstream import i18n
from aiozstream.errors import InputError

_HEX = re.compile(r"#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})", re.IGNORECASE | re.ASCII)
_FUNCTION = re.compile(r"(rgba?|hsla?)\((.*)\)", re.IGNORECASE | re.DOTALL | re.ASCII)
# The exponent is capped at three digits so that no arithmetic below can overflow.
_NUMBER = r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d{1,3})?"
_PLAIN_NUMBER = re.compile(_NUMBER, re.IGNORECASE | re.ASCII)
_PERCENTAGE = re.compile(rf"({_NUMBER})%", re.IGNORECASE | re.ASCII)
_ANGLE = re.compile(rf"({_NUMBER})(deg|grad|rad|turn)?", re.IGNORECASE | re.ASCII)
_INTEGER = re.compile(r"\d+", re.ASCII)
_DECIMAL = re.compile(r"\d+(?:\.\d*)?|\.\d+", re.ASCII)

_DEGREES_PER_UNIT = {
    "deg": Fraction(1),
    "grad": Fraction(9, 10),
    "rad": 180 / Fraction(math.pi),
    "turn": Fraction(360),
}

_EXTRA_NAMES = {
    "transparent": (0, 0, 0, 0),
    # CSS Color 4 adds this name, and every current browser supports it.
    "rebeccapurple": (102, 51, 153, 255),
}


@dataclass(frozen=True)
class Conversion:
    """A value that a rule rewrote into the form the API accepts, to be reported to the user."""

    field: str
    original: str
    converted: str

    def render(self, lang: str | None = None) -> str:
        """Return the notice for the user, in ``lang`` (default: the language in force)."""
        return i18n.t(
            "rules.converted",
            lang,
            field=self.field,
            original=self.original,
            converted=self.converted,
        )


def normalize_color(field: str, value: object) -> tuple[str, Conversion | None]:
    """Convert a color to ``rgba(r, g, b, a)`` and return it with the conversion to report.

    The conversion is ``None`` when ``value`` was already an ``rgba()`` with the
    same four numbers, so only spacing, letter case or trailing zeros differ.
    Raises :class:`InputError` naming ``field`` for anything else than the
    forms in the module docstring.
    """
    if not isinstance(value, str):
        raise InputError("rules.color_invalid", field=field, value=value)
    text = value.strip()

    rgba, already_canonical = _parse(field, value, text)
    converted = _format_rgba(*rgba)

    if already_canonical:
        return converted, None
    return converted, Conversion(field=field, original=text, converted=converted)


def _parse(field: str, value: str, text: str) -> tuple[tuple[int, int, int, str], bool]:
    """Return the channels with the formatted alpha, and whether ``text`` was canonical."""
    hex_match = _HEX.fullmatch(text)
    if hex_match:
        return _parse_hex(hex_match.group(1)), False

    named = _named_colors().get(text.lower())
    if named is not None:
        red, green, blue, alpha_byte = named
        return (red, green, blue, _format_alpha_byte(alpha_byte)), False

    function_match = _FUNCTION.fullmatch(text)
    if function_match:
        name = function_match.group(1).lower()
        arguments, comma_syntax = _split_arguments(field, value, function_match.group(2))
        if name.startswith("rgb"):
            rgba = _parse_rgb_arguments(field, value, arguments)
        else:
            rgba = _parse_hsl_arguments(field, value, arguments)
        canonical = name == "rgba" and comma_syntax and _is_canonical(arguments, rgba[3])
        return rgba, canonical

    raise InputError("rules.color_invalid", field=field, value=value)


def _parse_hex(digits: str) -> tuple[int, int, int, str]:
    if len(digits) in (3, 4):
        digits = "".join(digit * 2 for digit in digits)
    channels = [int(digits[index : index + 2], 16) for index in range(0, len(digits), 2)]
    alpha_byte = channels[3] if len(channels) == 4 else 255
    return channels[0], channels[1], channels[2], _format_alpha_byte(alpha_byte)


def _split_arguments(field: str, value: str, inside: str) -> tuple[list[str], bool]:
    """Split the text between the brackets into 3 or 4 arguments, and tell if commas split it."""
    if "," in inside:
        if "/" in inside:
            raise InputError("rules.color_invalid", field=field, value=value)
        arguments = [part.strip() for part in inside.split(",")]
        comma_syntax = True
    else:
        channels, slash, alpha = inside.partition("/")
        arguments = channels.split()
        if len(arguments) != 3:
            raise InputError("rules.color_invalid", field=field, value=value)
        if slash:
            arguments.append(alpha.strip())
        comma_syntax = False

    if len(arguments) not in (3, 4) or not all(arguments):
        raise InputError("rules.color_invalid", field=field, value=value)
    return arguments, comma_syntax


def _parse_rgb_arguments(field: str, value: str, arguments: list[str]) -> tuple[int, int, int, str]:
    red, green, blue = (_parse_channel(field, value, argument) for argument in arguments[:3])
    alpha = _parse_alpha(field, value, arguments[3]) if len(arguments) == 4 else Decimal(1)
    return red, green, blue, _format_alpha(alpha)


def _parse_hsl_arguments(field: str, value: str, arguments: list[str]) -> tuple[int, int, int, str]:
    hue = _parse_hue(field, value, arguments[0])
    saturation = _parse_percentage(field, value, arguments[1]) / 100
    lightness = _parse_percentage(field, value, arguments[2]) / 100
    alpha = _parse_alpha(field, value, arguments[3]) if len(arguments) == 4 else Decimal(1)

    # The hsl-to-rgb formula of CSS Color 4, in exact fractions so that halves round up
    # as they do in browsers.
    chroma_half = saturation * min(lightness, 1 - lightness)

    def channel(offset: int) -> int:
        sector = (offset + hue / 30) % 12
        level = lightness - chroma_half * max(-1, min(sector - 3, 9 - sector, 1))
        return math.floor(level * 255 + Fraction(1, 2))

    return channel(0), channel(8), channel(4), _format_alpha(alpha)


def _parse_channel(field: str, value: str, argument: str) -> int:
    """Read a red, green or blue channel: 0-255 or 0%-100%."""
    percentage = _PERCENTAGE.fullmatch(argument)
    if percentage:
        number = Decimal(percentage.group(1))
        _check_range(field, value, number, 100)
        return _round_half_up(number * 255 / 100)

    if not _PLAIN_NUMBER.fullmatch(argument):
        raise InputError("rules.color_invalid", field=field, value=value)
    number = Decimal(argument)
    _check_range(field, value, number, 255)
    return _round_half_up(number)


def _parse_alpha(field: str, value: str, argument: str) -> Decimal:
    """Read an alpha: 0-1 or 0%-100%."""
    percentage = _PERCENTAGE.fullmatch(argument)
    if percentage:
        number = Decimal(percentage.group(1))
        _check_range(field, value, number, 100)
        return number / 100

    if not _PLAIN_NUMBER.fullmatch(argument):
        raise InputError("rules.color_invalid", field=field, value=value)
    number = Decimal(argument)
    _check_range(field, value, number, 1)
    return number


def _parse_percentage(field: str, value: str, argument: str) -> Fraction:
    """Read a saturation or lightness: 0%-100%, where CSS Color 4 also allows the bare number."""
    percentage = _PERCENTAGE.fullmatch(argument)
    if percentage:
        number_text = percentage.group(1)
    elif _PLAIN_NUMBER.fullmatch(argument):
        number_text = argument
    else:
        raise InputError("rules.color_invalid", field=field, value=value)

    number = Decimal(number_text)
    _check_range(field, value, number, 100)
    return Fraction(number)


def _parse_hue(field: str, value: str, argument: str) -> Fraction:
    """Read a hue in degrees, or with a unit, and wrap it into 0-360."""
    match = _ANGLE.fullmatch(argument)
    if not match:
        raise InputError("rules.color_invalid", field=field, value=value)
    unit = (match.group(2) or "deg").lower()
    degrees = Fraction(Decimal(match.group(1))) * _DEGREES_PER_UNIT[unit]
    return degrees % 360


def _check_range(field: str, value: str, number: Decimal, maximum: int) -> None:
    if not 0 <= number <= maximum:
        raise InputError("rules.color_out_of_range", field=field, value=value)


def _round_half_up(number: Decimal) -> int:
    return int(number.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _is_canonical(arguments: list[str], formatted_alpha: str) -> bool:
    """Tell whether ``rgba()`` arguments already carry integer channels and the output alpha."""
    if len(arguments) != 4:
        return False
    if not all(_INTEGER.fullmatch(argument) for argument in arguments[:3]):
        return False
    if not _DECIMAL.fullmatch(arguments[3]):
        return False
    return Decimal(arguments[3]) == Decimal(formatted_alpha)


def _format_alpha(alpha: Decimal) -> str:
    rounded = alpha.quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)
    return _strip_zeros(format(rounded, "f"))


def _format_alpha_byte(alpha_byte: int) -> str:
    """Format ``alpha_byte / 255`` with two decimals when they map back to the byte, else three."""
    hundredths = math.floor(Fraction(alpha_byte * 100, 255) + Fraction(1, 2))
    if math.floor(Fraction(hundredths * 255, 100) + Fraction(1, 2)) == alpha_byte:
        return _strip_zeros(f"{hundredths / 100:.2f}")
    thousandths = math.floor(Fraction(alpha_byte * 1000, 255) + Fraction(1, 2))
    return _strip_zeros(f"{thousandths / 1000:.3f}")


def _strip_zeros(number: str) -> str:
    if "." in number:
        number = number.rstrip("0").rstrip(".")
    return number


def _format_rgba(red: int, green: int, blue: int, alpha: str) -> str:
    return f"rgba({red}, {green}, {blue}, {alpha})"


@cache
def _named_colors() -> dict[str, tuple[int, int, int, int]]:
    """Map each lower-case color name to its red, green, blue and alpha bytes."""
    named = {}
    for name in webcolors.names(webcolors.CSS3):
        red, green, blue = webcolors.name_to_rgb(name, spec=webcolors.CSS3)
        named[name] = (red, green, blue, 255)
    named.update(_EXTRA_NAMES)
    return named
