"""The `thematic` command line, one module per area of sub-commands."""

from app.cli.entry import main

__all__ = ["main"]
