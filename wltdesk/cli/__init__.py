"""The ``wltdesk`` command line: every headless feature, for organizers and scripts.

``wltdesk`` with no command opens the GUI. Commands print plain text, or JSON
with ``--json``. Bad input or data gives one line on stderr and exit code 1,
with the store unchanged; usage errors exit 2 (argparse's convention).

Each domain keeps its commands in its own module here (``events``, ``people``,
``attendance``, ``groups``, ...), with a ``register(cli)`` function that adds its
subcommands through :class:`CommandLine`; :data:`COMMAND_MODULES` lists them in
the order ``wltdesk --help`` shows them.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from wltdesk.cli.console import tolerant_output
from wltdesk.errors import UserError
from wltdesk.provenance import provenance
from wltdesk.store import Store, open_store

Handler = Callable[[Store, argparse.Namespace], int]

#: Modules under ``wltdesk.cli`` that add commands, in help order.
COMMAND_MODULES: tuple[str, ...] = (
    "events",
    "people",
    "attendance",
    "groups",
    "circles",
    "plans",
    "printing",
    "sync",
)


@dataclass
class CommandLine:
    """What a command module needs to add its commands: one level of subcommands.

    ``--db`` and ``--event`` are accepted before or after any command, so every
    parser made here inherits them.
    """

    subparsers: Any
    common: argparse.ArgumentParser

    def add(self, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        """A command that runs ``handler(store, args)``."""
        command = self.subparsers.add_parser(
            name, parents=[self.common], help=help_text, description=help_text
        )
        command.set_defaults(handler=handler)
        return command

    def group(self, name: str, help_text: str) -> CommandLine:
        """A command with actions of its own (``wltdesk groups make``)."""
        command = self.subparsers.add_parser(
            name, parents=[self.common], help=help_text, description=help_text
        )
        actions = command.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)
        return CommandLine(actions, self.common)

    @staticmethod
    def json_flag(command: argparse.ArgumentParser) -> argparse.ArgumentParser:
        command.add_argument("--json", action="store_true", help="print JSON")
        return command


def cmd_gui(_store: Store | None, args: argparse.Namespace) -> int:
    from wltdesk.launcher import run_gui

    return run_gui(args.db, args.event, getattr(args, "exit_after_show", False))


class PrintVersion(argparse.Action):
    """``--version``: the number, commit and build date (a stamp in a frozen build, ``.git``
    in a checkout) on one line, as is (argparse's own action re-wraps it to the terminal)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        print(f"wltdesk {provenance().describe()}")
        parser.exit()


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wltdesk",
        description="WLT Desk: attendance, groups, circles and action plans, offline.",
        epilog="With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action=PrintVersion, help="show the version and build")
    # --db and --event may come before or after the command.
    common = argparse.ArgumentParser(add_help=False)
    for target, default in ((parser, None), (common, argparse.SUPPRESS)):
        target.add_argument(
            "--db",
            default=default,
            help="store: a .sqlite file or a SQLAlchemy URL (default: the user data folder)",
        )
        target.add_argument(
            "--event", default=default, help="event id, id prefix or name (if several)"
        )
    cli = CommandLine(parser.add_subparsers(dest="command", metavar="COMMAND"), common)
    for name in modules:
        importlib.import_module(f"wltdesk.cli.{name}").register(cli)

    gui = cli.add("gui", cmd_gui, "open the desktop app (the default)")
    # quits once the first window is shown: for start-up benchmarks and smoke tests
    gui.add_argument("--exit-after-show", action="store_true", help=argparse.SUPPRESS)
    return parser


def opens_the_gui(argv: Sequence[str]) -> bool:
    """Whether these arguments just start the desktop app (no command, or ``gui``).

    Then the parser is built without the command modules: they import ReportLab,
    the grouping engine, cryptography and more, which the first window does not need.
    """
    if any(arg in ("-h", "--help", "--version") for arg in argv):
        return False
    words = [
        arg
        for i, arg in enumerate(argv)
        if not arg.startswith("-") and (i == 0 or argv[i - 1] not in ("--db", "--event"))
    ]
    return not words or words[0] == "gui"


def main(argv: Sequence[str] | None = None) -> int:
    tolerant_output()
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(() if opens_the_gui(argv) else COMMAND_MODULES)
    args = parser.parse_args(argv)
    handler: Handler = getattr(args, "handler", cmd_gui)
    if handler is cmd_gui:
        return cmd_gui(None, args)
    store: Store | None = None
    try:
        store = open_store(args.db)
        result = handler(store, args)
        sys.stdout.flush()  # a closed pipe shows up here, inside the handling below
        return result
    except UserError as exc:
        print(f"wltdesk: {exc}", file=sys.stderr)
        return 1
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        print(f"wltdesk: store error: {reason}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader left (`wltdesk roster list | head`): not an error worth a message.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        print(f"wltdesk: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    finally:
        if store is not None:
            store.close()


def gui_main() -> int:
    """Entry point of the windowed ``wltdesk-gui`` executable (same options as ``wltdesk``):
    with no command it opens the app."""
    return main(sys.argv[1:] or ["gui"])
