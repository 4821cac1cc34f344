"""Checks of the fields of a new or renamed API key: lifetime, type and name.

The lifetime (``ttl``) is a whole number of seconds from 1 to 2,147,483,647
(the largest signed 32-bit integer, about 68 years). It may be given as:

* an ``int``, or a string of digits: seconds (``3600``);
* one or more numbers with a unit, such as ``90m``, ``12h``, ``30d``,
  ``1d12h`` or ``2 weeks``. Units are ``s``, ``m``, ``h``, ``d`` and ``w``,
  or their English words (``sec``, ``min``, ``hour``, ``day``, ``week``, with
  or without a plural ``s``). ``m`` means minutes. Months and years are not
  accepted, because their length in seconds varies.

The OpenAPI document types ``ttl`` as a string, so callers send
``str(check_ttl(value))``.
"""

from __future__ import annotations

import re
import unicodedata

from aiozstream.errors import InputError

MAX_TTL_SECONDS = 2_147_483_647
KEY_TYPES = ("full_access", "only_upload")
# NOTE: AIOZ documents no maximum length for an API key name. 255 is a guess that
# matches a common database column, so raise it if the API accepts longer names.
MAX_KEY_NAME_LENGTH = 255

_SECONDS_PER_UNIT = {
    "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
    "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60,
    "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
    "d": 86_400, "day": 86_400, "days": 86_400,
    "w": 604_800, "week": 604_800, "weeks": 604_800,
}  # fmt: skip
_DURATION = re.compile(r"(?:\s*\d+\s*[a-z]+)+\s*", re.IGNORECASE | re.ASCII)
_DURATION_PART = re.compile(r"(\d+)\s*([a-z]+)", re.IGNORECASE | re.ASCII)
_DIGITS = re.compile(r"\d+", re.ASCII)
# Control characters and the Unicode line and paragraph separators. Format characters
# (category Cf) stay allowed, because emoji sequences use the zero-width joiner.
_CONTROL_CATEGORIES = {"Cc", "Zl", "Zp"}


def check_ttl(value: object, *, field: str = "ttl") -> int:
    """Return the key lifetime in seconds, read from any form in the module docstring.

    Raises :class:`InputError` naming ``field`` for another form or a lifetime
    outside 1 to 2,147,483,647 seconds.
    """
    if isinstance(value, bool):
        raise InputError("rules.ttl_invalid", field=field, value=value)
    if isinstance(value, int):
        seconds = value
    elif isinstance(value, str):
        seconds = _parse_duration(field, value)
    else:
        raise InputError("rules.ttl_invalid", field=field, value=value)

    if not 1 <= seconds <= MAX_TTL_SECONDS:
        raise InputError(
            "rules.ttl_out_of_range",
            field=field,
            value=value,
            seconds=seconds,
            maximum=MAX_TTL_SECONDS,
        )
    return seconds


def check_key_type(value: object, *, field: str = "type") -> str:
    """Return the key type, ``full_access`` or ``only_upload``.

    Letter case, surrounding spaces and hyphens in place of the underscore are
    forgiven (``Full-Access`` gives ``full_access``). Raises
    :class:`InputError` naming ``field`` for any other value.
    """
    if isinstance(value, str):
        key_type = value.strip().lower().replace("-", "_")
        if key_type in KEY_TYPES:
            return key_type
    raise InputError("rules.key_type_invalid", field=field, value=value)


def check_key_name(value: object, *, field: str = "name") -> str:
    """Return the key name without surrounding spaces.

    Raises :class:`InputError` naming ``field`` when the name is empty, longer
    than 255 characters, or contains a line break or another control character.
    """
    if not isinstance(value, str) or not value.strip():
        raise InputError("rules.key_name_empty", field=field)
    name = value.strip()

    if any(unicodedata.category(character) in _CONTROL_CATEGORIES for character in name):
        raise InputError("rules.key_name_control", field=field, value=name)
    if len(name) > MAX_KEY_NAME_LENGTH:
        raise InputError(
            "rules.key_name_too_long", field=field, length=len(name), maximum=MAX_KEY_NAME_LENGTH
        )
    return name


def _parse_duration(field: str, value: str) -> int:
    text = value.strip()
    if _DIGITS.fullmatch(text):
        return int(text)
    if not _DURATION.fullmatch(text):
        raise InputError("rules.ttl_invalid", field=field, value=value)

    seconds = 0
    for number, unit in _DURATION_PART.findall(text):
        unit_seconds = _SECONDS_PER_UNIT.get(unit.lower())
        if unit_seconds is None:
            raise InputError("rules.ttl_invalid", field=field, value=value)
        seconds += int(number) * unit_seconds
    return seconds
