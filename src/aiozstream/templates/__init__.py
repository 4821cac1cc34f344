"""Response templates: the upload and webhook messages, in English and Simplified Chinese.

Rendering is pure text work with no I/O, so every face (CLI, MCP server,
webhook listener) shows the same message for the same event.
"""

from aiozstream.templates.render import (
    CHUNK_STATES,
    DEFAULT_ASSISTANT,
    DEFAULT_LINK_HOSTS,
    EVENT_STATUS,
    EVENTS,
    LANGUAGES,
    MEDIA_TYPES,
    ChunkRow,
    ChunkState,
    LinkHosts,
    one_line,
    render_event,
    render_upload_complete,
    render_upload_progress,
)

__all__ = [
    "CHUNK_STATES",
    "DEFAULT_ASSISTANT",
    "DEFAULT_LINK_HOSTS",
    "EVENTS",
    "EVENT_STATUS",
    "LANGUAGES",
    "MEDIA_TYPES",
    "ChunkRow",
    "ChunkState",
    "LinkHosts",
    "one_line",
    "render_event",
    "render_upload_complete",
    "render_upload_progress",
]
