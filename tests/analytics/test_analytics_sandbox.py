"""The sandbox's analytics endpoints over raw HTTP: validation, paging, filters, OpenAPI shapes."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from aiozstream import routes
from aiozstream.emulator import SandboxConfig, SandboxServer
from tests.emulator.test_openapi import check_against, response_schema

WINDOW = {"from": 1725148800, "to": 1725753600}  # 2024-09-01 to 2024-09-08 UTC


@pytest.fixture
def http(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=sandbox.base_url, headers=sandbox.auth_headers, timeout=10
    ) as client:
        yield client


def post(http: httpx.Client, path: str, body: dict) -> httpx.Response:
    return http.post(path, json=body)


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/analytics/metrics/data/views/count", "invalid metric 'views': allowed are play, start"),
        ("/analytics/metrics/data/view/median", "invalid aggregation 'median': allowed are count"),
        (
            "/analytics/metrics/data/view/rate",
            "aggregation 'rate' is only available for the metric play",
        ),
        ("/analytics/metrics/data/play_rate/count", "invalid metric 'play_rate'"),
        ("/analytics/metrics/bucket/view/city", "invalid breakdown 'city': allowed are media-id"),
        (
            "/analytics/metrics/timeseries/view/week",
            "invalid interval 'week': allowed are hour, day",
        ),
    ],
)
def test_bad_path_names_answer_400(http, path, message):
    response = post(http, path, WINDOW)

    assert response.status_code == 400
    assert response.json()["status"] == "error"
    assert message in response.json()["message"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"from": 200, "to": 100}, "from (200) must be earlier than to (100)"),
        ({"from": 100, "to": 100}, "must be earlier than"),
        ({"to": 100}, "from and to are required"),
        ({"from": -1, "to": 100}, "from must be at least 0"),
        ({**WINDOW, "filter_by": {"city": ["Hanoi"]}}, "unknown filter 'city'"),
        ({**WINDOW, "filter_by": {"continents": ["XX"]}}, "invalid continent 'XX'"),
        ({**WINDOW, "filter_by": {"countries": ["VNM"]}}, "invalid country 'VNM'"),
        ({**WINDOW, "filter_by": {"media_type": "image"}}, "invalid media_type 'image'"),
        ({**WINDOW, "filter_by": {"media_ids": ["x"]}}, "invalid media id 'x'"),
        ({**WINDOW, "filter_by": []}, "filter_by must be a JSON object"),
    ],
)
def test_bad_bodies_answer_400(http, body, message):
    response = post(http, "/analytics/metrics/data/view/count", body)

    assert response.status_code == 400
    assert message in response.json()["message"]


def test_answers_match_the_openapi_document(http):
    answers = [
        (routes.ANALYTICS_AGGREGATE, post(http, "/analytics/metrics/data/play/rate", WINDOW)),
        (
            routes.ANALYTICS_BREAKDOWN,
            post(http, "/analytics/metrics/bucket/retention/browser", WINDOW),
        ),
        (
            routes.ANALYTICS_TIMESERIES,
            post(http, "/analytics/metrics/timeseries/watch_time/day", WINDOW),
        ),
    ]
    for route, response in answers:
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == "application/json"
        check_against(response.json(), response_schema(route, 200))


def test_same_request_same_numbers_across_sandboxes(http, tmp_path):
    body = {**WINDOW, "filter_by": {"device_types": ["phone"], "continents": ["as", "EU"]}}
    first = post(http, "/analytics/metrics/bucket/play/operating-system", body).json()

    with SandboxServer(SandboxConfig(data_dir=tmp_path / "other", transcode_delay=0)) as other:
        response = httpx.post(
            other.base_url + "/analytics/metrics/bucket/play/operating-system",
            json=body,
            headers=other.auth_headers,
        )

    assert response.json() == first
    assert first["data"]["context"]["filter"] == {
        "continents": ["AS", "EU"],
        "device_types": ["phone"],
    }


def test_filters_narrow_the_numbers(http):
    everyone = post(http, "/analytics/metrics/data/view/count", WINDOW).json()["data"]["data"]
    asia = post(
        http, "/analytics/metrics/data/view/count", {**WINDOW, "filter_by": {"continents": ["AS"]}}
    )
    antarctica = post(
        http, "/analytics/metrics/data/view/count", {**WINDOW, "filter_by": {"continents": ["AN"]}}
    )

    assert 0 < asia.json()["data"]["data"] < everyone
    assert antarctica.json()["data"]["data"] == 0


def test_ratios_stay_between_zero_and_one(http):
    rate = post(http, "/analytics/metrics/data/play/rate", WINDOW).json()["data"]["data"]
    retention = post(http, "/analytics/metrics/timeseries/retention/day", WINDOW).json()["data"][
        "data"
    ]

    assert 0 < rate < 1
    assert all(0 <= item["metric_value"] <= 1 for item in retention)


def test_breakdown_pages_and_sum_others(http):
    path = "/analytics/metrics/bucket/view/country"
    everything = post(http, path, {**WINDOW, "limit": 100}).json()["data"]
    first_page = post(http, path, {**WINDOW, "limit": 3, "sum_others": True}).json()["data"]
    by_name = post(
        http, path, {**WINDOW, "sort_by": "dimension_value", "order_by": "asc", "limit": 3}
    ).json()["data"]

    values = [item["metric_value"] for item in everything["data"]]
    assert everything["total"] == len(values) == 15
    assert values == sorted(values, reverse=True)
    assert first_page["total"] == 15
    assert first_page["data"][:3] == everything["data"][:3]
    assert first_page["data"][3]["dimension_value"] == "others"
    assert first_page["data"][3]["metric_value"] == sum(values[3:])
    assert [item["dimension_value"] for item in by_name["data"]] == ["AU", "BR", "CA"]


def test_timeseries_sorted_by_value(http):
    body = {**WINDOW, "sort_by": "metric_value", "order_by": "desc", "limit": 100}
    answer = post(http, "/analytics/metrics/timeseries/impression/day", body).json()["data"]

    values = [item["metric_value"] for item in answer["data"]]
    assert answer["total"] == 7
    assert values == sorted(values, reverse=True)


def test_media_breakdown_uses_stored_media(http, sandbox):
    created = [
        http.post("/media/create", json={"title": f"clip {n}", "tags": [f"t{n}"]}).json()["data"]
        for n in (1, 2)
    ]
    ids = sorted(media["id"] for media in created)

    breakdown = post(http, "/analytics/metrics/bucket/view/media-id", WINDOW).json()["data"]
    first_only = post(
        http, "/analytics/metrics/data/view/count", {**WINDOW, "filter_by": {"media_ids": [ids[0]]}}
    )
    tagged = post(
        http, "/analytics/metrics/data/view/count", {**WINDOW, "filter_by": {"tags": ["t1", "t2"]}}
    )
    total = post(http, "/analytics/metrics/data/view/count", WINDOW).json()["data"]["data"]

    by_media = {item["dimension_value"]: item["metric_value"] for item in breakdown["data"]}
    assert ids[0] in by_media
    assert ids[1] in by_media
    assert by_media[ids[0]] == first_only.json()["data"]["data"]
    assert tagged.json()["data"]["data"] <= total
