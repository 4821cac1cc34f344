"""Messages of the transcripts area (captions on the wire)."""

EN = {
    # Help of `aioz transcripts`
    "transcripts.help": (
        "Add, list and delete transcripts (WebVTT subtitles, one per primary language) "
        "and choose the default one."
    ),
    "transcripts.help_example": (
        "Examples: aioz transcripts add MEDIA_ID en-US subs.vtt --default · "
        "aioz transcripts list MEDIA_ID · aioz transcripts default MEDIA_ID vi · "
        "aioz transcripts delete MEDIA_ID en-US --yes"
    ),
    "transcripts.help_add": (
        "Upload the transcript of one language. A media takes one transcript per primary "
        "language: en-US and en-GB conflict."
    ),
    "transcripts.help_list": "List the transcripts of a media as a table, or JSON with --json.",
    "transcripts.help_set_default": "Make one transcript the one the player shows by default.",
    "transcripts.help_delete": "Delete the transcript of one language.",
    "transcripts.help_language": "BCP 47 language tag, such as en, en-US, vi or zh-Hans.",
    "transcripts.help_file": "WebVTT file (.vtt, UTF-8, starting with WEBVTT) with the subtitles.",
    "transcripts.help_description": "Description of the transcript.",
    "transcripts.help_replace": (
        "Delete an existing transcript of the same primary language first, without asking."
    ),
    "transcripts.help_make_default": "Also make the new transcript the default.",
    # Rules
    "transcripts.language_taken": (
        "Media {media_id} already has a transcript in {existing}, the same primary language "
        "({primary}) as {language}; a media holds one transcript per primary language. "
        "Delete {existing} first, or call create with replace=True to delete it and add {language}."
    ),
    "transcripts.language_taken_cli": (
        "Media {media_id} already has a transcript in {existing}, the same primary language "
        "({primary}) as {language}. Add --replace to delete {existing} and add {language}, "
        "or delete it yourself with: aioz transcripts delete {media_id} {existing}"
    ),
    "transcripts.confirm_replace": (
        "Media {media_id} already has a transcript in {existing}, the same primary language "
        "as {language}. Delete {existing} and add {language}?"
    ),
    "transcripts.replacing": "Deleting the transcript in {existing} to make room for {language}.",
    "transcripts.default_deleted": (
        "The deleted transcript ({language}) was the default, so media {media_id} now has no "
        "default transcript. Set a new one with: aioz transcripts default {media_id} LANGUAGE"
    ),
    # Results
    "transcripts.added": "Transcript in {language} added to media {media_id}: {url}",
    "transcripts.default_set": "The {language} transcript is now the default of media {media_id}.",
    "transcripts.deleted": "Transcript in {language} deleted from media {media_id}.",
    "transcripts.confirm_delete": "Delete the {language} transcript of media {media_id}?",
    "transcripts.total": "{shown} of {total} transcripts",
    "transcripts.col_default": "Default",
    "transcripts.col_status": "Status",
}

ZH = {
    "transcripts.help": "添加、列出和删除字幕(WebVTT,每种主语言一个),并选择默认字幕。",
    "transcripts.help_example": (
        "示例:aioz transcripts add MEDIA_ID en-US subs.vtt --default · "
        "aioz transcripts list MEDIA_ID · aioz transcripts default MEDIA_ID vi · "
        "aioz transcripts delete MEDIA_ID en-US --yes"
    ),
    "transcripts.help_add": "上传某一语言的字幕。每个媒体每种主语言只能有一个字幕:en-US 与 en-GB 冲突。",
    "transcripts.help_list": "以表格列出媒体的字幕,或用 --json 输出JSON。",
    "transcripts.help_set_default": "将某个字幕设为播放器默认显示的字幕。",
    "transcripts.help_delete": "删除某一语言的字幕。",
    "transcripts.help_language": "BCP 47 语言标签,例如 en、en-US、vi 或 zh-Hans。",
    "transcripts.help_file": "包含字幕的WebVTT文件(.vtt,UTF-8编码,以 WEBVTT 开头)。",
    "transcripts.help_description": "字幕的描述。",
    "transcripts.help_replace": "不再询问,先删除同一主语言的现有字幕。",
    "transcripts.help_make_default": "同时将新字幕设为默认字幕。",
    "transcripts.language_taken": (
        "媒体 {media_id} 已有 {existing} 字幕,与 {language} 属于同一主语言({primary});"
        "每个媒体每种主语言只能有一个字幕。请先删除 {existing},"
        "或以 replace=True 调用 create,删除它并添加 {language}。"
    ),
    "transcripts.language_taken_cli": (
        "媒体 {media_id} 已有 {existing} 字幕,与 {language} 属于同一主语言({primary})。"
        "添加 --replace 可删除 {existing} 并添加 {language},"
        "或自行删除:aioz transcripts delete {media_id} {existing}"
    ),
    "transcripts.confirm_replace": (
        "媒体 {media_id} 已有 {existing} 字幕,与 {language} 属于同一主语言。"
        "要删除 {existing} 并添加 {language} 吗?"
    ),
    "transcripts.replacing": "正在删除 {existing} 字幕,以便添加 {language}。",
    "transcripts.default_deleted": (
        "被删除的字幕({language})是默认字幕,媒体 {media_id} 现在没有默认字幕。"
        "请设置新的默认字幕:aioz transcripts default {media_id} LANGUAGE"
    ),
    "transcripts.added": "已为媒体 {media_id} 添加 {language} 字幕:{url}",
    "transcripts.default_set": "{language} 字幕现已成为媒体 {media_id} 的默认字幕。",
    "transcripts.deleted": "已从媒体 {media_id} 删除 {language} 字幕。",
    "transcripts.confirm_delete": "要删除媒体 {media_id} 的 {language} 字幕吗?",
    "transcripts.total": "字幕:显示 {shown} 个,共 {total} 个",
    "transcripts.col_default": "默认",
    "transcripts.col_status": "状态",
}
