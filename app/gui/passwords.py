"""Database passwords: kept in the system keyring (or asked for), never in settings, titles or lists."""

from __future__ import annotations

from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

SERVICE = "Thematic"


def split_password(target: str) -> tuple[str, str | None]:
    """Return the target without its password (in the user part or `?password=`) and that password."""
    if "://" not in target:
        return target, None
    parts = urlsplit(target)
    password = None
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        if ":" in userinfo:
            user, raw = userinfo.split(":", 1)
            password, netloc = unquote(raw), f"{user}@{host}"
    query = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in query if k != "password"]
    if len(kept) != len(query):
        password = password or next(v for k, v in query if k == "password")
    clean = urlunsplit(parts._replace(netloc=netloc, query=urlencode(kept)))
    return clean, password


def display_target(target: str) -> str:
    """Return a path or URL fit to show: a URL loses its password."""
    return split_password(target)[0]


def with_password(target: str, password: str | None) -> str:
    """Put a password into a URL that has none (a path, or no password, returns the target as is)."""
    if not password or "://" not in target:
        return target
    parts = urlsplit(target)
    user, _, host = parts.netloc.rpartition("@")
    user = user.split(":", 1)[0]
    netloc = f"{user}:{quote(password, safe='')}@{host}" if user else f":{quote(password, safe='')}@{host}"
    return urlunsplit(parts._replace(netloc=netloc))


class PasswordStore:
    """Passwords by password-less URL: in the keyring when one works, else only for this session."""

    def __init__(self, backend=None) -> None:
        self._backend = backend  # a keyring backend (get/set/delete_password); None: session only
        self._session: dict[str, str] = {}

    @classmethod
    def system(cls) -> PasswordStore:
        """Use the system keyring (Secret Service, macOS Keychain, Windows Credential Locker)."""
        import keyring

        return cls(keyring.get_keyring())

    def get(self, url: str) -> str | None:
        """Return the saved password of a URL, if any."""
        if url in self._session:
            return self._session[url]
        value = self._call("get_password", url)
        return value if isinstance(value, str) else None

    def save(self, url: str, password: str) -> bool:
        """Remember a password; returns whether the keyring kept it (else it lasts until the app quits)."""
        self._session[url] = password
        return self._call("set_password", url, password) is not False

    def forget(self, url: str) -> None:
        """Drop a password that no longer works."""
        self._session.pop(url, None)
        self._call("delete_password", url)

    def _call(self, method: str, url: str, *args: str):
        """Call the keyring; a missing or locked keyring only means the password is not kept."""
        if self._backend is None:
            return False
        from keyring.errors import KeyringError

        try:
            return getattr(self._backend, method)(SERVICE, url, *args)
        except (KeyringError, RuntimeError):
            return False


def ask_password(parent, target: str, error: str) -> str | None:
    """Ask for the password of a database URL whose server refused to open without one."""
    if "://" not in target or "password" not in error.lower():
        return None
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    password, accepted = QInputDialog.getText(
        parent,
        "Thematic",
        parent.tr("Password for %1:").replace("%1", display_target(target)),
        QLineEdit.EchoMode.Password,
    )
    return password if accepted and password else None
