"""Messages, help texts and table headings of the player theme area (SDK and ``aioz players``)."""

EN = {
    # Warnings shown after a theme change
    "players.warning_default": (
        "⚠️ Setting a default player theme clears the default on all your other player themes."
    ),
    "players.warning_cdn": (
        "⚠️ Player theme changes may take up to 10 minutes to reach viewers through the CDN."
    ),
    # Input errors
    "players.theme_field_unknown": "Unknown player theme field {field!r}. Use one of: {fields}.",
    "players.control_unknown": "Unknown player control {field!r}. Use one of: {fields}.",
    "players.control_invalid": (
        "Invalid value for the control {field}: {value!r}. Use true or false."
    ),
    "players.nothing_to_update": (
        "Nothing to update. Give a name, is_default, theme fields or controls."
    ),
    "players.sort_invalid": "Invalid sort field {value!r}. Use one of: {allowed}.",
    "players.order_invalid": "Invalid sort order {value!r}. Use asc or desc.",
    "players.limit_invalid": "Invalid page size {value}. Use a number from 1 to {maximum}.",
    "players.offset_invalid": "Invalid offset {value}. Use 0 or more.",
    "players.logo_link_invalid": (
        "Invalid logo link {value!r}. Use an http:// or https:// URL, such as https://example.com."
    ),
    "players.set_invalid": (
        "Invalid --set value {value!r}. Use FIELD=VALUE, such as text_color=#ffffff "
        "or control_bar_height=40."
    ),
    "players.set_repeated": "The field {field} is given twice in --set. Give each field once.",
    "players.cli_nothing_to_update": (
        "Nothing to update. Pass at least one of --name, --default/--no-default, "
        "--set FIELD=VALUE or a control flag such as --autoplay."
    ),
    # Player theme in use
    "players.in_use": (
        "Player theme {player_id} is assigned to {count} media ({media_ids}), so it cannot be "
        "deleted. Unassign it from them first."
    ),
    "players.in_use_pass_unassign": (
        "Player theme {player_id} is assigned to {count} media ({media_ids}), so it cannot be "
        "deleted. Pass --unassign to remove it from them and then delete it."
    ),
    "players.in_use_explain": "Player theme {player_id} is assigned to {count} media:",
    "players.in_use_media_line": "  {media_id}  {title}",
    "players.confirm_unassign": "Unassign it from these {count} media and then delete it?",
    # Confirmations and results
    "players.confirm_delete": "Delete player theme {player_id}?",
    "players.confirm_logo_delete": "Delete the logo of player theme {player_id}?",
    "players.created": "Player theme {player_id} created: {name}.",
    "players.updated": "Player theme {player_id} updated: {name}.",
    "players.deleted": "Player theme {player_id} deleted.",
    "players.unassigned_from": "Player theme {player_id} removed from media {media_id}.",
    "players.assigned": "Player theme {player_id} assigned to media {media_id}.",
    "players.logo_uploaded": (
        "Logo uploaded to player theme {player_id} ({format}, {width}×{height} px, {size} bytes)."
    ),
    "players.logo_deleted": "Logo of player theme {player_id} deleted.",
    "players.total": "{shown} of {total} player themes",
    "players.unnamed": "(no name)",
    "players.value_yes": "yes",
    "players.value_no": "no",
    # Table headings
    "players.col_name": "Name",
    "players.col_default": "Default",
    "players.col_logo": "Logo",
    # Help texts
    "players.help": (
        "Create, list, show, update and delete player themes, upload their logos and "
        "assign them to media."
    ),
    "players.help_example": (
        "Examples: aioz players create --name Brand --set main_color=#ff6600 "
        "--set control_bar_height=40 --autoplay · aioz players assign PLAYER_ID MEDIA_ID · "
        "aioz players delete PLAYER_ID --unassign --yes"
    ),
    "players.help_create": (
        "Create a player theme. Colors become rgba() and sizes px, and each conversion is shown."
    ),
    "players.help_list": "List player themes as a table, or JSON with --json.",
    "players.help_get": "Show one player theme with its colors, sizes, controls and logo.",
    "players.help_update": "Change a player theme's name, default flag, colors, sizes or controls.",
    "players.help_delete": (
        "Delete a player theme. If media use it, offer to unassign it from them first."
    ),
    "players.help_logo": "Upload or delete the logo of a player theme.",
    "players.help_logo_example": (
        "Examples: aioz players logo upload PLAYER_ID logo.png --link https://example.com · "
        "aioz players logo delete PLAYER_ID --yes"
    ),
    "players.help_logo_upload": "Upload a JPEG or PNG logo of at most 100 KB and 200×100 px.",
    "players.help_logo_delete": "Delete the logo of a player theme.",
    "players.help_assign": "Make a media play with a player theme.",
    "players.help_unassign": "Remove a player theme from a media.",
    "players.help_player_id": "Player theme id.",
    "players.help_media_id": "Media id.",
    "players.help_name": "Name of the player theme.",
    "players.help_default": (
        "Make this the default player theme (clears the default on the others), or not."
    ),
    "players.help_set": (
        "A theme field as FIELD=VALUE; repeat for several. Colors (text_color, main_color, "
        "control_bar_background_color, menu_background_color, menu_item_background_hover, "
        "text_track_color, text_track_background) take #rgb, #rrggbb, #rrggbbaa, a CSS name, "
        "rgb(), rgba(), hsl() or hsla(). Sizes (control_bar_height, progress_bar_height, "
        "progress_bar_circle_size) take a number of pixels, such as 40 or 40px."
    ),
    "players.help_api": "Allow control of the player through its JavaScript API, or not.",
    "players.help_controls": "Show the control bar, or hide it.",
    "players.help_autoplay": "Start playing as soon as the player loads, or not.",
    "players.help_loop": "Start again from the beginning after the end, or not.",
    "players.help_hide_title": "Hide the media title, or show it.",
    "players.help_search": "Text to search in player theme names.",
    "players.help_sort": "Sort by created_at (default) or name.",
    "players.help_order": "Sort order: asc (default) or desc.",
    "players.help_logo_file": "JPEG or PNG image file.",
    "players.help_logo_link": "Page that opens when a viewer clicks the logo (http or https URL).",
    "players.help_unassign_flag": (
        "If media use the player theme, remove it from them first without asking."
    ),
}

ZH = {
    # Warnings shown after a theme change
    "players.warning_default": "⚠️ 设置默认播放器主题会清除您其他所有播放器主题的默认设置。",
    "players.warning_cdn": "⚠️ 播放器主题的更改可能需要最多10分钟才能通过CDN传达给观众。",
    # Input errors
    "players.theme_field_unknown": "未知的播放器主题字段 {field!r}。请使用以下之一:{fields}。",
    "players.control_unknown": "未知的播放器控件 {field!r}。请使用以下之一:{fields}。",
    "players.control_invalid": "控件 {field} 的值无效:{value!r}。请使用 true 或 false。",
    "players.nothing_to_update": "没有要更新的内容。请提供名称、is_default、主题字段或控件。",
    "players.sort_invalid": "无效的排序字段 {value!r}。请使用以下之一:{allowed}。",
    "players.order_invalid": "无效的排序顺序 {value!r}。请使用 asc 或 desc。",
    "players.limit_invalid": "无效的每页数量 {value}。请使用 1 到 {maximum} 之间的数字。",
    "players.offset_invalid": "无效的偏移量 {value}。请使用 0 或更大的数。",
    "players.logo_link_invalid": (
        "无效的徽标链接 {value!r}。请使用 http:// 或 https:// 开头的URL,例如 https://example.com。"
    ),
    "players.set_invalid": (
        "无效的 --set 值 {value!r}。请使用 FIELD=VALUE 格式,例如 text_color=#ffffff "
        "或 control_bar_height=40。"
    ),
    "players.set_repeated": "字段 {field} 在 --set 中出现了两次。每个字段只能指定一次。",
    "players.cli_nothing_to_update": (
        "没有要更新的内容。请至少传入 --name、--default/--no-default、--set FIELD=VALUE "
        "或控件选项(例如 --autoplay)之一。"
    ),
    # Player theme in use
    "players.in_use": (
        "播放器主题 {player_id} 已分配给 {count} 个媒体({media_ids}),因此无法删除。"
        "请先从这些媒体中取消分配。"
    ),
    "players.in_use_pass_unassign": (
        "播放器主题 {player_id} 已分配给 {count} 个媒体({media_ids}),因此无法删除。"
        "请传入 --unassign,先从这些媒体中移除它,然后再删除。"
    ),
    "players.in_use_explain": "播放器主题 {player_id} 已分配给 {count} 个媒体:",
    "players.in_use_media_line": "  {media_id}  {title}",
    "players.confirm_unassign": "从这 {count} 个媒体中取消分配,然后删除它?",
    # Confirmations and results
    "players.confirm_delete": "删除播放器主题 {player_id}?",
    "players.confirm_logo_delete": "删除播放器主题 {player_id} 的徽标?",
    "players.created": "已创建播放器主题 {player_id}:{name}。",
    "players.updated": "已更新播放器主题 {player_id}:{name}。",
    "players.deleted": "已删除播放器主题 {player_id}。",
    "players.unassigned_from": "已从媒体 {media_id} 中移除播放器主题 {player_id}。",
    "players.assigned": "已将播放器主题 {player_id} 分配给媒体 {media_id}。",
    "players.logo_uploaded": (
        "已为播放器主题 {player_id} 上传徽标({format},{width}×{height} 像素,{size} 字节)。"
    ),
    "players.logo_deleted": "已删除播放器主题 {player_id} 的徽标。",
    "players.total": "共 {total} 个播放器主题,显示 {shown} 个",
    "players.unnamed": "(无名称)",
    "players.value_yes": "是",
    "players.value_no": "否",
    # Table headings
    "players.col_name": "名称",
    "players.col_default": "默认",
    "players.col_logo": "徽标",
    # Help texts
    "players.help": "创建、列出、显示、更新和删除播放器主题,上传其徽标,并将其分配给媒体。",
    "players.help_example": (
        "示例:aioz players create --name Brand --set main_color=#ff6600 "
        "--set control_bar_height=40 --autoplay · aioz players assign PLAYER_ID MEDIA_ID · "
        "aioz players delete PLAYER_ID --unassign --yes"
    ),
    "players.help_create": "创建播放器主题。颜色会转换为 rgba(),尺寸转换为 px;每次转换都会显示。",
    "players.help_list": "以表格列出播放器主题,或用 --json 输出JSON。",
    "players.help_get": "显示一个播放器主题的颜色、尺寸、控件和徽标。",
    "players.help_update": "更改播放器主题的名称、默认标志、颜色、尺寸或控件。",
    "players.help_delete": "删除播放器主题。如果有媒体正在使用它,会先提议从这些媒体中取消分配。",
    "players.help_logo": "上传或删除播放器主题的徽标。",
    "players.help_logo_example": (
        "示例:aioz players logo upload PLAYER_ID logo.png --link https://example.com · "
        "aioz players logo delete PLAYER_ID --yes"
    ),
    "players.help_logo_upload": "上传不超过100 KB、不超过200×100像素的JPEG或PNG徽标。",
    "players.help_logo_delete": "删除播放器主题的徽标。",
    "players.help_assign": "让媒体使用某个播放器主题播放。",
    "players.help_unassign": "从媒体中移除播放器主题。",
    "players.help_player_id": "播放器主题ID。",
    "players.help_media_id": "媒体ID。",
    "players.help_name": "播放器主题的名称。",
    "players.help_default": "设为默认播放器主题(会清除其他主题的默认设置),或取消默认。",
    "players.help_set": (
        "主题字段,格式 FIELD=VALUE;可重复以设置多个。颜色字段(text_color、main_color、"
        "control_bar_background_color、menu_background_color、menu_item_background_hover、"
        "text_track_color、text_track_background)接受 #rgb、#rrggbb、#rrggbbaa、CSS颜色名、"
        "rgb()、rgba()、hsl() 或 hsla()。尺寸字段(control_bar_height、progress_bar_height、"
        "progress_bar_circle_size)接受像素数,例如 40 或 40px。"
    ),
    "players.help_api": "允许或禁止通过JavaScript API控制播放器。",
    "players.help_controls": "显示或隐藏控制栏。",
    "players.help_autoplay": "播放器加载后立即开始播放,或不自动播放。",
    "players.help_loop": "播放结束后从头重新播放,或不循环。",
    "players.help_hide_title": "隐藏或显示媒体标题。",
    "players.help_search": "在播放器主题名称中搜索的文本。",
    "players.help_sort": "排序字段:created_at(默认)或 name。",
    "players.help_order": "排序顺序:asc(默认)或 desc。",
    "players.help_logo_file": "JPEG或PNG图片文件。",
    "players.help_logo_link": "观众点击徽标时打开的页面(http 或 https URL)。",
    "players.help_unassign_flag": "如果有媒体正在使用该播放器主题,不经询问先从这些媒体中移除它。",
}
