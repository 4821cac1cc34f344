"""One resource module per API area, each with a sync and an async twin."""
