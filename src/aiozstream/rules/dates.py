"""Conversion of the dates that analytics requests take into UNIX seconds.

Accepted values:

* UNIX seconds: a non-negative ``int``, or a string of ASCII digits. Every
  digit string counts as seconds, so ``2024`` is 2024 seconds after 1970, not
  the year.
* ISO 8601 dates and date-times: ``2024-09-01``, ``2024-09-01 14:00``,
  ``2024-09-01T14:00:00+07:00``.
* English and Chinese phrases that dateparser reads: ``yesterday``,
  ``3 days ago``, ``2 hours ago``, ``Sep 1``, ``昨天``, ``3天前``,
  ``2024年9月1日``. Chinese numerals before a unit (``三天前``), Chinese
  clock times (``下午2点``, ``14点半``) and a month and day without a year
  (``9月1日``) are rewritten first, because dateparser 1.5 reads none of them.
* ``last <weekday>`` and ``next <weekday>``, and the Chinese week forms
  ``上周一``, ``本周一``/``这周一`` and ``下周一`` (also with ``星期`` or
  ``礼拜``), each optionally followed by a clock time. They are resolved here,
  because dateparser 1.5 reads none of the Chinese forms and its reading of
  the English ones has changed between versions.

How values are interpreted:

* A date or time without an offset is wall-clock time in the user's time zone:
  ``tz``, an IANA name, or the system's local zone when ``tz`` is ``None``. A
  value with an offset or zone name keeps it.
* A phrase without a clock time means the start of the period it names: 00:00
  for a day, Monday 00:00 for a week, the 1st for a month, 1 January for a
  year. So ``yesterday`` is yesterday at 00:00 and ``last month`` the first of
  last month, while ``2 hours ago`` and ``昨天 14:00`` keep their time.
* ``last monday`` is the latest Monday before today and ``next monday`` the
  first Monday after today. ``上周一`` is the Monday of the previous calendar
  week (weeks start on Monday), ``本周一`` that of this week and ``下周一``
  that of the next week.
* A phrase that leaves past or future open (``monday``, ``14:00``) resolves to
  the past, because analytics look back.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from aiozstream.errors import InputError

# 9999-12-31 23:59:59 UTC, the last second that ``datetime`` can hold.
_MAX_SECONDS = 253_402_300_799
_DIGITS = re.compile(r"\d+", re.ASCII)
_SIGNED_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)", re.ASCII)
_PARSER_LANGUAGES = ["en", "zh"]
# A date that starts with the year. dateparser swaps month and day when the month is
# above 12 (2024-13-01 becomes 13 January), so such dates are checked here first.
_YEAR_FIRST_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)", re.ASCII)

_ENGLISH_WEEKDAYS = {
    "monday": 0, "mon": 0,
    "tuesday": 1, "tue": 1, "tues": 1,
    "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3,
    "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip
_ENGLISH_WEEKDAY_PHRASE = re.compile(
    r"(last|next)\s+([a-z]+)\.?,?\s*(?:at\s+)?(.*)", re.IGNORECASE | re.ASCII | re.DOTALL
)

_CHINESE_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_CHINESE_WEEK_OFFSETS = {"上": -1, "本": 0, "这": 0, "這": 0, "下": 1}
_CHINESE_WEEKDAY_PHRASE = re.compile(
    r"([上本这這下])个?(?:周|週|星期|礼拜|禮拜)([一二三四五六日天1-7])\s*(.*)", re.DOTALL
)

_CHINESE_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
                   "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
# A Chinese number up to 99 followed by a unit of time, such as 三天前 or 两点.
_CHINESE_NUMBER_BEFORE_UNIT = re.compile(
    r"([零〇一二两兩三四五六七八九]?十[一二三四五六七八九]?|[零〇一二两兩三四五六七八九])"
    r"(?=天|日|小时|小時|个小时|個小時|分钟|分鐘|周|週|星期|个星期|個星期|礼拜|禮拜|个月|個月|月|年|点|點|时|時|秒)"
)

# A month and day without a year, such as 9月1日. dateparser 1.5 reads 2024年9月1日 but not this.
_CHINESE_MONTH_DAY = re.compile(r"(?<![年\d])(\d{1,2})月(\d{1,2})[日号號]", re.ASCII)
_ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

_MORNING_WORDS = ("上午", "早上", "早晨", "凌晨")
_AFTERNOON_WORDS = ("下午", "晚上", "傍晚", "夜里", "夜裡")
_DAY_PERIOD = r"(上午|早上|早晨|凌晨|中午|下午|晚上|傍晚|夜里|夜裡)"
# 下午2点, 14点30分, 14点半, 9点5分10秒
_CHINESE_HOUR_CLOCK = re.compile(
    _DAY_PERIOD + r"?\s*(\d{1,2})[点點时時](?:(\d{1,2})分?|(半))?(?:(\d{1,2})秒)?", re.ASCII
)
# 下午 2:30. A bare 14:30 needs no rewriting.
_CHINESE_COLON_CLOCK = re.compile(_DAY_PERIOD + r"\s*(\d{1,2}):(\d{2})(?::(\d{2}))?", re.ASCII)
_ENGLISH_CLOCK = re.compile(
    r"(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?", re.IGNORECASE | re.ASCII
)


def check_time_zone(value: str | None) -> ZoneInfo | None:
    """Return the IANA time zone named ``value``, or ``None`` for the system's local zone.

    Raises :class:`InputError` for a name that the zone database does not know.
    """
    if value is None:
        return None
    try:
        return ZoneInfo(value.strip())
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise InputError("rules.timezone_invalid", value=value) from None


def parse_moment(
    field: str,
    value: str | int,
    *,
    tz: str | None = None,
    now: datetime | None = None,
) -> int:
    """Convert a date, date-time, UNIX time or phrase to UNIX seconds.

    ``tz`` is the user's IANA time zone (default: the system's local zone).
    ``now`` is the moment that relative phrases count from (default: the
    current time). A naive ``now`` is wall-clock time in ``tz``. Raises
    :class:`InputError` naming ``field`` for a value that is no date, and for
    an unknown ``tz``. The accepted forms and their meaning are listed in the
    module docstring.
    """
    zone = check_time_zone(tz)
    base = _wall_clock(now, zone)

    if isinstance(value, int) and not isinstance(value, bool):
        return _check_unix_seconds(field, value, value)
    if not isinstance(value, str) or not value.strip():
        raise InputError("rules.date_invalid", field=field, value=value)
    text = " ".join(value.split())

    if _SIGNED_NUMBER.fullmatch(text):
        if not _DIGITS.fullmatch(text):
            raise InputError("rules.date_invalid", field=field, value=value)
        return _check_unix_seconds(field, value, int(text))

    if not _is_possible_year_first_date(text):
        raise InputError("rules.date_invalid", field=field, value=value)
    moment = _parse_iso(text)
    if moment is None:
        moment = _parse_weekday_phrase(field, value, text, base)
    if moment is None:
        moment = _parse_phrase(text, base)
    if moment is None:
        raise InputError("rules.date_invalid", field=field, value=value)

    return _to_unix(field, value, moment, zone)


def parse_range(
    from_value: str | int,
    to_value: str | int,
    *,
    tz: str | None = None,
    now: datetime | None = None,
    fields: tuple[str, str] = ("--from", "--to"),
) -> tuple[int, int]:
    """Convert the start and end of an analytics range to UNIX seconds.

    Both ends count relative phrases from the same ``now``. ``fields`` names
    the two ends in messages. Raises :class:`InputError` for an end that is no
    date, an unknown ``tz``, or a start that is not earlier than the end.
    """
    from_field, to_field = fields
    if now is None:
        now = datetime.now(timezone.utc)

    start = parse_moment(from_field, from_value, tz=tz, now=now)
    end = parse_moment(to_field, to_value, tz=tz, now=now)

    if start >= end:
        zone = check_time_zone(tz)
        raise InputError(
            "rules.date_range_order",
            from_field=from_field,
            to_field=to_field,
            start=_format_moment(start, zone),
            end=_format_moment(end, zone),
        )
    return start, end


def _wall_clock(now: datetime | None, zone: ZoneInfo | None) -> datetime:
    """Return ``now`` as naive wall-clock time in ``zone`` (``None``: the system's local zone)."""
    if now is None:
        now = datetime.now(timezone.utc)
    if now.tzinfo is None:
        return now
    return now.astimezone(zone).replace(tzinfo=None)


def _check_unix_seconds(field: str, value: object, seconds: int) -> int:
    if seconds < 0:
        raise InputError("rules.date_before_epoch", field=field, value=value)
    if seconds > _MAX_SECONDS:
        if seconds <= _MAX_SECONDS * 1000:
            raise InputError("rules.date_milliseconds", field=field, value=value)
        raise InputError("rules.date_invalid", field=field, value=value)
    return seconds


def _is_possible_year_first_date(text: str) -> bool:
    """Tell whether a leading year-month-day, if there is one, names a real day."""
    match = _YEAR_FIRST_DATE.match(text)
    if match is None:
        return True
    year, month, day = (int(part) for part in match.groups())
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _parse_iso(text: str) -> datetime | None:
    # Python 3.11 reads nearly all of ISO 8601 here, and on 3.10 dateparser reads the rest.
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _parse_weekday_phrase(field: str, value: str, text: str, base: datetime) -> datetime | None:
    """Resolve ``last/next <weekday>`` and ``上周X/本周X/下周X``, with an optional clock time.

    Returns ``None`` when ``text`` is not one of these phrases, and raises when
    it is one but the rest is not a clock time.
    """
    today = base.date()
    day: date | None = None
    rest = ""

    english = _ENGLISH_WEEKDAY_PHRASE.fullmatch(text)
    if english and english.group(2).lower() in _ENGLISH_WEEKDAYS:
        target = _ENGLISH_WEEKDAYS[english.group(2).lower()]
        if english.group(1).lower() == "last":
            days_back = (today.weekday() - target) % 7 or 7
            day = today - timedelta(days=days_back)
        else:
            days_ahead = (target - today.weekday()) % 7 or 7
            day = today + timedelta(days=days_ahead)
        rest = english.group(3)

    chinese = _CHINESE_WEEKDAY_PHRASE.fullmatch(text)
    if chinese:
        weekday = chinese.group(2)
        target = int(weekday) - 1 if weekday.isdigit() else _CHINESE_WEEKDAYS[weekday]
        monday = today - timedelta(days=today.weekday())
        day = monday + timedelta(weeks=_CHINESE_WEEK_OFFSETS[chinese.group(1)], days=target)
        rest = chinese.group(3)

    if day is None:
        return None
    rest = rest.strip()
    if not rest:
        return datetime.combine(day, datetime.min.time())
    clock = _parse_clock(rest)
    if clock is None:
        raise InputError("rules.date_invalid", field=field, value=value)
    hour, minute, second = clock
    return datetime(day.year, day.month, day.day, hour, minute, second)


def _parse_clock(text: str) -> tuple[int, int, int] | None:
    """Read a clock time such as ``14:00``, ``2pm``, ``2:30 p.m.``, ``下午2点`` or ``14点半``."""
    text = _rewrite_chinese_numbers(text).strip()

    chinese = _CHINESE_HOUR_CLOCK.fullmatch(text)
    if chinese:
        period, hour, minute, half, second = chinese.groups()
        minute_value = 30 if half else int(minute or 0)
        return _check_clock(_apply_day_period(period, int(hour)), minute_value, int(second or 0))

    chinese_colon = _CHINESE_COLON_CLOCK.fullmatch(text)
    if chinese_colon:
        period, hour, minute, second = chinese_colon.groups()
        return _check_clock(_apply_day_period(period, int(hour)), int(minute), int(second or 0))

    english = _ENGLISH_CLOCK.fullmatch(text)
    if english:
        hour_text, minute, second, meridiem = english.groups()
        if minute is None and meridiem is None:
            return None  # a bare number such as "14" is too ambiguous
        hour = int(hour_text)
        if meridiem:
            if not 1 <= hour <= 12:
                return None
            is_afternoon = meridiem.lower().startswith("p")
            hour = hour % 12 + (12 if is_afternoon else 0)
        return _check_clock(hour, int(minute or 0), int(second or 0))

    return None


def _check_clock(hour: int | None, minute: int, second: int) -> tuple[int, int, int] | None:
    if hour is None or not (0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59):
        return None
    return hour, minute, second


def _apply_day_period(period: str | None, hour: int) -> int | None:
    """Turn a Chinese 12-hour clock hour into 0-23 by the word before it, such as 下午."""
    if period is None:
        return hour
    if hour > 12:
        # 下午14点 repeats itself but is clear, while 上午14点 contradicts itself.
        return hour if period not in _MORNING_WORDS else None
    if period in _MORNING_WORDS:
        return hour % 12
    if period in _AFTERNOON_WORDS:
        return hour % 12 + 12
    # 中午: 11 and 12 are around noon, 中午1点 is 13:00.
    return hour if hour >= 11 else hour + 12


def _rewrite_chinese_numbers(text: str) -> str:
    """Write Chinese numbers before a time unit in digits: 三天前 becomes 3天前."""

    def to_digits(match: re.Match[str]) -> str:
        numeral = match.group(1)
        if "十" not in numeral:
            return str(_CHINESE_DIGITS[numeral])
        tens, _, ones = numeral.partition("十")
        return str(_CHINESE_DIGITS.get(tens, 1) * 10 + _CHINESE_DIGITS.get(ones, 0))

    return _CHINESE_NUMBER_BEFORE_UNIT.sub(to_digits, text)


def _rewrite_chinese_clocks(text: str) -> str:
    """Write Chinese clock times as ``HH:MM:SS``: 昨天下午2点 becomes 昨天 14:00:00."""

    def hour_clock(match: re.Match[str]) -> str:
        period, hour, minute, half, second = match.groups()
        minute_value = 30 if half else int(minute or 0)
        clock = _check_clock(_apply_day_period(period, int(hour)), minute_value, int(second or 0))
        return match.group(0) if clock is None else " {:02d}:{:02d}:{:02d} ".format(*clock)

    def colon_clock(match: re.Match[str]) -> str:
        period, hour, minute, second = match.groups()
        clock = _check_clock(_apply_day_period(period, int(hour)), int(minute), int(second or 0))
        return match.group(0) if clock is None else " {:02d}:{:02d}:{:02d} ".format(*clock)

    text = _CHINESE_HOUR_CLOCK.sub(hour_clock, text)
    text = _CHINESE_COLON_CLOCK.sub(colon_clock, text)
    return " ".join(text.split())


def _rewrite_chinese_month_days(text: str) -> str:
    """Write a month and day without a year in English: 9月1日 becomes September 1."""

    def month_day(match: re.Match[str]) -> str:
        month, day = int(match.group(1)), int(match.group(2))
        if not 1 <= month <= 12:
            return match.group(0)
        return f" {_ENGLISH_MONTHS[month - 1]} {day} "

    return " ".join(_CHINESE_MONTH_DAY.sub(month_day, text).split())


def _parse_phrase(text: str, base: datetime) -> datetime | None:
    """Read ``text`` with dateparser into an aware or a naive wall-clock datetime, or ``None``."""
    # Importing dateparser takes about 0.4 s, which ISO dates and UNIX seconds never need.
    from dateparser.date import DateDataParser

    text = _rewrite_chinese_numbers(text)
    text = _rewrite_chinese_month_days(_rewrite_chinese_clocks(text))
    parser = DateDataParser(
        languages=_PARSER_LANGUAGES,
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "past",
            "RETURN_TIME_AS_PERIOD": True,
        },
    )
    try:
        data = parser.get_date_data(text)
    except (ValueError, OverflowError):
        # dateparser raises these for dates that the calendar cannot hold, such as year 0.
        return None
    if data.date_obj is None:
        return None
    if data.date_obj.tzinfo is not None:
        return data.date_obj
    return _start_of_period(data.date_obj, data.period)


def _start_of_period(moment: datetime, period: str | None) -> datetime:
    if period == "time":
        return moment
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if period == "week":
        return day - timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    if period == "year":
        return day.replace(month=1, day=1)
    return day


def _to_unix(field: str, value: object, moment: datetime, zone: ZoneInfo | None) -> int:
    """Return the UNIX seconds of ``moment``, where a naive one is wall-clock time in ``zone``."""
    if moment.tzinfo is None and zone is not None:
        moment = moment.replace(tzinfo=zone)
    try:
        # A naive datetime left here is system local time, which timestamp() assumes.
        seconds = math.floor(moment.timestamp())
    except (OverflowError, OSError, ValueError):
        raise InputError("rules.date_invalid", field=field, value=value) from None
    return _check_unix_seconds(field, value, seconds)


def _format_moment(seconds: int, zone: ZoneInfo | None) -> str:
    """Write UNIX seconds as a date-time with offset in ``zone``, for messages."""
    moment = datetime.fromtimestamp(seconds, timezone.utc).astimezone(zone)
    return moment.isoformat(sep=" ")
