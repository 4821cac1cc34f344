"""Messages of the upload path: file checks, chunk sizes, qualities, resume, network."""

EN = {
    "upload.file_missing": "File not found: {path}. Check the path and try again.",
    "upload.file_is_directory": "{path} is a folder. Pass a video or audio file instead.",
    "upload.file_not_regular": "{path} is not a regular file. Pass a video or audio file instead.",
    "upload.file_unreadable": "Cannot read {path}: {reason}. Check the file's permissions.",
    "upload.file_empty": "{path} is empty (0 bytes). Pass a file with content; nothing was uploaded.",
    "upload.chunk_size": (
        "Invalid chunk size {value} MiB. Use a size from {min} to {max} MiB (default {default})."
    ),
    "upload.parallel": "Invalid number of parallel parts {value}. Use 1 to {max}.",
    "upload.type_mismatch": (
        "{path} holds no video track, so it cannot be uploaded as a video. Use --type audio."
    ),
    "upload.type_invalid": "Invalid media type {value!r}. Use video or audio.",
    "upload.duration_unknown": (
        "Cannot read the duration of {path}, which the cost check needs. Pass it with --duration SECONDS."
    ),
    "upload.duration_invalid": "Invalid duration {value}. Pass a number of seconds greater than 0.",
    "upload.file_changed": (
        "{path} changed since the upload of media {media_id} started ({what}). "
        "Start a new upload with --new; the old media stays unfinished."
    ),
    "upload.no_journal": "No unfinished upload of {path} to resume. Run the same command without --resume.",
    "upload.resume_gone": (
        "Media {media_id} of the unfinished upload is no longer waiting for parts ({reason}). "
        "Start a new upload with --new."
    ),
    "upload.resume_and_new": "--resume and --new cannot be used together. Choose one.",
    "upload.interrupted": "Upload interrupted; /complete was not called. Resume with: {command}",
    "upload.chunk_size_kept": "Keeping the chunk size of the unfinished upload ({size} MiB); --chunk-size applies to new uploads.",
    "upload.resuming": "Resuming the upload of media {media_id}: {done} of {total} chunks already accepted.",
    "upload.part_failed": (
        "Chunk {chunk} (part {part}) failed: {reason}. /complete was not called, so media {media_id} "
        "stays unfinished. Resume with: {command}"
    ),
    "upload.changed_while_reading": (
        "Chunk {chunk} of {path} changed while it was being uploaded. Upload stopped; run the "
        "command again once the file is no longer being written."
    ),
    "upload.cost": "Transcoding cost for {presets}: {price} (balance is enough).",
    "quality.empty": "No quality preset given. Pass at least one, for example --quality 720p.",
    "quality.unknown": "Unknown quality preset {preset!r}. Use one of: {allowed}.",
    "quality.audio_on_video": "{preset!r} is an audio preset and cannot be used on a video. Use one of: {allowed}.",
    "quality.video_on_audio": "{preset!r} is a video resolution and cannot be used on audio. Use one of: {allowed}.",
    "quality.codec_unknown": "Unknown codec {codec!r}. Use one of: {allowed}.",
    "quality.codec_on_audio": "--codec {codec} applies to video only. Remove it for audio.",
    "quality.over_codec": "{preset} is above what {codec} supports (up to {ceiling}). Use h265 for {preset}, or a lower preset.",
    "quality.container_unknown": "Unknown container {container!r}. Use one of: {allowed}.",
    "quality.h265_mpegts": (
        "⚠️ h265 in the mpegts container will not play on Safari or iOS. "
        'Consider --container fmp4 (container_type: "fmp4").'
    ),
    "network.failed": "Network failure on {method} {path} ({reason}) after retries. Check your connection and try again.",
    "network.timeout": "Timed out on {method} {path} ({reason}) after retries. Check your connection and try again.",
}

ZH = {
    "upload.file_missing": "未找到文件:{path}。请检查路径后重试。",
    "upload.file_is_directory": "{path} 是一个文件夹。请传入视频或音频文件。",
    "upload.file_not_regular": "{path} 不是普通文件。请传入视频或音频文件。",
    "upload.file_unreadable": "无法读取 {path}:{reason}。请检查文件权限。",
    "upload.file_empty": "{path} 为空(0 字节)。请传入有内容的文件;未上传任何内容。",
    "upload.chunk_size": "无效的分块大小 {value} MiB。请使用 {min} 到 {max} MiB 之间的大小(默认 {default})。",
    "upload.parallel": "无效的并行分块数 {value}。请使用 1 到 {max}。",
    "upload.type_mismatch": "{path} 不含视频轨道,不能作为视频上传。请使用 --type audio。",
    "upload.type_invalid": "无效的媒体类型 {value!r}。请使用 video 或 audio。",
    "upload.duration_unknown": "无法读取 {path} 的时长,而成本检查需要它。请用 --duration SECONDS 指定。",
    "upload.duration_invalid": "无效的时长 {value}。请传入大于 0 的秒数。",
    "upload.file_changed": (
        "自媒体 {media_id} 开始上传以来,{path} 已被修改({what})。"
        "请使用 --new 开始新的上传;旧的媒体保持未完成状态。"
    ),
    "upload.no_journal": "没有可恢复的 {path} 未完成上传。请去掉 --resume 再运行同一命令。",
    "upload.resume_gone": "未完成上传的媒体 {media_id} 已不再等待分块({reason})。请使用 --new 开始新的上传。",
    "upload.resume_and_new": "--resume 和 --new 不能同时使用。请选择其一。",
    "upload.interrupted": "上传已中断;未调用 /complete。恢复命令:{command}",
    "upload.chunk_size_kept": "沿用未完成上传的分块大小({size} MiB);--chunk-size 仅适用于新的上传。",
    "upload.resuming": "正在恢复媒体 {media_id} 的上传:{total} 个块中已有 {done} 个被接受。",
    "upload.part_failed": (
        "块 {chunk}(分块 {part})失败:{reason}。未调用 /complete,媒体 {media_id} 保持未完成状态。"
        "恢复命令:{command}"
    ),
    "upload.changed_while_reading": "{path} 的块 {chunk} 在上传过程中被修改。上传已停止;请在文件不再被写入后重新运行命令。",
    "upload.cost": "{presets} 的转码成本:{price}(余额充足)。",
    "quality.empty": "未指定质量预设。请至少传入一个,例如 --quality 720p。",
    "quality.unknown": "未知的质量预设 {preset!r}。请使用:{allowed}。",
    "quality.audio_on_video": "{preset!r} 是音频预设,不能用于视频。请使用:{allowed}。",
    "quality.video_on_audio": "{preset!r} 是视频分辨率,不能用于音频。请使用:{allowed}。",
    "quality.codec_unknown": "未知的编解码器 {codec!r}。请使用:{allowed}。",
    "quality.codec_on_audio": "--codec {codec} 仅适用于视频。音频请去掉它。",
    "quality.over_codec": "{preset} 超出 {codec} 支持的范围(最高 {ceiling})。{preset} 请使用 h265,或选择更低的预设。",
    "quality.container_unknown": "未知的容器 {container!r}。请使用:{allowed}。",
    "quality.h265_mpegts": '⚠️ mpegts 容器中的 h265 无法在 Safari 或 iOS 上播放。建议使用 --container fmp4(container_type: "fmp4")。',
    "network.failed": "{method} {path} 网络故障({reason}),重试后仍失败。请检查网络连接后重试。",
    "network.timeout": "{method} {path} 超时({reason}),重试后仍失败。请检查网络连接后重试。",
}
