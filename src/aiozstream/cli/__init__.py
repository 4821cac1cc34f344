"""The aioz command line: one Typer sub-app per API area, joined in ``main``."""
