"""``aioz analytics`` against the sandbox: dates sent, early rejections, tables, charts, PNGs."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from aiozstream.cli.analytics import render_chart, sparkline

from .support import NOW_OPTION, ZONE_NAME, local, metrics_requests

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
WINDOW = ("--tz", ZONE_NAME, "--now", NOW_OPTION)


def rfc3339(seconds: int) -> str:
    return datetime.fromtimestamp(seconds, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.mark.parametrize(
    ("from_value", "to_value", "start", "end"),
    [
        ("yesterday", "today", local(2024, 9, 10), local(2024, 9, 11)),
        ("昨天", "今天", local(2024, 9, 10), local(2024, 9, 11)),
        ("last monday 14:00", "yesterday 2pm", local(2024, 9, 9, 14), local(2024, 9, 10, 14)),
        ("上周一", "昨天下午2点", local(2024, 9, 2), local(2024, 9, 10, 14)),
        ("3 days ago", "now", local(2024, 9, 8), local(2024, 9, 11, 10, 30)),
        ("2024-09-01", "2024-09-02 06:00", local(2024, 9, 1), local(2024, 9, 2, 6)),
        ("1725148800", "1725235200", 1725148800, 1725235200),
    ],
)
def test_dates_become_exact_unix_seconds(run, from_value, to_value, start, end):
    outcome = run(
        "--json",
        "analytics",
        "aggregate",
        "view",
        "count",
        "--from",
        from_value,
        "--to",
        to_value,
        *WINDOW,
    )

    assert outcome.exit_code == 0, outcome.stderr
    answer = json.loads(outcome.stdout)
    assert (answer["from"], answer["to"]) == (start, end)
    # The sandbox echoes the window it received.
    assert answer["context"]["time_frame"] == {"from": rfc3339(start), "to": rfc3339(end)}
    assert outcome.stderr == ""


def test_tz_changes_the_seconds(run):
    outcome = run(
        "--json", "analytics", "aggregate", "view", "count", "--from", "2024-09-01", "--to", "2024-09-02",
        "--tz", "UTC",
    )  # fmt: skip

    assert outcome.exit_code == 0, outcome.stderr
    answer = json.loads(outcome.stdout)
    assert (answer["from"], answer["to"]) == (1725148800, 1725235200)


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (("--from", "today", "--to", "yesterday"), ("--from", "--to", "must be earlier than")),
        (("--from", "yesterday", "--to", "yesterday"), ("must be earlier than",)),
        (("--from", "someday maybe"), ("Invalid date for --from", "'someday maybe'")),
        (("--from", "2024-02-30"), ("Invalid date for --from",)),
        (("--to", "1725148800000"), ("--to", "milliseconds")),
        (("--tz", "Mars/Olympus"), ("Unknown time zone 'Mars/Olympus'",)),
    ],
)
def test_bad_window_exits_2_without_request(run, sandbox, args, fragments):
    before = len(metrics_requests(sandbox))
    outcome = run("analytics", "aggregate", "view", "count", "--now", NOW_OPTION, *args)

    assert outcome.exit_code == 2
    assert outcome.stdout == ""
    assert len(outcome.stderr.strip().splitlines()) == 1
    for fragment in fragments:
        assert fragment in outcome.stderr
    assert len(metrics_requests(sandbox)) == before


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (
            ("aggregate", "views", "count"),
            ("Invalid metric 'views'", "play, start, end, impression, watch_time, view"),
        ),
        (
            ("aggregate", "view", "avg"),
            ("Invalid aggregation 'avg'", "count, rate, total, average, sum"),
        ),
        (("aggregate", "view", "rate"), ("'rate'", "'view'", "play")),
        (("breakdown", "view", "city"), ("Invalid breakdown 'city'", "operating-system, browser")),
        (("breakdown", "view", "country", "--order", "up"), ("Invalid --order 'up'", "asc, desc")),
        (
            ("breakdown", "view", "country", "--sort-by", "name"),
            ("Invalid --sort-by", "metric_value"),
        ),
        (("timeseries", "view", "week"), ("Invalid interval 'week'", "hour, day")),
        (("timeseries", "rating", "day"), ("Invalid metric 'rating'", "play_rate", "retention")),
        (
            ("timeseries", "view", "day", "--country", "Vietnam"),
            ("Invalid country 'Vietnam'", "US or VN"),
        ),
        (
            ("timeseries", "view", "day", "--continent", "Asia"),
            ("Invalid continents 'Asia'", "AS, EU"),
        ),
        (
            ("timeseries", "view", "day", "--media-type", "image"),
            ("Invalid media_type 'image'", "video, audio"),
        ),
        (("timeseries", "view", "day", "--media-id", "abc"), ("Invalid media id 'abc'", "UUID")),
    ],
)
def test_bad_names_exit_2_without_request(run, sandbox, args, fragments):
    before = len(metrics_requests(sandbox))
    outcome = run("analytics", *args)

    assert outcome.exit_code == 2
    assert len(outcome.stderr.strip().splitlines()) == 1
    for fragment in fragments:
        assert fragment in outcome.stderr
    assert len(metrics_requests(sandbox)) == before


def test_bad_metric_needs_no_keys(aioz):
    outcome = aioz("analytics", "aggregate", "views", "count")

    assert outcome.exit_code == 2
    assert "Invalid metric 'views'" in outcome.stderr


def test_chinese_error_message(run):
    outcome = run("--lang", "zh", "analytics", "timeseries", "view", "week")

    assert outcome.exit_code == 2
    assert "无效的 interval:'week'" in outcome.stderr
    assert "hour, day" in outcome.stderr


def test_same_request_same_answer(run):
    args = (
        "--json",
        "analytics",
        "breakdown",
        "play",
        "country",
        "--from",
        "上周一",
        "--to",
        "昨天",
        *WINDOW,
    )
    first = run(*args)
    second = run(*args)

    assert first.exit_code == 0, first.stderr
    assert first.stdout == second.stdout
    assert json.loads(first.stdout)["total"] > 0


def test_breakdown_group_matches_filtered_aggregate(run):
    window = ("--from", "2024-09-01", "--to", "2024-09-08", *WINDOW)
    breakdown = json.loads(
        run("--json", "analytics", "breakdown", "view", "country", "--all", *window).stdout
    )
    filtered = json.loads(
        run("--json", "analytics", "aggregate", "view", "count", "--country", "vn", *window).stdout
    )

    by_country = {item["dimension_value"]: item["metric_value"] for item in breakdown["items"]}
    assert filtered["filter_by"] == {"countries": ["VN"]}
    assert by_country["VN"] == filtered["value"]
    assert filtered["value"] > 0


def test_timeseries_adds_up_to_the_aggregate(run):
    window = ("--from", "2024-09-01 05:00", "--to", "2024-09-04 17:00", *WINDOW)
    series = json.loads(run("--json", "analytics", "timeseries", "play", "hour", *window).stdout)
    daily = json.loads(run("--json", "analytics", "timeseries", "play", "day", *window).stdout)
    total = json.loads(run("--json", "analytics", "aggregate", "play", "sum", *window).stdout)

    hours = [item["emitted_at"] for item in series["items"]]
    assert series["total"] == len(hours) == 84
    assert hours == sorted(hours)
    assert all(hour.endswith(":00:00Z") for hour in hours)
    assert all(item["emitted_at"].endswith("T00:00:00Z") for item in daily["items"])
    assert sum(item["metric_value"] for item in series["items"]) == total["value"]
    assert sum(item["metric_value"] for item in daily["items"]) == total["value"]


def test_aggregate_table_for_people(run):
    outcome = run("analytics", "aggregate", "watch_time", "average", "--from", "yesterday", *WINDOW)

    assert outcome.exit_code == 0, outcome.stderr
    assert (
        "watch_time (average), 2024-09-10 00:00:00 +0700 → 2024-09-11 10:30:00 +0700"
        in outcome.stdout
    )
    assert "seconds" in outcome.stdout
    assert "Asia/Ho_Chi_Minh" in outcome.stdout


def test_breakdown_table_with_others(run):
    outcome = run(
        "analytics", "breakdown", "view", "device-type", "--limit", "2", "--sum-others",
        "--from", "yesterday", *WINDOW,
    )  # fmt: skip

    assert outcome.exit_code == 0, outcome.stderr
    assert "computer" in outcome.stdout
    assert "phone" in outcome.stdout
    assert "others" in outcome.stdout
    assert "tablet" not in outcome.stdout


def test_terminal_chart(run):
    outcome = run(
        "analytics",
        "timeseries",
        "view",
        "day",
        "--from",
        "2024-09-01",
        "--to",
        "2024-09-05",
        *WINDOW,
    )

    assert outcome.exit_code == 0, outcome.stderr
    lines = outcome.stdout.splitlines()
    assert lines[0].startswith("view per day, 2024-09-01 00:00:00 +0700")
    bars = [line for line in lines if "│" in line]
    # Day buckets start at UTC midnight, which is 07:00 in Ho Chi Minh City.
    assert [line.split(" │")[0] for line in bars] == [
        "2024-08-31 07:00",
        "2024-09-01 07:00",
        "2024-09-02 07:00",
        "2024-09-03 07:00",
        "2024-09-04 07:00",
    ]
    assert all(len(line) == len(bars[0]) for line in bars)
    assert any("│" + "█" * 10 in line and line.split("│")[1].endswith("█") for line in bars)
    assert set(lines[1].strip()) <= set("▁▂▃▄▅▆▇█")


def test_render_chart_exact():
    lines = render_chart([("a", 1), ("bb", 2), ("c", 0)], width=24)

    assert lines == [
        "    ▅█▁",
        "a  │████████▌        │ 1",
        "bb │█████████████████│ 2",
        "c  │                 │ 0",
    ]


def test_sparkline_averages_long_series():
    assert sparkline([0, 0, 8, 8], 2) == "▁█"
    assert sparkline([5, 5, 5], 10) == "▁▁▁"


def test_plot_writes_png(run, tmp_path):
    pytest.importorskip("matplotlib")
    target = tmp_path / "plays.png"
    outcome = run(
        "analytics",
        "timeseries",
        "play",
        "hour",
        "--from",
        "yesterday",
        "--plot",
        str(target),
        *WINDOW,
    )

    assert outcome.exit_code == 0, outcome.stderr
    assert target.read_bytes().startswith(PNG_SIGNATURE)
    assert f"Chart saved to {target}." in outcome.stderr


def test_plot_keeps_existing_file_without_force(run, sandbox, tmp_path):
    pytest.importorskip("matplotlib")
    target = tmp_path / "plays.png"
    target.write_bytes(b"keep me")
    before = len(metrics_requests(sandbox))

    rejected = run(
        "analytics",
        "timeseries",
        "play",
        "day",
        "--from",
        "yesterday",
        "--plot",
        str(target),
        *WINDOW,
    )

    assert rejected.exit_code == 2
    assert "already exists" in rejected.stderr
    assert "--force" in rejected.stderr
    assert target.read_bytes() == b"keep me"
    assert len(metrics_requests(sandbox)) == before

    forced = run(
        "--json", "analytics", "timeseries", "play", "day", "--from", "yesterday", "--plot", str(target),
        "--force", *WINDOW,
    )  # fmt: skip

    assert forced.exit_code == 0, forced.stderr
    assert target.read_bytes().startswith(PNG_SIGNATURE)
    assert json.loads(forced.stdout)["kind"] == "timeseries"


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("missing/plays.png", "does not exist"),
        ("plays.jpg", "ending in .png"),
        ("folder.png", "is a folder"),
    ],
)
def test_plot_path_refused_before_request(run, sandbox, tmp_path, name, fragment):
    (tmp_path / "folder.png").mkdir()
    before = len(metrics_requests(sandbox))

    outcome = run("analytics", "timeseries", "play", "day", "--plot", str(tmp_path / name), *WINDOW)

    assert outcome.exit_code == 2
    assert fragment in outcome.stderr
    assert len(metrics_requests(sandbox)) == before
