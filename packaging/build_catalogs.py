"""Extract, update and compile the gettext catalogs of the core and the command line.

The Qt-free core (everything in ``wltdesk/`` but ``wltdesk/gui``, which has Qt's
``.ts``) marks its messages with ``_``, ``N_``, ``ngettext`` and ``pgettext`` from
:mod:`wltdesk.language`. This script, with Babel's own extractor and catalog
code, writes:

- ``resources/locale/wltdesk.pot``: the template, every message the code has;
- ``resources/locale/<lang>/LC_MESSAGES/wltdesk.po``: what translators edit (new
  messages appear untranslated, vanished ones are dropped, near misses fuzzy);
- ``resources/locale/<lang>/LC_MESSAGES/argparse.po``: Python's argparse's own words
  ("usage:", "options", its errors), extracted from the argparse this Python ships;
- the compiled ``.mo`` beside each ``.po``: what the program reads.

``--merge-tsv FILE...`` first fills untranslated entries from tab-separated lines
``msgid<TAB>translation`` (``singular|plural`` for plural messages; ``\\n`` for a
newline), the way helpers hand in the words of new messages.

``--check`` (run by tests/test_language.py) changes nothing and exits 1, naming
each problem, when the template or a catalog is stale against the code, an entry
is untranslated or fuzzy, or a ``.mo`` is not what its ``.po`` compiles to.

Usage: python packaging/build_catalogs.py [--check] [--merge-tsv FILE ...]
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir, extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "resources" / "locale"
TEMPLATE = LOCALE / "wltdesk.pot"
SOURCES = ROOT / "wltdesk"
LANGUAGES = ("bn",)
#: Plural rule of each language, as its catalogs declare it: Bengali says "১টি" and
#: "২টি" alike but keeps two forms, one for exactly one (gettext's usual rule).
PLURAL_FORMS = {"bn": "nplurals=2; plural=(n != 1);"}
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}
#: Babel's method map: Python sources of the core; the GUI is Qt's (.ts), not ours.
METHOD_MAP = [("gui/**", "ignore"), ("**.py", "python")]
COMMENT_TAGS = ("Translators:",)
PROJECT = "WLT Desk"
# Header lines that change on every run; files are compared without them.
VOLATILE = ("POT-Creation-Date", "PO-Revision-Date")


def extract_core() -> Catalog:
    """Every message of the core, as a template."""
    template = Catalog(project=PROJECT, charset="utf-8", fuzzy=False)
    found = extract_from_dir(
        SOURCES, METHOD_MAP, keywords=KEYWORDS, comment_tags=COMMENT_TAGS,
        strip_comment_tags=True,
    )
    for filename, lineno, message, comments, context in found:
        path = f"wltdesk/{Path(filename).as_posix()}"
        template.add(message, None, [(path, lineno)], auto_comments=comments, context=context)
    return template


def extract_argparse() -> Catalog:
    """The messages of the argparse module this Python runs (``usage:``, its errors)."""
    template = Catalog(project="argparse", charset="utf-8", fuzzy=False)
    source = argparse.__file__
    keywords = {"_": None, "ngettext": (1, 2)}
    for lineno, message, comments, context in extract_from_file("python", source, keywords):
        template.add(message, None, [("argparse.py", lineno)], auto_comments=comments,
                     context=context)
    return template


def shown(path: Path) -> str:
    """A path as a message names it: from the checkout's root where it is inside."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def serialise(catalog: Catalog) -> str:
    out = io.BytesIO()
    write_po(out, catalog, width=100, include_lineno=False, sort_output=True)
    return out.getvalue().decode("utf-8")


def compiled(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def stable(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith(
        tuple(f'"{name}:' for name in VOLATILE)))


def keys(catalog: Catalog) -> set[tuple[object, str | None]]:
    return {(m.id, m.context) for m in catalog if m.id}


def read(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle)


def updated(po_path: Path, template: Catalog, language: str, domain: str) -> Catalog:
    """The catalog at ``po_path`` brought up to ``template`` (a new one if there is none)."""
    if po_path.exists():
        catalog = read(po_path)
    else:
        catalog = Catalog(locale=language, domain=domain, project=template.project,
                          charset="utf-8", fuzzy=False)
    catalog.update(template, update_header_comment=False)
    catalog.obsolete.clear()
    headers = [(k, v) for k, v in catalog.mime_headers if k != "Plural-Forms"]
    catalog.mime_headers = [*headers, ("Plural-Forms", PLURAL_FORMS[language])]
    catalog.fuzzy = False
    catalog.last_translator = "WLT Desk translators"
    catalog.language_team = "Bengali (Bangladesh)"
    return catalog


def merge_tsv(catalog: Catalog, lines: Iterable[str]) -> int:
    """Fill untranslated entries from ``msgid<TAB>translation`` lines; how many it filled."""
    filled = 0
    for line in lines:
        if "\t" not in line or line.startswith("#"):
            continue
        source, text = (part.replace("\\n", "\n") for part in line.rstrip("\n").split("\t", 1))
        singular = source.split("|", 1)[0] if "|" in source else source
        message = catalog.get(singular) or catalog.get(source)
        if message is None or not text:
            continue
        if message.pluralizable:
            forms = text.split("|", 1) if "|" in text else [text, text]
            done = isinstance(message.string, tuple | list) and all(message.string)
            if not done or message.fuzzy:
                message.string = tuple(forms[: catalog.num_plurals])
                message.flags.discard("fuzzy")
                filled += 1
        elif not message.string or message.fuzzy:
            message.string = text
            message.flags.discard("fuzzy")
            filled += 1
    return filled


def problems_of(catalog: Catalog, where: str) -> list[str]:
    found = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple | list) else [message.string]
        label = message.id[0] if isinstance(message.id, tuple | list) else message.id
        if message.fuzzy:
            found.append(f"{where}: fuzzy: {label!r}")
        elif not all(strings):
            found.append(f"{where}: untranslated: {label!r}")
    if catalog.num_plurals != 2 or "n != 1" not in (catalog.plural_expr or ""):
        found.append(f"{where}: Plural-Forms is not {PLURAL_FORMS.get('bn')!r}")
    return found


def domains() -> list[tuple[str, Catalog, Path | None]]:
    """(domain, fresh template, committed template file or None)."""
    return [("wltdesk", extract_core(), TEMPLATE), ("argparse", extract_argparse(), None)]


def check() -> list[str]:
    problems: list[str] = []
    for domain, template, template_file in domains():
        if template_file is not None:
            if not template_file.exists():
                problems.append(f"{shown(template_file)} is missing")
            elif keys(read(template_file)) != keys(template):
                stale = keys(template) ^ keys(read(template_file))
                example = sorted(map(str, stale))[0]
                problems.append(f"{shown(template_file)} is stale "
                                f"({len(stale)} messages differ, e.g. {example})")
        for language in LANGUAGES:
            folder = LOCALE / language / "LC_MESSAGES"
            po_path, mo_path = folder / f"{domain}.po", folder / f"{domain}.mo"
            where = shown(po_path)
            if not po_path.exists():
                problems.append(f"{where} is missing")
                continue
            catalog = read(po_path)
            missing = keys(template) - keys(catalog)
            vanished = keys(catalog) - keys(template)
            for key in sorted(map(str, missing))[:10]:
                problems.append(f"{where}: stale, not in the catalog: {key}")
            for key in sorted(map(str, vanished))[:10]:
                problems.append(f"{where}: stale, no longer in the code: {key}")
            problems.extend(problems_of(catalog, where))
            if not mo_path.exists() or mo_path.read_bytes() != compiled(catalog):
                problems.append(f"{shown(mo_path)} is not what {where} compiles to")
    return problems


def write_if_changed(path: Path, text: str) -> None:
    if path.exists() and stable(path.read_text(encoding="utf-8")) == stable(text):
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def build(tsv_files: list[Path]) -> list[str]:
    tsv_lines = [
        line for tsv in tsv_files for line in tsv.read_text(encoding="utf-8").splitlines()
    ]
    notes = []
    for domain, template, template_file in domains():
        template.creation_date = datetime(2026, 1, 1, tzinfo=UTC)
        if template_file is not None:
            write_if_changed(template_file, serialise(template))
        for language in LANGUAGES:
            folder = LOCALE / language / "LC_MESSAGES"
            po_path = folder / f"{domain}.po"
            catalog = updated(po_path, template, language, domain)
            filled = merge_tsv(catalog, tsv_lines) if tsv_lines else 0
            write_if_changed(po_path, serialise(catalog))
            catalog = read(po_path)  # compile what is on disk, as --check does
            (folder / f"{domain}.mo").write_bytes(compiled(catalog))
            left = problems_of(catalog, shown(po_path))
            notes.append(f"{shown(po_path)}: {len(catalog)} messages, "
                         f"{filled} filled from TSV, {len(left)} to do")
    return notes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; fail if stale")
    parser.add_argument("--merge-tsv", nargs="+", type=Path, default=[], metavar="FILE",
                        help="fill untranslated entries from msgid<TAB>translation lines")
    args = parser.parse_args()
    if args.check:
        problems = check()
        for problem in problems:
            print(f"build_catalogs: {problem}", file=sys.stderr)
        if problems:
            print("build_catalogs: run python packaging/build_catalogs.py, translate, and "
                  "commit resources/locale/", file=sys.stderr)
        return 1 if problems else 0
    for note in build(args.merge_tsv):
        print(note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
