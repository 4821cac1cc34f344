"""Messages, help texts and table headings of the analytics area."""

EN = {
    # Input checks of the SDK and the CLI
    "analytics.value_invalid": "Invalid {field} {value!r}. Allowed: {allowed}.",
    "analytics.rate_needs_play": (
        "Invalid aggregation 'rate' for the metric {metric!r}: rate works only with {allowed}. "
        "Use count, total, average or sum instead."
    ),
    "analytics.filter_unknown": "Unknown filter {field!r}. Allowed filters: {allowed}.",
    "analytics.filter_not_strings": "The filter {field} must be a string or a list of strings.",
    "analytics.filter_empty": "The filter {field} contains an empty value. Remove it or give a value.",
    "analytics.media_id_invalid": (
        "Invalid media id {value!r}: expected a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6."
    ),
    "analytics.country_invalid": (
        "Invalid country {value!r}: use a two-letter ISO 3166 code such as US or VN."
    ),
    "analytics.number_invalid": "{field} must be from {minimum} to {maximum}, got {value}.",
    "analytics.now_invalid": (
        "Invalid --now {value!r}: use an ISO date-time such as 2024-09-11T10:30:00+07:00 or UNIX seconds."
    ),
    # --plot
    "analytics.plot_not_png": "--plot writes a PNG image: give a file name ending in .png, not {path}.",
    "analytics.plot_exists": "{path} already exists. Pass --force to overwrite it, or choose another file.",
    "analytics.plot_is_folder": "{path} is a folder. Give a file name ending in .png for --plot.",
    "analytics.plot_folder_missing": (
        "The folder {folder} does not exist. Create it first, or choose another path for --plot."
    ),
    "analytics.plot_needs_matplotlib": (
        "--plot needs matplotlib, which is not installed. Install it with: pip install matplotlib"
    ),
    "analytics.plot_written": "Chart saved to {path}.",
    # Output for people
    "analytics.window": "{start} → {end} ({zone})",
    "analytics.aggregate_title": "{metric} ({aggregation}), {window}",
    "analytics.breakdown_title": "{metric} by {breakdown}, {window}: {shown} of {total}",
    "analytics.timeseries_title": "{metric} per {interval}, {window}",
    "analytics.no_data": "No data in this window.",
    "analytics.col_metric": "Metric",
    "analytics.col_aggregation": "Aggregation",
    "analytics.col_value": "Value",
    "analytics.col_unit": "Unit",
    "analytics.col_from": "From",
    "analytics.col_to": "To",
    "analytics.col_filters": "Filters",
    "analytics.unit_seconds": "seconds",
    "analytics.unit_ratio": "ratio from 0 to 1",
    "analytics.unit_events": "events",
    "analytics.local_zone": "local time",
    "analytics.interval_hour": "hour",
    "analytics.interval_day": "day",
    # Help
    "analytics.help": "Query views, plays, watch time and other metrics: one number, a breakdown or a time series.",
    "analytics.help_example": (
        "Examples: aioz analytics aggregate view count --from yesterday · "
        "aioz analytics breakdown view country --from '3 days ago' · "
        "aioz analytics timeseries play day --from 上周一 --plot plays.png"
    ),
    "analytics.help_aggregate": (
        "Show one number for a metric over a window. Metrics: play start end impression watch_time view. "
        "Aggregations: count rate total average sum (rate only with play)."
    ),
    "analytics.help_breakdown": (
        "Show a metric grouped by one dimension. Metrics: play play_rate start end impression "
        "watch_time retention view. Breakdowns: media-id media-type continent country device-type "
        "operating-system browser."
    ),
    "analytics.help_timeseries": (
        "Show a metric per hour or per day as a chart in the terminal, or a PNG with --plot. "
        "Metrics: play play_rate start end impression watch_time retention view."
    ),
    "analytics.help_metric": "Metric to query.",
    "analytics.help_aggregation": "How to aggregate: count, rate, total, average or sum.",
    "analytics.help_breakdown_arg": "Dimension to group by.",
    "analytics.help_interval": "Bucket size: hour or day.",
    "analytics.help_from": (
        "Start of the window: 2024-09-01, 2024-09-01 14:00, UNIX seconds, or a phrase such as "
        "yesterday, 'last monday 14:00', '3 days ago', 昨天, 上周一."
    ),
    "analytics.help_to": "End of the window, in the same forms as --from.",
    "analytics.help_tz": "IANA time zone of dates without an offset, such as Asia/Ho_Chi_Minh (default: the system's).",
    "analytics.help_now": "Moment that relative dates count from (ISO date-time or UNIX seconds); for reproducible runs.",
    "analytics.help_media_id": "Only these media ids; repeat for several.",
    "analytics.help_media_type": "Only video or only audio.",
    "analytics.help_continent": "Only these continents (AF AN AS EU NA OC SA); repeat for several.",
    "analytics.help_country": "Only these countries, as two-letter codes such as VN; repeat for several.",
    "analytics.help_device_type": "Only these device types, such as computer or phone; repeat for several.",
    "analytics.help_os": "Only these operating systems, such as windows or android; repeat for several.",
    "analytics.help_browser": "Only these browsers, such as chrome or firefox; repeat for several.",
    "analytics.help_tag": "Only media with these tags; repeat for several.",
    "analytics.help_sort_by": "Sort by metric_value or dimension_value (default: the API's order).",
    "analytics.help_order": "Sort order: asc or desc.",
    "analytics.help_sum_others": "Add the groups past the page as one 'others' group.",
    "analytics.help_plot": "Also draw the chart into this PNG file (needs matplotlib).",
    "analytics.help_force": "Overwrite the --plot file if it exists.",
}

ZH = {
    "analytics.value_invalid": "无效的 {field}:{value!r}。允许的值:{allowed}。",
    "analytics.rate_needs_play": (
        "指标 {metric!r} 不能使用聚合方式 'rate':rate 只适用于 {allowed}。"
        "请改用 count、total、average 或 sum。"
    ),
    "analytics.filter_unknown": "未知的筛选条件 {field!r}。允许的筛选条件:{allowed}。",
    "analytics.filter_not_strings": "筛选条件 {field} 必须是字符串或字符串列表。",
    "analytics.filter_empty": "筛选条件 {field} 中有空值。请删除它或填写一个值。",
    "analytics.media_id_invalid": (
        "无效的媒体 ID {value!r}:应为 UUID,例如 3fa85f64-5717-4562-b3fc-2c963f66afa6。"
    ),
    "analytics.country_invalid": "无效的国家 {value!r}:请使用两个字母的 ISO 3166 代码,例如 US 或 VN。",
    "analytics.number_invalid": "{field} 必须在 {minimum} 到 {maximum} 之间,实际为 {value}。",
    "analytics.now_invalid": (
        "无效的 --now {value!r}:请使用 ISO 日期时间(例如 2024-09-11T10:30:00+07:00)或 UNIX 秒数。"
    ),
    "analytics.plot_not_png": "--plot 生成 PNG 图片:请提供以 .png 结尾的文件名,而不是 {path}。",
    "analytics.plot_exists": "{path} 已存在。传入 --force 覆盖它,或选择其他文件。",
    "analytics.plot_is_folder": "{path} 是一个文件夹。请为 --plot 提供以 .png 结尾的文件名。",
    "analytics.plot_folder_missing": "文件夹 {folder} 不存在。请先创建它,或为 --plot 选择其他路径。",
    "analytics.plot_needs_matplotlib": "--plot 需要 matplotlib,但它尚未安装。请运行:pip install matplotlib",
    "analytics.plot_written": "图表已保存到 {path}。",
    "analytics.window": "{start} → {end}({zone})",
    "analytics.aggregate_title": "{metric}({aggregation}),{window}",
    "analytics.breakdown_title": "{metric} 按 {breakdown} 分组,{window}:共 {total} 组,显示 {shown} 组",
    "analytics.timeseries_title": "{metric} 每{interval},{window}",
    "analytics.no_data": "此时间范围内没有数据。",
    "analytics.col_metric": "指标",
    "analytics.col_aggregation": "聚合方式",
    "analytics.col_value": "值",
    "analytics.col_unit": "单位",
    "analytics.col_from": "开始",
    "analytics.col_to": "结束",
    "analytics.col_filters": "筛选条件",
    "analytics.unit_seconds": "秒",
    "analytics.unit_ratio": "0 到 1 之间的比率",
    "analytics.unit_events": "次",
    "analytics.local_zone": "本地时间",
    "analytics.interval_hour": "小时",
    "analytics.interval_day": "天",
    "analytics.help": "查询观看次数、播放次数、观看时长等指标:单个数值、按维度分组或时间序列。",
    "analytics.help_example": (
        "示例:aioz analytics aggregate view count --from 昨天 · "
        "aioz analytics breakdown view country --from 3天前 · "
        "aioz analytics timeseries play day --from 上周一 --plot plays.png"
    ),
    "analytics.help_aggregate": (
        "显示某个指标在时间范围内的单个数值。指标:play start end impression watch_time view。"
        "聚合方式:count rate total average sum(rate 只适用于 play)。"
    ),
    "analytics.help_breakdown": (
        "按一个维度分组显示指标。指标:play play_rate start end impression watch_time retention view。"
        "维度:media-id media-type continent country device-type operating-system browser。"
    ),
    "analytics.help_timeseries": (
        "按小时或按天显示指标,在终端中绘制图表,或用 --plot 生成 PNG。"
        "指标:play play_rate start end impression watch_time retention view。"
    ),
    "analytics.help_metric": "要查询的指标。",
    "analytics.help_aggregation": "聚合方式:count、rate、total、average 或 sum。",
    "analytics.help_breakdown_arg": "分组所依据的维度。",
    "analytics.help_interval": "时间桶大小:hour 或 day。",
    "analytics.help_from": (
        "时间范围的开始:2024-09-01、2024-09-01 14:00、UNIX 秒数,或短语,例如 "
        "yesterday、'last monday 14:00'、'3 days ago'、昨天、上周一。"
    ),
    "analytics.help_to": "时间范围的结束,格式与 --from 相同。",
    "analytics.help_tz": "不带时区偏移的日期所用的 IANA 时区,例如 Asia/Shanghai(默认:系统时区)。",
    "analytics.help_now": "相对日期的计算基准时刻(ISO 日期时间或 UNIX 秒数),用于可重复的运行。",
    "analytics.help_media_id": "只统计这些媒体 ID;可重复传入多个。",
    "analytics.help_media_type": "只统计视频或只统计音频。",
    "analytics.help_continent": "只统计这些大洲(AF AN AS EU NA OC SA);可重复传入多个。",
    "analytics.help_country": "只统计这些国家,使用两个字母的代码,例如 VN;可重复传入多个。",
    "analytics.help_device_type": "只统计这些设备类型,例如 computer 或 phone;可重复传入多个。",
    "analytics.help_os": "只统计这些操作系统,例如 windows 或 android;可重复传入多个。",
    "analytics.help_browser": "只统计这些浏览器,例如 chrome 或 firefox;可重复传入多个。",
    "analytics.help_tag": "只统计带有这些标签的媒体;可重复传入多个。",
    "analytics.help_sort_by": "排序字段:metric_value 或 dimension_value(默认:API 的顺序)。",
    "analytics.help_order": "排序方向:asc 或 desc。",
    "analytics.help_sum_others": "把本页之外的分组合并为一个 'others' 分组。",
    "analytics.help_plot": "同时把图表绘制到这个 PNG 文件(需要 matplotlib)。",
    "analytics.help_force": "如果 --plot 文件已存在,则覆盖它。",
}
