"""The ``wltdesk`` command line: every headless feature, for organizers and scripts.

``wltdesk`` with no command opens the GUI. Commands print plain text, or JSON
with ``--json``. Bad input or data gives one line on stderr and exit code 1,
with the store unchanged; usage errors exit 2 (argparse's convention).

Each domain keeps its commands in its own module here (``events``, ``sessions``,
``people``, ``attendance``, ``groups``, ...), with a ``register(cli)`` function that
adds its subcommands through :class:`CommandLine`. :data:`COMMANDS` says which
module owns each command, in the order ``wltdesk --help`` shows them: only the
module of the command being run is imported, and ``--help`` and ``--version`` import
none, nor SQLAlchemy or the store (``bench/bench_cli_startup.py`` holds them to 4×
a bare Python start).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from wltdesk.cli.terminal import tolerant_output
from wltdesk.language import (
    N_,
    SUPPORTED,
    _,
    language_from_environment,
    library_gettext,
    set_language,
)

# Not ``from typing import TYPE_CHECKING``: importing typing alone costs about a tenth
# of ``wltdesk --version``. Type checkers read a constant of this name the same way.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Any

    from wltdesk.store import Store

    Handler = Callable[[Store, argparse.Namespace], int]

#: Each command: the module under ``wltdesk.cli`` that registers it, and the line
#: ``wltdesk --help`` shows for it (the same as the module's own; a test checks), in
#: help order. A module's commands are listed together. The lines are English here and
#: translated where shown (``_(help_text)``), in the language of that run.
COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("events", N_("create the demo event (a fictional two-day training)")),
    "event": ("events", N_("create and list events")),
    "device": ("devices", N_("the event's laptops: list them, revoke a lost one")),
    "session": ("sessions", N_("the agenda: add, list, edit and delete sessions")),
    "roster": ("people", N_("people of the event")),
    "checkin": ("attendance", N_("check a person in to a session, or undo the last check-in")),
    "attendance": ("attendance", N_("who is checked in to a session")),
    "groups": ("groups", N_("breakout groups: make, show, move people, re-plan, rooms")),
    "circle": ("circles", N_("reflection circles: set-up, the round, notes, summary")),
    "plan": ("plans", N_("action plans of groups and regions, and their follow-up")),
    "print": ("printing", N_("print a PDF: sign-in sheet, badges, rosters, …")),
    "badge-log": ("printing", N_("whose badges were printed, how often, when last")),
    "certificates": (
        "certificates",
        N_("certificates: signatories and logos, the register of numbers, checking a number"),
    ),
    "paper": ("paper", N_("read sign-in sheets back from photos and scans")),
    "export": ("sync", N_("write the event's changes to a bundle (.wltx)")),
    "sync": ("sync", N_("push pending changes to a target and merge others'")),
    "import": ("sync", N_("verify and merge bundles from files, folders or a WebDAV target")),
    "publish": ("sync", N_("write a CSV of people and attendance, or wikitext")),
    "conflicts": ("conflicts", N_("review values two laptops wrote at the same time")),
}

#: Modules under ``wltdesk.cli`` that add commands, in help order.
COMMAND_MODULES: tuple[str, ...] = tuple(dict.fromkeys(m for m, _help in COMMANDS.values()))


class CommandLine:
    """What a command module needs to add its commands: one level of subcommands.

    ``--db`` and ``--event`` are accepted before or after any command, so every
    parser made here inherits them.
    """

    def __init__(self, subparsers: Any, common: argparse.ArgumentParser) -> None:
        self.subparsers = subparsers
        self.common = common

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
    def usage_check(
        command: argparse.ArgumentParser, check: Callable[[argparse.Namespace], str | None]
    ) -> None:
        """A check of the options taken together (which argparse cannot say), run
        before the store is opened: what it returns is a usage error (exit 2)."""
        command.set_defaults(usage_check=(command, check))

    @staticmethod
    def json_flag(command: argparse.ArgumentParser) -> argparse.ArgumentParser:
        command.add_argument("--json", action="store_true", help=_("print JSON"))
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
        from wltdesk.provenance import provenance  # only here: --help stays light

        print(f"wltdesk {provenance().describe()}")
        parser.exit()


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    """The parser, with the commands of ``modules`` in full.

    The other commands are listed by name and help line only (from :data:`COMMANDS`),
    which is all ``wltdesk --help`` needs and costs no import.
    """
    parser = argparse.ArgumentParser(
        prog="wltdesk",
        description=_("WLT Desk: attendance, groups, circles and action plans, offline."),
        epilog=_("With no command, opens the desktop app."),
    )
    parser.add_argument("--version", action=PrintVersion, help=_("show the version and build"))
    parser.add_argument(
        "--lang", choices=SUPPORTED, metavar="{en,bn}",
        help=_("language of messages and help: en or bn (default: from LANG)"),
    )
    # --db and --event may come before or after the command.
    common = argparse.ArgumentParser(add_help=False)
    for target, default in ((parser, None), (common, argparse.SUPPRESS)):
        target.add_argument(
            "--db",
            default=default,
            help=_("store: a .sqlite file or a SQLAlchemy URL (default: the user data folder)"),
        )
        target.add_argument(
            "--event", default=default, help=_("event id, id prefix or name (if several)")
        )
    cli = CommandLine(parser.add_subparsers(dest="command", metavar="COMMAND"), common)
    for module in COMMAND_MODULES:
        if module in modules:
            importlib.import_module(f"wltdesk.cli.{module}").register(cli)
        else:
            for name, (owner, help_text) in COMMANDS.items():
                if owner == module:
                    shown = _(help_text)
                    cli.subparsers.add_parser(name, help=shown, description=shown)

    gui = cli.add("gui", cmd_gui, _("open the desktop app (the default)"))
    # quits once the first window is shown: for start-up benchmarks and smoke tests
    gui.add_argument("--exit-after-show", action="store_true", help=argparse.SUPPRESS)
    return parser


def command_word(argv: Sequence[str]) -> str | None:
    """The command these arguments run (``checkin``), or None when they name none.

    The first word that is not an option nor the value of ``--db``, ``--event`` or ``--lang``.
    """
    for i, arg in enumerate(argv):
        if not arg.startswith("-") and (i == 0 or argv[i - 1] not in ("--db", "--event", "--lang")):
            return arg
    return None


def opens_the_gui(argv: Sequence[str]) -> bool:
    """Whether these arguments just start the desktop app (no command, or ``gui``)."""
    if any(arg in ("-h", "--help", "--version") for arg in argv):
        return False
    return command_word(argv) in (None, "gui")


def choose_language(argv: Sequence[str]) -> str:
    """The one place that decides the language of a run: ``--lang`` (before the command:
    a command may have a ``--lang`` of its own, for the document it writes), else
    ``LANGUAGE``/``LC_ALL``/``LC_MESSAGES``/``LANG``. It is set before the parser is
    built, so the help texts and argparse's own words ("usage:") follow it."""
    chosen = None
    word = command_word(argv)
    for i, arg in enumerate(argv):
        if arg in ("--", word):
            break
        if arg == "--lang" and i + 1 < len(argv):
            chosen = argv[i + 1]
        elif arg.startswith("--lang="):
            chosen = arg.partition("=")[2]
    language = set_language(chosen if chosen in SUPPORTED else language_from_environment())
    argparse._, argparse.ngettext = library_gettext("argparse")  # type: ignore[attr-defined]
    return language


def main(argv: Sequence[str] | None = None) -> int:
    tolerant_output()
    argv = list(sys.argv[1:] if argv is None else argv)
    choose_language(argv)
    owner, _help = COMMANDS.get(command_word(argv) or "", (None, None))
    parser = build_parser((owner,) if owner else ())
    args = parser.parse_args(argv)
    if getattr(args, "usage_check", None) is not None:
        command, check = args.usage_check
        problem = check(args)
        if problem:
            command.error(problem)
    handler: Handler = getattr(args, "handler", cmd_gui)
    if handler is cmd_gui:
        return cmd_gui(None, args)
    return run_command(handler, args)


def run_command(handler: Handler, args: argparse.Namespace) -> int:
    """Open the store, run the command, and turn what goes wrong into one line on stderr."""
    from sqlalchemy.exc import SQLAlchemyError

    from wltdesk.errors import UserError
    from wltdesk.store import open_store

    store: Store | None = None
    try:
        store = open_store(args.db)
        if store.identity.renewed_from is not None:
            print(_("wltdesk: note: {renewal_note}").format(
                renewal_note=store.identity.renewal_note()
            ), file=sys.stderr)
        result = handler(store, args)
        sys.stdout.flush()  # a closed pipe shows up here, inside the handling below
        return result
    except UserError as exc:
        print(f"wltdesk: {exc}", file=sys.stderr)
        return 1
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        print(_("wltdesk: store error: {reason}").format(reason=reason), file=sys.stderr)
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
