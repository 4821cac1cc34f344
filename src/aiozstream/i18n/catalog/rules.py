"""Messages of the input checks in ``aiozstream.rules``.

They cover colors, sizes, the player logo, analytics dates, language tags,
playlist moves and API key fields.
"""

EN = {
    "rules.converted": "Converted {field} from {original} to {converted}.",
    # Player colors
    "rules.color_invalid": (
        "Invalid color for {field}: {value!r}. Use #rgb, #rgba, #rrggbb, #rrggbbaa, "
        "a CSS color name, rgb(), rgba(), hsl() or hsla()."
    ),
    "rules.color_out_of_range": (
        "Color out of range for {field}: {value!r}. Red, green and blue must be 0-255 or "
        "0%-100%, saturation and lightness 0%-100%, alpha 0-1 or 0%-100%."
    ),
    # Player sizes
    "rules.size_invalid": (
        "Invalid size for {field}: {value!r}. "
        "Use a non-negative number of pixels, such as 12 or 12px."
    ),
    "rules.size_unit": (
        "Unsupported unit {unit!r} in {field}: {value!r}. Only px is accepted, such as 12px."
    ),
    # Player logo
    "rules.logo_not_found": "Logo file not found for {field}: {value}. Check the path.",
    "rules.logo_not_a_file": "The {field} path is a directory, not an image file: {value}.",
    "rules.logo_unreadable": "Cannot read the {field} file {value}: {reason}.",
    "rules.logo_format": (
        "Invalid {field} file {value}: its content is {detected}. Use a JPEG or PNG image."
    ),
    "rules.logo_corrupt": "The {field} file {value} is a damaged {format} image: {reason}.",
    "rules.logo_too_heavy": (
        "The {field} file {value} is {size} bytes. The maximum is {limit} bytes (100 KB); "
        "compress or shrink the image."
    ),
    "rules.logo_too_large": (
        "The {field} image {value} is {width}×{height} px. "
        "The maximum is {max_width}×{max_height} px; resize the image."
    ),
    # Analytics dates
    "rules.date_invalid": (
        "Invalid date for {field}: {value!r}. "
        "Use a date such as 2024-09-01 or 2024-09-01 14:00, UNIX seconds, "
        "or a phrase such as yesterday, last monday 14:00, 3 days ago, 昨天 or 上周一."
    ),
    "rules.date_milliseconds": (
        "The {field} value {value!r} is too large for UNIX seconds and looks like "
        "milliseconds. Drop the last three digits."
    ),
    "rules.date_before_epoch": (
        "The {field} date {value!r} is before 1970-01-01. Use a date from 1970-01-01 on."
    ),
    "rules.date_range_order": (
        "{from_field} ({start}) must be earlier than {to_field} ({end}). "
        "Swap the two values or widen the range."
    ),
    "rules.timezone_invalid": (
        "Unknown time zone {value!r}. Use an IANA name such as Asia/Ho_Chi_Minh or UTC."
    ),
    # Language tags
    "rules.language_tag_underscore": (
        "Invalid language tag for {field}: {value!r}. BCP 47 tags use hyphens: use {suggestion}."
    ),
    "rules.language_tag_invalid": (
        "Invalid language tag for {field}: {value!r}. Use a BCP 47 tag with a known language, "
        "such as en, en-US, zh-CN or vi."
    ),
    # Playlist moves
    "rules.playlist_target_count": (
        "Choose exactly one target for the move: top, bottom, before an item, after an item "
        "or a position."
    ),
    "rules.playlist_item_unknown": (
        "The item {value!r} given for {field} is not in this playlist. "
        "List the playlist items to see their ids."
    ),
    "rules.playlist_move_self": (
        "Cannot place item {value!r} {field} itself. Choose another item of the playlist."
    ),
    "rules.playlist_position_invalid": (
        "Invalid {field}: {value!r}. Use a whole number from 1 to {maximum}."
    ),
    # API keys
    "rules.ttl_invalid": (
        "Invalid {field}: {value!r}. "
        "Use seconds such as 3600, or a duration such as 90m, 12h, 30d or 1d12h."
    ),
    "rules.ttl_out_of_range": (
        "The {field} {value!r} is out of range ({seconds} seconds). Use 1 to {maximum} seconds."
    ),
    "rules.key_type_invalid": "Invalid API key {field}: {value!r}. Use full_access or only_upload.",
    "rules.key_name_empty": "The API key {field} is empty. Give the key a name.",
    "rules.key_name_too_long": (
        "The API key {field} has {length} characters. Use at most {maximum} characters."
    ),
    "rules.key_name_control": (
        "The API key {field} {value!r} contains a line break or control character. Use plain text."
    ),
}

ZH = {
    "rules.converted": "已将{field}从 {original} 转换为 {converted}。",
    # Player colors
    "rules.color_invalid": (
        "{field}的颜色无效:{value!r}。请使用 #rgb、#rgba、#rrggbb、#rrggbbaa、"
        "CSS 颜色名称、rgb()、rgba()、hsl() 或 hsla()。"
    ),
    "rules.color_out_of_range": (
        "{field}的颜色超出范围:{value!r}。红、绿、蓝须为 0-255 或 0%-100%,"
        "饱和度和亮度须为 0%-100%,透明度须为 0-1 或 0%-100%。"
    ),
    # Player sizes
    "rules.size_invalid": ("{field}的尺寸无效:{value!r}。请使用非负的像素数,例如 12 或 12px。"),
    "rules.size_unit": ("{field}中的单位 {unit!r} 不受支持:{value!r}。只接受 px,例如 12px。"),
    # Player logo
    "rules.logo_not_found": "未找到{field}文件:{value}。请检查路径。",
    "rules.logo_not_a_file": "{field}路径是一个目录,而不是图片文件:{value}。",
    "rules.logo_unreadable": "无法读取{field}文件 {value}:{reason}。",
    "rules.logo_format": (
        "{field}文件 {value} 无效:其内容为 {detected}。请使用 JPEG 或 PNG 图片。"
    ),
    "rules.logo_corrupt": "{field}文件 {value} 是损坏的 {format} 图片:{reason}。",
    "rules.logo_too_heavy": (
        "{field}文件 {value} 大小为 {size} 字节,上限为 {limit} 字节(100 KB)。请压缩或缩小图片。"
    ),
    "rules.logo_too_large": (
        "{field}图片 {value} 的尺寸为 {width}×{height} 像素,"
        "上限为 {max_width}×{max_height} 像素。请调整图片尺寸。"
    ),
    # Analytics dates
    "rules.date_invalid": (
        "{field}的日期无效:{value!r}。"
        "请使用 2024-09-01 或 2024-09-01 14:00 这样的日期、UNIX 秒数,"
        "或 昨天、上周一、3天前、yesterday、last monday 14:00 这样的说法。"
    ),
    "rules.date_milliseconds": (
        "{field}的值 {value!r} 超出 UNIX 秒数的范围,看起来是毫秒。请去掉最后三位数字。"
    ),
    "rules.date_before_epoch": (
        "{field}的日期 {value!r} 早于 1970-01-01。请使用 1970-01-01 及之后的日期。"
    ),
    "rules.date_range_order": (
        "{from_field}({start})必须早于{to_field}({end})。请交换这两个值或扩大时间范围。"
    ),
    "rules.timezone_invalid": (
        "未知的时区 {value!r}。请使用 IANA 时区名称,例如 Asia/Shanghai 或 UTC。"
    ),
    # Language tags
    "rules.language_tag_underscore": (
        "{field}的语言标签无效:{value!r}。BCP 47 标签使用连字符:请使用 {suggestion}。"
    ),
    "rules.language_tag_invalid": (
        "{field}的语言标签无效:{value!r}。"
        "请使用含有已知语言的 BCP 47 标签,例如 en、en-US、zh-CN 或 vi。"
    ),
    # Playlist moves
    "rules.playlist_target_count": (
        "请为移动指定唯一的目标:顶部、底部、某项之前、某项之后或某个位置。"
    ),
    "rules.playlist_item_unknown": (
        "{field}指定的项目 {value!r} 不在此播放列表中。请列出播放列表的项目以查看其ID。"
    ),
    "rules.playlist_move_self": (
        "不能将项目 {value!r} 移到它自身的 {field} 位置。请选择播放列表中的其他项目。"
    ),
    "rules.playlist_position_invalid": (
        "{field}无效:{value!r}。请使用 1 到 {maximum} 之间的整数。"
    ),
    # API keys
    "rules.ttl_invalid": (
        "{field}无效:{value!r}。请使用秒数(例如 3600)或时长(例如 90m、12h、30d 或 1d12h)。"
    ),
    "rules.ttl_out_of_range": (
        "{field} {value!r} 超出范围({seconds} 秒)。请使用 1 到 {maximum} 秒。"
    ),
    "rules.key_type_invalid": (
        "API 密钥的{field}无效:{value!r}。请使用 full_access 或 only_upload。"
    ),
    "rules.key_name_empty": "API 密钥的{field}为空。请为密钥命名。",
    "rules.key_name_too_long": (
        "API 密钥的{field}有 {length} 个字符。最多可使用 {maximum} 个字符。"
    ),
    "rules.key_name_control": ("API 密钥的{field} {value!r} 包含换行符或控制字符。请使用纯文本。"),
}
