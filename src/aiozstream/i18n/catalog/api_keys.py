"""Help texts, messages and errors of the API keys area."""

EN = {
    # Help texts
    "api_keys.help": "Create, list, rename and delete API key pairs.",
    "api_keys.help_example": (
        "Examples: aioz api-keys create ci-uploader --ttl 30d --type only_upload · "
        "aioz api-keys list · "
        "aioz api-keys delete KEY_ID --yes"
    ),
    "api_keys.help_create": "Create a key pair and show its secret once; it cannot be shown again.",
    "api_keys.help_list": "List API keys (without secrets) as a table, or JSON with --json.",
    "api_keys.help_rename": "Give an API key a new name.",
    "api_keys.help_delete": "Delete an API key; requests signed with it fail from then on.",
    "api_keys.help_id": "API key id (not the public key).",
    "api_keys.help_name": "Key name, at most 255 characters, without line breaks.",
    "api_keys.help_ttl": (
        "Required. Lifetime: seconds such as 3600, or a duration such as 90m, 12h, 30d or 1d12h; "
        "at most 2147483647 seconds."
    ),
    "api_keys.help_type": "full_access (every endpoint) or only_upload (uploads only).",
    "api_keys.help_search": "Text to search in key names.",
    "api_keys.help_sort": "Sort by created_at or name.",
    "api_keys.help_order": "Sort order: asc or desc.",
    # Results
    "api_keys.created": "Created API key {name!r} (id {key_id}, type {type}, expires {expires}).",
    "api_keys.public_key_line": "Public key: {public_key}",
    "api_keys.secret_line": "Secret key: {secret}",
    "api_keys.secret_warning": (
        "⚠️ Copy the secret key now and keep it somewhere safe: it cannot be retrieved again. "
        "If you lose it, delete this key and create a new one."
    ),
    "api_keys.secret_missing": (
        "The API did not return the secret of the new key, so it cannot be shown. "
        "Delete this key and create a new one if you need its secret."
    ),
    "api_keys.renamed": "Renamed API key {key_id} to {name!r}.",
    "api_keys.deleted": "Deleted API key {key_id}.",
    "api_keys.total": "API keys: {shown} of {total}",
    "api_keys.col_name": "Name",
    "api_keys.col_type": "Type",
    "api_keys.col_public_key": "Public key",
    "api_keys.col_secret": "Secret (truncated)",
    "api_keys.col_expires": "Expires",
    "api_keys.col_status": "Status",
    "api_keys.confirm_delete": "Delete API key {key_id}? Requests signed with it will fail.",
    # Errors
    "api_keys.choice_invalid": "Invalid {field}: {value!r}. Use one of: {allowed}.",
    "api_keys.ttl_missing": (
        "The ttl is missing. Pass --ttl with the key's lifetime, for example --ttl 30d."
    ),
}

ZH = {
    # Help texts
    "api_keys.help": "创建、列出、重命名和删除 API 密钥对。",
    "api_keys.help_example": (
        "示例:aioz api-keys create ci-uploader --ttl 30d --type only_upload · aioz api-keys list · "
        "aioz api-keys delete KEY_ID --yes"
    ),
    "api_keys.help_create": "创建密钥对并显示一次其密钥;之后无法再次显示。",
    "api_keys.help_list": "以表格列出 API 密钥(不含密钥本身),加 --json 则输出 JSON。",
    "api_keys.help_rename": "为 API 密钥设置新名称。",
    "api_keys.help_delete": "删除 API 密钥;此后使用它签名的请求都会失败。",
    "api_keys.help_id": "API 密钥的 ID(不是公钥)。",
    "api_keys.help_name": "密钥名称,最多 255 个字符,不能包含换行。",
    "api_keys.help_ttl": (
        "必填。有效期:秒数(例如 3600),或时长(例如 90m、12h、30d 或 1d12h);最长 2147483647 秒。"
    ),
    "api_keys.help_type": "full_access(可调用所有接口)或 only_upload(仅限上传)。",
    "api_keys.help_search": "在密钥名称中搜索的文字。",
    "api_keys.help_sort": "排序字段:created_at 或 name。",
    "api_keys.help_order": "排序方向:asc 或 desc。",
    # Results
    "api_keys.created": "已创建 API 密钥 {name!r}(ID {key_id},类型 {type},到期时间 {expires})。",
    "api_keys.public_key_line": "公钥:{public_key}",
    "api_keys.secret_line": "密钥:{secret}",
    "api_keys.secret_warning": (
        "⚠️ 请立即复制密钥并妥善保存:之后无法再次获取。如果丢失,请删除此密钥并创建新的密钥。"
    ),
    "api_keys.secret_missing": (
        "API 没有返回新密钥的密钥值,因此无法显示。如需密钥值,请删除此密钥并重新创建。"
    ),
    "api_keys.renamed": "已将 API 密钥 {key_id} 重命名为 {name!r}。",
    "api_keys.deleted": "已删除 API 密钥 {key_id}。",
    "api_keys.total": "API 密钥:显示 {shown} 个,共 {total} 个",
    "api_keys.col_name": "名称",
    "api_keys.col_type": "类型",
    "api_keys.col_public_key": "公钥",
    "api_keys.col_secret": "密钥(截断)",
    "api_keys.col_expires": "到期时间",
    "api_keys.col_status": "状态",
    "api_keys.confirm_delete": "要删除 API 密钥 {key_id} 吗?使用它签名的请求将会失败。",
    # Errors
    "api_keys.choice_invalid": "{field}无效:{value!r}。请使用以下之一:{allowed}。",
    "api_keys.ttl_missing": "缺少 ttl。请用 --ttl 指定密钥的有效期,例如 --ttl 30d。",
}
