"""Update the Qt Linguist translations and compile them.

``resources/translations/wltdesk_<lang>.ts`` is what translators edit (with Qt
Linguist or any XML editor); ``.qm`` is what the app loads. This script runs
``pyside6-lupdate`` over the GUI sources and Designer forms (new strings
appear as unfinished, vanished ones are dropped) and ``pyside6-lrelease`` to
compile. ``--check`` (run by a test) changes nothing and fails when a source
string is missing from a ``.ts`` file, a translation is unfinished, or a
``.qm`` file is stale.

Usage: python packaging/build_translations.py [--check]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("bn",)


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        sys.exit(f"build_translations: {name} not found (install PySide6-Essentials)")
    return found


def sources() -> list[str]:
    gui = ROOT / "wltdesk" / "gui"
    files = [p for p in sorted(gui.rglob("*.py")) if "forms" not in p.parts]
    return [str(p) for p in files + sorted((ROOT / "ui").glob("*.ui"))]


def lupdate(ts_file: Path) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            *sources(),
            "-ts",
            str(ts_file),
        ],
        check=True,
    )


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True
    )


def messages(ts_file: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → translation, None when unfinished or empty."""
    found: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text if translation is not None else None
            if translation is not None and message.get("numerus") == "yes":
                # a plural message (%n): one translation per plural form, all needed
                forms = [form.text or "" for form in translation.iter("numerusform")]
                text = " | ".join(forms) if forms and all(f.strip() for f in forms) else None
            done = (
                translation is not None
                and translation.get("type") not in ("unfinished", "vanished", "obsolete")
                and (text or "").strip()
            )
            found[(name, message.findtext("source") or "")] = text if done else None
    return found


def build() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts_file = TRANSLATIONS / f"wltdesk_{language}.ts"
        lupdate(ts_file)
        lrelease(ts_file, ts_file.with_suffix(".qm"))


def check() -> list[str]:
    problems = []
    for language in LANGUAGES:
        ts_file = TRANSLATIONS / f"wltdesk_{language}.ts"
        if not ts_file.exists():
            problems.append(f"{ts_file.name} is missing")
            continue
        with tempfile.TemporaryDirectory() as scratch:
            fresh = Path(scratch) / ts_file.name
            shutil.copy(ts_file, fresh)
            lupdate(fresh)
            current = messages(fresh)
            committed = messages(ts_file)
            for key in sorted(set(current) - set(committed)):
                problems.append(f"{ts_file.name}: new string not in the file: {key[0]}: {key[1]!r}")
            for key, text in sorted(current.items()):
                if key in committed and text is None:
                    problems.append(f"{ts_file.name}: untranslated: {key[0]}: {key[1]!r}")
            qm_fresh = Path(scratch) / "fresh.qm"
            lrelease(ts_file, qm_fresh)
            qm_file = ts_file.with_suffix(".qm")
            if not qm_file.exists() or qm_file.read_bytes() != qm_fresh.read_bytes():
                problems.append(f"{qm_file.name} is missing or stale")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, change nothing")
    if not parser.parse_args().check:
        build()
        return 0
    problems = check()
    for problem in problems:
        print(f"build_translations: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
