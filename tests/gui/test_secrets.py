"""Database passwords live in the keyring (or are asked for); settings, titles and lists never show them."""

from __future__ import annotations

import pytest
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as NoKeyring

from app.gui.passwords import PasswordStore, display_target, split_password, with_password
from app.gui.settings import AppSettings
from app.gui.start_screen import StartScreen
from app.gui.window import MainWindow
from app.project import Project
from app.project.outcomes import ProjectError
from tests.gui.conftest import build_project

SECRET = "s3cr:et@/pw"  # characters a URL must escape


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps passwords in a dict, so tests never touch the user's keyring."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.saved.get((service, username))

    def set_password(self, service, username, password):
        self.saved[(service, username)] = password

    def delete_password(self, service, username):
        self.saved.pop((service, username), None)


def _url(base: str, password: str = SECRET) -> str:
    """Put a password into a password-less URL (the tests' server trusts any password)."""
    return with_password(base, password)


def test_split_password_takes_it_out_of_the_user_part_and_the_query():
    url = _url("postgresql://coder@db.example.org:5432/study")
    assert "s3cr" not in url.split("@")[-1]
    assert split_password(url) == ("postgresql://coder@db.example.org:5432/study", SECRET)
    assert split_password("postgresql://coder@h/db?password=pw&sslmode=require") == (
        "postgresql://coder@h/db?sslmode=require",
        "pw",
    )
    assert split_password("/home/ann/study.thematic") == ("/home/ann/study.thematic", None)
    assert display_target("postgresql://coder:pw@h/db") == "postgresql://coder@h/db"


def test_settings_file_keeps_urls_without_passwords_and_the_keyring_keeps_the_password(tmp_path):
    ring = MemoryKeyring()
    settings = AppSettings(tmp_path / "settings.ini", PasswordStore(ring))
    settings.add_recent(_url("postgresql://coder@h:5432/study"))
    settings.set_coder_for(_url("postgresql://coder@h:5432/study"), "ann")
    text = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert "s3cr" not in text
    assert settings.recent_projects() == ["postgresql://coder@h:5432/study"]
    assert ring.saved == {("Thematic", "postgresql://coder@h:5432/study"): SECRET}
    reopened = AppSettings(tmp_path / "settings.ini", PasswordStore(ring))
    assert reopened.connect_target("postgresql://coder@h:5432/study") == _url(
        "postgresql://coder@h:5432/study"
    )
    assert reopened.coder_for("postgresql://coder@h:5432/study") == "ann"


def test_passwords_written_by_older_versions_move_to_the_keyring(tmp_path):
    path = tmp_path / "settings.ini"
    old = AppSettings(path, PasswordStore(None))
    old._qs.setValue("recent", ["postgresql://coder:old-pw@h/db", str(tmp_path)])
    old._qs.setValue("last_project", "postgresql://coder:old-pw@h/db")
    old._qs.setValue("coder/postgresql:||coder:old-pw@h|db", "ann")
    old._qs.sync()
    ring = MemoryKeyring()
    settings = AppSettings(path, PasswordStore(ring))
    assert "old-pw" not in path.read_text(encoding="utf-8")
    assert settings.recent_projects() == ["postgresql://coder@h/db", str(tmp_path)]
    assert settings.coder_for("postgresql://coder@h/db") == "ann"
    assert ring.saved[("Thematic", "postgresql://coder@h/db")] == "old-pw"


def test_without_a_working_keyring_the_password_lasts_only_for_the_session(tmp_path):
    store = PasswordStore(NoKeyring())
    assert store.save("postgresql://coder@h/db", "pw") is False
    assert store.get("postgresql://coder@h/db") == "pw"
    assert PasswordStore(NoKeyring()).get("postgresql://coder@h/db") is None


def test_start_screen_lists_urls_without_passwords(qtbot):
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.set_recent([_url("postgresql://coder@h/study")])
    item = screen.recent.item(0)
    assert item.text() == "study\npostgresql://coder@h/study"
    assert item.toolTip() == "postgresql://coder@h/study"


@pytest.mark.postgres
def test_opening_a_postgres_project_with_a_password_never_shows_or_stores_it(qtbot, tmp_path, pg_url):
    Project.create(pg_url, title="PG study").close()
    ring = MemoryKeyring()
    settings = AppSettings(tmp_path / "settings.ini", PasswordStore(ring))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.open_project(_url(pg_url), coder="ann")
    window._fill_recent()
    shown = [window.windowTitle(), *(a.text() for a in window.recent_menu.actions())]
    window.close_project()
    shown += [window.start.recent.item(i).text() for i in range(window.start.recent.count())]
    assert all("s3cr" not in text for text in shown) and pg_url in shown[1]
    assert "s3cr" not in (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert ring.saved == {("Thematic", pg_url): SECRET}
    assert window.open_project(pg_url)  # from the recent list: the keyring's password, remembered coder
    assert window.project.target == _url(pg_url) and window.coder == "ann"
    window.close_project()


def test_a_refused_connection_asks_for_the_password_and_keeps_it(qtbot, tmp_path, monkeypatch):
    path = build_project(str(tmp_path / "p.thematic"))
    url = "postgresql://coder@h/db"
    opened: list[str] = []

    def fake_open(target, **_kw):
        """Stand in for a server that wants a password: refuse without one, open the file with one."""
        opened.append(target)
        if split_password(target)[1] != "typed":
            raise ProjectError(f"{url}: cannot open the database (password authentication failed)")
        return real_open(path)

    real_open = Project.open
    monkeypatch.setattr("app.gui.window.Project.open", fake_open)
    asked: list[str] = []

    def answer(_parent, _title, label, _echo):
        asked.append(label)
        return "typed", True

    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", answer)
    ring = MemoryKeyring()
    window = MainWindow(AppSettings(tmp_path / "settings.ini", PasswordStore(ring)))
    qtbot.addWidget(window)
    assert window.open_project(url, coder="ann")
    assert opened == [url, with_password(url, "typed")]
    assert asked == ["Password for postgresql://coder@h/db:"]
    assert ring.saved == {("Thematic", url): "typed"}
    window.close_project()
