"""What the window remembers between runs: recent projects, the last coder per project, view options."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from app.gui.passwords import PasswordStore, split_password, with_password

MAX_RECENT = 8


class AppSettings:
    """A thin typed wrapper over QSettings; tests pass their own file so nothing global is touched.

    Database passwords never reach the file: URLs are stored without them and the passwords go to
    the PasswordStore (the system keyring for the real settings, this session only for a test file).
    """

    def __init__(self, path: str | Path | None = None, passwords: PasswordStore | None = None) -> None:
        if path is None:
            self._qs = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Thematic", "Thematic"
            )
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        if passwords is None:
            passwords = PasswordStore.system() if path is None else PasswordStore()
        self.passwords = passwords
        self._move_passwords_out()

    def connect_target(self, target: str) -> str:
        """Return the target to open: a URL gets its saved password back (given ones win)."""
        clean, password = split_password(target)
        return with_password(clean, password or self.passwords.get(clean))

    def remember_password(self, target: str) -> str:
        """Keep the password of a URL in the store and return the URL without it."""
        clean, password = split_password(target)
        if password:
            self.passwords.save(clean, password)
        return clean

    def _move_passwords_out(self) -> None:
        """Move passwords that older versions wrote into the settings file to the store."""
        items = self._qs.value("recent", [], type=list) or []
        last = self._qs.value("last_project", "", type=str)
        if not any(split_password(t)[1] for t in [*items, last]):
            return
        self._qs.setValue("recent", list(dict.fromkeys(self.remember_password(t) for t in items)))
        self._qs.setValue("last_project", self.remember_password(last))
        self._qs.beginGroup("coder")
        for key in self._qs.childKeys():
            clean = _key(self.remember_password(key.replace("|", "/")))
            if clean != key:
                self._qs.setValue(clean, self._qs.value(key))
                self._qs.remove(key)
        self._qs.endGroup()
        self._qs.sync()

    def recent_projects(self) -> list[str]:
        """Return recently opened projects, newest first, dropping files that no longer exist."""
        items = self._qs.value("recent", [], type=list) or []
        return [p for p in items if "://" in p or Path(p).exists()]

    def add_recent(self, target: str) -> None:
        """Put a project at the top of the recent list and make it the one reopened at start."""
        target = self.remember_password(target)
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
        return self._qs.value(f"coder/{_key(split_password(target)[0])}", "", type=str) or None

    def set_coder_for(self, target: str, coder: str) -> None:
        """Remember the coder name for this project."""
        self._qs.setValue(f"coder/{_key(split_password(target)[0])}", coder)
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
