"""Where the desktop's demo project lives (the project itself is built by `app.project.demo`)."""

from __future__ import annotations

from pathlib import Path


def demo_target() -> str:
    """Return where the demo project lives (the user's data folder)."""
    from platformdirs import user_data_dir

    return str(Path(user_data_dir("Thematic", "Thematic")) / "demo-survey.thematic")
