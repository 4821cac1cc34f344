"""Numbers that decide timeouts, retries and upload sizes, kept in one place."""

DEFAULT_BASE_URL = "https://api.aiozstream.network/api"
DEFAULT_EMBED_BASE = "https://embed.aiozstream.network"

# Seconds. Parts of up to 200 MiB go over slow links, so writes and reads get longer.
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 60.0
WRITE_TIMEOUT = 120.0
POOL_TIMEOUT = 30.0

# Retries of safe requests and upload parts (never of requests that create objects).
MAX_RETRIES = 4
BACKOFF_INITIAL = 0.5
BACKOFF_MAX = 8.0
BACKOFF_JITTER = 0.25  # fraction of the wait added or removed at random
MAX_SERVER_WAIT = 60.0  # cap on an X-RateLimit-Retry-After the client will honor

# Chunked upload. MiB = 1,048,576 bytes.
MIB = 1024 * 1024
DEFAULT_CHUNK_SIZE = 50 * MIB
MIN_CHUNK_SIZE = 5 * MIB
MAX_CHUNK_SIZE = 200 * MIB
DEFAULT_PARALLEL_PARTS = 3
MAX_PARALLEL_PARTS = 8
# Bytes read from disk, hashed and sent per step. On a 2-core machine against a local
# sandbox, 4 MiB blocks uploaded 1 GiB about twice as fast as 1 MiB blocks (benchmarks/upload.py).
READ_BLOCK_SIZE = 4 * MIB

# Page size used when iterating over every page of a list.
DEFAULT_PAGE_SIZE = 50
