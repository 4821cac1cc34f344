"""Analytics dates: ISO dates, UNIX seconds and English and Chinese phrases become UNIX seconds."""

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aiozstream.errors import InputError
from aiozstream.rules.dates import check_time_zone, parse_moment, parse_range

ZONE_NAME = "Asia/Ho_Chi_Minh"
ZONE = ZoneInfo(ZONE_NAME)
# Wednesday 11 September 2024, 10:30 in Ho Chi Minh City (UTC+7).
NOW = datetime(2024, 9, 11, 10, 30, tzinfo=ZONE)


def local(*parts: int) -> int:
    """Return the UNIX seconds of a wall-clock time in Ho Chi Minh City."""
    return int(datetime(*parts, tzinfo=ZONE).timestamp())


def parse(value, **kwargs) -> int:
    kwargs.setdefault("tz", ZONE_NAME)
    kwargs.setdefault("now", NOW)
    return parse_moment("--from", value, **kwargs)


@pytest.mark.parametrize(
    ("english", "chinese", "expected"),
    [
        ("yesterday", "昨天", local(2024, 9, 10)),
        ("today", "今天", local(2024, 9, 11)),
        ("3 days ago", "3天前", local(2024, 9, 8)),
        ("3 days ago", "三天前", local(2024, 9, 8)),
        ("2 days ago", "两天前", local(2024, 9, 9)),
        ("2 hours ago", "2小时前", local(2024, 9, 11, 8, 30)),
        ("now", "现在", local(2024, 9, 11, 10, 30)),
        ("yesterday 14:00", "昨天 14:00", local(2024, 9, 10, 14)),
        ("yesterday 2pm", "昨天下午2点", local(2024, 9, 10, 14)),
        ("yesterday 9:30 am", "昨天上午9点半", local(2024, 9, 10, 9, 30)),
        ("last week", "上周", local(2024, 9, 2)),
        ("last month", "上个月", local(2024, 8, 1)),
        ("1 week ago", "一周前", local(2024, 9, 2)),
        ("September 1, 2024", "2024年9月1日", local(2024, 9, 1)),
        ("Sep 1", "9月1日", local(2024, 9, 1)),
        ("2024-09-01", "2024年9月1日 00:00", local(2024, 9, 1)),
    ],
)
def test_phrases_both_languages(english, chinese, expected):
    assert parse(english) == expected
    assert parse(chinese) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("last monday", local(2024, 9, 9)),
        ("last monday 14:00", local(2024, 9, 9, 14)),
        ("last Monday at 2pm", local(2024, 9, 9, 14)),
        ("last mon 2:30 p.m.", local(2024, 9, 9, 14, 30)),
        ("last wednesday", local(2024, 9, 4)),
        ("last sunday 23:59:59", local(2024, 9, 8, 23, 59, 59)),
        ("next friday", local(2024, 9, 13)),
        ("next wednesday 09:00", local(2024, 9, 18, 9)),
        ("上周一", local(2024, 9, 2)),
        ("上周一 14:00", local(2024, 9, 2, 14)),
        ("上周一下午2点", local(2024, 9, 2, 14)),
        ("上周日", local(2024, 9, 8)),
        ("上星期三 9点半", local(2024, 9, 4, 9, 30)),
        ("上个礼拜五 晚上8点", local(2024, 9, 6, 20)),
        ("本周一", local(2024, 9, 9)),
        ("这周五 中午12点", local(2024, 9, 13, 12)),
        ("本周天", local(2024, 9, 15)),
        ("下周一", local(2024, 9, 16)),
        ("下周一 凌晨12点", local(2024, 9, 16)),
        ("下星期二 14点30分", local(2024, 9, 17, 14, 30)),
    ],
)
def test_weekday_phrases(phrase, expected):
    assert parse(phrase) == expected


def test_weekday_phrases_on_that_weekday():
    monday = datetime(2024, 9, 9, 8, 0, tzinfo=ZONE)
    assert parse("last monday", now=monday) == local(2024, 9, 2)
    assert parse("next monday", now=monday) == local(2024, 9, 16)
    assert parse("本周一", now=monday) == local(2024, 9, 9)
    assert parse("上周一", now=monday) == local(2024, 9, 2)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-09-01", local(2024, 9, 1)),
        ("2024-09-01 14:00", local(2024, 9, 1, 14)),
        ("2024-09-01T14:00:30", local(2024, 9, 1, 14, 0, 30)),
        ("2024-09-01T12:00:00Z", 1_725_192_000),
        ("2024-09-01T12:00:00+02:00", 1_725_184_800),
        ("2024-09-01 12:00 UTC", 1_725_192_000),
        ("1725148800", 1_725_148_800),
        ("0", 0),
        (1_725_148_800, 1_725_148_800),
        ("  2024-09-01  ", local(2024, 9, 1)),
    ],
)
def test_iso_and_unix_seconds(value, expected):
    assert parse(value) == expected


def test_time_zone_shifts_wall_clock():
    new_york = parse("2024-09-01", tz="America/New_York")
    assert new_york - parse("2024-09-01") == 11 * 3600


def test_utc_offsets_ignore_time_zone():
    assert parse("2024-09-01T12:00:00Z", tz="America/New_York") == 1_725_192_000


def test_default_time_zone_is_local():
    naive_now = datetime(2024, 9, 11, 10, 30)
    assert parse("yesterday", tz=None, now=naive_now) == int(datetime(2024, 9, 10).timestamp())


def test_naive_now_is_wall_clock_in_zone():
    assert parse("yesterday", now=datetime(2024, 9, 11, 0, 30)) == local(2024, 9, 10)


def test_aware_now_converted_to_zone():
    # 20:00 UTC on 10 September is already 03:00 on 11 September in UTC+7.
    utc_now = datetime(2024, 9, 10, 20, 0, tzinfo=timezone.utc)
    assert parse("today", now=utc_now) == local(2024, 9, 11)


def test_default_now_is_current_time():
    before = int(datetime.now(timezone.utc).timestamp())
    assert before <= parse_moment("--to", "now", tz="UTC") <= before + 5


@pytest.mark.parametrize(
    "value",
    [
        "garbage",
        "",
        "   ",
        "2024-02-30",
        "2024-13-01",
        "2024/13/01",
        "2024-31-12",
        "2023-02-29 10:00",
        "-5",
        "1.5",
        "+7",
        "last monday 25:00",
        "last monday soon",
        "上周一 下午",
        "上午14点",
        "13月1日",
        None,
        1.5,
        True,
    ],
)
def test_invalid_dates(value):
    with pytest.raises(InputError) as caught:
        parse(value)
    assert caught.value.key == "rules.date_invalid"
    message = caught.value.render("en")
    assert "--from" in message
    assert "2024-09-01" in message
    assert "last monday 14:00" in message


def test_milliseconds_rejected():
    with pytest.raises(InputError) as caught:
        parse("1725148800000")
    assert caught.value.key == "rules.date_milliseconds"


@pytest.mark.parametrize("value", ["1969-12-31", -1])
def test_before_epoch_rejected(value):
    with pytest.raises(InputError) as caught:
        parse(value)
    assert caught.value.key == "rules.date_before_epoch"


@pytest.mark.parametrize("name", ["Mars/Olympus_Mons", "", "UTC+7", "../etc/passwd"])
def test_unknown_time_zone(name):
    with pytest.raises(InputError) as caught:
        parse("yesterday", tz=name)
    assert caught.value.key == "rules.timezone_invalid"
    assert "Asia/Ho_Chi_Minh" in caught.value.render("en")


def test_check_time_zone():
    assert check_time_zone(None) is None
    assert check_time_zone(" Asia/Ho_Chi_Minh ") == ZONE


def test_range_converted():
    assert parse_range("上周一", "yesterday", tz=ZONE_NAME, now=NOW) == (
        local(2024, 9, 2),
        local(2024, 9, 10),
    )


@pytest.mark.parametrize(("start", "end"), [("today", "yesterday"), ("yesterday", "昨天")])
def test_range_order_rejected(start, end):
    with pytest.raises(InputError) as caught:
        parse_range(start, end, tz=ZONE_NAME, now=NOW)
    assert caught.value.key == "rules.date_range_order"
    message = caught.value.render("en")
    assert "--from (2024-09-1" in message
    assert "--to (2024-09-10 00:00:00+07:00)" in message


def test_range_invalid_end_named():
    with pytest.raises(InputError) as caught:
        parse_range("yesterday", "someday", tz=ZONE_NAME, now=NOW)
    assert "--to" in caught.value.render("en")
    assert caught.value.params["field"] == "--to"


def test_range_custom_field_names():
    with pytest.raises(InputError) as caught:
        parse_range("now", "yesterday", tz=ZONE_NAME, now=NOW, fields=("start", "end"))
    assert caught.value.render("en").startswith("start (")


def test_range_chinese_message():
    with pytest.raises(InputError) as caught:
        parse_range("今天", "昨天", tz=ZONE_NAME, now=NOW)
    assert "必须早于" in caught.value.render("zh")


@given(st.integers(min_value=0, max_value=253_402_300_799))
def test_unix_seconds_round_trip(seconds):
    assert parse(str(seconds)) == seconds


@given(
    st.datetimes(
        min_value=datetime(1971, 1, 1),
        max_value=datetime(2200, 1, 1),
    ).map(lambda moment: moment.replace(microsecond=0))
)
def test_iso_round_trip(moment):
    expected = int(moment.replace(tzinfo=ZONE).timestamp())
    assert parse(moment.isoformat()) == expected
    assert parse(moment.isoformat(sep=" ")) == expected


def test_relative_days_track_now():
    for offset in range(0, 14):
        now = NOW + timedelta(days=offset)
        expected = datetime.combine(now.date() - timedelta(days=1), datetime.min.time(), ZONE)
        assert parse("yesterday", now=now) == int(expected.timestamp())
        assert parse("昨天", now=now) == int(expected.timestamp())
