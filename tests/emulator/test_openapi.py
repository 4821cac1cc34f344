"""Responses of the sandbox checked against AIOZ's OpenAPI document.

Each response is validated against the response schema that the document declares for
that path, method and status: every field must be declared there, with its type.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from aiozstream import routes
from aiozstream.emulator import SandboxServer

from .support import PNG_FIXTURE, VIDEO_FIXTURE, create_media, send_part, upload_all

OPENAPI = Path(__file__).resolve().parents[3] / "shared" / "reference" / "aioz-stream-openapi.yaml"

PYTHON_TYPES = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
}


@cache
def openapi() -> dict[str, Any]:
    # The C loader reads the 550 KB document in 0.2 s instead of 1.2 s.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(OPENAPI.read_text(encoding="utf-8"), Loader=loader)


def response_schema(route: routes.Route, status: int) -> dict[str, Any]:
    operation = openapi()["paths"][route.template][route.method.lower()]
    content = operation["responses"][str(status)]["content"]
    return next(iter(content.values()))["schema"]


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = openapi()["components"]["schemas"][name]
    return schema


def check_against(value: Any, schema: dict[str, Any], where: str = "response") -> None:
    """Assert that ``value`` fits ``schema``: declared fields only, each of its type."""
    schema = resolve(schema)
    expected = schema.get("type") or ("object" if "properties" in schema else None)
    if expected is None:
        return
    allowed = PYTHON_TYPES[expected]
    mismatch = f"{where} is {type(value).__name__}, the document declares {expected}"
    assert isinstance(value, allowed), mismatch
    if expected != "boolean":
        assert not isinstance(value, bool), mismatch
    if expected == "object":
        properties = schema.get("properties", {})
        for key, item in value.items():
            assert key in properties, f"{where}.{key} is not in the document"
            check_against(item, properties[key], f"{where}.{key}")
    if expected == "array":
        for position, item in enumerate(value):
            check_against(item, schema["items"], f"{where}[{position}]")


@pytest.fixture
def done_media(sandbox: SandboxServer, client: httpx.Client) -> str:
    """A video that went through upload, complete and transcoding, with a thumbnail."""
    data = VIDEO_FIXTURE.read_bytes()
    media_id = create_media(
        client,
        tags=["t"],
        metadata=[{"key": "k", "value": "v"}],
        qualities=[{"resolution": "720p"}],
    )["id"]
    upload_all(client, media_id, data, len(data) // 2 + 1)
    client.get(f"/media/{media_id}/complete")
    sandbox.wait_for_status(media_id)
    client.post(f"/media/{media_id}/thumbnail", files={"file": ("t.png", PNG_FIXTURE.read_bytes())})
    return media_id


def test_media_responses_match_document(client: httpx.Client, done_media: str) -> None:
    responses = [
        (routes.MEDIA_GET, client.get(f"/media/{done_media}")),
        (routes.MEDIA_LIST, client.post("/media", json={})),
        (routes.MEDIA_CREATE, client.post("/media/create", json={"title": "new"})),
        (
            routes.MEDIA_COST,
            client.get("/media/cost", params={"type": "video", "duration": 3, "qualities": "720p"}),
        ),
        (routes.MEDIA_UPDATE, client.patch(f"/media/{done_media}", json={"title": "x"})),
        (routes.MEDIA_PLAYER_INFO, client.get(f"/media/{done_media}/player.json")),
        (routes.MEDIA_THUMBNAIL_DELETE, client.delete(f"/media/{done_media}/thumbnail")),
        (routes.MEDIA_COMPLETE, client.get(f"/media/{done_media}/complete")),
        (routes.MEDIA_DELETE, client.delete(f"/media/{done_media}")),
    ]

    for route, response in responses:
        assert response.status_code == 200, (route, response.text)
        check_against(
            response.json(), response_schema(route, 200), f"{route.method} {route.template}"
        )


def test_part_and_thumbnail_responses_match_document(client: httpx.Client) -> None:
    media_id = create_media(client)["id"]
    data = os.urandom(1000)

    part = send_part(client, media_id, data, start=0, total=len(data), index=1)
    thumbnail = client.post(
        f"/media/{media_id}/thumbnail", files={"file": ("t.png", PNG_FIXTURE.read_bytes())}
    )

    check_against(part.json(), response_schema(routes.MEDIA_PART, 200))
    check_against(thumbnail.json(), response_schema(routes.MEDIA_THUMBNAIL_UPLOAD, 200))


@pytest.mark.parametrize(
    ("route", "status", "path"),
    [
        (routes.MEDIA_GET, 400, "/media/not-a-uuid"),
        (routes.MEDIA_GET, 404, "/media/00000000-0000-0000-0000-000000000000"),
        (routes.MEDIA_COMPLETE, 404, "/media/00000000-0000-0000-0000-000000000000/complete"),
    ],
)
def test_error_responses_match_document(
    client: httpx.Client, route: routes.Route, status: int, path: str
) -> None:
    response = client.get(path)

    assert response.status_code == status
    check_against(response.json(), response_schema(route, status))


def test_every_media_route_is_served(sandbox: SandboxServer) -> None:
    served = {route.path for route in sandbox.app.routes}
    media_routes = [value for name, value in vars(routes).items() if name.startswith("MEDIA_")]

    for route in media_routes:
        assert "/api" + route.template in served, route
        assert route.template in openapi()["paths"], route
