"""The README's command-line tour runs as written on the demo, through the real command line.

Each ``wltdesk …`` line of the tour's code block (continuation lines joined,
comments dropped) runs in its own process, in order, in a temporary folder with
its own data folder (``WLTDESK_HOME``), so the tour's first line makes the demo
in a new default store, as it would for a reader. Every line must exit 0.

What a reader brings is made here, and nothing else is changed:

- ``participants.xlsx``: the demo roster as a spreadsheet, with a ``Notes`` column;
- ``PASS``: a passphrase in the environment, for ``export --passphrase-env PASS``;
- the USB stick: :data:`PLACES` maps its paths in the tour (``/media/usb/wlt`` and
  ``stick/``) to one temporary folder, word for word;
- the event key: the tour writes it as ``wltdesk-key:1:…`` (a reader pastes the text of
  the lead's QR code there); the test pastes the demo's, from ``wltdesk event key --json``.

Lines that would need a server (a word with ``://``) or open the GUI (``wltdesk``
alone, ``wltdesk gui``) are not run; the tour has none today.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shlex
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest

from wltdesk.people import BADGE_ALPHABET, BADGE_LENGTH
from wltdesk.resources import resource

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"

#: The tour's paths on a USB stick, and the words for them in the temporary folder.
PLACES = {"/media/usb/wlt": "usb/wlt", "stick/": "usb/wlt/"}


def tour_lines(text: str) -> list[str]:
    """The ``wltdesk`` lines of the first ``sh`` block under "Command-line tour"."""
    section = text.split("## Command-line tour", 1)[1]
    block = section.split("```sh\n", 1)[1].split("\n```", 1)[0]
    joined = block.replace("\\\n", " ")
    return [line.strip() for line in joined.splitlines() if line.strip().startswith("wltdesk")]


def command_words(line: str, folder: Path) -> list[str] | None:
    """The arguments after ``wltdesk``, with the stick's paths replaced; None: not run here."""
    words = shlex.split(line, comments=True)
    if len(words) == 1 or words[1] == "gui" or any("://" in word for word in words):
        return None
    return [str(folder / PLACES[word]) if word in PLACES else word for word in words[1:]]


def write_participants(path: Path) -> None:
    """The demo roster as the spreadsheet the tour imports (with a column it ignores)."""
    from openpyxl import Workbook

    with resource("demo", "roster.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    book = Workbook()
    sheet = book.active
    sheet.append([*rows[0], "Notes"])
    for row in rows[1:]:
        sheet.append([*row, "met at the library day"])
    book.save(path)


def test_the_tour_has_the_desk_commands():
    """The tour shows what a desk needs from the command line, not only what it had."""
    tour = "\n".join(tour_lines(README.read_text(encoding="utf-8")))
    for piece in (
        "checkin --session",
        "--walk-in",
        "checkin --undo",
        "session edit",
        "session delete",
        "session add",
        "--facilitator",
    ):
        assert piece in tour, piece


@pytest.mark.slow
def test_every_line_of_the_tour_runs_on_the_demo(tmp_path):
    lines = tour_lines(README.read_text(encoding="utf-8"))
    assert lines[0].startswith("wltdesk demo")  # the store is new: the tour makes the demo
    (tmp_path / "usb" / "wlt").mkdir(parents=True)
    write_participants(tmp_path / "participants.xlsx")
    env = {
        **os.environ,
        "WLTDESK_HOME": str(tmp_path / "home"),
        "PASS": "a passphrase for the tour",
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    ran = 0
    key_text: str | None = None
    for line in lines:
        if KEY_PLACEHOLDER in line:
            key_text = key_text or demo_key_text(tmp_path, env)
            line = line.replace(KEY_PLACEHOLDER, key_text)
        words = command_words(line, tmp_path)
        if words is None:
            continue
        done = subprocess.run(
            [sys.executable, "-m", "wltdesk", *words],
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=tmp_path,
            env=env,
            timeout=300,
        )
        assert done.returncode == 0, f"{line}\n{done.stderr}"
        ran += 1
    assert ran == len(lines)
    assert (tmp_path / "badges.pdf").stat().st_size > 0


KEY_PLACEHOLDER = "wltdesk-key:1:…"


def demo_key_text(folder: Path, env: dict[str, str]) -> str:
    """The text of the demo event's key QR code, as the lead's laptop shows it."""
    shown = subprocess.run(
        [sys.executable, "-m", "wltdesk", "event", "key", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=folder,
        env=env,
        timeout=300,
    )
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout)["qr_text"]


# ----------------------------------------------------------------- codes in the docs
OPTIONS_WITH_PEOPLE = ("--code", "--apart", "--together", "--pin", "--people", "--facilitator")
BADGE = re.compile(rf"[{BADGE_ALPHABET}]{{{BADGE_LENGTH}}}")


def quoted_codes(text: str) -> set[str]:
    """Badge codes that ``wltdesk`` examples give to options naming people."""
    codes: set[str] = set()
    for line in text.replace("\\\n", " ").splitlines():
        if "wltdesk " not in line:
            continue
        words = line[line.index("wltdesk ") :].split()
        for option, value in pairwise(words):
            if option in OPTIONS_WITH_PEOPLE:
                for part in value.strip("\"'`").split(","):
                    who = part.partition("=")[0]
                    if BADGE.fullmatch(who):
                        codes.add(who)
    return codes


def test_badge_codes_in_the_readme_and_guides_are_the_demos():
    with resource("demo", "roster.csv").open(encoding="utf-8", newline="") as handle:
        demo_codes = {row["Badge code"] for row in csv.DictReader(handle)}
    quoted: dict[str, set[str]] = {}
    for path in [README, *sorted((ROOT / "docs").glob("*.md"))]:
        quoted[path.name] = quoted_codes(path.read_text(encoding="utf-8"))
    assert {"K7M2QX", "P4T9RW", "TVWHGH", "S952FT"} <= quoted["README.md"]
    for name, codes in quoted.items():
        assert codes <= demo_codes, (name, codes - demo_codes)
