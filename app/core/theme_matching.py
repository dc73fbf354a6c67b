"""Matching the codes written in a spreadsheet to codebook themes: by path, by unique name, by number.

Rules (the same for the survey import's code columns and for `import-codings`):
- A code is first split into a path with the hierarchy separator, when one is given (`->`, `>`,
  `/`, `::` ...); the path written by Thematic's own exports, `Parent / Child`, is always understood.
- A path matches the theme whose names from the root are those parts (case-insensitive).
- A single name matches a theme of that name only when one theme has it. A name used under several
  parents is never matched alone: it is refused as ambiguous, listing the paths to write instead.
- A code of digits (or any code the codebook gives a theme with `code:`) matches that theme, as SPSS
  value labels do; a theme's code wins over a theme named like the number.
- Unknown codes are collected and refused together as one list, or created with `create`: a path
  creates its missing parents too.
- A child does not imply its parent when stored: `Parent->Child` stores the child only. Reports roll
  a child's answers up into its parent's count; agreement and exports compare themes as stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from app.core.models import Theme

EXPORT_SEPARATOR = " / "


class CodeMatchError(ValueError):
    """Codes that cannot be matched; str() is one line listing them."""


@dataclass
class PlannedTheme:
    """A theme to create because a code named it and creating was asked for."""

    id: str
    name: str
    parent_id: str | None


@dataclass
class ThemeMatcher:
    """Resolve code cells to theme ids against one codebook, collecting unknown and ambiguous codes."""

    themes: Sequence[Theme]
    separator: str | None = None
    create: bool = False
    new_id: object = None  # a callable returning fresh ids when themes are created
    planned: list[PlannedTheme] = field(default_factory=list)
    unknown: dict[str, int | None] = field(default_factory=dict)  # code -> first row it is on
    ambiguous: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        by_id = {t.id: t for t in self.themes}
        self._by_path: dict[tuple[str, ...], str] = {}
        self._by_name: dict[str, list[str]] = {}
        self._by_code: dict[str, str] = {}
        self._names: dict[str, tuple[str, ...]] = {}
        for theme in self.themes:
            path = self._path_of(theme, by_id)
            self._names[theme.id] = path
            self._by_path[tuple(p.casefold() for p in path)] = theme.id
            self._by_name.setdefault(theme.name.casefold(), []).append(theme.id)
            if theme.code:
                self._by_code[theme.code.casefold()] = theme.id

    @staticmethod
    def _path_of(theme: Theme, by_id: dict[str, Theme]) -> tuple[str, ...]:
        """Return the theme's names from the root down (cycle-safe)."""
        names, seen, current = [theme.name], {theme.id}, theme
        while current.parent_id in by_id and current.parent_id not in seen:
            current = by_id[current.parent_id]
            seen.add(current.id)
            names.append(current.name)
        return tuple(reversed(names))

    def path_text(self, theme_id: str) -> str:
        """Return a theme's path written with the separator (or ' / ')."""
        return (self.separator or EXPORT_SEPARATOR).join(self._names[theme_id])

    def split(self, code: str) -> tuple[str, ...]:
        """Split a code into its path parts."""
        text = code.strip()
        for sep in (self.separator, EXPORT_SEPARATOR):
            if sep and sep in text:
                parts = tuple(p.strip() for p in text.split(sep))
                if all(parts):
                    return parts
        return (text,)

    def resolve(self, code: str, row: int | None = None) -> str | None:
        """Return the theme id for a code, or None after noting it as unknown or ambiguous."""
        text = code.strip()
        folded = text.casefold()
        if folded in self._by_code:
            return self._by_code[folded]
        parts = self.split(text)
        key = tuple(p.casefold() for p in parts)
        if key in self._by_path:
            return self._by_path[key]
        if len(parts) == 1:
            found = self._by_name.get(key[0], [])
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                self.ambiguous[text] = sorted(self.path_text(t) for t in found)
                return None
        elif key[-1] in self._by_name and len(self._by_name[key[-1]]) == 1 and not self.separator:
            return self._by_name[key[-1]][0]  # "Parent / Child" of an export whose parent was renamed
        if not self.create:
            self.unknown.setdefault(text, row)
            return None
        return self._plan(parts)

    def _plan(self, parts: tuple[str, ...]) -> str:
        """Plan the themes of a path that are missing and return the id of its last one."""
        parent: str | None = None
        for depth in range(1, len(parts) + 1):
            key = tuple(p.casefold() for p in parts[:depth])
            if key not in self._by_path:
                if depth == 1 and len(parts) == 1 and self._by_name.get(key[0]):
                    break  # unreachable: a single known name resolved above
                theme_id = self.new_id()  # type: ignore[operator]
                self.planned.append(PlannedTheme(theme_id, parts[depth - 1], parent))
                self._by_path[key] = theme_id
                self._names[theme_id] = parts[:depth]
                self._by_name.setdefault(key[-1], []).append(theme_id)
            parent = self._by_path[key]
        return parent  # type: ignore[return-value]

    def check(self, source: str) -> None:
        """Raise one line naming every unknown and ambiguous code, if there were any."""
        problems = []
        if self.ambiguous:
            listed = "; ".join(
                f"{code!r} could be {' or '.join(paths)}" for code, paths in self.ambiguous.items()
            )
            problems.append(f"ambiguous codes (write the full path): {_cut(listed)}")
        if self.unknown:
            listed = ", ".join(
                f"{c!r} (row {row})" if row is not None else repr(c) for c, row in self.unknown.items()
            )
            problems.append(
                f"{len(self.unknown)} code(s) not in the codebook: {_cut(listed)} "
                "(add them to the codebook, or use --create-themes)"
            )
        if problems:
            raise CodeMatchError(f"{source}: " + "; ".join(problems))


def _cut(text: str, limit: int = 600) -> str:
    """Keep a listing to one readable line."""
    return text if len(text) <= limit else text[:limit] + " …"


def split_codes(cell: str, separator: str | None) -> list[str]:
    """Split a code cell into codes: on the given separator, else on ';', '|' and line breaks."""
    if separator:
        parts: Iterable[str] = cell.split(separator)
    else:
        parts = cell.replace("\r\n", "\n").replace("|", ";").replace("\n", ";").split(";")
    return [p.strip() for p in parts if p.strip()]
