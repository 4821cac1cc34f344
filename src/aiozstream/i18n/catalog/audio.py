"""Messages of ``aioz audio``: the media commands for audio, with audio quality presets."""

EN = {
    "audio.help": (
        "Upload and manage audio: the media commands for type audio, with the audio "
        "quality presets standard, good, highest and lossless."
    ),
    "audio.help_example": (
        "Examples: aioz audio upload podcast.m4a -q good -q lossless · aioz audio list · "
        "aioz audio cost --file podcast.m4a -q highest"
    ),
    "audio.help_upload": "Upload an audio file in chunks, with live progress, and show its links.",
    "audio.help_upload_file": "Audio file to upload, such as M4A, MP3, WAV or FLAC.",
    "audio.help_quality": (
        "Audio quality preset: standard, good, highest or lossless; repeat for several. "
        "Checks the cost first."
    ),
    "audio.help_container": "Segment container: mpegts (default) or fmp4.",
    "audio.help_list": "List audio media as a table, or JSON with --json.",
    "audio.help_get": "Show one audio media with its links.",
    "audio.help_update": "Change an audio media's title, description, visibility, tags or player.",
    "audio.help_delete": "Delete an audio media and its files.",
    "audio.help_cost": "Show the transcoding price of an audio duration at the given presets.",
    "audio.help_duration": "Duration to price, in seconds.",
    "audio.help_cost_quality": (
        "Audio quality preset to price: standard, good, highest or lossless; repeat for several."
    ),
    "audio.help_cost_file": "Audio file whose duration is priced, in place of --duration.",
    "audio.not_audio": (
        "Media {media_id} is a {media_type}, not audio, so aioz audio leaves it alone. "
        "Use: aioz media {command} {media_id}"
    ),
    "audio.video_track": (
        "{path} has a video track. It is uploaded as audio; use aioz upload to keep the picture."
    ),
    "audio.cost_needs_duration": (
        "Pass the duration to price: --duration SECONDS, or --file AUDIO_FILE to read it from a file."
    ),
    "audio.cost_duration_and_file": "--duration and --file cannot be used together. Choose one.",
    "audio.total": "{shown} of {total} audio media",
}

ZH = {
    "audio.help": (
        "上传和管理音频:针对 audio 类型的媒体命令,使用音频质量预设 standard、good、highest 和 lossless。"
    ),
    "audio.help_example": (
        "示例:aioz audio upload podcast.m4a -q good -q lossless · aioz audio list · "
        "aioz audio cost --file podcast.m4a -q highest"
    ),
    "audio.help_upload": "分块上传音频文件,实时显示进度,并显示其链接。",
    "audio.help_upload_file": "要上传的音频文件,例如 M4A、MP3、WAV 或 FLAC。",
    "audio.help_quality": "音频质量预设:standard、good、highest 或 lossless;可重复以添加多个。会先检查成本。",
    "audio.help_container": "分段容器:mpegts(默认)或 fmp4。",
    "audio.help_list": "以表格列出音频媒体,或用 --json 输出JSON。",
    "audio.help_get": "显示一个音频媒体及其链接。",
    "audio.help_update": "修改音频媒体的标题、描述、可见性、标签或播放器。",
    "audio.help_delete": "删除音频媒体及其文件。",
    "audio.help_cost": "显示给定音频时长在所选预设下的转码价格。",
    "audio.help_duration": "要计价的时长(秒)。",
    "audio.help_cost_quality": "要计价的音频质量预设:standard、good、highest 或 lossless;可重复以添加多个。",
    "audio.help_cost_file": "按该音频文件的时长计价,代替 --duration。",
    "audio.not_audio": (
        "媒体 {media_id} 是 {media_type},不是音频,aioz audio 不会处理它。"
        "请使用:aioz media {command} {media_id}"
    ),
    "audio.video_track": "{path} 含有视频轨道。它将作为音频上传;如需保留画面,请使用 aioz upload。",
    "audio.cost_needs_duration": "请提供要计价的时长:--duration 秒数,或 --file 音频文件 以从文件读取。",
    "audio.cost_duration_and_file": "--duration 和 --file 不能同时使用。请选择其一。",
    "audio.total": "音频媒体:显示 {shown} 个,共 {total} 个",
}
