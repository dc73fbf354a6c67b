"""Codebook files (YAML or JSON): read, validate with one-line errors, and write them back exactly.

The keys, limits and the validating reader live in `app.core.codebook_reader`; they are imported
here too, so `from app.core.codebook_io import ...` keeps working for all of them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from app.core.atomic_file import write_atomically
from app.core.codebook_reader import (
    FORMAT_NAME,
    FORMAT_VERSION,
    ID_NAMESPACE,
    MAX_CODE_CHARS,
    MAX_DEPTH,
    MAX_THEMES,
    PALETTE,
    THEME_KEYS,
    TOP_KEYS,
    CodebookError,
    CodebookReader,
)
from app.core.models import Codebook, Theme

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "ID_NAMESPACE",
    "MAX_CODE_CHARS",
    "MAX_DEPTH",
    "MAX_THEMES",
    "PALETTE",
    "THEME_KEYS",
    "TOP_KEYS",
    "CodebookError",
    "codebook_document",
    "dump_codebook",
    "dump_codebook_text",
    "format_for_path",
    "iter_tree",
    "load_codebook",
    "parse_codebook",
]


class _AliasRefused(Exception):
    """A YAML alias or over-deep nesting: refused, since aliases can expand a small file exponentially."""


class _LimitedLoader(yaml.SafeLoader):
    """The safe YAML loader without aliases (`*name`) and with a nesting limit."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise _AliasRefused(
                f"line {mark.line + 1}, column {mark.column + 1}: YAML aliases (*name) are not allowed "
                "in a codebook; write the themes out"
            )
        self._depth += 1
        if self._depth > 4 * MAX_DEPTH:
            mark = self.peek_event().start_mark
            raise _AliasRefused(
                f"line {mark.line + 1}: the YAML is nested more than {4 * MAX_DEPTH} levels deep"
            )
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _syntax_error(source: str, exc: Exception) -> CodebookError:
    if isinstance(exc, json.JSONDecodeError):
        return CodebookError(f"{source}: line {exc.lineno}, column {exc.colno}: JSON syntax error: {exc.msg}")
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or getattr(exc, "context", None) or str(exc)
    place = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
    return CodebookError(f"{source}: {place}YAML syntax error: {' '.join(str(problem).split())}")


def parse_codebook(text: str, source_name: str = "codebook", fmt: str = "yaml") -> Codebook:
    """Parse and validate codebook text (fmt 'yaml' or 'json'); errors name source_name and the place."""
    if fmt not in ("yaml", "json"):
        raise CodebookError(f"{source_name}: unknown codebook format {fmt!r} (use yaml or json)")
    try:
        data = json.loads(text) if fmt == "json" else yaml.load(text, Loader=_LimitedLoader)  # noqa: S506
    except _AliasRefused as exc:
        raise CodebookError(f"{source_name}: {exc}") from exc
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise _syntax_error(source_name, exc) from exc
    except RecursionError as exc:
        raise CodebookError(f"{source_name}: the file is nested too deeply to be a codebook") from exc
    except ValueError as exc:  # e.g. a number of thousands of digits (int conversion limit)
        raise CodebookError(
            f"{source_name}: a value cannot be read ({' '.join(str(exc).split())[:120]})"
        ) from exc
    if data is None:
        raise CodebookError(f"{source_name}: the file is empty")
    return CodebookReader(source_name).codebook(data, Path(source_name).stem or "codebook")


def format_for_path(path: str | Path) -> str:
    """Return 'json' for .json files and 'yaml' for .yaml/.yml, the two formats a codebook is kept in."""
    suffix = Path(path).suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in (".yaml", ".yml"):
        return "yaml"
    raise CodebookError(f"{Path(path).name}: a codebook file name ends in .yaml, .yml or .json")


def load_codebook(path: str | Path) -> Codebook:
    """Read a codebook file; themes come parents first, positions count siblings from 0."""
    path = Path(path)
    fmt = "json" if path.suffix.lower() == ".json" else "yaml"
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CodebookError(f"{path.name}: cannot read the file ({exc.strerror or exc})") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CodebookError(f"{path.name}: line {line}: not UTF-8 text (save the file as UTF-8)") from exc
    return parse_codebook(text, path.name, fmt)


def _children(codebook: Codebook) -> dict[str | None, list[Theme]]:
    ordered: dict[str | None, list[tuple[int, int, Theme]]] = {}
    for index, theme in enumerate(codebook.themes):
        ordered.setdefault(theme.parent_id, []).append((theme.position, index, theme))
    return {
        parent: [t for _, _, t in sorted(items, key=lambda x: x[:2])] for parent, items in ordered.items()
    }


def _theme_document(theme: Theme, children: dict[str | None, list[Theme]]) -> dict[str, Any]:
    doc: dict[str, Any] = {"id": theme.id, "name": theme.name}
    if theme.code:
        doc["code"] = (
            int(theme.code) if theme.code.isdigit() and theme.code == str(int(theme.code)) else theme.code
        )
    doc["color"] = theme.color
    optional = (
        ("definition", theme.definition),
        ("include", theme.inclusion),
        ("exclude", theme.exclusion),
        ("examples", list(theme.examples)),
        ("keywords", {lang: list(words) for lang, words in theme.keywords.items()}),
    )
    doc.update((key, value) for key, value in optional if value)
    kids = children.get(theme.id, [])
    if kids:
        doc["children"] = [_theme_document(child, children) for child in kids]
    return doc


def codebook_document(codebook: Codebook) -> dict[str, Any]:
    """Return the codebook as the nested plain data written to files (themes nested under parents)."""
    known = {theme.id for theme in codebook.themes}
    orphans = [t.name for t in codebook.themes if t.parent_id is not None and t.parent_id not in known]
    if orphans:
        raise CodebookError(f"{codebook.name}: theme '{orphans[0]}' has a parent that is not in the codebook")
    children = _children(codebook)
    reachable = sum(1 for _ in iter_tree(codebook))
    if reachable != len(codebook.themes):
        raise CodebookError(f"{codebook.name}: the themes' parents form a loop")
    doc: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "name": codebook.name}
    if codebook.description:
        doc["description"] = codebook.description
    if codebook.single_choice:
        doc["single_choice"] = True
    doc["themes"] = [_theme_document(theme, children) for theme in children.get(None, [])]
    return doc


def iter_tree(codebook: Codebook) -> Iterator[tuple[int, Theme]]:
    """Yield (depth, theme) in file order, parents before children, for listings and reports."""
    children = _children(codebook)

    def walk(parent: str | None, depth: int) -> Iterator[tuple[int, Theme]]:
        for theme in children.get(parent, []):
            yield depth, theme
            yield from walk(theme.id, depth + 1)

    yield from walk(None, 0)


def dump_codebook_text(codebook: Codebook, fmt: str = "yaml") -> str:
    """Return the codebook as YAML or JSON text that parse_codebook reads back to the same records."""
    doc = codebook_document(codebook)
    if fmt == "json":
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    if fmt != "yaml":
        raise CodebookError(f"{codebook.name}: unknown codebook format {fmt!r} (use yaml or json)")
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)


def dump_codebook(codebook: Codebook, path: str | Path) -> None:
    """Write a codebook file (YAML or JSON by suffix) atomically, so a crash never leaves half a file."""
    path = Path(path)
    text = dump_codebook_text(codebook, format_for_path(path))
    try:
        write_atomically(
            path, path.suffix, lambda tmp: Path(tmp).write_text(text, encoding="utf-8", newline="\n")
        )
    except OSError as exc:
        raise CodebookError(f"{path.name}: cannot write the file ({exc.strerror or exc})") from exc
