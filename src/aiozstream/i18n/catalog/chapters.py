"""Messages of the chapters area, and of the WebVTT file checks that transcripts share."""

EN = {
    # Help of `aioz chapters`
    "chapters.help": "Add, list and delete chapter files (WebVTT, one per media and language).",
    "chapters.help_example": (
        "Examples: aioz chapters add MEDIA_ID en chapters.vtt · aioz chapters list MEDIA_ID · "
        "aioz chapters delete MEDIA_ID en --yes"
    ),
    "chapters.help_add": "Upload the chapter file of one language; a media takes one per language.",
    "chapters.help_list": "List the chapter files of a media as a table, or JSON with --json.",
    "chapters.help_delete": "Delete the chapter file of one language.",
    "chapters.help_language": "BCP 47 language tag, such as en, en-US or fr-CA.",
    "chapters.help_file": "WebVTT file (.vtt, UTF-8, starting with WEBVTT) with the chapter cues.",
    # Results
    "chapters.added": "Chapters in {language} added to media {media_id}: {url}",
    "chapters.deleted": "Chapters in {language} deleted from media {media_id}.",
    "chapters.confirm_delete": "Delete the {language} chapters of media {media_id}?",
    "chapters.total": "{shown} of {total} chapter files",
    "chapters.col_language": "Language",
    "chapters.col_url": "URL",
    # WebVTT file checks (chapters and transcripts)
    "chapters.vtt_missing": "{field} {path}: file not found. Pass the path of a .vtt file.",
    "chapters.vtt_directory": "{field} {path}: this is a folder. Pass a .vtt file.",
    "chapters.vtt_unreadable": "{field} {path}: the file cannot be read ({reason}).",
    "chapters.vtt_empty": "{field} {path}: the file is empty. Pass a WebVTT file with cues.",
    "chapters.vtt_too_large": (
        "{field} {path}: the file is {size} bytes; the maximum is {limit} bytes (10 MiB). "
        "Check that it is the right file."
    ),
    "chapters.vtt_not_utf8": (
        "{field} {path}: not UTF-8 text. WebVTT files must be UTF-8; "
        "convert it, for example with iconv."
    ),
    "chapters.vtt_header": (
        "{field} {path}: not a WebVTT file, it starts with {start!r}. A WebVTT file "
        "starts with the line WEBVTT; convert SRT or other formats first."
    ),
    "chapters.vtt_no_cues": (
        "{field} {path}: the file has no cues. Add at least one cue with a timing line "
        "such as 00:00:00.000 --> 00:01:00.000."
    ),
}

ZH = {
    "chapters.help": "添加、列出和删除章节文件(WebVTT,每个媒体每种语言一个)。",
    "chapters.help_example": (
        "示例:aioz chapters add MEDIA_ID en chapters.vtt · aioz chapters list MEDIA_ID · "
        "aioz chapters delete MEDIA_ID en --yes"
    ),
    "chapters.help_add": "上传某一语言的章节文件;每个媒体每种语言只能有一个。",
    "chapters.help_list": "以表格列出媒体的章节文件,或用 --json 输出JSON。",
    "chapters.help_delete": "删除某一语言的章节文件。",
    "chapters.help_language": "BCP 47 语言标签,例如 en、en-US 或 fr-CA。",
    "chapters.help_file": "包含章节提示的WebVTT文件(.vtt,UTF-8编码,以 WEBVTT 开头)。",
    "chapters.added": "已为媒体 {media_id} 添加 {language} 章节:{url}",
    "chapters.deleted": "已从媒体 {media_id} 删除 {language} 章节。",
    "chapters.confirm_delete": "要删除媒体 {media_id} 的 {language} 章节吗?",
    "chapters.total": "章节文件:显示 {shown} 个,共 {total} 个",
    "chapters.col_language": "语言",
    "chapters.col_url": "URL",
    "chapters.vtt_missing": "{field} {path}:找不到文件。请传入 .vtt 文件的路径。",
    "chapters.vtt_directory": "{field} {path}:这是一个文件夹。请传入 .vtt 文件。",
    "chapters.vtt_unreadable": "{field} {path}:无法读取文件({reason})。",
    "chapters.vtt_empty": "{field} {path}:文件为空。请传入包含提示的WebVTT文件。",
    "chapters.vtt_too_large": (
        "{field} {path}:文件大小为 {size} 字节,上限为 {limit} 字节(10 MiB)。请确认文件是否正确。"
    ),
    "chapters.vtt_not_utf8": (
        "{field} {path}:不是UTF-8文本。WebVTT文件必须使用UTF-8编码,请先转换,例如使用 iconv。"
    ),
    "chapters.vtt_header": (
        "{field} {path}:不是WebVTT文件,它以 {start!r} 开头。WebVTT文件以 WEBVTT 这一行开头;"
        "SRT等其他格式请先转换。"
    ),
    "chapters.vtt_no_cues": (
        "{field} {path}:文件中没有提示。请至少添加一个带时间行的提示,"
        "例如 00:00:00.000 --> 00:01:00.000。"
    ),
}
