"""Help texts and labels of the user area (``aioz whoami``)."""

EN = {
    "user.help_whoami": "Show the account of the key pair in use: name, email, wallet and balance.",
    "user.col_name": "Name",
    "user.col_email": "Email",
    "user.col_wallet": "Wallet address",
    "user.col_balance": "Balance (AIOZ)",
    "user.col_debt": "Debt (AIOZ)",
    "user.col_created": "Member since",
}

ZH = {
    "user.help_whoami": "显示当前密钥对所属的账户:名称、邮箱、钱包和余额。",
    "user.col_name": "名称",
    "user.col_email": "邮箱",
    "user.col_wallet": "钱包地址",
    "user.col_balance": "余额(AIOZ)",
    "user.col_debt": "欠款(AIOZ)",
    "user.col_created": "注册时间",
}
