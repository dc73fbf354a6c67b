"""The coded data as an SPSS data file (.sav, or compressed .zsav) that SPSS, PSPP and R's haven open.

Layout (one case per respondent, so themes cross-tabulate with attributes directly):
- `respondent_id` (string), then one variable per respondent attribute: numeric when every value
  is a number, else string; the variable label is the attribute's name.
- Names: a header that is a valid SPSS name (of at most 40 bytes) is kept; others
  are shortened to their words ("12. What is your age?" -> `q12_What_is_your_age`), numbered
  when taken. The variable label keeps the original.
- Per question, in the project's order, with prefix P (its name as above):
  - `P`: the answer text (string); variable label: the full question text. When respondents gave
    several answers to the question (a long survey), each part k > 1 is a block of its own, `P_k`,
    `P_k_status`, `P_k_T1`… labelled as block 1 with " (part k)" (`app.core.spss_parts`).
  - `P_status`: 1 "coded with themes", 2 "no theme applies", 3 "not yet coded"; system-missing
    when the respondent did not answer.
  - `P_T1`, `P_T2`, ...: one 0/1 variable per theme in codebook order (Tk is the same theme for
    every question); 1 when the answer (any of the respondent's answers) is coded with that
    theme or one of its sub-themes (the report's roll-up rule, `theme_rollup`, so a variable's
    sum is the count the report prints), 0 when decided without it, system-missing when not
    yet coded or not answered. Value labels 0 "No", 1 "Yes"; variable label
    "P: Parent / Theme". In SPSS, Analyze > Multiple Response > Define Variable Sets over P_T1...
    P_Tn with counted value 1 gives the theme counts of a question.
  - `P_parents` (string), only when some answer needs it: the parents ("T2 T5") coded themselves
    as well as one of their own sub-themes, which the roll-up alone cannot tell from a parent
    counted through its sub-theme; with it the codings read back exactly.
- The file's documents (DISPLAY DOCUMENTS) say this, list "Tk = theme", say whose coding it is
  ("Coded by: NAME" for one coder) and name the coding variables, so `thematic import` of the file
  reads the survey back and the theme variables as that coder's codings (`app.core.spss_sets`).
- SPSS pads strings with spaces, so an answer's trailing spaces do not survive a round trip.
- Limits of the format: names of at most 64 bytes, unique ignoring case, not reserved words;
  variable labels are cut to 256 bytes, value labels to 120 bytes, strings to 32,767 bytes.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.core.atomic_file import write_atomically
from app.core.export import ExportData, theme_columns
from app.core.spss_parts import part_label, parts_documents
from app.core.spss_sets import CODED_BY, CODING_NOTE, PARENTS_SUFFIX, UNION_OF
from app.core.theme_rollup import RollUp

INSTALL_HINT = "install thematic[spss] to write SPSS files (pip install 'thematic[spss]')"
RESERVED = {"ALL", "AND", "BY", "EQ", "GE", "GT", "LE", "LT", "NE", "NOT", "OR", "TO", "WITH"}
MAX_NAME_BYTES, MAX_PREFIX_BYTES = 64, 40
MAX_LABEL_BYTES, MAX_VALUE_LABEL_BYTES, MAX_STRING_BYTES, NOTE_BYTES = 256, 120, 32767, 80
CODED, NO_THEME, UNCODED = 1.0, 2.0, 3.0
STATUS_LABELS = {CODED: "coded with themes", NO_THEME: "no theme applies", UNCODED: "not yet coded"}
YES_NO = {0.0: "No", 1.0: "Yes"}
_VALID = re.compile(r"[^\W\d_][\w.@#$]*")
_INVALID_CHARS = re.compile(r"[^\w.@#$]+")
_NUMBER = re.compile(r"[+-]?(0|[1-9]\d*)([.,]\d+)?")


class SpssExportError(ValueError):
    """The SPSS file cannot be written (library missing or refusing); one line."""


@dataclass
class Variable:
    """One SPSS variable: its values (None = missing) and dictionary entries."""

    name: str
    label: str
    values: list
    numeric: bool
    value_labels: dict[float, str] = field(default_factory=dict)
    measure: str = "nominal"
    format: str | None = None
    coding: bool = False  # a status or theme variable: listed in the documents, ignored on import
    part_of: str | None = None  # the answer variable of the question whose later answers this one holds


def _cut(text: str, limit: int) -> str:
    """Cut text to at most `limit` UTF-8 bytes without splitting a character."""
    data = text.encode("utf-8")
    return text if len(data) <= limit else data[:limit].decode("utf-8", errors="ignore")


class _Names:
    """Hands out valid SPSS variable names, unique ignoring case."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def take(self, wanted: str) -> str:
        """Return `wanted` made valid and unique (a number appended when taken)."""
        name = _INVALID_CHARS.sub("_", wanted.strip()).strip("_.") or "v"
        if not _VALID.fullmatch(name):
            name = "v" + name
        name = _cut(name, MAX_NAME_BYTES - 4)
        candidate, n = name, 2
        while candidate.upper() in self.used or candidate.upper() in RESERVED:
            candidate, n = f"{name}_{n}", n + 1
        self.used.add(candidate.upper())
        return candidate


_LEADING_NUMBER = re.compile(r"\s*(?:[qQ]\s*)?(\d+)[.):\s-]*")
_WORD = re.compile(r"[^\W_]+")


def readable_name(text: str, limit: int = MAX_PREFIX_BYTES) -> str:
    """A short SPSS name for a header: kept when valid, else its words ("12. Your age?" -> q12_Your_age)."""
    if valid_name(text, limit):
        return text
    number = _LEADING_NUMBER.match(text)
    name = f"q{number.group(1)}" if number else ""
    for word in _WORD.findall(text[number.end() :] if number else text):
        longer = f"{name}_{word}" if name else word
        if len(longer.encode("utf-8")) > limit:
            break
        name = longer
    if not name:
        name = _cut(_WORD.findall(text)[0], limit) if _WORD.findall(text) else "v"
    return name if _VALID.fullmatch(name) else "v" + name


def valid_name(name: str, limit: int = MAX_NAME_BYTES) -> bool:
    """Tell whether a name can be an SPSS variable name as it is."""
    return (
        bool(_VALID.fullmatch(name))
        and not name.endswith(".")
        and len(name.encode("utf-8")) <= limit
        and name.upper() not in RESERVED
    )


def _attribute(names: _Names, attribute: str, values: list[str]) -> Variable:
    """An attribute variable: numeric when every filled value is a number, else string."""
    filled = [v.strip() for v in values if v.strip()]
    name = names.take(readable_name(attribute))
    if filled and all(_NUMBER.fullmatch(v) for v in filled):
        numbers = [float(v.strip().replace(",", ".")) if v.strip() else None for v in values]
        decimals = max((len(v.replace(",", ".").partition(".")[2]) for v in filled), default=0)
        return Variable(
            name, attribute, numbers, True, measure="scale", format=f"F{12 + decimals}.{decimals}"
        )
    return Variable(name, attribute, [_cut(v, MAX_STRING_BYTES) for v in values], False)


def sav_variables(data: ExportData) -> list[Variable]:
    """Lay the coded data out as SPSS variables, one case per respondent (see the module's doc)."""
    names = _Names()
    people = list(data.respondents)
    row = {r.id: i for i, r in enumerate(people)}
    variables = [
        Variable(names.take("respondent_id"), "Respondent id", [r.external_id for r in people], False)
    ]
    attributes = list(data.attribute_names) if data.attribute_names is not None else []
    if data.attribute_names is None:
        attributes = list(dict.fromkeys(a for r in people for a in r.attributes))
    for attribute in attributes:
        variables.append(_attribute(names, attribute, [r.attributes.get(attribute, "") for r in people]))
    themes = theme_columns(data.themes)
    rollup = RollUp(data.themes)
    by_question: dict[str, list] = {q.id: [] for q in data.questions}
    for response in data.responses:
        if response.question_id in by_question and response.respondent_id in row:
            by_question[response.question_id].append(response)
    for question in sorted(data.questions, key=lambda q: q.position):
        prefix = names.take(readable_name(question.key))
        for part, responses in enumerate(_parts(by_question[question.id]), start=1):
            name = prefix if part == 1 else names.take(f"{prefix}_{part}")
            block = _question_variables(data, names, name, question, part, responses, row, themes, rollup)
            block[0].part_of = prefix if part > 1 else None
            variables += block
    return variables


def _parts(responses: list) -> list[list]:
    """Each respondent's first answers, second answers, …: one block of variables per part."""
    blocks: list[list] = [[]]
    seen: dict[str, int] = {}
    for response in responses:
        k = seen[response.respondent_id] = seen.get(response.respondent_id, 0) + 1
        if k > len(blocks):
            blocks.append([])
        blocks[k - 1].append(response)
    return blocks


def _question_variables(
    data, names, prefix, question, part, responses, row, themes, rollup
) -> list[Variable]:
    """The answer text, status and one 0/1 variable per theme of one part of one question."""
    size = len(row)
    key = part_label(question.key, part)
    texts: list[list[str]] = [[] for _ in range(size)]
    decided: list[list[frozenset[str] | None]] = [[] for _ in range(size)]
    for response in responses:
        i = row[response.respondent_id]
        texts[i].append(response.text)
        decided[i].append(data.coded.get(response.id))
    status: list[float | None] = []
    union: list[frozenset[str] | None] = []
    number = {theme_id: k for k, (theme_id, _) in enumerate(themes, start=1)}
    parents: list[str] = []
    for parts in decided:
        themes_of = frozenset().union(*(p for p in parts if p))
        parents.append(" ".join(f"T{number[t]}" for t in _parents_coded_too(themes_of, rollup, number)))
        if not parts:
            status.append(None)
            union.append(None)
        elif themes_of:
            status.append(CODED)
            union.append(rollup.implied(themes_of))
        elif all(p is not None for p in parts):
            status.append(NO_THEME)
            union.append(frozenset())
        else:
            status.append(UNCODED)
            union.append(None)
    variables = [
        Variable(
            prefix,
            part_label(question.text or question.key, part),
            [_cut("\n\n".join(t), MAX_STRING_BYTES) for t in texts],
            False,
        ),
        Variable(
            names.take(f"{prefix}_status"),
            f"{key}: coding status",
            status,
            True,
            dict(STATUS_LABELS),
            format="F1.0",
            coding=True,
        ),
    ]
    for k, (theme_id, path) in enumerate(themes, start=1):
        values = [None if u is None else float(theme_id in u) for u in union]
        variables.append(
            Variable(
                names.take(f"{prefix}_T{k}"),
                f"{key}: {path}",
                values,
                True,
                dict(YES_NO),
                "nominal",
                "F1.0",
                True,
            )
        )
    if any(parents):
        variables.append(
            Variable(
                names.take(f"{prefix}{PARENTS_SUFFIX}"),
                f"{key}: parent themes coded themselves as well as a sub-theme",
                parents,
                False,
                coding=True,
            )
        )
    return variables


def _parents_coded_too(chosen: frozenset[str], rollup: RollUp, number: dict[str, int]) -> list[str]:
    """The chosen themes that a chosen sub-theme implies anyway, in codebook order."""
    below = {a for t in chosen for a in rollup.chains.get(t, (t,))[1:]}
    return sorted((t for t in chosen if t in below and t in number), key=number.__getitem__)


def documents(
    variables: Sequence[Variable], themes: Sequence[tuple[str, str]], title: str, coders: Sequence[str] = ()
) -> list[str]:
    """The file's documents: what the layout is, Tk = theme, whose coding, and the coding variables' names."""
    lines = [
        f"Thematic coded data, exported {dt.date.today().isoformat()}:",
        title,
        "One case per respondent. Per question P: P = answer text, P_status =",
        "1 coded with themes, 2 no theme applies, 3 not yet coded; P_Tk = 1 when",
        "coded with theme k, 0 when not, missing when not coded or not answered.",
        *(f"T{k} = {path}" for k, (_, path) in enumerate(themes, start=1)),
    ]
    if len(coders) == 1:
        lines.append(f"{CODED_BY}{coders[0]}")
    elif coders:
        lines += [UNION_OF, *(f" {name}" for name in coders)]
    coding = [v.name for v in variables if v.coding]
    lines.append(CODING_NOTE)
    line = ""
    for name in coding:
        if len((line + " " + name).encode("utf-8")) > NOTE_BYTES - 1:
            lines.append(line)
            line = ""
        line += " " + name
    if line:
        lines.append(line)
    lines += parts_documents({v.name: v.part_of for v in variables if v.part_of})
    return [_cut(text, NOTE_BYTES) for text in lines]


def write_sav(
    data: ExportData, path: str | os.PathLike[str], title: str = "", coders: Sequence[str] = ()
) -> None:
    """Write the coded data as .sav (or .zsav, compressed), atomically; `coders` made the coding."""
    try:
        import pandas as pd
        import pyreadstat
    except ImportError:
        raise SpssExportError(INSTALL_HINT) from None
    variables = sav_variables(data)
    frame = pd.DataFrame(
        {
            v.name: pd.Series(v.values, dtype="float64") if v.numeric else pd.Series(v.values, dtype="object")
            for v in variables
        }
    )
    options = {
        "file_label": _cut(f"Thematic: {title}", 64),
        "column_labels": {v.name: _cut(v.label, MAX_LABEL_BYTES) for v in variables},
        "variable_value_labels": {
            v.name: {value: _cut(text, MAX_VALUE_LABEL_BYTES) for value, text in v.value_labels.items()}
            for v in variables
            if v.value_labels
        },
        "variable_measure": {v.name: v.measure for v in variables},
        "variable_format": {v.name: v.format for v in variables if v.format},
        "note": documents(variables, theme_columns(data.themes), title, coders),
        "compress": Path(path).suffix.lower() == ".zsav",
    }
    suffix = Path(path).suffix.lower() or ".sav"

    def write(tmp: str) -> None:
        try:
            pyreadstat.write_sav(frame, tmp, **options)
        except Exception as exc:  # the library's own error types; one line for the user
            raise SpssExportError(f"{path}: cannot write the SPSS file ({str(exc)[:160]})") from exc

    write_atomically(path, suffix, write)
