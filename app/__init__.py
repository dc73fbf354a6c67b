"""Thematic: qualitative thematic coding of open-ended survey answers."""

__version__ = "0.1.0"
