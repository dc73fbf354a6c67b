"""The `thematic` command line: every capability is scriptable; errors are one line, never a traceback."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable

from app import __version__
from app.cli import analysis, commands, data, exchange, files, suggest, team  # noqa: F401 - each registers its sub-commands
from app.cli.commands import COMMANDS

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors exit with code 2 and one line."""

    def error(self, message: str) -> None:  # noqa: D401 - argparse override
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    """Describe every sub-command and its options."""
    parser = _Parser(
        prog="thematic",
        description="Thematic coding of open-ended survey answers. "
        "Run without a command to open the desktop window.",
    )
    parser.add_argument("--version", action="version", version=f"thematic {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, (help_text, configure, _run) in COMMANDS.items():
        command_parser = sub.add_parser(name, help=help_text, description=help_text)
        configure(command_parser)
    return parser


def _usage_error(parser: argparse.ArgumentParser, command: str, message: str) -> int:
    """Report a wrong call of one sub-command the way argparse does: its usage, one line, exit 2."""
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    command_parser = sub.choices[command]
    command_parser.print_usage(sys.stderr)
    print(f"{command_parser.prog}: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _print_result(result: object) -> None:
    """Print a command's text or JSON; a reader that went away (`| head`) ends the output quietly."""
    text = json.dumps(result, ensure_ascii=False, indent=2) if not isinstance(result, str) else result
    try:
        print(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # Python's documented recipe: point stdout at /dev/null so the flush at exit cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def main(argv: list[str] | None = None) -> int:
    """Run one command and turn known problems into a one-line message and exit code 1."""
    argv = sys.argv[1:] if argv is None else argv
    project = _project_argument(argv)
    if project is not None:
        return _open_gui([project])
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _open_gui([])
    run: Callable[[argparse.Namespace], object] = COMMANDS[args.command][2]
    try:
        result = run(args)
    except commands.UsageError as exc:
        return _usage_error(parser, args.command, str(exc))
    except commands.USER_ERRORS as exc:
        print(f"thematic {args.command}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(f"thematic {args.command}: interrupted", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:  # a bug: still one line for the user, the traceback on request
        if os.environ.get("THEMATIC_DEBUG"):
            raise
        first = (str(exc).strip().splitlines() or [""])[0]
        print(
            f"thematic {args.command}: internal error: {type(exc).__name__}: {first} "
            "(set THEMATIC_DEBUG=1 for details)",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    if result is not None:
        _print_result(result)
    return EXIT_OK


def _project_argument(argv: list[str]) -> str | None:
    """Return PROJECT of `thematic PROJECT` (how a desktop opens a double-clicked file), else None."""
    if len(argv) != 1 or argv[0] in COMMANDS or argv[0].startswith("-"):
        return None
    target = argv[0]
    looks_like_project = "://" in target or target.endswith(".thematic") or os.path.isfile(target)
    return target if looks_like_project else None


def _open_gui(argv: list[str]) -> int:
    """Start the desktop application (on a project file or URL when one is given)."""
    if argv and "://" not in argv[0] and not os.path.isfile(argv[0]):
        print(f"thematic: {argv[0]}: no such project file", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        from app.gui.main import run_gui
    except ImportError as exc:
        print(f"thematic: the desktop window is not available ({exc})", file=sys.stderr)
        return EXIT_BAD_INPUT
    return run_gui(argv)


if __name__ == "__main__":
    raise SystemExit(main())
