"""The codebook file's keys and limits, and the reader that validates a parsed document into records."""

from __future__ import annotations

import difflib
import re
import uuid
from typing import Any

from app.core.models import Codebook, Theme

FORMAT_NAME = "thematic-codebook"
FORMAT_VERSION = 1
TOP_KEYS = ("format", "version", "name", "description", "single_choice", "themes")
THEME_KEYS = (
    "id",
    "name",
    "code",
    "color",
    "definition",
    "include",
    "exclude",
    "examples",
    "keywords",
    "children",
)
MAX_DEPTH = 32  # theme levels (and YAML/JSON nesting) a codebook may have
MAX_THEMES = 20_000
MAX_CODE_CHARS = 32
PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#e15759",
    "#76b7b2",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)
# Ids generated for hand-written themes are derived from the codebook name and the theme's path,
# so importing the same file twice gives the same ids.
ID_NAMESPACE = uuid.UUID("6c0f8f7e-5d3a-4a8e-9a57-2f1f3c6b9e41")
_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?")
_SURROGATE = re.compile("[\ud800-\udfff]")


class CodebookError(ValueError):
    """A codebook file that cannot be used; the message is 'FILE: place: problem' on one line."""


def _type_name(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"a yes/no value ({str(value).lower()}; put it in quotes)"
    if isinstance(value, (int, float)):
        return f"a number ({value}; put it in quotes)"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return type(value).__name__


class CodebookReader:
    """Turns the parsed document into records, naming the file and place in every error."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.themes: list[Theme] = []
        self.ids: dict[str, str] = {}
        self.codes: dict[str, str] = {}

    def fail(self, place: str, problem: str) -> CodebookError:
        return CodebookError(f"{self.source}: {place}: {problem}" if place else f"{self.source}: {problem}")

    def check_keys(self, data: dict, allowed: tuple[str, ...], place: str) -> None:
        for key in data:
            if key not in allowed:
                close = difflib.get_close_matches(str(key), allowed, n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else f" (allowed: {', '.join(allowed)})"
                raise self.fail(place or "top level", f"unknown key '{key}'{hint}")

    def text(self, data: dict, key: str, place: str, required: bool = False) -> str:
        value = data.get(key)
        where = f"{place}.{key}" if place else key
        if value is None:
            if required:
                raise self.fail(where, "is missing" if key not in data else "is empty")
            return ""
        if not isinstance(value, str):
            raise self.fail(where, f"expected text, got {_type_name(value)}")
        if required and not value.strip():
            raise self.fail(where, "is empty")
        if "\x00" in value:
            raise self.fail(where, "contains a NUL character")
        if _SURROGATE.search(value):
            raise self.fail(where, "contains a lone UTF-16 surrogate (not a character)")
        return value.strip() if required else value

    def text_list(self, value: Any, where: str) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            raise self.fail(where, f"expected a list of texts, got {_type_name(value)}")
        for index, item in enumerate(value):
            if not isinstance(item, str):
                raise self.fail(f"{where}[{index}]", f"expected text, got {_type_name(item)}")
        return tuple(value)

    def colour(self, data: dict, place: str, index: int) -> str:
        if "color" not in data:
            return PALETTE[index % len(PALETTE)]
        value = data["color"]
        if value is None:
            raise self.fail(
                f"{place}.color", 'is empty (quote colours: "#4e79a7"; # starts a comment in YAML)'
            )
        if not isinstance(value, str) or not _COLOUR.fullmatch(value.strip()):
            raise self.fail(f"{place}.color", f"{value!r} is not a colour like #4e79a7")
        return value.strip()

    def keywords(self, value: Any, where: str) -> dict[str, tuple[str, ...]]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.fail(
                where, f"expected a mapping of language to keywords (en: [...]), got {_type_name(value)}"
            )
        result: dict[str, tuple[str, ...]] = {}
        for language, words in value.items():
            if not isinstance(language, str) or not _LANGUAGE.fullmatch(language):
                raise self.fail(where, f"{language!r} is not a language code like en, ru or kk")
            result[language] = self.text_list(words, f"{where}.{language}")
        return result

    def code(self, data: dict, where: str) -> str:
        value = data.get("code")
        if value is None:
            return ""
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            raise self.fail(f"{where}.code", f"expected a number or short text, got {_type_name(value)}")
        text = str(value).strip()
        if not text or len(text) > MAX_CODE_CHARS or any(c.isspace() for c in text):
            raise self.fail(f"{where}.code", f"{value!r} is not a code (up to {MAX_CODE_CHARS} characters)")
        if text in self.codes:
            raise self.fail(f"{where}.code", f"code {text} is already the code of {self.codes[text]}")
        self.codes[text] = where
        return text

    def theme_list(self, value: Any, place: str, parent: Theme | None, path: str, depth: int = 1) -> None:
        if value is None:
            return
        if depth > MAX_DEPTH:
            raise self.fail(place, f"themes are nested more than {MAX_DEPTH} levels deep")
        if not isinstance(value, list):
            raise self.fail(place, f"expected a list of themes, got {_type_name(value)}")
        names: set[str] = set()
        for position, item in enumerate(value):
            where = f"{place}[{position}]"
            theme = self.theme(item, where, parent, position, path)
            folded = theme.name.casefold()
            if folded in names:
                raise self.fail(f"{where}.name", f"'{theme.name}' is used twice among sibling themes")
            names.add(folded)
            if len(self.themes) > MAX_THEMES:
                raise self.fail(where, f"a codebook may hold at most {MAX_THEMES:,} themes")
            self.theme_list(
                item.get("children"), f"{where}.children", theme, f"{path}/{theme.name}", depth + 1
            )

    def theme(self, data: Any, where: str, parent: Theme | None, position: int, path: str) -> Theme:
        if not isinstance(data, dict):
            raise self.fail(
                where, f"expected a theme (a mapping with name, definition...), got {_type_name(data)}"
            )
        self.check_keys(data, THEME_KEYS, where)
        name = self.text(data, "name", where, required=True)
        theme_id = self.theme_id(data, where, f"{path}/{name}")
        theme = Theme(
            id=theme_id,
            name=name,
            parent_id=parent.id if parent else None,
            color=self.colour(data, where, len(self.themes)),
            definition=self.text(data, "definition", where),
            inclusion=self.text(data, "include", where),
            exclusion=self.text(data, "exclude", where),
            examples=self.text_list(data.get("examples"), f"{where}.examples"),
            keywords=self.keywords(data.get("keywords"), f"{where}.keywords"),
            position=position,
            code=self.code(data, where),
        )
        self.themes.append(theme)
        return theme

    def theme_id(self, data: dict, where: str, path: str) -> str:
        if data.get("id") is None:
            return str(uuid.uuid5(ID_NAMESPACE, path))
        value = data["id"]
        if not isinstance(value, str) or not value.strip() or any(c.isspace() for c in value.strip()):
            raise self.fail(
                f"{where}.id", f"{value!r} is not an id (a UUID such as {uuid.uuid5(ID_NAMESPACE, path)})"
            )
        value = value.strip()
        if len(value) > 36:
            raise self.fail(
                f"{where}.id", f"'{value[:40]}…' is longer than an id may be (36 characters, a UUID)"
            )
        if value in self.ids:
            raise self.fail(f"{where}.id", f"'{value}' is already the id of {self.ids[value]}")
        self.ids[value] = where
        return value

    def codebook(self, data: Any, default_name: str) -> Codebook:
        if not isinstance(data, dict):
            raise self.fail(
                "", f"expected a codebook (a mapping with name and themes), got {_type_name(data)}"
            )
        self.check_keys(data, TOP_KEYS, "")
        if "format" in data and data["format"] != FORMAT_NAME:
            raise self.fail("format", f"{data['format']!r} is not '{FORMAT_NAME}'")
        version = data.get("version", FORMAT_VERSION)
        if isinstance(version, bool) or not isinstance(version, int):
            raise self.fail("version", f"expected a whole number, got {_type_name(version)}")
        if version != FORMAT_VERSION:
            raise self.fail(
                "version", f"version {version} is not readable by this version (reads {FORMAT_VERSION})"
            )
        name = self.text(data, "name", "") if data.get("name") is not None else ""
        name = name.strip() or default_name
        if "themes" not in data:
            raise self.fail("themes", "is missing (a codebook lists its themes under 'themes:')")
        self.theme_list(data["themes"], "themes", None, name)
        single = data.get("single_choice", False)
        if not isinstance(single, bool):
            raise self.fail("single_choice", f"expected true or false, got {_type_name(single)}")
        return Codebook(
            name=name,
            themes=tuple(self.themes),
            description=self.text(data, "description", ""),
            single_choice=single,
        )
