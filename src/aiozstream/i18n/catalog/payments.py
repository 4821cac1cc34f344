"""Messages, help texts and table headings of the payments area."""

EN = {
    # Input checks of the SDK and the CLI
    "payments.window_incomplete": (
        "Pass both {given} and {missing}, or neither: a usage window needs a start and an end."
    ),
    "payments.limit_invalid": "limit must be from 1 to {maximum}, got {value}.",
    "payments.offset_invalid": "offset must be 0 or more, got {value}.",
    # Output for people
    "payments.usage_title": "Usage, {window}",
    "payments.top_ups_total": "{shown} of {total} top-ups",
    "payments.billings_total": "{shown} of {total} billings",
    "payments.row_storage": "Storage (bytes)",
    "payments.row_storage_cost": "Storage cost (AIOZ)",
    "payments.row_delivery": "Delivery (bytes)",
    "payments.row_delivery_cost": "Delivery cost (AIOZ)",
    "payments.row_transcode": "Transcoding (seconds)",
    "payments.row_transcode_cost": "Transcoding cost (AIOZ)",
    "payments.row_total_cost": "Total cost (AIOZ)",
    "payments.row_balance": "Balance (AIOZ)",
    "payments.col_field": "Field",
    "payments.col_value": "Value",
    "payments.col_amount": "Amount (AIOZ)",
    "payments.col_status": "Status",
    "payments.col_transaction": "Transaction",
    "payments.col_created": "Time",
    "payments.col_period": "Month",
    "payments.col_transcode_cost": "Transcoding (AIOZ)",
    "payments.col_storage_cost": "Storage (AIOZ)",
    "payments.col_delivery_cost": "Delivery (AIOZ)",
    # Help
    "payments.help": "Show what your account used and paid: usage, top-ups and monthly billings.",
    "payments.help_example": (
        "Examples: aioz payments usage --from 'last month' · aioz payments top-ups --all · "
        "aioz --json payments billings --order asc"
    ),
    "payments.help_usage": "Show storage, delivery and transcoding used in a window, with their costs.",
    "payments.help_top_ups": "List top-ups of your AIOZ wallet, with their on-chain transaction hashes.",
    "payments.help_billings": "List monthly billings: storage, delivery and transcoding with their costs.",
    "payments.help_from": (
        "Start of the window (default: the first day of this month): 2024-09-01, UNIX seconds, "
        "or a phrase such as 'last month', '3 days ago', 上个月."
    ),
    "payments.help_to": "End of the window (default: now), in the same forms as --from.",
    "payments.help_sort_by": "Field to sort by: created_at or amount.",
    "payments.help_order": "Sort order: asc or desc.",
}

ZH = {
    "payments.window_incomplete": "请同时传入 {given} 和 {missing},或都不传:用量时间范围需要开始和结束。",
    "payments.limit_invalid": "limit 必须在 1 到 {maximum} 之间,实际为 {value}。",
    "payments.offset_invalid": "offset 必须大于或等于 0,实际为 {value}。",
    "payments.usage_title": "用量,{window}",
    "payments.top_ups_total": "共 {total} 笔充值,显示 {shown} 笔",
    "payments.billings_total": "共 {total} 份账单,显示 {shown} 份",
    "payments.row_storage": "存储(字节)",
    "payments.row_storage_cost": "存储费用(AIOZ)",
    "payments.row_delivery": "分发流量(字节)",
    "payments.row_delivery_cost": "分发费用(AIOZ)",
    "payments.row_transcode": "转码(秒)",
    "payments.row_transcode_cost": "转码费用(AIOZ)",
    "payments.row_total_cost": "总费用(AIOZ)",
    "payments.row_balance": "余额(AIOZ)",
    "payments.col_field": "字段",
    "payments.col_value": "值",
    "payments.col_amount": "金额(AIOZ)",
    "payments.col_status": "状态",
    "payments.col_transaction": "交易",
    "payments.col_created": "时间",
    "payments.col_period": "月份",
    "payments.col_transcode_cost": "转码(AIOZ)",
    "payments.col_storage_cost": "存储(AIOZ)",
    "payments.col_delivery_cost": "分发(AIOZ)",
    "payments.help": "查看账户的用量和付款:用量、充值记录和月度账单。",
    "payments.help_example": (
        "示例:aioz payments usage --from 上个月 · aioz payments top-ups --all · "
        "aioz --json payments billings --order asc"
    ),
    "payments.help_usage": "显示时间范围内的存储、分发和转码用量及其费用。",
    "payments.help_top_ups": "列出 AIOZ 钱包的充值记录及其链上交易哈希。",
    "payments.help_billings": "列出月度账单:存储、分发和转码及其费用。",
    "payments.help_from": (
        "时间范围的开始(默认:本月第一天):2024-09-01、UNIX 秒数,或短语,例如 "
        "'last month'、'3 days ago'、上个月。"
    ),
    "payments.help_to": "时间范围的结束(默认:现在),格式与 --from 相同。",
    "payments.help_sort_by": "排序字段:created_at 或 amount。",
    "payments.help_order": "排序方向:asc 或 desc。",
}
