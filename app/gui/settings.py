"""What the window remembers between runs: recent projects, the last coder per project, view options."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8


class AppSettings:
    """A thin typed wrapper over QSettings; tests pass their own file so nothing global is touched."""

    def __init__(self, path: str | Path | None = None) -> None:
        if path is None:
            self._qs = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Thematic", "Thematic"
            )
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def recent_projects(self) -> list[str]:
        """Return recently opened projects, newest first, dropping files that no longer exist."""
        items = self._qs.value("recent", [], type=list) or []
        return [p for p in items if "://" in p or Path(p).exists()]

    def add_recent(self, target: str) -> None:
        """Put a project at the top of the recent list and make it the one reopened at start."""
        items = [p for p in self.recent_projects() if p != target]
        self._qs.setValue("recent", [target, *items][:MAX_RECENT])
        self._qs.setValue("last_project", target)
        self._qs.sync()

    def last_project(self) -> str | None:
        """Return the project to reopen at start, if it still exists."""
        target = self._qs.value("last_project", "", type=str)
        return target if target and target in self.recent_projects() else None

    def forget_last_project(self) -> None:
        """Start with the start screen next time (after the user closed the project)."""
        self._qs.setValue("last_project", "")
        self._qs.sync()

    def coder_for(self, target: str) -> str | None:
        """Return the coder name last used on this project."""
        return self._qs.value(f"coder/{_key(target)}", "", type=str) or None

    def set_coder_for(self, target: str, coder: str) -> None:
        """Remember the coder name for this project."""
        self._qs.setValue(f"coder/{_key(target)}", coder)
        self._qs.sync()

    def flag(self, name: str, default: bool) -> bool:
        """Read a view option such as blind mode."""
        return self._qs.value(f"view/{name}", default, type=bool)

    def set_flag(self, name: str, value: bool) -> None:
        """Store a view option."""
        self._qs.setValue(f"view/{name}", value)

    def window_rect(self) -> tuple[int, int, int, int] | None:
        """Return the main window's last position and size (x, y, width, height), if remembered."""
        values = self._qs.value("window/rect", [], type=list) or []
        try:
            return tuple(int(v) for v in values) if len(values) == 4 else None  # type: ignore[return-value]
        except ValueError:
            return None

    def set_window_rect(self, rect: tuple[int, int, int, int]) -> None:
        """Remember the main window's position and size."""
        self._qs.setValue("window/rect", [str(v) for v in rect])
        self._qs.sync()


def _key(target: str) -> str:
    """Turn a path or URL into a QSettings key (slashes would make groups)."""
    return target.replace("/", "|").replace("\\", "|")
