"""The code sets of an SPSS file as a coder's codes: for the survey import and for `import-codings`.

Which sets are read, and as whose codes:
- Thematic's own theme variables, as the coder the file names ("Coded by: NAME"), or as the
  coder `--coder-column` gives for any of their variables (`'why_T*=ann'`);
- a multiple-response set mapped with `--coder-column '$SET=NAME'` (or its name without `$`);
- numeric 0/1 variables mapped with `--coder-column` (every matched variable a dichotomy);
  mappings over other variables stay ordinary code columns (their value labels are the codes,
  as in a multiple-category set).
What a case gives (only for an answer that is there):
- Thematic's variables: status "no theme applies" is that decision; theme variables all missing
  is "not yet coded"; else the counted themes without those a counted sub-theme implies (the
  export's roll-up undone), plus the parents `P_parents` lists: exactly the themes the coder chose.
- a dichotomy set: every variable missing is "not yet coded"; none counted is "no theme applies";
  else the counted variables' codes. A multiple-category set: its cells' value labels, blank = not coded.
A set belongs to the question its file names, else to the one open question, else to the open
question whose text or key is the set's label; otherwise the import is refused in one line.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Mapping, Sequence
from dataclasses import replace

from app.core.spss_sets import (
    CATEGORIES,
    DICHOTOMY,
    LABEL_BYTES,
    STATUS_LABEL_END,
    THEMATIC,
    CodeSet,
    SpssTable,
    ThemeVariable,
)
from app.core.survey_file import SurveyFileError, SurveyTable, cell

NO_THEME = ""  # the code of the decision "no theme applies"


def _matches(pattern: str, header: str) -> bool:
    """The survey import's column rule: '*' patterns ignore case, plain names are exact."""
    if "*" in pattern:
        return fnmatch.fnmatchcase(header.casefold(), pattern.casefold())
    return header == pattern


def mapped_sets(table: SurveyTable, coder_columns: Mapping[str, str]) -> tuple[dict[str, str], list]:
    """Split `--coder-column` mappings into (those left for plain code columns, [(set, coder)])."""
    if not isinstance(table, SpssTable):
        return dict(coder_columns), []
    left: dict[str, str] = {}
    chosen: dict[str, tuple[CodeSet, str]] = {}
    by_name = {s.name.casefold(): s for s in table.code_sets if s.kind != THEMATIC}
    for pattern, coder in coder_columns.items():
        coder = coder.strip()
        named = by_name.get(pattern.casefold()) or by_name.get("$" + pattern.casefold())
        if named is not None:
            chosen[named.name] = (named, coder)
            continue
        found = [h for h in table.headers if _matches(pattern, h)]
        own = [s for s in table.code_sets if s.kind == THEMATIC and found and set(found) <= set(s.headers())]
        if own:
            chosen[own[0].name] = (own[0], coder)
        elif found and all(h in table.dichotomies for h in found):
            variables = tuple(
                ThemeVariable(h, table.question_texts.get(h) or h, table.dichotomies[h]) for h in found
            )
            chosen[pattern] = (CodeSet(pattern, pattern, DICHOTOMY, variables), coder)
        else:
            left[pattern] = coder
    for own in table.code_sets:
        if own.kind == THEMATIC and own.coder and own.name not in chosen:
            chosen[own.name] = (own, own.coder)
    return left, list(chosen.values())


def set_columns(table: SurveyTable, coder_columns: Mapping[str, str]) -> dict[str, str]:
    """Each column a code set takes -> its coder, for role proposals and previews."""
    return {h: coder for s, coder in mapped_sets(table, coder_columns)[1] for h in s.headers()}


def options_without_sets(table: SurveyTable, options):
    """The survey options with the mappings that name code sets taken out (left for plain columns)."""
    left, _ = mapped_sets(table, options.coder_columns)
    return options if left == dict(options.coder_columns) else replace(options, coder_columns=left)


def codes_of_case(code_set: CodeSet, row: list[str], index: Mapping[str, int]) -> list[str] | None:
    """One case's codes in a set: None = not yet coded, [NO_THEME] = no theme applies."""
    if code_set.kind == CATEGORIES:
        found = [cell(row, index[v.header]).strip() for v in code_set.variables]
        return list(dict.fromkeys(c for c in found if c)) or None
    cells = [cell(row, index[v.header]) for v in code_set.variables]
    if code_set.status and cell(row, index[code_set.status]) == code_set.no_theme:
        return [NO_THEME]
    if all(not c.strip() for c in cells):
        return None
    counted = [v for v, c in zip(code_set.variables, cells) if c == v.counted]
    if code_set.kind == THEMATIC:
        counted = [v for v in counted if not any(w.code.startswith(v.code + " / ") for w in counted)]
        listed = set(cell(row, index[code_set.parents]).split()) if code_set.parents else set()
        counted += [v for v in code_set.variables if f"T{v.number}" in listed and v not in counted]
    return [v.code for v in counted] or [NO_THEME]


def set_question(code_set: CodeSet, questions: Sequence[tuple[str, str]], path: str) -> str | None:
    """The key of the open question a set codes, out of (key, text) pairs; refused when unclear."""
    keys = [key for key, _ in questions]
    if code_set.question is not None:
        return code_set.question if code_set.question in keys else None
    if len(keys) == 1:
        return keys[0]
    label = code_set.label.strip().casefold()
    named = [key for key, text in questions if label in (key.casefold(), text.strip().casefold())]
    if len(named) == 1:
        return named[0]
    raise SurveyFileError(
        path,
        None,
        f"code set {code_set.name!r} ({code_set.label!r}) names none of the open questions "
        f"{', '.join(map(repr, keys))}; keep one open (--ignore the others) or label the set with the question",
    )


def survey_codes(table: SurveyTable, options, survey):
    """The ParsedCodes of the code sets mapped for this import, for the answers the survey holds."""
    from app.core.survey_import import ParsedCode

    _, chosen = mapped_sets(table, options.coder_columns)
    if not chosen:
        return []
    index = {h: i for i, h in enumerate(table.headers)}
    row_of = {number: i for i, number in enumerate(table.row_numbers)}
    questions = [(q.key, q.text) for q in survey.questions]
    codes = []
    for code_set, coder in chosen:
        key = set_question(code_set, questions, table.path)
        if key is None:
            continue  # Thematic's answer variable was not imported as an open question
        for answer in survey.answers:
            if answer.question_key != key or answer.part != 1:
                continue
            found = codes_of_case(code_set, table.rows[row_of[answer.row]], index)
            codes += [ParsedCode(answer.respondent_id, key, 1, coder, c, answer.row) for c in found or ()]
    return codes


def set_coding_rows(table: SurveyTable, question: str | None, coder_columns: Mapping[str, str]):
    """`import-codings` of an SPSS file: (CodingRows of its code sets, mappings left), or None without sets."""
    from app.core.coding_table import CodingRow
    from app.core.models import ColumnRole
    from app.core.survey_import import propose_roles

    left, chosen = mapped_sets(table, coder_columns)
    if not chosen:
        return None
    roles = propose_roles(table, None)
    ids = [h for h in table.headers if roles.get(h) is ColumnRole.RESPONDENT_ID]
    if not ids:
        raise SurveyFileError(table.path, None, "no respondent id variable was found for the codes")
    index = {h: i for i, h in enumerate(table.headers)}
    rows = []
    parts, cases = getattr(table, "parts", {}), len(table.rows) + 1
    for code_set, coder in chosen:
        base, part = parts.get(code_set.question or "", (code_set.question, 1))
        asked = question or _question_named(table, replace(code_set, question=base))
        answer = index.get(code_set.question or "")
        for row, number in zip(table.rows, table.row_numbers):
            respondent = cell(row, index[ids[0]]).strip()
            text = cell(row, answer) if answer is not None else None  # checked against the project's
            unit = (part - 1) * cases + number  # a case holds one answer per part
            for code in codes_of_case(code_set, row, index) or ():
                rows.append(CodingRow(number, None, respondent, asked, code, coder, text or None, unit))
    return rows, left


def _question_named(table: SurveyTable, code_set: CodeSet) -> str | None:
    """The question a Thematic set names: its text (the answer's label), or its key when the text was cut."""
    if code_set.question is None:
        return None  # the project's one question, or --question
    text = table.question_texts.get(code_set.question, code_set.question)
    if len(text.encode("utf-8")) < LABEL_BYTES or not code_set.status:
        return text
    status = table.question_texts.get(code_set.status, "")
    return status[: -len(STATUS_LABEL_END)] if status.endswith(STATUS_LABEL_END) else text
