"""`staff`: create accounts, issue API tokens, list, disable and reset passwords from the shell."""

from __future__ import annotations

import argparse
import getpass
import sys

from bot.cli.common import connected_services
from bot.staff import Role, StaffError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `staff` command group."""
    p = sub.add_parser("staff", help="manage staff accounts and API tokens")
    cmds = p.add_subparsers(dest="staff_command", required=True, metavar="ACTION")
    add = cmds.add_parser("add", help="create an account (the first admin is created this way)")
    add.add_argument("username")
    add.add_argument("--role", choices=[r.value for r in Role], default=Role.AGENT.value)
    add.add_argument("--team", help="e.g. front-desk, nurses, billing")
    add.add_argument("--name", help="display name shown to colleagues")
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    add.set_defaults(handler=_add)
    token = cmds.add_parser("token", help="print a new API token for integrations")
    token.add_argument("username")
    token.add_argument("--revoke-all", action="store_true", help="revoke the member's tokens instead")
    token.set_defaults(handler=_token)
    lst = cmds.add_parser("list", help="list accounts")
    lst.set_defaults(handler=_list)
    for name, flag in (("disable", True), ("enable", False)):
        cmd = cmds.add_parser(name, help=f"{name} an account")
        cmd.add_argument("username")
        cmd.set_defaults(handler=_toggle, disabled=flag)
    pw = cmds.add_parser("passwd", help="set a new password (revokes API tokens)")
    pw.add_argument("username")
    pw.add_argument("--password-stdin", action="store_true")
    pw.set_defaults(handler=_passwd)


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Again: "):
        raise StaffError("the passwords do not match")
    return first


def _fail(exc: StaffError) -> int:
    print(f"error: {exc}", file=sys.stderr)
    return 1


def _add(args: argparse.Namespace) -> int:
    directory = connected_services().staff
    try:
        member = directory.add(
            args.username, _read_password(args.password_stdin), Role(args.role), args.team, args.name
        )
    except StaffError as exc:
        return _fail(exc)
    print(f"created {member.role.value} {member.username}" + (f" (team {member.team})" if member.team else ""))
    return 0


def _token(args: argparse.Namespace) -> int:
    directory = connected_services().staff
    try:
        if args.revoke_all:
            print(f"revoked {directory.revoke_tokens(args.username)} token(s)")
        else:
            print(directory.new_token(args.username))
    except StaffError as exc:
        return _fail(exc)
    return 0


def _list(args: argparse.Namespace) -> int:
    for m in connected_services().staff.all():
        state = "disabled" if m.disabled else "active"
        print(f"{m.username:<20} {m.role.value:<6} {m.team or '-':<12} {state:<8} {m.display_name}")
    return 0


def _toggle(args: argparse.Namespace) -> int:
    try:
        member = connected_services().staff.update(args.username, disabled=args.disabled)
    except StaffError as exc:
        return _fail(exc)
    print(f"{member.username} is now {'disabled' if member.disabled else 'active'}")
    return 0


def _passwd(args: argparse.Namespace) -> int:
    try:
        connected_services().staff.set_password(args.username, _read_password(args.password_stdin))
    except StaffError as exc:
        return _fail(exc)
    print(f"password changed for {args.username}; their API tokens were revoked")
    return 0
