"""The analytics SDK: what each call sends, and the input it rejects before sending anything."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from aiozstream import AsyncClient, Client
from aiozstream.errors import InputError
from aiozstream.models.analytics import MetricFilter

from .support import NOW, ZONE_NAME, local

MEDIA_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
CONTEXT = {"metric": "view", "time_frame": {"from": "a", "to": "b"}}


class Recorder:
    """An httpx transport that records each request and responds like the API."""

    def __init__(self, answer: dict | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.answer = answer if answer is not None else {"data": 42, "context": CONTEXT}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={"status": "success", "data": self.answer})

    def bodies(self) -> list[dict]:
        return [json.loads(request.content) for request in self.requests]


def make_client(recorder: Recorder) -> Client:
    transport = httpx.Client(transport=httpx.MockTransport(recorder))
    return Client("public", "secret", base_url="http://127.0.0.1:9/api", http_client=transport)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("yesterday", local(2024, 9, 10)),
        ("昨天", local(2024, 9, 10)),
        ("last monday 14:00", local(2024, 9, 9, 14)),
        ("上周一", local(2024, 9, 2)),
        ("3 days ago", local(2024, 9, 8)),
        ("三天前", local(2024, 9, 8)),
        ("2024-09-01", local(2024, 9, 1)),
        ("2024-09-01 14:00", local(2024, 9, 1, 14)),
        (local(2024, 9, 5), local(2024, 9, 5)),
        (str(local(2024, 9, 5)), local(2024, 9, 5)),
    ],
)
def test_aggregate_sends_unix_seconds(phrase, expected):
    recorder = Recorder()
    with make_client(recorder) as client:
        result = client.analytics.aggregate(
            "view", "count", from_=phrase, to="now", tz=ZONE_NAME, now=NOW
        )

    assert result.data == 42
    assert recorder.bodies() == [
        {"from": expected, "to": local(2024, 9, 11, 10, 30), "filter_by": {}}
    ]
    assert recorder.requests[0].url.path == "/api/analytics/metrics/data/view/count"


def test_aggregate_accepts_datetimes():
    recorder = Recorder()
    with make_client(recorder) as client:
        client.analytics.aggregate("play", "rate", from_=NOW.replace(day=1), to=NOW)

    assert recorder.bodies()[0]["from"] == local(2024, 9, 1, 10, 30)
    assert recorder.bodies()[0]["to"] == local(2024, 9, 11, 10, 30)


def test_breakdown_body_and_path():
    recorder = Recorder(
        {"data": [{"dimension_value": "VN", "metric_value": 3}], "total": 1, "context": CONTEXT}
    )
    filters = MetricFilter(
        continents=["as"], countries=["vn"], media_ids=[MEDIA_ID], media_type="video"
    )
    with make_client(recorder) as client:
        page = client.analytics.breakdown(
            "View",
            "country",
            from_="yesterday",
            to="today",
            filters=filters,
            sort_by="metric_value",
            order_by="DESC",
            sum_others=True,
            limit=10,
            tz=ZONE_NAME,
            now=NOW,
        )

    assert [(item.dimension_value, item.metric_value) for item in page.items] == [("VN", 3)]
    assert page.context.metric == "view"
    assert recorder.requests[0].url.path == "/api/analytics/metrics/bucket/view/country"
    assert recorder.bodies()[0] == {
        "from": local(2024, 9, 10),
        "to": local(2024, 9, 11),
        "filter_by": {
            "media_ids": [MEDIA_ID],
            "media_type": "video",
            "continents": ["AS"],
            "countries": ["VN"],
        },
        "sort_by": "metric_value",
        "order_by": "desc",
        "offset": 0,
        "limit": 10,
        "sum_others": True,
    }


def test_timeseries_iterates_every_page():
    pages = [
        {
            "data": [
                {"emitted_at": f"2024-09-0{day}T00:00:00Z", "metric_value": day} for day in (1, 2)
            ],
            "total": 3,
        },
        {"data": [{"emitted_at": "2024-09-03T00:00:00Z", "metric_value": 3}], "total": 3},
    ]
    requests: list[dict] = []

    def answer(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        requests.append(body)
        data = pages[0] if body["offset"] == 0 else pages[1]
        return httpx.Response(200, json={"status": "success", "data": data})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with Client("public", "secret", base_url="http://127.0.0.1:9/api", http_client=http) as client:
        page = client.analytics.timeseries(
            "play", "day", from_="2024-09-01", to="2024-09-04", tz="UTC", limit=2
        )
        values = [item.metric_value for item in page]

    assert values == [1, 2, 3]
    assert [body["offset"] for body in requests] == [0, 2]
    assert page.items[0].emitted_time().isoformat() == "2024-09-01T00:00:00+00:00"


def test_async_twin_sends_the_same_body():
    recorder = Recorder()

    async def call() -> float | None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
        async with AsyncClient(
            "public", "secret", base_url="http://127.0.0.1:9/api", http_client=http
        ) as client:
            result = await client.analytics.aggregate(
                "watch_time", "sum", from_="上周一", to="昨天", tz=ZONE_NAME, now=NOW
            )
        return result.data

    assert asyncio.run(call()) == 42
    assert recorder.bodies() == [
        {"from": local(2024, 9, 2), "to": local(2024, 9, 10), "filter_by": {}}
    ]


@pytest.mark.parametrize(
    ("call", "field", "allowed"),
    [
        (
            lambda a: a.aggregate("views", "count", from_=1, to=2),
            "metric",
            "play, start, end, impression",
        ),
        (
            lambda a: a.aggregate("view", "median", from_=1, to=2),
            "aggregation",
            "count, rate, total",
        ),
        (
            lambda a: a.breakdown("view", "city", from_=1, to=2),
            "breakdown",
            "media-id, media-type, continent",
        ),
        (lambda a: a.breakdown("watch-time", "country", from_=1, to=2), "metric", "play_rate"),
        (lambda a: a.timeseries("view", "week", from_=1, to=2), "interval", "hour, day"),
        (
            lambda a: a.breakdown("view", "country", from_=1, to=2, order_by="up"),
            "order_by",
            "asc, desc",
        ),
        (
            lambda a: a.breakdown("view", "country", from_=1, to=2, sort_by="name"),
            "sort_by",
            "metric_value",
        ),
    ],
)
def test_invalid_names_rejected_before_sending(call, field, allowed):
    recorder = Recorder()
    with make_client(recorder) as client, pytest.raises(InputError) as caught:
        call(client.analytics)

    assert caught.value.exit_code == 2
    assert f"Invalid {field} " in str(caught.value)
    assert allowed in str(caught.value)
    assert recorder.requests == []


def test_rate_only_with_play():
    recorder = Recorder()
    with make_client(recorder) as client, pytest.raises(InputError) as caught:
        client.analytics.aggregate("view", "rate", from_=1, to=2)

    assert "'rate'" in str(caught.value)
    assert "'view'" in str(caught.value)
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("from_", "to", "fragment"),
    [
        ("today", "yesterday", "must be earlier than"),
        (100, 100, "must be earlier than"),
        ("the day after never", "now", "Invalid date for from_"),
        ("2024-13-01", "now", "Invalid date for from_"),
        ("yesterday", "1725148800000", "milliseconds"),
    ],
)
def test_bad_windows_rejected_before_sending(from_, to, fragment):
    recorder = Recorder()
    with make_client(recorder) as client, pytest.raises(InputError) as caught:
        client.analytics.aggregate("view", "count", from_=from_, to=to, tz=ZONE_NAME, now=NOW)

    assert fragment in str(caught.value)
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("filters", "fragment"),
    [
        ({"country": ["VN"]}, "Unknown filter 'country'"),
        ({"countries": ["Vietnam"]}, "Invalid country 'Vietnam'"),
        ({"continents": ["Asia"]}, "Invalid continents 'Asia'"),
        ({"media_ids": ["not-a-uuid"]}, "Invalid media id 'not-a-uuid'"),
        ({"media_type": "image"}, "Invalid media_type 'image'"),
        ({"browsers": ["chrome", " "]}, "contains an empty value"),
        ({"os": [1]}, "must be a string or a list of strings"),
    ],
)
def test_bad_filters_rejected_before_sending(filters, fragment):
    recorder = Recorder()
    with make_client(recorder) as client, pytest.raises(InputError) as caught:
        client.analytics.aggregate("view", "count", from_=1, to=2, filters=filters)

    assert fragment in str(caught.value)
    assert recorder.requests == []


@pytest.mark.parametrize(("limit", "offset"), [(0, 0), (101, 0), (10, -1)])
def test_page_bounds_rejected(limit, offset):
    recorder = Recorder()
    with make_client(recorder) as client, pytest.raises(InputError):
        client.analytics.breakdown("view", "country", from_=1, to=2, limit=limit, offset=offset)

    assert recorder.requests == []
