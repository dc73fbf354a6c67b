"""The sub-commands of `thematic`: each configures its options and runs one project use case."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.wording import plural
from app.project.outcomes import ProjectError

if TYPE_CHECKING:
    from app.project import Project

# The errors whose message is meant for the user; every input error of app.core is a ValueError.
USER_ERRORS: tuple[type[Exception], ...] = (ProjectError, OSError, ValueError)


class UsageError(Exception):
    """The command was called wrongly (options that do not go together): exit code 2, like argparse."""


def non_negative_int(text: str) -> int:
    """An argparse type for counts such as --limit and --bootstrap: 0 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is negative; give 0 or more")
    return value


def positive_int(text: str) -> int:
    """An argparse type for sizes such as --top: 1 or more."""
    value = non_negative_int(text)
    if value == 0:
        raise argparse.ArgumentTypeError("give 1 or more")
    return value


COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Callable]] = {}


def command(name: str, help_text: str, configure: Callable[[argparse.ArgumentParser], None]):
    """Register a sub-command under its name."""

    def register(run: Callable):
        COMMANDS[name] = (help_text, configure, run)
        return run

    return register


def open_project(target: str, **options) -> Project:
    """Open a project; the facade and its libraries load only in the commands that use them."""
    from app.project import Project

    return Project.open(target, **options)


def create_project(target: str, **options) -> Project:
    """Create a project, loading the facade only now."""
    from app.project import Project

    return Project.create(target, **options)


QUESTION_HELP = "the question: its header, full text, id, or survey number ('9' for '9. What …')"


def _project_arg(parser: argparse.ArgumentParser) -> None:
    """Add the PROJECT positional argument (a .thematic file or a postgresql:// URL)."""
    parser.add_argument("project", metavar="PROJECT", help="a .thematic file or a postgresql:// URL")


def _json_arg(parser: argparse.ArgumentParser) -> None:
    """Add --json for machine-readable output."""
    parser.add_argument("--json", action="store_true", help="print JSON (documented in docs/cli.md)")


def _coder_arg(parser: argparse.ArgumentParser, required: bool = True) -> None:
    """Add --coder NAME."""
    parser.add_argument("--coder", required=required, help="the coder's name (created on first use)")


def _with(*configurers: Callable[[argparse.ArgumentParser], None]):
    """Combine option sets into one configure function."""

    def configure(parser: argparse.ArgumentParser) -> None:
        for configurer in configurers:
            configurer(parser)

    return configure


# ----- project -----------------------------------------------------------------------------------
def _configure_new(parser: argparse.ArgumentParser) -> None:
    _project_arg(parser)
    parser.add_argument("--title", default="", help="project title (default: the file name)")
    parser.add_argument("--codebook", help="start from this codebook file instead of the default one")
    parser.add_argument("--empty", action="store_true", help="start with no themes")


@command("new", "Create a project (an SQLite file, or an empty PostgreSQL database).", _configure_new)
def run_new(args: argparse.Namespace) -> str:
    if "://" not in args.project and not Path(args.project).absolute().parent.is_dir():
        raise ProjectError(f"{Path(args.project).absolute().parent}: no such folder (create it first)")
    codebook = None
    if not args.empty:
        from app.core.codebook_io import load_codebook
        from codebook import default_codebook_path

        codebook = load_codebook(Path(args.codebook) if args.codebook else default_codebook_path())
    with create_project(args.project, title=args.title, codebook=codebook) as project:
        return f"created {args.project} with {plural(len(project.themes()), 'theme')}"


@command(
    "upgrade",
    "Upgrade a project database to this version's schema (needed once for PostgreSQL).",
    _project_arg,
)
def run_upgrade(args: argparse.Namespace) -> str:
    with open_project(args.project, upgrade=True):
        return f"{args.project} is up to date"


@command("info", "Show what a project holds.", _with(_project_arg, _json_arg))
def run_info(args: argparse.Namespace):
    with open_project(args.project) as project:
        counts = project.stats()["questions"]
        info = {
            "title": project.title,
            "questions": [
                {"id": q.id, "key": q.key, "text": q.text, "answers": counts[q.key]["answers"]}
                for q in project.questions()
            ],
            "respondents": len(project.respondents()),
            "themes": len(project.themes()),
            "coders": [c.name for c in project.coders()],
        }
    if args.json:
        return info
    lines = [
        f"{info['title']}: {info['respondents']} respondents, {info['themes']} themes, "
        f"coders: {', '.join(info['coders']) or 'none yet'}"
    ]
    lines += [f"  {q['key']}: {plural(q['answers'], 'answer')}" for q in info["questions"]]
    return "\n".join(lines)


def _configure_themes(parser: argparse.ArgumentParser) -> None:
    _project_arg(parser)
    _json_arg(parser)


@command("themes", "List the codebook's themes.", _configure_themes)
def run_themes(args: argparse.Namespace):
    with open_project(args.project) as project:
        themes = project.themes()
        usage = {t.id: project.theme_usage(t.id) for t in themes}
    if args.json:
        return [
            {
                "id": t.id,
                "name": t.name,
                "parent_id": t.parent_id,
                "color": t.color,
                "definition": t.definition,
                "codings": usage[t.id],
            }
            for t in themes
        ]
    depth: dict[str | None, int] = {None: -1}
    lines = []
    for t in themes:
        depth[t.id] = depth.get(t.parent_id, -1) + 1
        lines.append(f"{'  ' * depth[t.id]}{t.name} ({plural(usage[t.id], 'coding')})")
    return "\n".join(lines)


def _configure_responses(parser: argparse.ArgumentParser) -> None:
    _project_arg(parser)
    parser.add_argument("--question", help=QUESTION_HELP)
    _json_arg(parser)


@command("responses", "List the answers (the units of coding).", _configure_responses)
def run_responses(args: argparse.Namespace):
    with open_project(args.project) as project:
        question_id = project.question(args.question).id if args.question else None
        keys = {q.id: q.key for q in project.questions()}
        rows = [
            {"id": r.id, "respondent": r.external_id, "question": keys[r.question_id], "text": r.text}
            for r in project.responses(question_id)
        ]
    if args.json:
        return rows
    return "\n".join(f"{r['id']}\t{r['respondent']}\t{r['question']}\t{r['text'][:80]!r}" for r in rows)


def _configure_code(parser: argparse.ArgumentParser) -> None:
    _project_arg(parser)
    _coder_arg(parser)
    parser.add_argument("--response", action="append", default=[], help="response id (repeatable)")
    parser.add_argument("--respondent", help="respondent id from the survey file (with --question)")
    parser.add_argument("--question", help=QUESTION_HELP + " (with --respondent)")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--theme", action="append", help="assign this theme (name or id; repeatable)")
    action.add_argument("--remove", action="append", help="remove this theme (repeatable)")
    action.add_argument("--none", action="store_true", help="mark: no theme applies")
    action.add_argument("--clear", action="store_true", help="back to not yet coded")
    parser.add_argument(
        "--span",
        action="append",
        default=[],
        metavar="START:END",
        help="with one --theme: code these characters of the answer (code points from 0, end exclusive)",
    )


@command("code", "Assign or remove themes on answers for one coder.", _configure_code)
def run_code(args: argparse.Namespace) -> str:
    with open_project(args.project) as project:
        ids = list(args.response)
        if args.respondent:
            if not args.question:
                raise UsageError("--respondent needs --question")
            question = project.question(args.question)
            found = [r.id for r in project.responses(question.id) if r.external_id == args.respondent]
            if not found:
                raise ProjectError(f"respondent {args.respondent!r} has no answer to {question.key!r}")
            ids += found
        if not ids:
            raise UsageError("name the answers with --response ID or --respondent R --question Q")
        if args.span:
            changes = _code_spans(project, args, ids)
        elif args.none:
            changes = [project.mark_none(ids, args.coder)]
        elif args.clear:
            changes = [project.clear(ids, args.coder)]
        elif args.theme:
            changes = [project.assign(ids, project.theme(t).id, args.coder) for t in args.theme]
        else:
            changes = [project.remove(ids, project.theme(t).id, args.coder) for t in args.remove]
    return "; ".join(c.label for c in changes)


def _code_spans(project: Project, args: argparse.Namespace, ids: list[str]) -> list:
    """`code --span`: code characters of one answer with one theme."""
    from app.core.spans import parse_span

    if not args.theme or len(args.theme) != 1 or len(ids) != 1:
        raise UsageError("--span needs exactly one answer and one --theme")
    theme_id = project.theme(args.theme[0]).id
    return [project.code_span(ids[0], theme_id, *parse_span(value), args.coder) for value in args.span]


@command("stats", "Count codings per theme, question and coder.", _with(_project_arg, _json_arg))
def run_stats(args: argparse.Namespace):
    with open_project(args.project) as project:
        stats = project.stats()
    if args.json:
        return stats
    lines = []
    for coder, questions in stats["coders"].items():
        for key, entry in questions.items():
            lines.append(
                f"{coder} / {key}: {entry['decided']} of {entry['answers']} decided, "
                f"{entry['none_applies']} with no theme"
            )
            lines += [
                f"    {name}: {n}" for name, n in sorted(entry["themes"].items(), key=lambda kv: -kv[1])
            ]
    return "\n".join(lines) or "no codings yet"


def _configure_history(parser: argparse.ArgumentParser) -> None:
    _project_arg(parser)
    parser.add_argument("--limit", type=non_negative_int, default=50, help="at most N events (default 50)")
    _json_arg(parser)


@command("history", "Show the audit trail (newest first).", _configure_history)
def run_history(args: argparse.Namespace):
    with open_project(args.project) as project:
        events = project.history(args.limit)
    if args.json:
        return [e.to_dict() for e in events]
    return "\n".join(
        f"{e.at}  {e.coder or '-':12} {e.label}{' (undone)' if e.undone else ''}" for e in events
    )


@command("undo", "Undo the coder's last action.", _with(_project_arg, _coder_arg))
def run_undo(args: argparse.Namespace) -> str:
    with open_project(args.project) as project:
        changes = project.undo(args.coder)
    return changes.label if changes else "nothing to undo"


@command("redo", "Redo the coder's last undone action.", _with(_project_arg, _coder_arg))
def run_redo(args: argparse.Namespace) -> str:
    with open_project(args.project) as project:
        changes = project.redo(args.coder)
    return changes.label if changes else "nothing to redo"


def _configure_codebook(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=["import", "export"])
    _project_arg(parser)
    parser.add_argument("file", metavar="FILE", help="a codebook file (.yaml, .yml or .json)")


@command("codebook", "Import (merge) or export the codebook as YAML or JSON.", _configure_codebook)
def run_codebook(args: argparse.Namespace) -> str:
    with open_project(args.project) as project:
        if args.action == "export":
            project.export_codebook(args.file)
            return f"wrote {args.file}"
        changes = project.import_codebook(args.file)
        return f"{changes.detail['added']} themes added, {changes.detail['updated']} updated"


def _configure_merge(parser: argparse.ArgumentParser) -> None:
    _project_arg(parser)
    parser.add_argument(
        "other", metavar="OTHER", help="another coder's copy of the project (.thematic or URL)"
    )
    _json_arg(parser)


@command(
    "merge",
    "Bring another coder's copy of the project (codings, memos, new themes) into PROJECT.",
    _configure_merge,
)
def run_merge(args: argparse.Namespace):
    with open_project(args.project) as project:
        changes = project.merge_from(args.other)
    detail = changes.detail
    if args.json:
        return detail
    lines = [
        f"merged {args.other}: {detail['codings_added']} codings, {detail['none_applies_added']} "
        f"'no theme' decisions, {detail['memos_added']} memos, {detail['themes_added']} new themes"
    ]
    lines += [f"  not matched: {u}" for u in detail["unmatched"]]
    lines += [f"  kept ours: {c}" for c in detail["conflicts"]]
    lines += [f"  note: {r}" for r in detail["renamed_themes"]]
    return "\n".join(lines)


def _configure_keys(parser: argparse.ArgumentParser) -> None:
    _project_arg(parser)
    parser.add_argument("--theme", help="the theme to bind a key to (name or id)")
    parser.add_argument("--key", help="a letter, digit or F-key, optionally Ctrl+/Shift+ ('' = default)")
    _coder_arg(parser, required=False)
    _json_arg(parser)


@command("keys", "List the quick keys of the themes, or bind one (--theme T --key K).", _configure_keys)
def run_keys(args: argparse.Namespace):
    with open_project(args.project) as project:
        if args.theme is not None or args.key is not None:
            if args.theme is None or args.key is None:
                raise UsageError("binding a key needs both --theme and --key")
            project.set_quick_key(project.theme(args.theme).id, args.key, coder=args.coder)
        names = {t.id: t.name for t in project.themes()}
        keys = project.quick_keys()
    if args.json:
        return [{"theme_id": tid, "theme": names[tid], "key": keys.get(tid, "")} for tid in names]
    return "\n".join(f"{keys.get(tid, '-'):8} {name}" for tid, name in names.items())
