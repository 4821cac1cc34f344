"""Simplified Chinese texts of the response templates, line for line as the English ones.

The keys and placeholders match ``en.TEXTS`` exactly. The punctuation follows
the product's Chinese templates, which use ASCII ``:`` ``,`` ``!`` ``?`` and
parentheses, and the ideographic full stop ``。``. Chinese lines are not padded
for alignment, so tables use the compact Markdown form and the arrows in the
step lists have single spaces.
"""

from __future__ import annotations

# Chinese tables are compact, because padding by code points cannot align Han characters.
TABLE_MIN_WIDTHS: dict[str, tuple[int, ...]] | None = None

TEXTS: dict[str, str] = {
    "upload_progress": """\
## 📤 正在上传:{title}

进度:{bar} {percent}%(已完成 {done} 个,共 {total} 个块)

{table}

> ⚠️ {assistant}仅在所有块都成功后才会调用 `/complete`。""",
    "upload_complete": """\
## 🎉 上传完成!

您的媒体已成功上传,正在处理中。

{table}

### ⏳ 下一步是什么?
转码正在进行中。编码完成后将通过Webhook通知您。

> 预计时间取决于媒体长度和所选质量预设。""",
    "file_received": """\
## 📥 文件已接收

您的文件已被服务器接收,并排队等待转码。

{table}

> 转码即将开始。""",
    "encoding_started": """\
## ⚙️ 编码已开始

您的媒体正在转码中。

{table}

> 请等待您的媒体在所有选定的质量预设下被处理。""",
    "partial_finished": """\
## 🔄 部分质量已就绪

一个质量预设已完成编码,可供流式播放。

{table}

> 其余质量预设仍在处理中。完整可用性即将到来。""",
    "encoding_finished": """\
## ✅ 编码完成 — 媒体已上线!

{table}

### 🔗 您的媒体已准备好流式播放!

**HLS**
- 流URL: `{hls_stream_url}`
- 播放器URL: `{hls_player_url}`
- 嵌入: `{hls_embed_code}`

**DASH**
- 流URL: `{dash_stream_url}`
- 播放器URL: `{dash_player_url}`
- 嵌入: `{dash_embed_code}`

**其他**
- 缩略图: `{thumbnail_url}`
- MP4: `{mp4_url}`
- 源文件: `{source_url}`

### 🛠️ 建议的后续步骤
- [ ] 分配播放器主题 → 询问{assistant}:"为我的视频分配一个播放器"
- [ ] 添加章节 → 询问{assistant}:"为我的视频添加章节"
- [ ] 添加字幕 → 询问{assistant}:"为我的视频添加字幕"
- [ ] 添加到播放列表 → 询问{assistant}:"将我的视频添加到播放列表"
- [ ] 查看分析 → 询问{assistant}:"显示我的视频的分析数据\"""",
    "encoding_failed": """\
## ❌ 编码失败

转码过程中出现问题。

{table}

### ⚠️ 如何重试
{assistant}将自动引导您完成以下步骤:

1. 删除失败的媒体对象 → DELETE /media/{media_id}
2. 重新创建媒体对象 → POST /media/create
3. 重试前检查转码成本 → GET /media/cost(验证 is_enough: true)
4. 重新上传所有块 → POST /media/:id/part(每个块一个,带MD5)
5. 信号完成 → GET /media/:id/complete

> 询问{assistant}:"重试我失败的上传"以自动开始该过程。""",
    # NOTE: the product defines the one-line forms in English only. These are
    # our own translations, built from the phrases of the Chinese templates.
    "one_line.file_received": "📥 文件已接收,正在排队等待转码…",
    "one_line.encoding_started": "⚙️ 编码已开始…",
    "one_line.partial_finished": "🔄 部分质量预设已就绪",
    "one_line.encoding_finished": "✅ 您的媒体已准备好流式播放!",
    "one_line.encoding_failed": "❌ 编码失败。{assistant}将引导您完成重试。",
    "label.field": "字段",
    "label.value": "值",
    "label.media_id": "媒体 ID",
    "label.title": "标题",
    "label.type": "类型",
    "label.status": "状态",
    "label.uploaded": "上传时间",
    "label.event": "事件",
    "label.timestamp": "时间戳",
    "chunk.column.chunk": "块",
    "chunk.column.size": "大小",
    "chunk.column.md5": "MD5状态",
    "chunk.column.upload": "上传状态",
    "chunk.md5.valid": "✅ 有效",
    "chunk.md5.pending": "—",
    "chunk.state.done": "✅ 已完成",
    "chunk.state.uploading": "⏳ 上传中",
    "chunk.state.failed": "❌ 失败",
    "chunk.state.pending": "⬜ 等待中",
}
