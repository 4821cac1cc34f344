"""Conversion of player theme sizes to the ``Npx`` form that the API requires.

A size is a non-negative number of pixels, integer or decimal. A bare number
gains ``px`` and is reported as a conversion. ``Npx`` passes in any letter case
and with spaces around it, and no conversion is reported. The output number has
no leading or trailing zeros, so ``012.50 PX`` becomes ``12.5px``. Other
units (``em``, ``rem``, ``%``, ``pt``, ``vh`` and the rest) and negative
numbers are rejected, because the API accepts pixels only.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal

from aiozstream.errors import InputError
from aiozstream.rules.colors import Conversion

_SIZE = re.compile(r"(\d+(?:\.\d*)?|\.\d+)\s*([a-z%]*)", re.IGNORECASE | re.ASCII)


def normalize_size(field: str, value: object) -> tuple[str, Conversion | None]:
    """Convert a size to ``Npx`` and return it with the conversion to report.

    ``value`` is a string, or an ``int`` or ``float`` from Python callers. The
    conversion is ``None`` when ``value`` already had the ``px`` unit. Raises
    :class:`InputError` naming ``field`` for another unit, a negative number or
    anything that is not a size.
    """
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise InputError("rules.size_invalid", field=field, value=value)
    if isinstance(value, float) and not math.isfinite(value):
        raise InputError("rules.size_invalid", field=field, value=value)
    text = value.strip() if isinstance(value, str) else str(value)

    match = _SIZE.fullmatch(text)
    if not match:
        raise InputError("rules.size_invalid", field=field, value=value)
    number, unit = match.group(1), match.group(2).lower()

    if unit and unit != "px":
        if unit.isalpha() or unit == "%":
            raise InputError("rules.size_unit", field=field, value=value, unit=match.group(2))
        raise InputError("rules.size_invalid", field=field, value=value)

    converted = f"{_format_number(number)}px"
    if unit == "px":
        return converted, None
    return converted, Conversion(field=field, original=text, converted=converted)


def _format_number(number: str) -> str:
    """Write a non-negative decimal without leading zeros, trailing zeros or exponent."""
    formatted = format(Decimal(number).normalize(), "f")
    if "." in formatted:
        formatted = formatted.rstrip("0").rstrip(".")
    return formatted
