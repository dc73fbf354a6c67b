"""CSV and XLSX exports of the coded data for SPSS, R or Excel.

Layouts:
- wide: one row per answer: respondent id, response id, question, answer, one column per
  respondent attribute, `status` (decided / none / uncoded), then one 0/1 column per theme
  (sub-themes have their own columns). A sub-theme implies its parent, as in the report's counts
  and agreement (`theme_rollup`): a parent's column is 1 when the answer is coded with the parent
  or any of its sub-themes, so each column sums to the count the report prints. Theme cells are
  empty for answers not yet coded, so statistics packages read them as missing, not as 0.
- long: one row per coding: respondent id, question, response id, answer, theme, coder, origin.
  Each coder's "no theme applies" decision is a row with an empty theme and origin `none`; answers
  not yet coded have no row. `thematic import-codings` and `agreement --codings` read it back.

Safety and encoding:
- CSV is UTF-8 with a byte-order mark, so Excel opens Cyrillic and Kazakh text correctly.
- A text cell that starts with `=`, `+`, `-`, `@`, tab or carriage return is prefixed with `'`
  so spreadsheets show it instead of running it as a formula (also numbers like "-5" in text
  columns; the apostrophe is visible in the exported value).
- XLSX cells are written as strings (never formulas or error values) and neutralised the same
  way, so a copy saved from Excel as CSV stays safe. Characters XML cannot hold (control
  characters other than tab, newline and carriage return) become U+FFFD, and cells are cut to
  Excel's limit of 32,767 characters.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from app.core.atomic_file import write_atomically
from app.core.models import Coding, Question, Respondent, Response, Theme
from app.core.report_counts import theme_tree_order
from app.core.theme_rollup import RollUp

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
XLSX_CELL_LIMIT = 32767
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
LAYOUTS = ("wide", "long")


class ExportError(ValueError):
    """An export cannot be written (unknown layout, unwritable path)."""


@dataclass(frozen=True)
class ExportData:
    """The coded data to export; `coded` as in ReportData, `codings` for the long layout."""

    questions: Sequence[Question]
    themes: Sequence[Theme]
    respondents: Sequence[Respondent]
    responses: Sequence[Response]
    coded: Mapping[str, frozenset[str]]
    codings: Sequence[Coding] = ()
    coder_names: Mapping[str, str] = field(default_factory=dict)
    attribute_names: Sequence[str] | None = None
    spans: Mapping[tuple[str, str, str], Sequence[tuple[int, int]]] = field(default_factory=dict)
    """(response id, theme id, coder id) -> coded spans: code points, end exclusive."""
    none_decisions: Sequence[tuple[str, str]] | None = None  # (response id, coder name): "no theme applies"


def neutralise(value: str) -> str:
    """Prefix text that a spreadsheet would run as a formula with an apostrophe."""
    return "'" + value if value.startswith(FORMULA_TRIGGERS) else value


def _attribute_names(data: ExportData) -> list[str]:
    """Return the attribute columns: as given, else every attribute name in first-seen order."""
    if data.attribute_names is not None:
        return list(data.attribute_names)
    names: dict[str, None] = {}
    for r in data.respondents:
        names.update(dict.fromkeys(r.attributes))
    return list(names)


def theme_columns(themes: Sequence[Theme]) -> list[tuple[str, str]]:
    """Return (theme id, unique column name) in codebook order; sub-themes are 'Parent / Child'."""
    by_id = {t.id: t for t in themes}
    used: set[str] = set()
    out = []
    for t, depth in theme_tree_order(themes):
        name = f"{by_id[t.parent_id].name} / {t.name}" if depth and t.parent_id in by_id else t.name
        base, k = name, 2
        while name.casefold() in used:
            name, k = f"{base} ({k})", k + 1
        used.add(name.casefold())
        out.append((t.id, name))
    return out


def wide_rows(data: ExportData) -> Iterator[list[object]]:
    """Yield the wide layout: header, then one row per answer (themes as 1/0, empty if uncoded)."""
    attrs = _attribute_names(data)
    cols = theme_columns(data.themes)
    respondents = {r.id: r for r in data.respondents}
    questions = {q.id: q for q in data.questions}
    yield ["respondent_id", "response_id", "question", "answer", *attrs, "status", *(n for _, n in cols)]
    rollup = RollUp(data.themes)
    empty: dict[str, str] = {}
    for resp in data.responses:
        person = respondents.get(resp.respondent_id)
        values = person.attributes if person else empty
        themes = data.coded.get(resp.id)
        if themes is None:
            status, flags = "uncoded", [None] * len(cols)
        else:
            status = "decided" if themes else "none"
            implied = rollup.implied(themes)
            flags = [1 if tid in implied else 0 for tid, _ in cols]
        q = questions.get(resp.question_id)
        yield [
            person.external_id if person else resp.respondent_id,
            resp.id,
            q.key if q else resp.question_id,
            resp.text,
            *(values.get(a, "") for a in attrs),
            status,
            *flags,
        ]


def long_rows(data: ExportData) -> Iterator[list[object]]:
    """Yield the long layout: one row per coding (from `codings`, else `coded`), then one per 'no theme' decision."""
    respondents = {r.id: r for r in data.respondents}
    questions = {q.id: q for q in data.questions}
    responses = {r.id: r for r in data.responses}
    names = dict(theme_columns(data.themes))
    yield [
        "respondent_id",
        "question",
        "response_id",
        "answer",
        "theme",
        "coder",
        "origin",
        "spans",
        "span_text",
    ]
    rank = {tid: i for i, tid in enumerate(names)}
    codings: Sequence[Coding] | Iterator[Coding] = data.codings or (
        Coding(rid, tid, "")
        for rid, tids in data.coded.items()
        for tid in sorted(tids, key=lambda t: rank.get(t, len(rank)))
    )
    for c in codings:
        resp = responses.get(c.response_id)
        if resp is None or c.theme_id not in names:
            continue
        person = respondents.get(resp.respondent_id)
        q = questions.get(resp.question_id)
        origin = c.origin.value if hasattr(c.origin, "value") else str(c.origin)
        spans = data.spans.get((c.response_id, c.theme_id, c.coder_id), ())
        yield [
            person.external_id if person else resp.respondent_id,
            q.key if q else resp.question_id,
            resp.id,
            resp.text,
            names[c.theme_id],
            data.coder_names.get(c.coder_id, c.coder_id),
            origin if data.codings else "",
            ";".join(f"{a}:{b}" for a, b in spans),
            " … ".join(resp.text[a:b] for a, b in spans),
        ]
    if data.none_decisions is not None:  # each coder's "no theme applies", so the file imports back exactly
        for rid, coder in data.none_decisions:
            resp = responses.get(rid)
            if resp is None:
                continue
            person = respondents.get(resp.respondent_id)
            q = questions.get(resp.question_id)
            yield [
                person.external_id if person else resp.respondent_id,
                q.key if q else resp.question_id,
                resp.id,
                resp.text,
                "",
                coder,
                "none",
            ]
        return
    for rid, tids in data.coded.items():  # "no theme applies" decisions: a row with an empty theme
        resp = responses.get(rid)
        if tids or resp is None:
            continue
        person = respondents.get(resp.respondent_id)
        q = questions.get(resp.question_id)
        yield [
            person.external_id if person else resp.respondent_id,
            q.key if q else resp.question_id,
            resp.id,
            resp.text,
            "",
            "",
            "none",
            "",
            "",
        ]


def _rows(data: ExportData, layout: str) -> Iterator[list[object]]:
    """Return the row iterator for a layout name, or raise ExportError."""
    if layout == "wide":
        return wide_rows(data)
    if layout == "long":
        return long_rows(data)
    raise ExportError(f"unknown export layout {layout!r}: expected one of {', '.join(LAYOUTS)}")


def write_csv(
    data: ExportData, path: str | os.PathLike[str], layout: str = "wide", delimiter: str = ","
) -> None:
    """Write one layout as UTF-8-with-BOM CSV, formula-like text neutralised."""
    rows = _rows(data, layout)

    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh, delimiter=delimiter)
            for row in rows:
                out.writerow(["" if v is None else neutralise(v) if isinstance(v, str) else v for v in row])

    write_atomically(path, ".csv", write)


def xlsx_text(value: str) -> str:
    """Return text safe for an XLSX cell: neutralised, XML-legal, within Excel's length limit."""
    value = neutralise(value)
    if _XML_ILLEGAL.search(value):
        value = _XML_ILLEGAL.sub("\ufffd", value)
    return value[:XLSX_CELL_LIMIT]


def _xlsx_row(ws: Any, row: list[object]) -> list[object]:
    """Convert a row for openpyxl: every str becomes a cell explicitly typed as text."""
    out: list[object] = []
    for v in row:
        if isinstance(v, str):
            cell = WriteOnlyCell(ws, value=xlsx_text(v))
            cell.data_type = "s"  # never a formula ('=...') or an error value ('#N/A')
            out.append(cell)
        else:
            out.append(v)
    return out


def write_xlsx(data: ExportData, path: str | os.PathLike[str], layouts: Sequence[str] = LAYOUTS) -> None:
    """Write the layouts as sheets of one workbook (write-only mode), plus a Themes sheet."""
    for layout in layouts:
        _rows(data, layout)  # validates the names before anything is written

    def write(tmp: str) -> None:
        wb = Workbook(write_only=True)
        for layout in layouts:
            ws = wb.create_sheet(layout)
            ws.freeze_panes = "A2"
            for row in _rows(data, layout):
                ws.append(_xlsx_row(ws, row))
        ws = wb.create_sheet("themes")
        ws.append(_xlsx_row(ws, ["column", "theme_id", "parent", "definition", "inclusion", "exclusion"]))
        by_id = {t.id: t for t in data.themes}
        for tid, column in theme_columns(data.themes):
            t = by_id[tid]
            parent = by_id[t.parent_id].name if t.parent_id in by_id else ""
            ws.append(_xlsx_row(ws, [column, tid, parent, t.definition, t.inclusion, t.exclusion]))
        wb.save(tmp)

    write_atomically(path, ".xlsx", write)
