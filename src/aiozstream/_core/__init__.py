"""Shared machinery of the sync and async clients: credentials, requests, retries, paging."""
