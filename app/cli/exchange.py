"""REFI-QDA on the command line: `export -o X.qdc|X.qdpx`, `import-qdpx`, `codebook import|export X.qdc`."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from app.cli import data  # noqa: F401 - the export command this module extends must be registered first
from app.cli.commands import COMMANDS, _json_arg, command, open_project
from app.core.refi import is_refi_file  # light: the facade loads only when a command runs
from app.core.wording import plural


def _extend(name: str, help_text: str, helps: dict[str, str], run: Callable) -> None:
    """Give an existing sub-command REFI-QDA files while keeping its options and other behaviour."""
    _old_help, old_configure, old_run = COMMANDS[name]

    def configure(parser: argparse.ArgumentParser) -> None:
        old_configure(parser)
        for action in parser._actions:
            if action.dest in helps:
                action.help = helps[action.dest]

    def dispatch(args: argparse.Namespace):
        return run(args) if run(args, check=True) else old_run(args)

    COMMANDS[name] = (help_text, configure, dispatch)


def _export(args: argparse.Namespace, check: bool = False):
    """Write FILE.qdc (the codebook) or FILE.qdpx (the coded project) when -o names one."""
    if check:
        return bool(args.output) and is_refi_file(args.output)  # --sav FILE leaves -o empty
    with open_project(args.project) as project:
        changes = project.export_refi(args.output)
    counts = ", ".join(f"{n} {k}" for k, n in changes.detail.items())
    return f"wrote {args.output} ({counts}); it validates against the REFI-QDA schema"


def _codebook(args: argparse.Namespace, check: bool = False):
    """Merge or write a REFI-QDA .qdc codebook."""
    if check:
        return is_refi_file(args.file)
    with open_project(args.project) as project:
        if args.action == "export":
            changes = project.export_refi(args.file)
            return f"wrote {args.file} ({changes.detail['themes']} themes)"
        changes = project.import_qdc(args.file)
    d = changes.detail
    line = f"{d['added']} themes added, {d['updated']} updated (from {d['codes']} codes)"
    return line + "".join(f"\n  note: {p}" for p in d["problems"])


_extend(
    "export",
    "Export the coded data as CSV, XLSX or SPSS .sav, or as REFI-QDA (.qdc codebook, .qdpx project).",
    {"output": "a .csv, .tsv, .xlsx or .sav file, or a REFI-QDA .qdc (codebook) or .qdpx (project) file"},
    _export,
)
_extend(
    "codebook",
    "Import (merge) or export the codebook as YAML, JSON or REFI-QDA .qdc.",
    {"file": "a codebook file (.yaml, .yml, .json or REFI-QDA .qdc)"},
    _codebook,
)


def _configure_import_qdpx(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a REFI-QDA project archive (.qdpx)")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--output", metavar="PROJECT", help="create this new project from the archive")
    where.add_argument("--into", metavar="PROJECT", help="add the codebook and codings to this project")
    parser.add_argument("--coder", help="with --into: the coder who may undo the import")
    _json_arg(parser)


def _describe(detail: dict, first: str) -> str:
    """The import report: what was read, how positions were counted, what was skipped or not readable."""
    lines = [first, f"  read: {detail['read']}"]
    if detail["spans"]:
        lines.append(f"  {detail['spans']} selections over part of a source stored as coded spans")
    if detail["spans_dropped"]:
        lines.append(
            f"  {detail['spans_dropped']} spans left out: their source's text differs from the matched "
            "answer (the codings were kept)"
        )
    if detail["blank_sources"]:
        lines.append(f"  {len(detail['blank_sources'])} empty sources left out")
    split = detail.get("split_sources", [])
    if split:
        cases = len({case for case, _ in split})
        case, source = split[0]
        lines.append(
            f"  warning: {plural(len(split), 'source')} of {plural(cases, 'case')} became respondents of "
            f"their own (e.g. {source!r}): case {case!r} already answered that question, and a respondent "
            "answers each question once (docs/refi-qda.md)"
        )
    lines += [f"  note: {p}" for p in detail["problems"]]
    return "\n".join(lines)


@command(
    "import-qdpx", "Import a REFI-QDA project (.qdpx) as a new project or into one.", _configure_import_qdpx
)
def run_import_qdpx(args: argparse.Namespace):
    if args.output:
        from app.project import Project

        project, changes = Project.create_from_qdpx(args.file, args.output)
        project.close()
        d = changes.detail
        first = (
            f"created {args.output} from {args.file}: {plural(d['answers'], 'answer')} of "
            f"{plural(d['respondents'], 'respondent')} to {plural(d['questions'], 'question')}, "
            f"{plural(d['themes'], 'theme')}, {plural(d['coders'], 'coder')}, {plural(d['codings'], 'coding')}, "
            f"{plural(d['memos'], 'memo')}"
        )
    else:
        with open_project(args.into) as project:
            changes = project.import_qdpx_into(args.file, coder=args.coder)
        d = changes.detail
        first = (
            f"imported {args.file} into {args.into}: {d['themes_added']} themes added, {d['themes_updated']} "
            f"updated, {d['codings_added']} codings and {d['spans_added']} spans on {d['sources_matched']} "
            f"matched answers ({d['sources_unmatched']} sources matched no answer), {d['memos_added']} memos "
            f"added, {d['memos_extended']} extended"
        )
    return changes.detail if args.json else _describe(changes.detail, first)
