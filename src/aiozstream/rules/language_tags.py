"""Checks of BCP 47 language tags, as transcripts use them, with langcodes.

A tag must be well formed, and every subtag must be in the IANA language
subtag registry that langcodes ships. The language subtag must name a
language: ``und`` (undetermined) and tags of private use only (``x-...``)
are rejected.
"""

from __future__ import annotations

import langcodes
from langcodes import LanguageTagError

from aiozstream.errors import InputError

_NO_LANGUAGE = {None, "und"}


def check_language_tag(field: str, value: object) -> str:
    """Check a BCP 47 tag and return it in standard form: ``en-us`` becomes ``en-US``.

    Deprecated codes become their replacements (``iw`` becomes ``he``, ``eng``
    becomes ``en``). Raises :class:`InputError` naming ``field`` for a tag
    that is malformed or names no known language. A tag written with
    underscores, such as ``en_US``, is rejected with the hyphenated tag as the
    suggestion, because the API does not accept it.
    """
    if not isinstance(value, str) or not value.strip():
        raise InputError("rules.language_tag_invalid", field=field, value=value)
    tag = value.strip()

    if "_" in tag:
        suggestion = tag.replace("_", "-")
        if _is_known(suggestion):
            suggestion = langcodes.standardize_tag(suggestion)
            raise InputError(
                "rules.language_tag_underscore", field=field, value=value, suggestion=suggestion
            )
        raise InputError("rules.language_tag_invalid", field=field, value=value)

    if not _is_known(tag):
        raise InputError("rules.language_tag_invalid", field=field, value=value)
    return langcodes.standardize_tag(tag)


def primary_language(tag: str) -> str:
    """Return the language subtag of ``tag`` in standard form: ``en-GB`` gives ``en``.

    Two transcripts conflict when their primary languages are equal. It raises
    nothing for any string, because it also reads tags that the API returns. For
    a tag that langcodes cannot parse, it returns the text before the first
    hyphen or underscore, in lower case.
    """
    try:
        language = langcodes.Language.get(langcodes.standardize_tag(tag)).language
    except (LanguageTagError, ValueError):
        language = None
    if language:
        return language
    return tag.strip().replace("_", "-").split("-")[0].lower()


def _is_known(tag: str) -> bool:
    try:
        if not langcodes.tag_is_valid(tag):
            return False
        language = langcodes.Language.get(tag).language
    except (LanguageTagError, ValueError):
        return False
    return language not in _NO_LANGUAGE and not language.startswith("x-")
