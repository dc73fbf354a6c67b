"""What `thematic import --preview` prints: each column's proposed role, the code sets and the file's shape."""

from __future__ import annotations

import argparse
import fnmatch

from app.core.models import ColumnRole
from app.core.wording import plural


def _role_label(name: str, roles: dict[str, ColumnRole], options, in_sets: dict[str, str]) -> str:
    """Say what the import will do with a column, including code and question columns."""
    coders = {
        c
        for pattern, c in options.coder_columns.items()
        if fnmatch.fnmatchcase(name.casefold(), pattern.casefold())
    }
    if name in in_sets:
        coders = {in_sets[name]}
    if coders:
        return f"codes:{','.join(sorted(coders))}"
    if options.layout == "long" and name == options.question_column:
        return "question"
    return ColumnRole(roles.get(name, ColumnRole.IGNORE)).value


def describe_preview(
    args: argparse.Namespace, path: str, table, roles: dict[str, ColumnRole], options, facts: dict
):
    """Describe what the importer detected: roles, code sets, the file's row count and a repeated id."""
    from app.core.personal_data import personal_reason
    from app.core.spss_codes import mapped_sets
    from app.core.spss_sets import code_sets_of
    from app.core.survey_file import cell

    chosen = {s.name: coder for s, coder in mapped_sets(table, options.coder_columns)[1]}
    in_sets = {h: coder for s, coder in mapped_sets(table, options.coder_columns)[1] for h in s.headers()}
    columns = []
    for index, name in enumerate(table.headers):
        sample = [cell(row, index) for row in table.rows[:5]]
        role = _role_label(name, roles, options, in_sets)
        reason = personal_reason(name, table.column(name)) if role == ColumnRole.IGNORE.value else None
        columns.append(
            {
                "name": name,
                "role": role,
                "question_text": table.question_texts.get(name, name),
                "sample": sample,
                **({"reason": reason} if reason else {}),
            }
        )
    data = {
        "file": str(path),
        "format": table.kind,
        "encoding": table.encoding if table.kind != "workbook" else None,
        "delimiter": table.delimiter,
        "sheet": table.sheet,
        "passed_over_sheets": list(table.passed_over),
        "header_rows": table.header_rows - table.title_rows,
        "title_rows": table.title_rows,
        "layout": options.layout,
        "columns": columns,
        "rows": facts["rows"],
        "sample_rows": len(table.rows),
        "repeated_id": facts["repeated_id"],
        "proposed_layout": "long" if facts["repeated_id"] and options.layout == "wide" else options.layout,
        "cleaned_cells": table.cleaned_cells,
        "repaired_quotes": table.repaired_quotes,
        "missing_na": table.missing_na,
        "code_sets": [
            {
                "name": s.name,
                "label": s.label,
                "kind": s.kind,
                "variables": [v.header for v in s.variables],
                "codes": [v.code for v in s.variables],
                "coder": chosen.get(s.name),
            }
            for s in code_sets_of(table)
        ],
    }
    if args.json:
        return data
    if table.kind == "spss":
        read = f"SPSS data file, encoding {table.encoding}"
    elif table.kind == "workbook":
        read = f"sheet {table.sheet!r}{passed_over_clause(table.passed_over)}, {plural(table.header_rows - table.title_rows, 'header row')}"
    else:
        read = f"encoding {table.encoding}, delimiter {table.delimiter!r}, {plural(table.header_rows - table.title_rows, 'header row')}"
    if table.title_rows:
        read += f" below {plural(table.title_rows, 'title row')}"
    lines = [f"{path}: {read}, {options.layout} layout, {plural(facts['rows'], 'row')}"]
    if table.missing_na:
        lines[0] += f"; an R export: {plural(table.missing_na, 'cell')} written NA read as missing"
    lines += [
        f"  {c['role']:<14} {c['name'][:60]!r}  "
        + (f"left out: {c['reason']}" if "reason" in c else f"e.g. {c['sample'][:2]!r}")
        for c in columns
    ]
    repeated = facts["repeated_id"]
    if repeated and options.layout == "wide":
        lines.append(
            f"  respondent id {repeated['value']!r} is used on rows {repeated['first_row']} and "
            f"{repeated['row']}: one row per answer? import with --layout long"
        )
    lines += [_set_line(s) for s in data["code_sets"]]
    return "\n".join(lines)


def passed_over_clause(sheets) -> str:
    """Say which sheets were passed over for holding no table, after the sheet read."""
    if not sheets:
        return ""
    return f" (not {', '.join(repr(s) for s in sheets)}: no table there)"


def _set_line(code_set: dict) -> str:
    """One line about a code set of an SPSS file: what it holds and whose codes it gives."""
    kind = {"thematic": "Thematic theme variables", "dichotomy": "multiple-dichotomy set"}.get(
        code_set["kind"], "multiple-category set"
    )
    names = code_set["variables"]
    listed = f"{names[0]} … {names[-1]}" if len(names) > 2 else " ".join(names)
    codes = "; ".join(code_set["codes"])[:120] if code_set["kind"] != "categories" else "the value labels"
    pattern = (
        f"'{code_set['name']}=NAME'" if code_set["kind"] != "thematic" else f"'{code_set['name']}_T*=NAME'"
    )
    whose = (
        f"read as {code_set['coder']}'s codes"
        if code_set["coder"]
        else f"not read as codes; --coder-column {pattern} reads them"
    )
    return f"  code set {code_set['name']!r} ({kind}: {listed}; {codes}): {whose}"
