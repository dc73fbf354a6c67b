"""Sub-commands that move data in and out: survey import, coding import, demo, report, export."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.commands import _coder_arg, _json_arg, _project_arg, command, non_negative_int, open_project
from app.core.models import ColumnRole
from app.project.outcomes import ProjectError


def _configure_import(parser: argparse.ArgumentParser) -> None:
    _project_arg(parser)
    parser.add_argument("file", metavar="FILE", help="a survey export: .csv, .tsv, .txt or .xlsx")
    parser.add_argument("--encoding", help="override the detected encoding (e.g. cp1251, utf-16)")
    parser.add_argument("--delimiter", help="override the detected delimiter (use '\\t' for tab)")
    parser.add_argument("--header-rows", type=non_negative_int, help="override the number of header rows")
    parser.add_argument("--sheet", help="the worksheet of an .xlsx file")
    parser.add_argument("--id", metavar="COLUMN", help="the respondent id column")
    parser.add_argument("--open", metavar="COLUMN", action="append", default=[], help="an open-ended column")
    parser.add_argument(
        "--attribute", metavar="COLUMN", action="append", default=[], help="an attribute column"
    )
    parser.add_argument(
        "--ignore", metavar="COLUMN", action="append", default=[], help="a column to leave out"
    )
    parser.add_argument("--preview", action="store_true", help="show what would be imported, import nothing")
    _json_arg(parser)


def _roles(args: argparse.Namespace) -> dict[str, ColumnRole]:
    """Turn --id/--open/--attribute/--ignore into role overrides."""
    roles = {name: ColumnRole.OPEN for name in args.open}
    roles.update({name: ColumnRole.ATTRIBUTE for name in args.attribute})
    roles.update({name: ColumnRole.IGNORE for name in args.ignore})
    if args.id:
        roles[args.id] = ColumnRole.RESPONDENT_ID
    return roles


@command("import", "Import a survey wave (CSV, TSV, TXT or XLSX) into a project.", _configure_import)
def run_import(args: argparse.Namespace):
    delimiter = "\t" if args.delimiter in ("\\t", "tab") else args.delimiter
    options = {
        "encoding": args.encoding,
        "delimiter": delimiter,
        "header_rows": args.header_rows,
        "sheet": args.sheet,
    }
    with open_project(args.project) as project:
        if args.preview:
            table, proposed = project.preview_survey(args.file, **options)
            proposed.update(_roles(args))
            return _preview(args, table, proposed)
        changes = project.import_survey(args.file, roles=_roles(args), **options)
    d = changes.detail
    if args.json:
        return d
    return (
        f"imported {args.file}: {d['new_answers']} answers from {d['new_respondents']} new respondents "
        f"to {d['new_questions']} new questions; {d['blank_answers']} blank answers skipped"
        + (f"; {d['kept_answers']} answers already in the project were kept" if d["kept_answers"] else "")
    )


def _preview(args: argparse.Namespace, table, roles: dict[str, ColumnRole]):
    """Describe what the importer detected."""
    columns = []
    for index, name in enumerate(table.headers):
        sample = [row[index] for row in table.rows[:5] if index < len(row)]
        columns.append(
            {
                "name": name,
                "role": ColumnRole(roles.get(name, ColumnRole.IGNORE)).value,
                "question_text": table.question_texts.get(name, name),
                "sample": sample,
            }
        )
    data = {
        "file": str(args.file),
        "encoding": table.encoding,
        "delimiter": table.delimiter,
        "header_rows": table.header_rows,
        "columns": columns,
        "rows": len(table.rows),
    }
    if args.json:
        return data
    lines = [
        f"{args.file}: encoding {table.encoding}, delimiter {table.delimiter!r}, "
        f"{table.header_rows} header row(s)"
    ]
    lines += [f"  {c['role']:<14} {c['name'][:60]!r}  e.g. {c['sample'][:2]!r}" for c in columns]
    return "\n".join(lines)


def _configure_import_codings(parser: argparse.ArgumentParser) -> None:
    _project_arg(parser)
    parser.add_argument("file", metavar="FILE", help="a spreadsheet of codings (.csv or .xlsx)")
    _coder_arg(parser, required=False)
    parser.add_argument("--layout", choices=["long", "wide"], help="override the detected layout")
    parser.add_argument("--question", help="the question all rows refer to (wide layout)")
    parser.add_argument("--create-themes", action="store_true", help="add unknown themes to the codebook")
    _json_arg(parser)


@command(
    "import-codings", "Import coding done in a spreadsheet (long or wide layout).", _configure_import_codings
)
def run_import_codings(args: argparse.Namespace):
    with open_project(args.project) as project:
        changes = project.import_codings(
            args.file,
            coder=args.coder,
            layout=args.layout,
            question=args.question,
            create_themes=args.create_themes,
        )
    if args.json:
        return changes.detail
    return f"imported {changes.detail['codings_added']} codings from {args.file}"


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
    who.add_argument("--coder", help="report this coder's coding")
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
    parser.add_argument("-o", "--output", required=True, help="a .csv, .tsv or .xlsx file")
    parser.add_argument(
        "--long", action="store_true", help="one row per coding instead of one row per answer"
    )
    _coding_args(parser)


@command("export", "Export the coded data as CSV or XLSX for SPSS, R or Excel.", _configure_export)
def run_export(args: argparse.Namespace) -> str:
    with open_project(args.project) as project:
        project.export(args.output, coding=_coding(args), layout="long" if args.long else "wide")
    return f"wrote {args.output}"
