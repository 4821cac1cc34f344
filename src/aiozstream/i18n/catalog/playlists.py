"""Help texts, messages and errors of the playlists area."""

EN = {
    # Help texts
    "playlists.help": "Create playlists, add media to them, reorder and remove items.",
    "playlists.help_example": (
        "Examples: aioz playlists create 'Best of 2024' · "
        "aioz playlists add PLAYLIST_ID MEDIA_ID · "
        "aioz playlists move PLAYLIST_ID ITEM_ID --to top · aioz playlists show PLAYLIST_ID"
    ),
    "playlists.help_create": "Create an empty playlist.",
    "playlists.help_list": "List playlists as a table, or JSON with --json.",
    "playlists.help_show": "Show one playlist and its items in playlist order.",
    "playlists.help_update": "Change a playlist's name, tags, metadata or thumbnail.",
    "playlists.help_add": "Append a video or audio at the end of a playlist.",
    "playlists.help_move": (
        "Move an item to the top, the bottom, before or after another item, or to a position. "
        "Fetches the playlist first to find the new neighbors."
    ),
    "playlists.help_remove": "Remove an item from a playlist; the media itself stays.",
    "playlists.help_delete_thumbnail": "Remove a playlist's thumbnail.",
    "playlists.help_delete": "Delete a playlist; its media stay.",
    "playlists.help_id": "Playlist id.",
    "playlists.help_item": (
        "Playlist item id, or the id of a media that occurs once in the playlist."
    ),
    "playlists.help_media": "Id of the video or audio to append.",
    "playlists.help_name": "Playlist name, at most 255 characters.",
    "playlists.help_tag": "A tag; repeat for several.",
    "playlists.help_clear_tags": "Remove every tag.",
    "playlists.help_search": "Text to search in playlist names.",
    "playlists.help_thumbnail": "Thumbnail image file: JPEG or PNG, recognized by its content.",
    "playlists.help_to": "Target end of the playlist: top or bottom.",
    "playlists.help_before": "Place the item just before this item.",
    "playlists.help_after": "Place the item just after this item.",
    "playlists.help_position": "Place the item at this 1-based position (1 is the top).",
    # Results
    "playlists.created": "Created playlist {name!r} with id {playlist_id}.",
    "playlists.updated": "Updated playlist {name!r} ({playlist_id}).",
    "playlists.added": (
        "Added media {media_id} to playlist {playlist_id} as item {item_id} (position {position})."
    ),
    "playlists.moved": "Moved item {item_id} to position {position} of {count}.",
    "playlists.unchanged": (
        "Item {item_id} is already at position {position} of {count}; nothing was changed."
    ),
    "playlists.removed": "Removed item {item_id} from playlist {playlist_id}.",
    "playlists.thumbnail_deleted": "Removed the thumbnail of playlist {playlist_id}.",
    "playlists.deleted": "Deleted playlist {playlist_id}.",
    "playlists.total": "Playlists: {shown} of {total}",
    "playlists.no_items": (
        "The playlist has no items. Add one with: aioz playlists add {playlist_id} MEDIA_ID"
    ),
    "playlists.items_title": "Items in playlist order",
    "playlists.col_name": "Name",
    "playlists.col_tags": "Tags",
    "playlists.col_metadata": "Metadata",
    "playlists.col_items": "Items",
    "playlists.col_position": "#",
    "playlists.col_item": "Item ID",
    "playlists.col_media": "Media ID",
    "playlists.col_thumbnail": "Thumbnail",
    "playlists.col_url": "Player URL",
    "playlists.confirm_remove": "Remove item {item_id} from playlist {playlist_id}?",
    "playlists.confirm_delete_thumbnail": "Remove the thumbnail of playlist {playlist_id}?",
    "playlists.confirm_delete": "Delete playlist {playlist_id}? Its media stay.",
    # Errors
    "playlists.name_empty": "The playlist name is empty. Give the playlist a name.",
    "playlists.name_too_long": (
        "The playlist name has {length} characters. Use at most {maximum} characters."
    ),
    "playlists.nothing_to_update": (
        "Nothing to update. "
        "Pass at least one of --name, --tag, --clear-tags, --meta or --thumbnail."
    ),
    "playlists.tags_conflict": "Pass either --tag or --clear-tags, not both.",
    "playlists.thumbnail_missing": (
        "The thumbnail file {value!r} does not exist. Give the path of a JPEG or PNG image."
    ),
    "playlists.thumbnail_not_file": (
        "The thumbnail {value!r} is not a file. Give the path of a JPEG or PNG image."
    ),
    "playlists.thumbnail_unreadable": "Cannot read the thumbnail file {value!r}: {reason}.",
    "playlists.thumbnail_empty": "The thumbnail file {value!r} is empty. Give a JPEG or PNG image.",
    "playlists.thumbnail_format": (
        "The thumbnail file {value!r} is not a JPEG or PNG image. Convert it to JPEG or PNG first."
    ),
    "playlists.media_ambiguous": (
        "The media {value!r} occurs {count} times in this playlist. "
        "Name the item by its item id instead (see aioz playlists show)."
    ),
    "playlists.position_invalid": (
        "Invalid position: {value!r}. "
        "Use a whole number from 1 (the top) up to the number of items."
    ),
    "playlists.to_invalid": "Invalid --to: {value!r}. Use top or bottom.",
    "playlists.move_needs_neighbor": (
        "A move needs next_id (to the top), previous_id (to the bottom) "
        "or both (between two items)."
    ),
}

ZH = {
    # Help texts
    "playlists.help": "创建播放列表,向其中添加媒体,调整顺序和移除项目。",
    "playlists.help_example": (
        "示例:aioz playlists create '2024 精选' · aioz playlists add PLAYLIST_ID MEDIA_ID · "
        "aioz playlists move PLAYLIST_ID ITEM_ID --to top · aioz playlists show PLAYLIST_ID"
    ),
    "playlists.help_create": "创建一个空的播放列表。",
    "playlists.help_list": "以表格列出播放列表,加 --json 则输出 JSON。",
    "playlists.help_show": "按播放顺序显示一个播放列表及其项目。",
    "playlists.help_update": "修改播放列表的名称、标签、元数据或缩略图。",
    "playlists.help_add": "将一个视频或音频追加到播放列表末尾。",
    "playlists.help_move": (
        "将项目移到顶部、底部、另一项目之前或之后,或移到指定位置。会先获取播放列表以确定新的相邻项目。"
    ),
    "playlists.help_remove": "从播放列表中移除一个项目;媒体本身保留。",
    "playlists.help_delete_thumbnail": "删除播放列表的缩略图。",
    "playlists.help_delete": "删除播放列表;其中的媒体保留。",
    "playlists.help_id": "播放列表 ID。",
    "playlists.help_item": "播放列表项目 ID,或在播放列表中只出现一次的媒体 ID。",
    "playlists.help_media": "要追加的视频或音频的 ID。",
    "playlists.help_name": "播放列表名称,最多 255 个字符。",
    "playlists.help_tag": "一个标签;可重复以添加多个。",
    "playlists.help_clear_tags": "移除所有标签。",
    "playlists.help_search": "在播放列表名称中搜索的文字。",
    "playlists.help_thumbnail": "缩略图文件:JPEG 或 PNG,按文件内容识别。",
    "playlists.help_to": "移动到播放列表的哪一端:top(顶部)或 bottom(底部)。",
    "playlists.help_before": "将项目放在此项目之前。",
    "playlists.help_after": "将项目放在此项目之后。",
    "playlists.help_position": "将项目放在此位置(从 1 开始,1 为顶部)。",
    # Results
    "playlists.created": "已创建播放列表 {name!r},ID 为 {playlist_id}。",
    "playlists.updated": "已更新播放列表 {name!r}({playlist_id})。",
    "playlists.added": (
        "已将媒体 {media_id} 添加到播放列表 {playlist_id},项目 ID 为 {item_id}(位置 {position})。"
    ),
    "playlists.moved": "已将项目 {item_id} 移到第 {position} 位(共 {count} 项)。",
    "playlists.unchanged": "项目 {item_id} 已在第 {position} 位(共 {count} 项);未做任何更改。",
    "playlists.removed": "已从播放列表 {playlist_id} 中移除项目 {item_id}。",
    "playlists.thumbnail_deleted": "已删除播放列表 {playlist_id} 的缩略图。",
    "playlists.deleted": "已删除播放列表 {playlist_id}。",
    "playlists.total": "播放列表:显示 {shown} 个,共 {total} 个",
    "playlists.no_items": (
        "该播放列表没有项目。可用以下命令添加:aioz playlists add {playlist_id} MEDIA_ID"
    ),
    "playlists.items_title": "按播放顺序排列的项目",
    "playlists.col_name": "名称",
    "playlists.col_tags": "标签",
    "playlists.col_metadata": "元数据",
    "playlists.col_items": "项目数",
    "playlists.col_position": "#",
    "playlists.col_item": "项目 ID",
    "playlists.col_media": "媒体 ID",
    "playlists.col_thumbnail": "缩略图",
    "playlists.col_url": "播放器 URL",
    "playlists.confirm_remove": "要从播放列表 {playlist_id} 中移除项目 {item_id} 吗?",
    "playlists.confirm_delete_thumbnail": "要删除播放列表 {playlist_id} 的缩略图吗?",
    "playlists.confirm_delete": "要删除播放列表 {playlist_id} 吗?其中的媒体会保留。",
    # Errors
    "playlists.name_empty": "播放列表名称为空。请为播放列表命名。",
    "playlists.name_too_long": "播放列表名称有 {length} 个字符。最多可使用 {maximum} 个字符。",
    "playlists.nothing_to_update": (
        "没有要更新的内容。请至少传入 --name、--tag、--clear-tags、--meta 或 --thumbnail 之一。"
    ),
    "playlists.tags_conflict": "请只传入 --tag 或 --clear-tags 其中之一,不要同时使用。",
    "playlists.thumbnail_missing": "缩略图文件 {value!r} 不存在。请提供 JPEG 或 PNG 图片的路径。",
    "playlists.thumbnail_not_file": "缩略图 {value!r} 不是文件。请提供 JPEG 或 PNG 图片的路径。",
    "playlists.thumbnail_unreadable": "无法读取缩略图文件 {value!r}:{reason}。",
    "playlists.thumbnail_empty": "缩略图文件 {value!r} 为空。请提供 JPEG 或 PNG 图片。",
    "playlists.thumbnail_format": (
        "缩略图文件 {value!r} 不是 JPEG 或 PNG 图片。请先将其转换为 JPEG 或 PNG。"
    ),
    "playlists.media_ambiguous": (
        "媒体 {value!r} 在此播放列表中出现了 {count} 次。"
        "请改用项目 ID 指定(见 aioz playlists show)。"
    ),
    "playlists.position_invalid": "位置无效:{value!r}。请使用从 1(顶部)到项目数之间的整数。",
    "playlists.to_invalid": "--to 无效:{value!r}。请使用 top 或 bottom。",
    "playlists.move_needs_neighbor": (
        "移动需要 next_id(移到顶部)、previous_id(移到底部),或两者都提供(移到两个项目之间)。"
    ),
}
