"""The core speaks Bengali: complete catalogs, every message marked, Bengali digits.

- ``packaging/build_catalogs.py --check`` passes, and fails on a stale template, an
  untranslated or fuzzy entry, or a ``.mo`` that is not its ``.po`` compiled;
- an AST walk over the core and the command line finds no message written as a bare
  literal where a user reads it (``UserError(...)``, argparse ``help=``, the CLI's
  ``print``...): each must go through ``_()`` / ``ngettext()``;
- the real command line, with ``--lang bn`` or ``LANG=bn_BD.UTF-8``, writes lines
  whose counts, times and dates are all in Bengali digits, in the venue's time zone,
  and leaves no English word but names, codes and what the user typed.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from babel import Locale
from babel.messages.pofile import read_po, write_po
from cli_result import invoke

from wltdesk.language import (
    _,
    format_date,
    format_day_time,
    format_number,
    format_time,
    language_from_environment,
    native_digits,
    ngettext,
    set_language,
    speaking,
)
from wltdesk.language.formats import LOCALES

ROOT = Path(__file__).resolve().parent.parent
ASCII_DIGIT = re.compile(r"[0-9]")
pytestmark = pytest.mark.usefixtures("clock")


@pytest.fixture(autouse=True)
def _english_afterwards():
    """The process language is global: leave it English for the next test."""
    yield
    set_language("en")


def _build_catalogs():
    spec = importlib.util.spec_from_file_location(
        "build_catalogs", ROOT / "packaging" / "build_catalogs.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ----------------------------------------------------------------- (a) complete catalogs
def test_catalogs_are_complete_and_compiled():
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build_catalogs.py"), "--check"],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr


@pytest.fixture
def catalogs_copy(tmp_path, monkeypatch):
    """build_catalogs working on a copy of resources/locale, to spoil it."""
    module = _build_catalogs()
    copy = tmp_path / "locale"
    shutil.copytree(ROOT / "resources" / "locale", copy)
    monkeypatch.setattr(module, "LOCALE", copy)
    monkeypatch.setattr(module, "TEMPLATE", copy / "wltdesk.pot")
    return module, copy / "bn" / "LC_MESSAGES" / "wltdesk.po"


def _rewrite(po_path: Path, change) -> None:
    with po_path.open("rb") as handle:
        catalog = read_po(handle)
    change(catalog)
    with po_path.open("wb") as handle:
        write_po(handle, catalog, width=100, include_lineno=False, sort_output=True)


def test_check_fails_on_untranslated_fuzzy_stale_and_uncompiled(catalogs_copy):
    module, po_path = catalogs_copy
    assert module.check() == []

    def untranslate(catalog):
        catalog["no passing"].string = ""

    _rewrite(po_path, untranslate)
    problems = module.check()
    assert any("untranslated: 'no passing'" in p for p in problems), problems
    assert any("wltdesk.mo is not what" in p for p in problems), problems

    def fuzzy(catalog):
        catalog["no passing"].string = "পাস করা যাবে না"
        catalog["no passing"].flags.add("fuzzy")

    _rewrite(po_path, fuzzy)
    assert any("fuzzy: 'no passing'" in p for p in module.check())

    def vanish(catalog):
        catalog.delete("no passing")

    _rewrite(po_path, vanish)
    assert any("stale, not in the catalog" in p and "no passing" in p for p in module.check())


def test_plural_rule_is_two_forms_with_one_for_exactly_one():
    with (ROOT / "resources/locale/bn/LC_MESSAGES/wltdesk.po").open("rb") as handle:
        catalog = read_po(handle)
    assert catalog.num_plurals == 2 and catalog.plural_expr.replace(" ", "") == "(n!=1)"
    with speaking("en"):
        assert ngettext("{n} person", "{n} people", 1).format(n=1) == "1 person"
        assert ngettext("{n} person", "{n} people", 0).format(n=0) == "0 people"
    with speaking("bn"):
        assert ngettext("{n} person", "{n} people", 1).format(n=1) == "১ জন"
        assert ngettext("{n} person", "{n} people", 12345).format(n=12345) == "১২৩৪৫ জন"


# ----------------------------------------------------------------- (b) every message marked
MARKERS = {"_", "ngettext", "pgettext", "N_"}
#: Calls whose first argument is a message for the user.
MESSAGE_CALLS = {"UserError", "ArgumentTypeError", "error"}
#: argparse keywords that are read in --help.
TEXT_KEYWORDS = {"help", "description", "epilog"}
#: Exceptions for programmers, never shown as a message to the user.
PROGRAMMER_ERRORS = {
    "ValueError", "TypeError", "AssertionError", "RuntimeError", "NotImplementedError",
    "KeyError", "SystemExit", "AttributeError", "LookupError",
}
#: Folders of wltdesk/ with messages of their own elsewhere: the GUI's are Qt's (.ts);
#: the PDFs' words are the printing package's (it writes them in a document's language).
NOT_HERE = ("gui", "printing", "migrations")
#: Modules below wltdesk.language in the layers (it reads its catalogs through them).
BELOW_LANGUAGE = ("resources.py", "errors.py")


def _words(text: str) -> bool:
    return re.search(r"[A-Za-z]", text.replace("wltdesk", "")) is not None


def _bare_literal(node: ast.AST) -> bool:
    """Whether ``node`` is (or builds on) a string literal with words, not marked."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _words(node.value)
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and _words(v.value) for v in node.values)
    if isinstance(node, ast.BinOp):
        return _bare_literal(node.left) or _bare_literal(node.right)
    if isinstance(node, ast.IfExp):
        return _bare_literal(node.body) or _bare_literal(node.orelse)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("format", "join")
    ):
        return _bare_literal(node.func.value)
    return False


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def unmarked_messages(source: str, command_line: bool) -> list[tuple[int, str]]:
    """(line, text) of each message a user reads that is a bare literal."""
    found: dict[int, tuple[int, str]] = {}
    for node in ast.walk(ast.parse(source)):
        args: list[ast.AST] = []
        if (
            isinstance(node, ast.Raise)
            and isinstance(node.exc, ast.Call)
            and _name(node.exc) not in PROGRAMMER_ERRORS
        ):
            args = node.exc.args[:1]
        if isinstance(node, ast.Call):
            name = _name(node)
            if name in MESSAGE_CALLS:
                args = node.args[:1]
            elif command_line and name == "print":
                args = list(node.args)
            elif command_line and name == "add" and isinstance(node.func, ast.Attribute):
                args = node.args[2:3]  # CommandLine.add(name, handler, help_text)
            elif command_line and name == "group" and isinstance(node.func, ast.Attribute):
                args = node.args[1:2]  # CommandLine.group(name, help_text)
            args += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
        for arg in args:
            if _bare_literal(arg):
                found[id(arg)] = (arg.lineno, ast.get_source_segment(source, arg) or "")
    return sorted(found.values())


def test_the_check_finds_an_unmarked_message():
    source = (
        "def f(n):\n"
        "    raise UserError(f'no session number {n}')\n"
        "def g(p):\n"
        "    p.add_argument('--x', help='the x')\n"
        "    p.add_argument('--y', help=_('the y'))\n"
        "    print(_('{n} left').format(n=3))\n"
        "    print('done: ' + name)\n"
        "    raise ValueError('for programmers')\n"
    )
    assert [line for line, _text in unmarked_messages(source, True)] == [2, 4, 7]


def test_every_message_of_the_core_and_command_line_is_marked():
    unmarked = []
    for path in sorted((ROOT / "wltdesk").rglob("*.py")):
        parts = path.relative_to(ROOT / "wltdesk").parts
        if parts[0] in NOT_HERE + BELOW_LANGUAGE or "migrations" in parts:
            continue
        for line, text in unmarked_messages(path.read_text(encoding="utf-8"), "cli" in parts):
            unmarked.append(f"{path.relative_to(ROOT)}:{line}: {text[:80]}")
    assert unmarked == []


# ----------------------------------------------------------------- formats
def test_bengali_digits_follow_cldr():
    """native_digits writes what CLDR says each language's default numbering is."""
    assert Locale.parse(LOCALES["bn"]).default_numbering_system == "beng"
    assert Locale.parse(LOCALES["en"]).default_numbering_system == "latn"
    assert native_digits("2026-12-06 09:05", "bn") == "২০২৬-১২-০৬ ০৯:০৫"
    assert native_digits("12", "en") == "12"


def test_formats_in_bengali_and_english_in_the_venues_zone():
    moment = datetime(2026, 12, 6, 3, 5, tzinfo=UTC)  # 09:05 in Dhaka
    with speaking("bn"):
        assert format_time(moment, "Asia/Dhaka") == "০৯:০৫"
        assert format_day_time(moment, "Asia/Dhaka") == "রবি ৬ ডিসে ০৯:০৫"
        assert format_number(1234567) == "১২,৩৪,৫৬৭"
        assert _("{n} locked").format(n=3) == "৩টি লক করা"
    with speaking("en"):
        assert format_time(moment, "Asia/Dhaka") == "09:05"
        assert format_date(date(2026, 12, 6)) == "6 Dec 2026"


def test_language_from_the_environment():
    assert language_from_environment({"LANG": "bn_BD.UTF-8"}) == "bn"
    assert language_from_environment({"LANGUAGE": "fr:bn", "LANG": "C"}) == "bn"
    assert language_from_environment({"LANGUAGE": "en_GB:bn", "LANG": "bn_BD"}) == "en"
    assert language_from_environment({"LANG": "C.UTF-8"}) == "en"


# ----------------------------------------------------------------- (c), (d) the real CLI
@pytest.fixture
def demo(tmp_path, capsys) -> str:
    db = str(tmp_path / "demo.sqlite")
    made = invoke(capsys, ["--db", db, "demo"])
    assert made.code == 0, made.err
    return db


@pytest.fixture
def bn_environment(monkeypatch):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "bn_BD.UTF-8")


def _demo_names(capsys, db: str) -> list[str]:
    roster = invoke(capsys, ["--db", db, "roster", "list", "--json"]).json()
    sessions = invoke(capsys, ["--db", db, "session", "list", "--json"]).json()
    people = [
        p[field] or "" for p in roster
        # the role and a session's kind are words the program writes: translated, not data
        for field in ("display_name", "local_name", "badge_code", "region", "affiliation")
    ]
    plans = invoke(capsys, ["--db", db, "plan", "list", "--json"]).json()
    devices = invoke(capsys, ["--db", db, "device", "list", "--json"]).json()
    data = [
        *people,
        *(s[field] or "" for s in sessions for field in ("title", "room")),
        *(p[field] or "" for p in plans for field in ("title", "region")),
        *(d["name"] or "" for d in devices),
    ]
    return [n for n in data if n]


def english_left(text: str, names: list[str]) -> list[str]:
    """Latin words left once names, codes and what the user typed are taken out."""
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, " ")
    text = re.sub(r"'[^'\n]*'|“[^”\n]*”|\"[^\"\n]*\"", " ", text)  # quoted input, commands
    text = re.sub(r"\bwltdesk( [a-z]+)*:", " ", text)  # the program (and command) name
    text = re.sub(r"\b[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\b", " ", text)  # ids
    text = re.sub(r"\b[0-9a-f]{4}( [0-9a-f]{4}){3}\b", " ", text)  # key fingerprints
    text = re.sub(r"--[a-z][a-z-]*|\b[0-9a-f]{8,}\b|\bwltdesk\b|\bUTC\b", " ", text)
    return re.findall(r"[A-Za-z]+", text)


def test_attendance_in_bengali_has_bengali_counts_times_and_dates(capsys, demo, bn_environment):
    """LANG=bn_BD.UTF-8: the header names the session's day and time, each check-in
    its time at the venue (Dhaka, not UTC), the tally its counts — all in Bengali
    digits; no ASCII digit is left outside names and codes."""
    shown = invoke(capsys, ["--db", demo, "attendance", "--session", "1"])
    assert shown.code == 0, shown.err
    lines = shown.out.splitlines()
    english = invoke(capsys, ["--lang", "en", "--db", demo, "attendance", "--session", "1"])
    header, tally = lines[0], lines[-1]
    assert re.search(r"— [^\x00-\x7f]+ [০-৯]+ [^\x00-\x7f]+ [০-৯]{2}:[০-৯]{2}$", header), header
    assert english.out.splitlines()[0].endswith("Dec 09:00") and header.endswith("০৯:০০")
    assert tally.startswith("উপস্থিত ") and re.search("প্রত্যাশিত [০-৯]+$", tally), tally
    assert not ASCII_DIGIT.search(tally)
    rows = lines[1:-1]
    assert rows and all(re.search(r"[০-৯]{2}:[০-৯]{2}", row) for row in rows if "-" not in row[:2])
    names = _demo_names(capsys, demo)
    for line in lines:
        rest = line
        for name in sorted(names, key=len, reverse=True):
            rest = rest.replace(name, "")
        assert not ASCII_DIGIT.search(rest), line
    assert english_left(shown.out, names) == []


def test_check_in_line_in_bengali_through_lang_option(capsys, demo):
    roster = invoke(capsys, ["--db", demo, "roster", "list", "--json"]).json()
    waiting = invoke(capsys, ["--db", demo, "attendance", "--session", "1", "--json"]).json()
    arrived = {p["person_id"] for p in waiting["people"] if p["status"]}
    person = next(p for p in roster if p["id"] not in arrived and p["role"] == "participant")
    done = invoke(
        capsys, ["--lang", "bn", "--db", demo, "checkin", "--session", "1",
                 "--code", person["badge_code"]],
    )
    assert done.code == 0, done.err
    line = done.out.strip()
    assert re.search(r"[০-৯]{2}:[০-৯]{2}-এ (উপস্থিত|দেরিতে), ", line), line
    assert english_left(line, _demo_names(capsys, demo)) == []
    # the next command without --lang is English again (one place decides, per run)
    again = invoke(capsys, ["--db", demo, "attendance", "--session", "1"])
    assert "present " in again.out.splitlines()[-1]


@pytest.mark.parametrize(
    "argv",
    [
        ["sync", "--status"],
        ["conflicts"],
        ["groups", "make", "--session", "1", "--size", "4"],
        ["session", "list"],
        ["roster", "list"],
        ["plan", "list"],
        ["device", "list"],
        ["checkin", "--session", "1", "--code", "0000"],
        ["checkin", "--session", "Nothing like it", "--code", "ABC"],
        ["checkin", "--help"],
        ["groups", "make", "--size", "zero"],
    ],
    ids=lambda argv: " ".join(argv),
)
def test_no_english_left_in_bengali(capsys, demo, argv):
    result = invoke(capsys, ["--lang", "bn", "--db", demo, *argv])
    # argparse's usage lines are option names and metavars: what the user types
    text = re.sub(r"ব্যবহার: .*(\n +.*)*", " ", result.out + result.err)
    assert text.strip(), result
    names = _demo_names(capsys, demo)
    if argv[-1] == "--help":
        text = re.sub(r"now\s*/\s*next", " ", text)  # what the user types
        # metavars and option names are what the user types
        text = re.sub(r"\b[A-Z][A-Z_]+\b|-[a-z]\b|\{[a-z,]+\}|[a-z]+ \.\.\.", " ", text)
        text = re.sub(r"\bwltdesk( [a-z-]+)*", " ", text)
        text = text.replace("JSON", "").replace("SQLAlchemy", "").replace("URL", "")
        text = text.replace(".sqlite", "").replace("LANG", "").replace("QR", "")
    left = english_left(text, [*names, "WLT Desk", "JSON", "CSV", "QR"])
    assert left == [], text
