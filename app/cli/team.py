"""`thematic team`: who is an owner, a coder or a reader of a project, and blind mode."""

from __future__ import annotations

import argparse
import getpass

from app.cli.commands import _json_arg, _project_arg, command, open_project

ROLE_CHOICES = ["owner", "coder", "reader"]
FILE_NOTE = " (a project file has no users: roles guide Thematic's window and CLI, they secure nothing)"


def _configure_team(parser: argparse.ArgumentParser) -> None:
    _project_arg(parser)
    parser.add_argument(
        "--as", dest="acting", metavar="NAME", help="who runs the command on a project file (an owner)"
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add-role", help="create a PostgreSQL login for NAME (if missing) and give it ROLE"
    )
    add.add_argument("name", metavar="NAME")
    add.add_argument("role", metavar="ROLE", choices=ROLE_CHOICES)
    add.add_argument("--password", action="store_true", help="ask for the new login's password")
    grant = actions.add_parser("grant", help="give an existing user (or coder name) ROLE")
    grant.add_argument("name", metavar="NAME")
    grant.add_argument("role", metavar="ROLE", choices=ROLE_CHOICES)
    revoke = actions.add_parser("revoke", help="take NAME's role away (their codings stay)")
    revoke.add_argument("name", metavar="NAME")
    listing = actions.add_parser("list", help="list roles and whether blind mode is on")
    _json_arg(listing)
    blind = actions.add_parser("blind", help="turn blind mode on or off (coders see only their own codings)")
    blind.add_argument("state", choices=["on", "off"])


@command("team", "Give people roles (owner, coder, reader) and turn blind mode on or off.", _configure_team)
def run_team(args: argparse.Namespace):
    database = "://" in args.project
    with open_project(args.project, user=args.acting) as project:
        if args.action == "list":
            roles, blind = project.roles(), project.blind_mode()
            if args.json:
                return {"roles": roles, "blind_mode": blind, "database_roles": database}
            lines = [f"{role:8} {name}" for name, role in roles.items()] or [
                "no roles: everyone may do everything"
            ]
            lines.append(f"blind mode: {'on' if blind else 'off'}" + ("" if database else FILE_NOTE))
            return "\n".join(lines)
        if args.action == "blind":
            project.set_blind(args.state == "on", by=args.acting)
            return f"blind mode is {args.state}" + ("" if database else FILE_NOTE)
        if args.action == "revoke":
            project.remove_role(args.name, by=args.acting)
            return f"{args.name} has no role any more (their codings stay)"
        password = None
        if args.action == "add-role" and database and args.password:
            password = getpass.getpass(f"password for the new database user {args.name}: ")
        changes = project.set_role(
            args.name,
            args.role,
            by=args.acting,
            login=args.action == "add-role" and database,
            password=password,
        )
    article = "an" if args.role == "owner" else "a"
    if not database:
        return f"{args.name} is now {article} {args.role}{FILE_NOTE}"
    created = f"created database user {args.name}; " if changes.detail.get("login_created") else ""
    return (
        f"{created}{args.name} is now {article} {args.role} (a member of this database's {args.role} group)"
    )
