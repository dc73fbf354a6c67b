"""Where the desktop's demo project lives, and building it in the background through the facade."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.project.demo import build_demo_project as build_seed_demo


def demo_target() -> str:
    """Return where the demo project lives (the user's data folder)."""
    from platformdirs import user_data_dir

    return str(Path(user_data_dir("Thematic", "Thematic")) / "demo-survey.thematic")


def build_demo_project(target: str, progress: Callable[[float, str], None] | None = None) -> str:
    """Create the seed study's demo project at `target` (runs on the background executor)."""
    report = progress or (lambda _f, _s: None)
    report(0.1, "Creating the demo project")
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    build_seed_demo(target).close()
    report(1.0, "Done")
    return target
