"""Message catalogs, one module per area; each defines ``EN`` and ``ZH``."""
