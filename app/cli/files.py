"""Commands about project files themselves: a complete copy to send to a colleague or keep aside."""

from __future__ import annotations

import argparse

from app.cli.commands import _project_arg, command, open_project


def _configure_copy(parser: argparse.ArgumentParser) -> None:
    _project_arg(parser)
    parser.add_argument("destination", metavar="DEST", help="the new file (must not exist yet)")


@command(
    "copy",
    "Write a complete copy of a project file, safe while the project is open and being coded.",
    _configure_copy,
)
def run_copy(args: argparse.Namespace) -> str:
    with open_project(args.project) as project:
        project.save_copy(args.destination)
        answers = len(project.responses())
        codings = len(project.codings())
    return f"copied {args.project} to {args.destination}: {answers} answers, {codings} codings"
