"""Read-only queries the desktop views need, kept apart from the write use cases."""

from __future__ import annotations


class ViewQueries:
    """Mixin of the Project facade with queries shaped for the GUI's tables and panels."""
