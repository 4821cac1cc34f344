"""Helpers shared by the tool modules: ids, pages, times and the language-tag notice."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from aiozstream.errors import InputError
from aiozstream.mcp.replies import Reply
from aiozstream.resources.chapters import LANGUAGE_FIELD
from aiozstream.rules.language_tags import check_language_tag


def check_id(field: str, value: str) -> str:
    """Return the id stripped; raise :class:`InputError` naming ``field`` when it is blank."""
    if not isinstance(value, str) or not value.strip():
        raise InputError("input.empty_id", field=field)
    return value.strip()


async def collect(page: Any, all_pages: bool) -> list[Any]:
    """Return the items of ``page``, or of every page from it on when ``all_pages``."""
    if all_pages:
        return [item async for item in page]
    return list(page.items)


def checked_language(reply: Reply, value: str) -> str:
    """Check a BCP 47 tag and return its standard form, noting in the reply when it changed."""
    tag = check_language_tag(LANGUAGE_FIELD, value)
    if tag != value.strip():
        reply.notice(reply.t("rules.converted", field=LANGUAGE_FIELD, original=value, converted=tag))
    return tag


def parse_time(value: str | None) -> datetime:
    """Read an API timestamp (ISO 8601, ``Z`` allowed); an unreadable one gives the current time."""
    if value:
        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            pass
        else:
            return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return datetime.now(timezone.utc)


def metadata_text(metadata: Any) -> str:
    """Write media or playlist metadata (a dict or a list of key/value pairs) as ``k=v, ...``."""
    if isinstance(metadata, dict):
        pairs = metadata.items()
    elif isinstance(metadata, list):
        pairs = [(item.get("key"), item.get("value")) for item in metadata if isinstance(item, dict)]
    else:
        return ""
    return ", ".join(f"{key}={value}" for key, value in pairs)
