"""Groups of SPSS variables that hold codes: Thematic's own theme variables and SPSS multiple-response sets.

Found when an SPSS file is read (`app.core.spss_file`), kept on the table (`SpssTable.code_sets`)
and turned into a coder's codes by `app.core.spss_codes`:
- Thematic's `export --sav` (its documents name the coding variables): per question P the
  variables `P_status`, `P_T1` ... `P_Tn` and, when needed, `P_parents`. A theme variable's code
  is the theme's path, from its label "KEY: Parent / Theme" (KEY from `P_status`'s label "KEY:
  coding status"), or from the documents' "Tk = path" line when the label was cut to the format's
  256 bytes. The coder is the documents' "Coded by: NAME" line; a union of several coders' themes
  (or a file from an older version) names none, so `--coder-column 'P_T*=NAME'` says whose it is.
- Multiple-response sets in the file's dictionary (MRSETS): a multiple-dichotomy set counts each
  variable whose value is the set's counted value, its code being the variable's label (else its
  name); a multiple-category set is a group of code columns whose value labels are the codes.
  The file names no coder: `--coder-column '$SET=NAME'` maps the set to one.
- Any numeric variable whose values are all 0 or 1 is a dichotomy (`SpssTable.dichotomies`), so
  `--coder-column 'c_*=NAME'` over such variables reads 1 as "coded with the variable's label".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from app.core.survey_file import SurveyTable

CODING_NOTE = "Thematic coding variables:"  # documents line written by spss_export, then the names
CODED_BY = "Coded by: "  # documents line naming the one coder whose coding the file holds
UNION_OF = "The union of the themes of these coders:"  # then one line per coder
STATUS_SUFFIX, PARENTS_SUFFIX = "_status", "_parents"
STATUS_LABEL_END = ": coding status"
NOTE_BYTES, LABEL_BYTES = 80, 256  # what the export cuts documents lines and variable labels to
THEMATIC, DICHOTOMY, CATEGORIES = "thematic", "dichotomy", "categories"
_THEME_LINE = re.compile(r"T(\d+) = (.+)")
_NOTE_NAMES = re.compile(r"\S+")


@dataclass(frozen=True)
class ThemeVariable:
    """One variable of a code set: its column, the code it stands for and the cell text that counts."""

    header: str
    code: str
    counted: str
    number: int = 0  # k of Thematic's P_Tk


@dataclass(frozen=True)
class CodeSet:
    """Variables that together hold one coding of one question's answers."""

    name: str  # the MR set's name with its "$", or the prefix P of Thematic's variables
    label: str
    kind: str  # THEMATIC, DICHOTOMY or CATEGORIES
    variables: tuple[ThemeVariable, ...]
    question: str | None = None  # the answer variable, when the file says which (Thematic's export)
    coder: str | None = None  # the coder the file names (Thematic's export of one coder)
    status: str | None = None  # Thematic's P_status
    no_theme: str = ""  # the P_status cell text of "no theme applies"
    parents: str | None = None  # Thematic's P_parents

    def headers(self) -> list[str]:
        """Every column the set takes: its variables, status and parents."""
        extra = [h for h in (self.status, self.parents) if h]
        return [v.header for v in self.variables] + extra


@dataclass(frozen=True)
class SpssTable(SurveyTable):
    """A survey table read from an SPSS file, with the code sets and dichotomies its dictionary shows."""

    code_sets: tuple[CodeSet, ...] = ()
    dichotomies: Mapping[str, str] = field(default_factory=dict)  # header -> cell text of value 1
    parts: Mapping[str, tuple[str, int]] = field(default_factory=dict)  # `app.core.spss_parts`


def coding_variables(notes: Sequence[str]) -> set[str]:
    """Names listed after Thematic's coding note in a file's documents (its own export's codings)."""
    return set(listed_after(notes, CODING_NOTE))


def listed_after(notes: Sequence[str], note: str) -> list[str]:
    """The words of the documents after a note line, up to the first line not indented."""
    words: list[str] = []
    listing = False
    for line in notes:
        if line.startswith(note):
            listing, line = True, line[len(note) :]
        elif listing and not line.startswith(" "):
            listing = False
        if listing:
            words += _NOTE_NAMES.findall(line)
    return words


def coded_by(notes: Sequence[str]) -> str | None:
    """The one coder a Thematic export names, unless the line was cut (then nobody is guessed)."""
    for line in notes:
        if line.startswith(CODED_BY) and len(line.encode("utf-8")) < NOTE_BYTES:
            return line[len(CODED_BY) :].strip() or None
    return None


def _whole_theme_lines(notes: Sequence[str]) -> dict[int, str]:
    """The documents' "Tk = path" lines that were not cut."""
    found = {}
    for line in notes:
        match = _THEME_LINE.fullmatch(line)
        if match and len(line.encode("utf-8")) < NOTE_BYTES:
            found[int(match.group(1))] = match.group(2)
    return found


def thematic_sets(
    headers: Sequence[str],
    labels: Mapping[str, str],
    notes: Sequence[str],
    counted: Mapping[str, str],
    no_theme: Mapping[str, str],
) -> list[CodeSet]:
    """Thematic's own theme variables, one set per question (see the module's doc)."""
    coding = coding_variables(notes)
    if not coding:
        return []
    coder, paths, present = coded_by(notes), _whole_theme_lines(notes), set(headers)
    sets = []
    for status in headers:
        prefix = status[: -len(STATUS_SUFFIX)]
        if status not in coding or not status.endswith(STATUS_SUFFIX) or prefix not in present:
            continue
        status_label = labels.get(status, "")
        key = status_label[: -len(STATUS_LABEL_END)] if status_label.endswith(STATUS_LABEL_END) else None
        theme_name = re.compile(re.escape(prefix) + r"_T(\d+)")
        variables = []
        for header in headers:
            match = theme_name.fullmatch(header)
            if header not in coding or not match:
                continue
            number, label = int(match.group(1)), labels.get(header, "")
            own = label[len(key) + 2 :] if key is not None and label.startswith(f"{key}: ") else ""
            if not own or len(label.encode("utf-8")) >= LABEL_BYTES:
                own = paths.get(number, own)
            variables.append(ThemeVariable(header, own or label or header, counted.get(header, "1"), number))
        parents = f"{prefix}{PARENTS_SUFFIX}"
        sets.append(
            CodeSet(
                name=prefix,
                label=labels.get(prefix, prefix),
                kind=THEMATIC,
                variables=tuple(variables),
                question=prefix,
                coder=coder,
                status=status,
                no_theme=no_theme.get(status, "2"),
                parents=parents if parents in coding and parents in present else None,
            )
        )
    return sets


def response_sets(
    mr_sets: Mapping[str, Mapping], labels: Mapping[str, str], counted_text, headers: Sequence[str]
) -> list[CodeSet]:
    """The file's multiple-response sets; `counted_text(header, value)` is a value's cell text."""
    sets = []
    for name, info in (mr_sets or {}).items():
        members = [h for h in info.get("variable_list", []) if h in headers]
        if not members:
            continue
        dichotomy = bool(info.get("is_dichotomy")) or info.get("type") in ("D", "E")
        value = info.get("counted_value")
        variables = tuple(
            ThemeVariable(h, labels.get(h) or h, counted_text(h, value) if dichotomy else "") for h in members
        )
        sets.append(
            CodeSet(
                name="$" + str(name).lstrip("$"),
                label=str(info.get("label") or name),
                kind=DICHOTOMY if dichotomy else CATEGORIES,
                variables=variables,
            )
        )
    return sets


def code_sets_of(table: SurveyTable) -> tuple[CodeSet, ...]:
    """The code sets a table carries (none for a table not read from an SPSS file)."""
    return table.code_sets if isinstance(table, SpssTable) else ()
