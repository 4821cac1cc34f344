"""Messages of the SDK core: credentials, input checks, rule blocks."""

EN = {
    "credentials.prompt_public": "Please enter your AIOZ Stream Public Key:",
    "credentials.prompt_secret": "Please enter your AIOZ Stream Secret Key:",
    "credentials.reminder": (
        "Keep your keys safe — treat them like passwords and consider rotating them after this session."
    ),
    "credentials.missing": (
        "No AIOZ Stream keys found. Set AIOZ_PUBLIC_KEY and AIOZ_SECRET_KEY, run `aioz login` "
        "at a terminal, or pipe both keys, one per line, into `aioz login --stdin`."
    ),
    "credentials.empty": "The {field} cannot be empty. Paste the key from your AIOZ Stream dashboard.",
    "rule.insufficient_balance": (
        "⚠️ Your account balance is insufficient to transcode with the requested quality presets. "
        "Please top up your AIOZ wallet before proceeding."
    ),
    "credentials.half_set": "{present} is set but {missing} is not. Set both, or unset both to use the saved keys.",
    "input.base_url": "Invalid API base URL {value!r}. Use an http:// or https:// URL, for example https://api.aiozstream.network/api.",
    "input.empty_id": "The {field} is empty. Pass the id shown by the list command.",
}

ZH = {
    "credentials.prompt_public": "请输入您的AIOZ Stream公钥:",
    "credentials.prompt_secret": "请输入您的AIOZ Stream密钥:",
    "credentials.reminder": "请妥善保管您的密钥——像对待密码一样对待它们,并考虑在此会话后轮换它们。",
    "credentials.missing": (
        "未找到AIOZ Stream密钥。请设置 AIOZ_PUBLIC_KEY 和 AIOZ_SECRET_KEY,在终端中运行 `aioz login`,"
        "或将两个密钥(每行一个)通过管道传给 `aioz login --stdin`。"
    ),
    "credentials.empty": "{field}不能为空。请从AIOZ Stream控制台粘贴密钥。",
    "rule.insufficient_balance": (
        "⚠️ 您的账户余额不足以使用所请求的质量预设进行转码。请在继续之前为您的AIOZ钱包充值。"
    ),
    "credentials.half_set": "已设置 {present},但未设置 {missing}。请同时设置两者,或都不设置以使用已保存的密钥。",
    "input.base_url": "无效的API基础URL {value!r}。请使用 http:// 或 https:// URL,例如 https://api.aiozstream.network/api。",
    "input.empty_id": "{field}为空。请使用列表命令显示的ID。",
}
