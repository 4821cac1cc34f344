"""English texts of the response templates.

``TEXTS`` maps a key to a ``str.format`` string. In a message template,
``{table}`` is the message's Markdown table, which the renderer builds from the
``label.*`` or ``chunk.*`` texts, and every other placeholder is a value. The
renderer leaves out a line that uses ``{mp4_url}`` for audio, which has no MP4
rendition.
"""

from __future__ import annotations

# Column widths of each table as the templates draw them, in code points. A
# longer value widens its column, and a shorter one is padded to this width.
TABLE_MIN_WIDTHS: dict[str, tuple[int, ...]] | None = {
    "upload_progress": (5, 6, 10, 13),
    "upload_complete": (12, 22),
    "file_received": (13, 19),
    "encoding_started": (13, 19),
    "partial_finished": (13, 19),
    "encoding_finished": (13, 20),
    "encoding_failed": (13, 19),
}

TEXTS: dict[str, str] = {
    "upload_progress": """\
## 📤 Uploading: {title}

Progress: {bar} {percent}% ({done} of {total} chunks)

{table}

> ⚠️ {assistant} will only call `/complete` after **all chunks** succeed.""",
    "upload_complete": """\
## 🎉 Upload Complete!

Your media has been successfully uploaded and is now being processed.

{table}

### ⏳ What's Next?
Transcoding is in progress. You will be notified via webhook once encoding is finished.

> Estimated time depends on media length and selected quality presets.""",
    "file_received": """\
## 📥 File Received

Your file has been received by the server and is queued for transcoding.

{table}

> Transcoding will begin shortly.""",
    "encoding_started": """\
## ⚙️ Encoding Started

Your media is now being transcoded.

{table}

> Please wait while your media is being processed across all selected quality presets.""",
    "partial_finished": """\
## 🔄 Partial Quality Ready

One quality preset has finished encoding and is available for streaming.

{table}

> Remaining quality presets are still processing. Full availability coming soon.""",
    "encoding_finished": """\
## ✅ Encoding Finished — Media is Live!

{table}

### 🔗 Your media is ready to stream!

**HLS**
- Stream URL:  `{hls_stream_url}`
- Player URL:  `{hls_player_url}`
- Embed:       `{hls_embed_code}`

**DASH**
- Stream URL:  `{dash_stream_url}`
- Player URL:  `{dash_player_url}`
- Embed:       `{dash_embed_code}`

**Other**
- Thumbnail:   `{thumbnail_url}`
- MP4:         `{mp4_url}`
- Source:      `{source_url}`

### 🛠️ Suggested Next Steps
- [ ] Assign a Player Theme  →  ask {assistant}: "assign a player to my video"
- [ ] Add Chapters           →  ask {assistant}: "add chapters to my video"
- [ ] Add Subtitles          →  ask {assistant}: "add subtitles to my video"
- [ ] Add to a Playlist      →  ask {assistant}: "add my video to a playlist"
- [ ] Review Analytics       →  ask {assistant}: "show me analytics for my video\"""",
    "encoding_failed": """\
## ❌ Encoding Failed

Something went wrong during transcoding.

{table}

### ⚠️ How to Retry
{assistant} will automatically guide you through the following steps:

1. Delete the failed media object       →  `DELETE /media/{media_id}`
2. Re-create the media object           →  `POST /media/create`
3. Check transcode cost before retrying →  `GET /media/cost` (verify `is_enough: true`)
4. Re-upload all chunks                 →  `POST /media/:id/part` (one per chunk with MD5)
5. Signal completion                    →  `GET /media/:id/complete`

> Ask {assistant}: "retry my failed upload" to start the process automatically.""",
    "one_line.file_received": "📥 File received, queuing transcode…",
    "one_line.encoding_started": "⚙️ Encoding started…",
    "one_line.partial_finished": "🔄 Partial quality preset ready",
    "one_line.encoding_finished": "✅ Your media is ready to stream!",
    "one_line.encoding_failed": "❌ Encoding failed. {assistant} will guide you through a retry.",
    "label.field": "Field",
    "label.value": "Value",
    "label.media_id": "Media ID",
    "label.title": "Title",
    "label.type": "Type",
    "label.status": "Status",
    "label.uploaded": "Uploaded",
    "label.event": "Event",
    "label.timestamp": "Timestamp",
    "chunk.column.chunk": "Chunk",
    "chunk.column.size": "Size",
    "chunk.column.md5": "MD5 Status",
    "chunk.column.upload": "Upload Status",
    "chunk.md5.valid": "✅ Valid",
    "chunk.md5.pending": "—",
    "chunk.state.done": "✅ Done",
    "chunk.state.uploading": "⏳ Uploading",
    "chunk.state.failed": "❌ Failed",
    "chunk.state.pending": "⬜ Pending",
}
