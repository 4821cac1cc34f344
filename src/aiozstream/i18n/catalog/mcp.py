"""Messages of the MCP server (``aioz mcp``) and of ``aioz agent setup``."""

EN = {
    # The server and its command.
    "mcp.instructions": (
        "Tools for the AIOZ Stream API: upload video and audio in chunks, manage media, "
        "players, playlists, chapters, transcripts, webhooks, API keys, analytics and payments. "
        "Show the user each tool result as it is: upload and encoding messages are fixed templates. "
        "A result that asks for confirmation changed nothing: ask the user, then call the tool "
        "again with the argument it names. Never ask the user to paste a secret key into the chat."
    ),
    "mcp.help": "Serve every aioz action as a tool to AI assistants over the Model Context Protocol.",
    "mcp.help_example": (
        "Examples: aioz mcp (stdio, for Claude Desktop, Claude Code, OpenClaw) · "
        "aioz mcp --http --port 8808 · aioz --sandbox mcp"
    ),
    "mcp.help_http": "Serve over streamable HTTP on 127.0.0.1 instead of stdio.",
    "mcp.help_port": "Port of the streamable HTTP server on 127.0.0.1.",
    "mcp.help_lang": "Language of tool results, en or zh (default: AIOZ_LANG, else the system locale).",
    "mcp.help_sandbox": "Serve against a local sandbox with its own keys, to try everything without an account.",
    "mcp.help_base_url": "API base URL to call (default: AIOZ_BASE_URL, else the real API).",
    "mcp.port_invalid": "Invalid port {value}. Use a number from 1 to 65535.",
    "mcp.http_ready": "MCP server listening on {url} (streamable HTTP, this computer only). Press Ctrl+C to stop.",
    # Confirmations turned into a second call.
    "mcp.confirm_call_again": (
        "Nothing was changed yet. Ask the user to confirm, then call `{tool}` again with "
        "`{argument}: true`."
    ),
    "mcp.transcript_taken": (
        "Media {media_id} already has a transcript in {existing}, the same primary language as "
        "{language}, and a media holds one transcript per primary language. Replacing it deletes "
        "the {existing} transcript and adds {language}."
    ),
    "mcp.player_in_use": (
        "Player theme {player_id} is assigned to {count} media, so it cannot be deleted yet. "
        "Deleting it first unassigns it from these media:"
    ),
    # Credentials.
    "mcp.field_public_key": "Public key",
    "mcp.field_secret_key": "Secret key",
    "mcp.field_save": "Save the keys for later sessions",
    "mcp.field_save_description": (
        "Store the pair as `aioz login` does: in the system keyring, else in a file only you can read."
    ),
    "mcp.credentials_howto": (
        "No AIOZ Stream keys are configured, and this MCP client cannot show a form to ask for them, "
        "so nothing was sent. Give the keys to the server in one of two ways, then call the tool again: "
        "set AIOZ_PUBLIC_KEY and AIOZ_SECRET_KEY in the server's environment (the `env` block of the "
        "client's MCP configuration), or run `aioz login` once in a terminal. "
        "Never paste the secret key into the chat."
    ),
    "mcp.credentials_declined": (
        "The keys were not entered, so nothing was sent to AIOZ Stream. Call the tool again when the "
        "user is ready to enter the public key and then the secret key."
    ),
    "mcp.credentials_session_only": "The keys are kept for this session only; `save_credentials` stores them.",
    "mcp.credentials_saved": "The keys were saved in {place}; later sessions use them without asking.",
    "mcp.credentials_sandbox": "The sandbox's own keys are in use, so there is nothing to save.",
    # Upload.
    "mcp.upload_resume": "call `{tool}` again with the same file and `resume: true`",
    "mcp.progress_message": "{done} of {total} chunks uploaded",
    "mcp.cost_checked": "Transcoding cost checked for {presets}: {price} (balance is enough).",
    # Results.
    "mcp.nothing_to_update": "Nothing to update. Pass at least one field to change.",
    "mcp.no_items": "No items.",
    "mcp.not_audio": (
        "Media {media_id} is a {media_type}, not audio, so the audio tools leave it alone. "
        "Use `{tool}` instead."
    ),
    "mcp.cost_needs_duration": "Pass the duration in seconds, or a file to read it from.",
    "mcp.cost_duration_and_file": "Pass either duration or file, not both.",
    "mcp.tags_conflict": "Pass either tags or clear_tags, not both.",
    "mcp.default_deleted": (
        "The deleted transcript ({language}) was the default, so media {media_id} now has no default "
        "transcript. Set a new one with `transcripts_set_default`."
    ),
    "mcp.webhook_not_reachable": (
        "⚠️ {url} did not answer the check ({reason}). Webhook {webhook_id} is saved but not active: "
        "make the URL answer with a 2xx status, then call `webhooks_check`."
    ),
    "mcp.playlist_empty": "The playlist has no items. Add one with `playlists_add`.",
    # aioz agent setup.
    "mcp.agent_help": "Connect AI assistants to aiozstream: print or write their MCP configuration.",
    "mcp.agent_setup_help": (
        "Print the configuration that adds `aioz mcp` to an assistant; with --write, merge it into the "
        "assistant's configuration file (after a timestamped backup) and, for OpenClaw, install the skill."
    ),
    "mcp.agent_setup_example": (
        "Examples: aioz agent setup --client claude-desktop · "
        "aioz agent setup --client claude-code --write · aioz agent setup --client openclaw --write"
    ),
    "mcp.agent_help_client": "Assistant to configure: claude-desktop, claude-code or openclaw.",
    "mcp.agent_help_write": "Merge the server into the configuration file instead of only printing it.",
    "mcp.agent_help_config": "Configuration file to print for or write to (default: the client's own).",
    "mcp.agent_help_scope": (
        "Claude Code only: project writes .mcp.json in the current folder, user writes ~/.claude.json."
    ),
    "mcp.agent_client_invalid": "Unknown client {value!r}. Use one of: {allowed}.",
    "mcp.agent_scope_invalid": "Unknown scope {value!r}. Use project or user.",
    "mcp.agent_no_config_path": (
        "No default configuration folder of {client} is known on this system. Pass the file with --config."
    ),
    "mcp.agent_malformed": (
        "{path} is not valid JSON ({reason}), so it was left unchanged. Fix the file, or merge the "
        "entry printed above by hand."
    ),
    "mcp.agent_not_object": "{path} does not hold a JSON object at {where}, so it was left unchanged.",
    "mcp.agent_unreadable": "Cannot read {path}: {reason}.",
    "mcp.agent_heading": "{client}: add this to {path}",
    "mcp.agent_keys_note": (
        "No key is written to the configuration: the server reads AIOZ_PUBLIC_KEY and AIOZ_SECRET_KEY "
        "from its environment or the pair saved by `aioz login`, and asks for them when neither is set."
    ),
    "mcp.agent_dry_run": "Nothing was written. Add --write to merge it into {path} (a backup is kept).",
    "mcp.agent_backup": "Saved the previous file as {path}.",
    "mcp.agent_written": "Added the {name} server to {path}. Restart {client} to load it.",
    "mcp.agent_updated": "Updated the {name} server in {path}. Restart {client} to load it.",
    "mcp.agent_skill_target": "The OpenClaw skill goes to {path}.",
    "mcp.agent_skill_written": "Installed the skill at {path}.",
    "mcp.agent_skill_missing": (
        "The skill file is not part of this installation ({path}). Copy skill/SKILL.md from the "
        "aiozstream repository to {target}."
    ),
}

ZH = {
    "mcp.instructions": (
        "AIOZ Stream API 工具:分块上传视频和音频,管理媒体、播放器、播放列表、章节、字幕、Webhook、"
        "API 密钥、分析数据和付款。请将每个工具结果原样展示给用户:上传和编码消息是固定模板。"
        "要求确认的结果不会做任何更改:请先询问用户,再带上结果中指明的参数重新调用该工具。"
        "切勿要求用户把密钥粘贴到聊天中。"
    ),
    "mcp.help": "通过模型上下文协议(MCP)把每个 aioz 操作作为工具提供给 AI 助手。",
    "mcp.help_example": (
        "示例:aioz mcp(stdio,用于 Claude Desktop、Claude Code、OpenClaw) · "
        "aioz mcp --http --port 8808 · aioz --sandbox mcp"
    ),
    "mcp.help_http": "在 127.0.0.1 上通过可流式 HTTP 提供服务,而不是 stdio。",
    "mcp.help_port": "127.0.0.1 上可流式 HTTP 服务器的端口。",
    "mcp.help_lang": "工具结果的语言,en 或 zh(默认:AIOZ_LANG,否则为系统区域设置)。",
    "mcp.help_sandbox": "使用本地沙盒及其自带密钥提供服务,无需账户即可试用全部功能。",
    "mcp.help_base_url": "要调用的 API 基础 URL(默认:AIOZ_BASE_URL,否则为正式 API)。",
    "mcp.port_invalid": "端口 {value} 无效。请使用 1 到 65535 之间的数字。",
    "mcp.http_ready": "MCP 服务器正在监听 {url}(可流式 HTTP,仅限本机)。按 Ctrl+C 停止。",
    "mcp.confirm_call_again": "尚未做任何更改。请先让用户确认,然后以 `{argument}: true` 再次调用 `{tool}`。",
    "mcp.transcript_taken": (
        "媒体 {media_id} 已有 {existing} 字幕,与 {language} 属于同一主语言,而每个媒体每种主语言只能有一个字幕。"
        "替换会删除 {existing} 字幕并添加 {language}。"
    ),
    "mcp.player_in_use": (
        "播放器主题 {player_id} 已分配给 {count} 个媒体,暂时无法删除。删除前会先从以下媒体取消分配:"
    ),
    "mcp.field_public_key": "公钥",
    "mcp.field_secret_key": "密钥",
    "mcp.field_save": "保存密钥供以后的会话使用",
    "mcp.field_save_description": "像 `aioz login` 一样保存这对密钥:存入系统密钥环,否则存入仅您可读的文件。",
    "mcp.credentials_howto": (
        "尚未配置 AIOZ Stream 密钥,而此 MCP 客户端无法显示表单来询问,因此没有发送任何请求。"
        "请用以下任一方式把密钥交给服务器,然后再次调用该工具:在服务器的环境中设置 AIOZ_PUBLIC_KEY 和 "
        "AIOZ_SECRET_KEY(客户端 MCP 配置中的 `env` 部分),或在终端中运行一次 `aioz login`。"
        "切勿把密钥粘贴到聊天中。"
    ),
    "mcp.credentials_declined": (
        "未输入密钥,因此没有向 AIOZ Stream 发送任何请求。用户准备好依次输入公钥和密钥后,请再次调用该工具。"
    ),
    "mcp.credentials_session_only": "这些密钥仅在本次会话中保留;`save_credentials` 可将其保存。",
    "mcp.credentials_saved": "密钥已保存到{place};以后的会话将直接使用,不再询问。",
    "mcp.credentials_sandbox": "当前使用的是沙盒自带的密钥,无需保存。",
    "mcp.upload_resume": "使用同一文件并带上 `resume: true` 再次调用 `{tool}`",
    "mcp.progress_message": "已上传 {done} 个块,共 {total} 个",
    "mcp.cost_checked": "已检查 {presets} 的转码成本:{price}(余额充足)。",
    "mcp.nothing_to_update": "没有要更新的内容。请至少传入一个要更改的字段。",
    "mcp.no_items": "没有条目。",
    "mcp.not_audio": "媒体 {media_id} 是{media_type},不是音频,音频工具不会处理它。请改用 `{tool}`。",
    "mcp.cost_needs_duration": "请传入以秒为单位的时长,或传入一个用于读取时长的文件。",
    "mcp.cost_duration_and_file": "duration 和 file 只能传入其中一个。",
    "mcp.tags_conflict": "tags 和 clear_tags 只能传入其中一个。",
    "mcp.default_deleted": (
        "被删除的字幕({language})是默认字幕,因此媒体 {media_id} 现在没有默认字幕。"
        "请使用 `transcripts_set_default` 设置新的默认字幕。"
    ),
    "mcp.webhook_not_reachable": (
        "⚠️ {url} 未响应检查({reason})。Webhook {webhook_id} 已保存但未激活:"
        "请让该 URL 返回 2xx 状态,然后调用 `webhooks_check`。"
    ),
    "mcp.playlist_empty": "该播放列表没有条目。请使用 `playlists_add` 添加。",
    "mcp.agent_help": "将 AI 助手连接到 aiozstream:打印或写入它们的 MCP 配置。",
    "mcp.agent_setup_help": (
        "打印把 `aioz mcp` 添加到助手的配置;使用 --write 时,先保存带时间戳的备份,再合并到助手的配置文件中,"
        "并为 OpenClaw 安装技能。"
    ),
    "mcp.agent_setup_example": (
        "示例:aioz agent setup --client claude-desktop · "
        "aioz agent setup --client claude-code --write · aioz agent setup --client openclaw --write"
    ),
    "mcp.agent_help_client": "要配置的助手:claude-desktop、claude-code 或 openclaw。",
    "mcp.agent_help_write": "将服务器合并到配置文件中,而不只是打印。",
    "mcp.agent_help_config": "要打印或写入的配置文件(默认:该客户端自己的配置文件)。",
    "mcp.agent_help_scope": "仅限 Claude Code:project 写入当前文件夹的 .mcp.json,user 写入 ~/.claude.json。",
    "mcp.agent_client_invalid": "未知客户端 {value!r}。请使用以下之一:{allowed}。",
    "mcp.agent_scope_invalid": "未知范围 {value!r}。请使用 project 或 user。",
    "mcp.agent_no_config_path": "此系统上没有已知的 {client} 默认配置文件夹。请用 --config 指定文件。",
    "mcp.agent_malformed": "{path} 不是有效的 JSON({reason}),因此未作更改。请修复该文件,或手动合并上面打印的条目。",
    "mcp.agent_not_object": "{path} 在 {where} 处不是 JSON 对象,因此未作更改。",
    "mcp.agent_unreadable": "无法读取 {path}:{reason}。",
    "mcp.agent_heading": "{client}:将以下内容添加到 {path}",
    "mcp.agent_keys_note": (
        "配置中不会写入任何密钥:服务器从其环境中的 AIOZ_PUBLIC_KEY 和 AIOZ_SECRET_KEY 或 `aioz login` "
        "保存的密钥对读取密钥,两者都没有时会向用户询问。"
    ),
    "mcp.agent_dry_run": "未写入任何内容。加上 --write 即可合并到 {path}(会保留备份)。",
    "mcp.agent_backup": "已将原文件保存为 {path}。",
    "mcp.agent_written": "已将 {name} 服务器添加到 {path}。请重启 {client} 以加载它。",
    "mcp.agent_updated": "已更新 {path} 中的 {name} 服务器。请重启 {client} 以加载它。",
    "mcp.agent_skill_target": "OpenClaw 技能将安装到 {path}。",
    "mcp.agent_skill_written": "已将技能安装到 {path}。",
    "mcp.agent_skill_missing": (
        "此安装中不包含技能文件({path})。请将 aiozstream 仓库中的 skill/SKILL.md 复制到 {target}。"
    ),
}
