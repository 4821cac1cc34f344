"""The server offers one tool per CLI action, each described and typed for a model."""

from __future__ import annotations

import anyio

from aiozstream.mcp.tools.players import ControlsInput, ThemeInput
from aiozstream.models.players import CONTROL_FIELDS, THEME_FIELDS
from tests.mcp.support import mcp_session

EXPECTED_TOOLS = {
    "media_upload", "media_list", "media_get", "media_update", "media_delete", "media_cost",
    "media_retry",
    "audio_upload", "audio_list", "audio_get", "audio_update", "audio_delete", "audio_cost",
    "chapters_add", "chapters_list", "chapters_delete",
    "transcripts_add", "transcripts_list", "transcripts_set_default", "transcripts_delete",
    "api_keys_create", "api_keys_list", "api_keys_rename", "api_keys_delete",
    "whoami", "save_credentials",
    "webhooks_create", "webhooks_list", "webhooks_get", "webhooks_update", "webhooks_delete",
    "webhooks_check",
    "players_create", "players_list", "players_get", "players_update", "players_delete",
    "players_logo_upload", "players_logo_delete", "players_assign", "players_unassign",
    "analytics_aggregate", "analytics_breakdown", "analytics_timeseries",
    "payments_usage", "payments_top_ups", "payments_billings",
    "playlists_create", "playlists_list", "playlists_get", "playlists_update", "playlists_add",
    "playlists_move", "playlists_remove", "playlists_delete_thumbnail", "playlists_delete",
}
CONFIRMED_TOOLS = {
    "media_delete", "media_retry", "audio_delete", "chapters_delete", "transcripts_delete", "api_keys_delete",
    "webhooks_delete", "players_delete", "players_logo_delete", "playlists_remove",
    "playlists_delete_thumbnail", "playlists_delete",
}


def test_tools_cover_every_action(tmp_path):
    async def list_tools():
        async with mcp_session("--sandbox", "mcp", keys=None, errlog=tmp_path / "stderr.txt") as session:
            return (await session.list_tools()).tools

    tools = {tool.name: tool for tool in anyio.run(list_tools)}

    assert set(tools) == EXPECTED_TOOLS
    for name, tool in tools.items():
        properties = tool.input_schema.get("properties", {})
        assert tool.description and len(tool.description) > 20, name
        assert tool.input_schema["type"] == "object", name
        assert "lang" in properties, name
        assert "ctx" not in properties, name
        for parameter, schema in properties.items():
            assert schema.get("description"), (name, parameter)
    for name in CONFIRMED_TOOLS:
        assert "confirm" in tools[name].input_schema["properties"], name
        assert tools[name].annotations.destructive_hint is True, name
    assert "replace" in tools["transcripts_add"].input_schema["properties"]
    assert "unassign" in tools["players_delete"].input_schema["properties"]
    assert tools["media_list"].annotations.read_only_hint is True

    upload = tools["media_upload"].input_schema["properties"]
    assert upload["file"]["type"] == "string"
    assert "2160p" in upload["qualities"]["description"]
    assert upload["codec"]["anyOf"][0]["enum"] == ["h264", "h265"]
    assert upload["lang"]["anyOf"][0]["enum"] == ["en", "zh"]
    assert tools["media_upload"].input_schema["required"] == ["file"]


def test_theme_input_lists_every_theme_field():
    assert tuple(ThemeInput.model_fields) == THEME_FIELDS
    assert tuple(ControlsInput.model_fields) == CONTROL_FIELDS
