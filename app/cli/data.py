"""Sub-commands that move data in and out: survey import, coding import, demo, report, export."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.commands import _coder_arg, _json_arg, _project_arg, command, non_negative_int, open_project
from app.cli.import_preview import describe_preview, passed_over_clause
from app.core.models import ColumnRole
from app.core.wording import plural
from app.project.outcomes import ProjectError


def _configure_import(parser: argparse.ArgumentParser) -> None:
    _project_arg(parser)
    parser.add_argument(
        "file",
        metavar="FILE",
        nargs="+",
        help="survey exports (.csv, .tsv, .txt, .xlsx) or SPSS files (.sav, .zsav, .por); "
        "several files are imported in one transaction",
    )
    parser.add_argument("--encoding", help="override the detected encoding (e.g. cp1251, utf-16)")
    parser.add_argument("--delimiter", help="override the detected delimiter (use '\\t' for tab)")
    parser.add_argument("--header-rows", type=non_negative_int, help="override the number of header rows")
    parser.add_argument("--sheet", help="the worksheet of an .xlsx file")
    parser.add_argument(
        "--layout",
        choices=["wide", "long"],
        default="wide",
        help="wide: one row per respondent (default); long: one row per answer, respondents repeat",
    )
    parser.add_argument("--id", metavar="COLUMN", help="the respondent id column")
    parser.add_argument("--answer-column", metavar="COLUMN", help="long layout: the column with the answers")
    parser.add_argument(
        "--question-column", metavar="COLUMN", help="long layout: the column naming each row's question"
    )
    parser.add_argument("--open", metavar="COLUMN", action="append", default=[], help="an open-ended column")
    parser.add_argument(
        "--attribute", metavar="COLUMN", action="append", default=[], help="an attribute column"
    )
    parser.add_argument(
        "--ignore", metavar="COLUMN", action="append", default=[], help="a column to leave out"
    )
    _code_args(parser)
    parser.add_argument("--preview", action="store_true", help="show what would be imported, import nothing")
    _json_arg(parser)


def _code_args(parser: argparse.ArgumentParser) -> None:
    """Flags for codes that come in the file, shared by import and import-codings."""
    parser.add_argument(
        "--coder-column",
        metavar="COLUMN=CODER",
        action="append",
        default=[],
        help="a column of CODER's codes (repeatable; 'Code*=ann' takes Code 1, Code 2... as one set; "
        "in an SPSS file also '$SET=ann' for a multiple-response set and 0/1 variables as themes; "
        "'emotion=writer@text_long' says which open question the codes are for)",
    )
    parser.add_argument(
        "--code-separator", metavar="SEP", help="splits several codes in one cell (default: ; | or newline)"
    )
    parser.add_argument(
        "--hierarchy-separator",
        metavar="SEP",
        help="splits a code into parent and child, e.g. '->', '>', '/', '::'",
    )
    parser.add_argument("--create-themes", action="store_true", help="add unknown codes to the codebook")


def _coder_columns(args: argparse.Namespace) -> dict[str, str]:
    """Turn --coder-column COLUMN=CODER[@QUESTION] into column -> coder, refusing a value without '='."""
    return {column: coder for column, (coder, _) in _coder_targets(args).items()}


def _code_questions(args: argparse.Namespace) -> dict[str, str]:
    """The questions named with --coder-column COLUMN=CODER@QUESTION: column -> question."""
    return {column: question for column, (_, question) in _coder_targets(args).items() if question}


def _coder_targets(args: argparse.Namespace) -> dict[str, tuple[str, str | None]]:
    """Parse each --coder-column into column -> (coder, question or None)."""
    columns = {}
    for item in args.coder_column:
        column, sep, target = item.rpartition("=") if "@" not in item else item.partition("=")
        coder, at, question = target.partition("@")
        if not sep or not column.strip() or not coder.strip() or (at and not question.strip()):
            raise ProjectError(
                f"--coder-column {item!r}: write COLUMN=CODER or COLUMN=CODER@QUESTION, e.g. 'Code*=ann'"
            )
        columns[column.strip()] = (coder.strip(), question.strip() if at else None)
    return columns


def _roles(args: argparse.Namespace) -> dict[str, ColumnRole]:
    """Turn --id/--open/--attribute/--ignore into role overrides."""
    roles = {name: ColumnRole.OPEN for name in args.open}
    roles.update({name: ColumnRole.ATTRIBUTE for name in args.attribute})
    roles.update({name: ColumnRole.IGNORE for name in args.ignore})
    if args.id:
        roles[args.id] = ColumnRole.RESPONDENT_ID
    return roles


def _survey_options(args: argparse.Namespace):
    """Collect the import flags into the options the preview and the import share."""
    from app.core.survey_reading import SurveyOptions

    return SurveyOptions(
        encoding=args.encoding,
        delimiter="\t" if args.delimiter in ("\\t", "tab") else args.delimiter,
        header_rows=args.header_rows,
        sheet=args.sheet,
        layout=args.layout,
        roles=_roles(args),
        answer_column=args.answer_column,
        question_column=args.question_column,
        coder_columns=_coder_columns(args),
        code_questions=_code_questions(args),
        code_separator=args.code_separator,
    )


@command("import", "Import survey files (CSV, TSV, TXT, XLSX or SPSS) into a project.", _configure_import)
def run_import(args: argparse.Namespace):
    options = _survey_options(args)
    with open_project(args.project) as project:
        if args.preview:
            previews = [
                (
                    name,
                    *project.preview_survey(name, options=options),
                    project.survey_file_facts(name, options=options),
                )
                for name in args.file
            ]
            shown = [
                describe_preview(args, name, table, roles, options, facts)
                for name, table, roles, facts in previews
            ]
            if args.json:
                return shown[0] if len(shown) == 1 else shown
            return "\n".join(shown)
        changes = project.import_surveys(
            args.file,
            options=options,
            hierarchy_separator=args.hierarchy_separator,
            create_themes=args.create_themes,
        )
    d = changes.detail
    if args.json:
        return d
    extras = [
        f"{plural(d['kept_answers'], 'answer')} already in the project {'was' if d['kept_answers'] == 1 else 'were'} kept"
        if d["kept_answers"]
        else "",
        f"{plural(d['updated_respondents'], 'known respondent')} got new attributes"
        if d["updated_respondents"]
        else "",
        f"{plural(d['cleaned_cells'], 'cell')} had control characters removed" if d["cleaned_cells"] else "",
        f"{plural(d['repaired_quotes'], 'cell')} with undoubled quotes read keeping the quotes"
        if d["repaired_quotes"]
        else "",
        *(
            f"read sheet {c['sheet']!r} of {c['file']}{passed_over_clause(c['passed_over'])}"
            for c in d["sheets_chosen"]
        ),
        f"{plural(d['missing_na'], 'cell')} written NA by R read as missing" if d["missing_na"] else "",
        f"{plural(d['codings_added'], 'coding')} imported" if d["codings_added"] else "",
        _replaced(d["replaced_none"]),
        f"themes created: {', '.join(d['themes_created'])}" if d["themes_created"] else "",
    ]
    return (
        f"imported {', '.join(args.file)}: {plural(d['new_answers'], 'answer')} from "
        f"{plural(d['new_respondents'], 'new respondent')} to {plural(d['new_questions'], 'new question')}; "
        f"{plural(d['blank_answers'], 'blank answer')} skipped" + "".join(f"; {e}" for e in extras if e)
    )


def _configure_import_codings(parser: argparse.ArgumentParser) -> None:
    _project_arg(parser)
    parser.add_argument(
        "file",
        metavar="FILE",
        help="a spreadsheet of codings (.csv or .xlsx), or an SPSS file with code sets (.sav, .zsav)",
    )
    _coder_arg(parser, required=False)
    parser.add_argument("--layout", choices=["long", "wide", "columns"], help="override the detected layout")
    parser.add_argument("--question", help="the question all rows refer to (key or full text)")
    parser.add_argument("--id", metavar="COLUMN", help="the respondent id column (as for import --id)")
    parser.add_argument(
        "--ignore-text",
        action="store_true",
        help="import even when a row's answer text differs from the project's answer",
    )
    _code_args(parser)
    _json_arg(parser)


@command(
    "import-codings",
    "Import coding done in a spreadsheet (long, wide or codes-in-columns layout).",
    _configure_import_codings,
)
def run_import_codings(args: argparse.Namespace):
    named = set(_code_questions(args).values()) | ({args.question} if args.question else set())
    if len(named) > 1:
        raise ProjectError(f"the codes of one file are for one question, not {', '.join(sorted(named))}")
    args.question = next(iter(named), None)
    with open_project(args.project) as project:
        changes = project.import_codings(
            args.file,
            coder=args.coder,
            layout=args.layout,
            question=args.question,
            create_themes=args.create_themes,
            code_separator=args.code_separator,
            hierarchy_separator=args.hierarchy_separator,
            coder_columns=_coder_columns(args),
            id_column=args.id,
            check_text=not args.ignore_text,
        )
    if args.json:
        return changes.detail
    created = changes.detail["themes_created"]
    replaced = _replaced(changes.detail["replaced_none"])
    return (
        f"imported {plural(changes.detail['codings_added'], 'coding')} from {args.file}"
        + (f"; {replaced}" if replaced else "")
        + (f"; themes created: {', '.join(created)}" if created else "")
    )


def _replaced(count: int) -> str:
    """The summary's words for stored "no theme applies" decisions that imported codes replaced."""
    if not count:
        return ""
    return f'{plural(count, "answer")} had "no theme applies" from the same coder, replaced by the imported codes'


def _configure_demo(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--no-gui", metavar="PATH", help="only write the demo project to PATH")
    parser.add_argument("--force", action="store_true", help="replace PATH if it exists")


@command(
    "demo", "Build the demo project of the seed study (and open it in the desktop window).", _configure_demo
)
def run_demo(args: argparse.Namespace):
    from app.project.demo import build_demo_project

    if args.no_gui:
        path = args.no_gui if "://" in args.no_gui else Path(args.no_gui)
        if isinstance(path, Path) and path.exists() and args.force:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        with build_demo_project(path) as project:
            return (
                f"wrote {path}: {len(project.responses())} answers, {len(project.themes())} themes, "
                f"coders {', '.join(c.name for c in project.coders())}"
            )
    from app.gui.main import run_gui

    return sys.exit(run_gui(["--demo"]))


def _coding_args(parser: argparse.ArgumentParser) -> None:
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--coder", help="report this coder's coding (several, comma-separated: their union)")
    who.add_argument("--consensus", action="store_true", help="report the consensus coding")
    who.add_argument("--any", action="store_true", help="report any coder's themes (the default)")


def _coding(args: argparse.Namespace) -> str:
    """Translate --coder/--consensus/--any into the facade's coding name."""
    if args.coder:
        return args.coder
    from app.project.agreement import CONSENSUS_CODER
    from app.project.reports import ANY_CODER

    return CONSENSUS_CODER if args.consensus else ANY_CODER


def _configure_report(parser: argparse.ArgumentParser) -> None:
    _project_arg(parser)
    parser.add_argument("-o", "--output", required=True, help="the PDF to write")
    _coding_args(parser)
    parser.add_argument(
        "--by",
        action="append",
        default=[],
        metavar="ATTRIBUTE",
        help="add a theme x attribute table (repeatable)",
    )
    parser.add_argument("--no-quotes", action="store_true", help="leave out the appendix of coded quotes")
    parser.add_argument(
        "--bootstrap", type=non_negative_int, default=1000, help="bootstrap draws for agreement CIs"
    )
    parser.add_argument("--coders", help="agreement between these coders (comma-separated; default: all)")
    parser.add_argument(
        "--level-of-themes",
        choices=("top", "leaf", "all"),
        default="all",
        help="agreement on top-level themes, leaves only, or every theme (default)",
    )
    parser.add_argument("--codebook-only", action="store_true", help="write only the codebook")


@command(
    "report",
    "Write the PDF codebook summary (codebook, counts, tables, agreement, quotes).",
    _configure_report,
)
def run_report(args: argparse.Namespace) -> str:
    if not args.output.lower().endswith(".pdf"):
        raise ProjectError(f"{args.output}: the report is a .pdf file")
    from app.core.agreement_bootstrap import capped_draws

    args.bootstrap, note = capped_draws(args.bootstrap)
    if note:
        print(note, file=sys.stderr)
    with open_project(args.project) as project:
        if args.codebook_only:
            project.codebook_pdf(args.output)
        else:
            project.report(
                args.output,
                coding=_coding(args),
                by=args.by,
                include_quotes=not args.no_quotes,
                bootstrap=args.bootstrap,
                coders=[c.strip() for c in args.coders.split(",") if c.strip()] if args.coders else None,
                level=args.level_of_themes,
            )
    return f"wrote {args.output}"


def _configure_export(parser: argparse.ArgumentParser) -> None:
    _project_arg(parser)
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--output", help="a .csv, .tsv, .xlsx, .sav or .zsav file")
    where.add_argument(
        "--sav", metavar="FILE", help="an SPSS data file: one case per respondent, a 0/1 variable per theme"
    )
    parser.add_argument(
        "--long", action="store_true", help="one row per coding instead of one row per answer"
    )
    _coding_args(parser)


@command("export", "Export the coded data as CSV, XLSX or SPSS .sav for SPSS, R or Excel.", _configure_export)
def run_export(args: argparse.Namespace) -> str:
    output = args.output or args.sav
    if args.sav and Path(args.sav).suffix.lower() not in (".sav", ".zsav"):
        raise ProjectError(f"{args.sav}: an SPSS data file ends in .sav (or .zsav, compressed)")
    if args.long and Path(output).suffix.lower() in (".sav", ".zsav"):
        raise ProjectError(f"{output}: the SPSS file has one case per respondent; --long is for CSV")
    with open_project(args.project) as project:
        project.export(output, coding=_coding(args), layout="long" if args.long else "wide")
    return f"wrote {output}"
