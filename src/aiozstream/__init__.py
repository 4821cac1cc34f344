"""aiozstream: the Python toolkit for the AIOZ Stream API."""

__version__ = "0.1.0"
