"""The CLI: one module per command group, each adding its sub-commands to one parser."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from bot.cli import classify, faq, queue, report, run, staff, telegram
from bot.errors import ConfigError, RulesError
from faq import FaqError

# Each module exposes register(subparsers); a new command group is one module and one entry here.
COMMANDS = (run, classify, faq, queue, report, staff, telegram)

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser."""
    parser = argparse.ArgumentParser(prog="python -m bot", description="CareLine: patient messaging with handoff.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMANDS:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; configuration problems exit 2 with a message that says how to fix them."""
    args = build_parser().parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except (ConfigError, FaqError, RulesError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`… | head`): stop quietly, as Unix tools do, instead of a traceback.
        # stdout is pointed at /dev/null so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
