"""Pure checks of the platform's rules, run before any request; they read only local files."""
