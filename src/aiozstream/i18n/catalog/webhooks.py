"""Messages of the webhooks area, the webhook listener, ``upload --wait`` and ``media retry``."""

EN = {
    # Input checks (exit 2, before any request).
    "webhooks.url_invalid": (
        "Invalid webhook URL {value!r}: give an http:// or https:// URL with a host, "
        "for example https://example.com/aioz-events."
    ),
    "webhooks.event_unknown": "Unknown webhook event {value!r}: allowed events are {allowed}.",
    "webhooks.events_empty": "No webhook event given: choose one or more of {allowed}.",
    "webhooks.nothing_to_update": "Nothing to update: pass --url, --name or --event.",
    "webhooks.sort_invalid": "Invalid sort field {value!r}: allowed are {allowed}.",
    "webhooks.order_invalid": "Invalid sort order {value!r}: allowed are {allowed}.",
    "webhooks.offset_invalid": "Invalid offset {value}: it must be 0 or more.",
    "webhooks.limit_invalid": "Invalid page size {value}: it must be from 1 to 100.",
    "webhooks.port_invalid": "Invalid port {value}: it must be from 0 to 65535 (0 picks a free port).",
    "webhooks.path_invalid": "Invalid listener path {value!r}: it must start with / and contain no spaces.",
    # Help texts.
    "help.webhooks": "Create, list, show, update, delete and check webhooks; receive events locally.",
    "help.webhooks_example": (
        "Examples: aioz webhooks create https://example.com/hooks --event encoding_finished · "
        "aioz webhooks list · aioz webhooks check WEBHOOK_ID · aioz webhooks listen --port 8765"
    ),
    "help.webhooks_create": (
        "Register a URL for transcoding events, then check that it responds before calling it active."
    ),
    "help.webhooks_url": "http or https URL that receives the events as JSON POST requests.",
    "help.webhooks_event": (
        "Event to subscribe to; repeat for several (default: all). One of file_received, "
        "encoding_started, partial_finished, encoding_finished, encoding_failed."
    ),
    "help.webhooks_name": "A name for the webhook, shown in lists.",
    "help.webhooks_list": "List webhooks as a table, or JSON with --json.",
    "help.webhooks_search": "Text to search in webhook names.",
    "help.webhooks_show": "Show one webhook.",
    "help.webhooks_id": "Webhook id.",
    "help.webhooks_update": "Change a webhook's URL, name or events, then check that it responds.",
    "help.webhooks_update_url": "New http or https URL.",
    "help.webhooks_delete": "Delete a webhook; no more events go to its URL.",
    "help.webhooks_check": (
        "Ask the API to call the webhook's URL; exit 0 when it responds with a 2xx status, else 1."
    ),
    "help.webhooks_listen": (
        "Receive webhook events on this computer and show each one in its template, until Ctrl+C."
    ),
    "help.webhooks_listen_example": (
        "Example: aioz webhooks listen --port 8765 --register https://my-tunnel.example.com/ "
        "(the tunnel forwards to http://127.0.0.1:8765/)"
    ),
    "help.webhooks_host": (
        "Address to bind (default 127.0.0.1). Events carry no signature, so bind others only "
        "behind a trusted proxy."
    ),
    "help.webhooks_port": "Port to listen on (0 picks a free one).",
    "help.webhooks_path": "URL path that receives events.",
    "help.webhooks_forward": "Also POST every accepted event, unchanged, to this URL.",
    "help.webhooks_register": (
        "Public URL that reaches this listener (for example a tunnel): create or update the "
        "webhook for it, then check it."
    ),
    # Results.
    "webhooks.created": "Webhook {webhook_id} created for {url}.",
    "webhooks.updated": "Webhook {webhook_id} updated.",
    "webhooks.deleted": "Webhook {webhook_id} deleted.",
    "webhooks.confirm_delete": "Delete webhook {webhook_id}? Its URL will receive no more events.",
    "webhooks.checking": "Checking that {url} responds (POST /webhooks/check/{webhook_id})…",
    "webhooks.active": "✅ {url} responded to the check: webhook {webhook_id} is active.",
    "webhooks.not_reachable": (
        "⚠️ {url} did not respond to the check ({reason}). Webhook {webhook_id} is saved but not "
        "active: make the URL respond with a 2xx status, then run: aioz webhooks check {webhook_id}"
    ),
    "webhooks.loopback_note": (
        "Note: {url} points at this computer, which AIOZ's servers cannot reach. Use a public "
        "URL (for example a tunnel to it) unless you work with the sandbox."
    ),
    "webhooks.total": "Webhooks: {shown} shown of {total}",
    "webhooks.col_name": "Name",
    "webhooks.col_url": "URL",
    "webhooks.col_events": "Events",
    "webhooks.col_last_triggered": "Last triggered",
    "webhooks.never": "never",
    # Listener.
    "webhooks.listen_ready": (
        "Ready! Listening for AIOZ Stream webhook events on {url} (press Ctrl+C to quit)."
    ),
    "webhooks.listen_exposed": (
        "Warning: listening on {host}, so other computers may reach this port. AIOZ describes no "
        "webhook signature, so the listener cannot tell real events from forged ones."
    ),
    "webhooks.listen_forwarding": "Forwarding every accepted event to {url}.",
    "webhooks.listen_no_keys": (
        "No API keys configured: a title missing from an event is shown as unknown."
    ),
    "webhooks.listen_registering": "Registering {url} for every event…",
    "webhooks.listen_stopped": "Stopped listening.",
    "webhooks.state_line": "media {media_id}: status {status} (from {event})",
    "webhooks.title_unknown": "(title unknown)",
    "webhooks.check_received": "📡 Check call received from the API: this listener responded 200.",
    "webhooks.port_in_use": "Cannot listen on {host}:{port}: {reason}. Choose another port with --port.",
    # Waiting for encoding (upload --wait).
    "help.wait_flag": "After the upload, stay and show each transcoding event until encoding finishes or fails.",
    "help.wait_listen": (
        "Receive webhook events on this local port (or HOST:PORT) while waiting, instead of only "
        "polling (default: AIOZ_WEBHOOK_LISTEN)."
    ),
    "wait.waiting": "Waiting for media {media_id} to finish encoding (Ctrl+C stops waiting; encoding goes on).",
    "wait.listening": "Receiving webhook events on {url}, and checking the media's status now and then.",
    "wait.polling": "Checking the media's status (GET /media/{media_id}) until encoding ends.",
    "wait.listen_invalid": (
        "Invalid listen address {value!r}: give a port (8765) or HOST:PORT (127.0.0.1:8765)."
    ),
    "wait.poll_failed": "Could not read the media's status ({reason}); trying again.",
    "wait.timeout": "Media {media_id} did not finish encoding within {seconds} s; it goes on without waiting.",
    "wait.failed_hint": "Encoding failed. To retry with the same file, run: {command}",
    "wait.retry_offer": "Retry now? This deletes media {media_id} and uploads {file} again.",
    # Guided retry (media retry).
    "help.media_retry": (
        "Guided retry of a failed encode: delete the media, re-create it with the same title, type "
        "and qualities, check the cost, upload every chunk again, complete, and wait."
    ),
    "help.retry_media_id": "Id of the media whose encoding failed.",
    "help.retry_file": "The media file to upload again.",
    "help.retry_no_wait": "Return once the upload is complete instead of waiting for encoding.",
    "wait.retry_not_failed": (
        "Media {media_id} has status {status}, not fail: only a failed encode is retried. "
        "An unfinished upload continues with: aioz upload FILE --resume"
    ),
    "wait.retry_confirm": "Delete the failed media {media_id} and upload {file} again?",
    "wait.step_delete": "Step 1/5 · Deleting the failed media {media_id} (DELETE /media/{media_id})…",
    "wait.step_cost": "Step 2/5 · Transcoding cost checked for {presets}: {price} (is_enough: true).",
    "wait.step_create": "Step 3/5 · Media re-created as {media_id} (POST /media/create).",
    "wait.step_upload": "Step 4/5 · Chunk {chunk} uploaded with its MD5 ({done} of {total}).",
    "wait.step_complete": "Step 5/5 · Completion signalled (GET /media/{media_id}/complete): transcoding starts.",
    "wait.retry_started": "Retrying media {media_id} ({title}, {media_type}, qualities {presets}) with {file}.",
}

ZH = {
    "webhooks.url_invalid": (
        "无效的Webhook URL {value!r}:请提供带主机名的 http:// 或 https:// URL,"
        "例如 https://example.com/aioz-events。"
    ),
    "webhooks.event_unknown": "未知的Webhook事件 {value!r}:允许的事件为 {allowed}。",
    "webhooks.events_empty": "未指定Webhook事件:请从 {allowed} 中选择一个或多个。",
    "webhooks.nothing_to_update": "没有要更新的内容:请传入 --url、--name 或 --event。",
    "webhooks.sort_invalid": "无效的排序字段 {value!r}:允许的值为 {allowed}。",
    "webhooks.order_invalid": "无效的排序方向 {value!r}:允许的值为 {allowed}。",
    "webhooks.offset_invalid": "无效的偏移量 {value}:必须大于或等于 0。",
    "webhooks.limit_invalid": "无效的每页条目数 {value}:必须在 1 到 100 之间。",
    "webhooks.port_invalid": "无效的端口 {value}:必须在 0 到 65535 之间(0 表示自动选择空闲端口)。",
    "webhooks.path_invalid": "无效的监听路径 {value!r}:必须以 / 开头且不含空格。",
    "help.webhooks": "创建、列出、显示、更新、删除和检查Webhook;在本地接收事件。",
    "help.webhooks_example": (
        "示例:aioz webhooks create https://example.com/hooks --event encoding_finished · "
        "aioz webhooks list · aioz webhooks check WEBHOOK_ID · aioz webhooks listen --port 8765"
    ),
    "help.webhooks_create": "为转码事件注册一个URL,并在确认其可访问后才将其视为已启用。",
    "help.webhooks_url": "以JSON POST请求接收事件的 http 或 https URL。",
    "help.webhooks_event": (
        "要订阅的事件;可重复(默认:全部)。可选 file_received、encoding_started、"
        "partial_finished、encoding_finished、encoding_failed。"
    ),
    "help.webhooks_name": "Webhook的名称,显示在列表中。",
    "help.webhooks_list": "以表格列出Webhook,或用 --json 输出JSON。",
    "help.webhooks_search": "在Webhook名称中搜索的文本。",
    "help.webhooks_show": "显示一个Webhook。",
    "help.webhooks_id": "Webhook ID。",
    "help.webhooks_update": "修改Webhook的URL、名称或事件,然后检查其是否可访问。",
    "help.webhooks_update_url": "新的 http 或 https URL。",
    "help.webhooks_delete": "删除Webhook;其URL将不再收到事件。",
    "help.webhooks_check": "让API调用该Webhook的URL;返回2xx状态时退出码为 0,否则为 1。",
    "help.webhooks_listen": "在本机接收Webhook事件,并以对应模板显示每个事件,直到按下 Ctrl+C。",
    "help.webhooks_listen_example": (
        "示例:aioz webhooks listen --port 8765 --register https://my-tunnel.example.com/ "
        "(隧道转发到 http://127.0.0.1:8765/)"
    ),
    "help.webhooks_host": "绑定的地址(默认 127.0.0.1)。事件不带签名,仅在可信代理之后才绑定其他地址。",
    "help.webhooks_port": "监听的端口(0 表示自动选择空闲端口)。",
    "help.webhooks_path": "接收事件的URL路径。",
    "help.webhooks_forward": "同时将每个已接受的事件原样POST到此URL。",
    "help.webhooks_register": "可访问本监听器的公网URL(例如隧道):为其创建或更新Webhook,然后进行检查。",
    "webhooks.created": "已为 {url} 创建Webhook {webhook_id}。",
    "webhooks.updated": "已更新Webhook {webhook_id}。",
    "webhooks.deleted": "已删除Webhook {webhook_id}。",
    "webhooks.confirm_delete": "删除Webhook {webhook_id}?其URL将不再收到事件。",
    "webhooks.checking": "正在检查 {url} 是否可访问(POST /webhooks/check/{webhook_id})…",
    "webhooks.active": "✅ {url} 已响应检查:Webhook {webhook_id} 已启用。",
    "webhooks.not_reachable": (
        "⚠️ {url} 未响应检查({reason})。Webhook {webhook_id} 已保存但未启用:"
        "请让该URL返回2xx状态,然后运行:aioz webhooks check {webhook_id}"
    ),
    "webhooks.loopback_note": (
        "注意:{url} 指向本机,AIOZ的服务器无法访问。除非使用沙盒,否则请使用公网URL(例如指向本机的隧道)。"
    ),
    "webhooks.total": "Webhook:显示 {shown} 个,共 {total} 个",
    "webhooks.col_name": "名称",
    "webhooks.col_url": "URL",
    "webhooks.col_events": "事件",
    "webhooks.col_last_triggered": "最近触发",
    "webhooks.never": "从未",
    "webhooks.listen_ready": "就绪!正在 {url} 上监听AIOZ Stream Webhook事件(按 Ctrl+C 退出)。",
    "webhooks.listen_exposed": (
        "警告:正在 {host} 上监听,其他计算机可能访问此端口。AIOZ未提供Webhook签名,"
        "监听器无法区分真实事件与伪造事件。"
    ),
    "webhooks.listen_forwarding": "正在将每个已接受的事件转发到 {url}。",
    "webhooks.listen_no_keys": "未配置API密钥:事件中缺少的标题将显示为未知。",
    "webhooks.listen_registering": "正在为所有事件注册 {url}…",
    "webhooks.listen_stopped": "已停止监听。",
    "webhooks.state_line": "媒体 {media_id}:状态 {status}(来自 {event})",
    "webhooks.title_unknown": "(标题未知)",
    "webhooks.check_received": "📡 收到API的检查调用:本监听器已返回 200。",
    "webhooks.port_in_use": "无法在 {host}:{port} 上监听:{reason}。请用 --port 选择其他端口。",
    "help.wait_flag": "上传完成后继续等待,显示每个转码事件,直到编码完成或失败。",
    "help.wait_listen": "等待期间在此本地端口(或 HOST:PORT)接收Webhook事件,而不只是轮询(默认:AIOZ_WEBHOOK_LISTEN)。",
    "wait.waiting": "正在等待媒体 {media_id} 完成编码(按 Ctrl+C 停止等待;编码会继续进行)。",
    "wait.listening": "正在 {url} 上接收Webhook事件,并不时检查媒体状态。",
    "wait.polling": "正在检查媒体状态(GET /media/{media_id}),直到编码结束。",
    "wait.listen_invalid": "无效的监听地址 {value!r}:请提供端口(8765)或 HOST:PORT(127.0.0.1:8765)。",
    "wait.poll_failed": "无法读取媒体状态({reason});稍后重试。",
    "wait.timeout": "媒体 {media_id} 未在 {seconds} 秒内完成编码;编码会继续进行,不再等待。",
    "wait.failed_hint": "编码失败。要用同一文件重试,请运行:{command}",
    "wait.retry_offer": "现在重试吗?这将删除媒体 {media_id} 并重新上传 {file}。",
    "help.media_retry": (
        "引导重试失败的编码:删除媒体,以相同的标题、类型和质量重新创建,检查成本,"
        "重新上传所有块,发出完成信号并等待。"
    ),
    "help.retry_media_id": "编码失败的媒体ID。",
    "help.retry_file": "要重新上传的媒体文件。",
    "help.retry_no_wait": "上传完成后立即返回,不等待编码。",
    "wait.retry_not_failed": (
        "媒体 {media_id} 的状态为 {status},不是 fail:只有编码失败的媒体才能重试。"
        "未完成的上传请用以下命令继续:aioz upload FILE --resume"
    ),
    "wait.retry_confirm": "删除失败的媒体 {media_id} 并重新上传 {file}?",
    "wait.step_delete": "第 1/5 步 · 正在删除失败的媒体 {media_id}(DELETE /media/{media_id})…",
    "wait.step_cost": "第 2/5 步 · 已检查 {presets} 的转码成本:{price}(is_enough: true)。",
    "wait.step_create": "第 3/5 步 · 已重新创建媒体 {media_id}(POST /media/create)。",
    "wait.step_upload": "第 4/5 步 · 已上传块 {chunk} 并校验MD5(已完成 {done} 个,共 {total} 个)。",
    "wait.step_complete": "第 5/5 步 · 已发出完成信号(GET /media/{media_id}/complete):开始转码。",
    "wait.retry_started": "正在用 {file} 重试媒体 {media_id}({title},{media_type},质量 {presets})。",
}
