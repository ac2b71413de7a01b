"""Reading a spreadsheet export into rows of text: CSV in any likely encoding, or XLSX;
and making text safe to write into a CSV that a spreadsheet will open.

Rosters reach a facilitator from registration forms and spreadsheets on every
platform: UTF-8 with or without a byte-order mark (LibreOffice, Google Sheets),
Windows-1252 or UTF-16 "Unicode text" (Excel on Windows), comma, semicolon
(locales with a decimal comma) or tab separated, or an ``.xlsx`` workbook.
This module turns all of them into the same :class:`Table` of strings, keeping
the physical line number of every row so that an import can say exactly which
line of the file it refused. It knows nothing of people; :mod:`wltdesk.roster`
gives the columns their meaning.

Encodings are detected by byte-order mark, then UTF-8, then charset-normalizer;
delimiters by :class:`csv.Sniffer`. Anything that is not a table of text (a
photo, an old ``.xls``, a damaged workbook) raises :class:`UserError` naming
the file, before anything is imported.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from itertools import islice
from pathlib import Path
from typing import Any

from wltdesk.errors import UserError

#: What a spreadsheet takes as the start of a formula when a cell begins with it.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: object) -> object:
    """A value for a CSV cell that Excel, LibreOffice or Google Sheets will open.

    Text that starts like a formula (``=HYPERLINK(…)`` typed as a name, for
    instance) gets a leading apostrophe, which spreadsheets show as text
    instead of running it (the OWASP advice on CSV injection); other values
    pass as they are.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


#: Delimiters a roster may use; the sniffer chooses among these only.
DELIMITERS = ",;\t"
#: The legacy encoding rosters come in (Excel on Windows, Western locales).
LEGACY_ENCODING = "cp1252"
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xltx", ".xltm"})

_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, .doc: the pre-2007 Office format
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SNIFF_LINES = 50
_EXCEL_SEP_LINE = re.compile(r"sep=(.)\r?\n?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TableRow:
    """One non-blank row: its line in the file (sheet row for XLSX) and its cells."""

    line: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A file's header row and the non-blank rows below it, all as text.

    ``headers`` is as wide as the widest row (missing header cells are ``""``);
    a row may be shorter than the headers. ``encoding`` and ``delimiter`` are
    what was detected for a CSV file, ``None`` for a workbook.
    """

    path: Path
    kind: str  # "csv" or "xlsx"
    headers: tuple[str, ...]
    header_line: int
    rows: tuple[TableRow, ...]
    encoding: str | None = None
    delimiter: str | None = None


def read_table(path: str | Path, limit: int | None = None) -> Table:
    """Read a CSV or XLSX file (judged by its content, not its name).

    ``limit`` stops after that many data rows (for previews). Raises
    :class:`UserError` naming the file when it cannot be read as a table.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
    if not data.strip():
        raise UserError(f"{path}: the file is empty")
    if data.startswith(_OLE_MAGIC):
        raise UserError(
            f"{path}: an old-style Excel .xls file (or another legacy Office file); "
            "save it as .xlsx or CSV"
        )
    if data.startswith(_ZIP_MAGIC):
        return _read_xlsx(path, data, limit)
    if path.suffix.lower() in XLSX_SUFFIXES:
        raise UserError(f"{path}: not an Excel workbook, although the name ends in {path.suffix}")
    return _read_csv(path, data, limit)


# ----------------------------------------------------------------- CSV
def detect_encoding(data: bytes) -> str | None:
    """The encoding of a text file's bytes, or ``None`` if they are not text.

    A byte-order mark decides; otherwise bytes that are valid UTF-8 are UTF-8.
    The rest goes to charset-normalizer, asked first whether Windows-1252 is a
    plausible reading, and only then for its best guess among all encodings.
    Asked directly, it cannot tell the Western code pages apart on a few names
    (it reads "José Müller" as Baltic cp775, "ÀA" as Big5), and Windows-1252
    is what Excel on Windows writes. Cyrillic, Greek or CJK bytes are not
    plausible Windows-1252 text, so they still get their own encoding.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    # Imported here: the check-in desk (walk-ins) needs this module, not its sniffer.
    from charset_normalizer import from_bytes

    if from_bytes(data, cp_isolation=[LEGACY_ENCODING]).best() is not None:
        return LEGACY_ENCODING
    best = from_bytes(data).best()
    return None if best is None else best.encoding


def _read_csv(path: Path, data: bytes, limit: int | None) -> Table:
    encoding = detect_encoding(data)
    if encoding is None:
        raise UserError(f"{path}: not a CSV or XLSX file (it holds binary data)")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:  # a BOM followed by bytes of another encoding
        raise UserError(f"{path}: not valid {encoding} text ({exc.reason})") from exc
    text = text.lstrip("\ufeff")  # a second mark, from a tool that added its own
    if not text.strip():
        raise UserError(f"{path}: the file is empty")
    if _looks_binary(text):
        raise UserError(f"{path}: not a CSV or XLSX file (it holds binary data)")
    delimiter, declared = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=True)
    if declared:
        next(reader)  # Excel's "sep=;" line is a declaration, not the header
    header: TableRow | None = None
    rows: list[TableRow] = []
    while limit is None or len(rows) < limit:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise UserError(f"{path}: line {reader.line_num}: {exc}") from exc
        if not any(cell.strip() for cell in cells):
            continue
        if header is None:
            header = TableRow(line, tuple(cell.strip() for cell in cells))
        else:
            rows.append(TableRow(line, tuple(cells)))
    return _table(path, "csv", header, rows, encoding, delimiter)


def _looks_binary(text: str) -> bool:
    """NUL bytes, or more control characters than a stray one (e.g. a DOS end-of-file mark)."""
    sample = text[:65536]
    return "\x00" in text or len(_CONTROL.findall(sample)) > max(1, len(sample) // 100)


def _delimiter(text: str) -> tuple[str, bool]:
    """The delimiter, and whether the file declares it in an Excel ``sep=`` first line."""
    first, _, _ = text.partition("\n")
    declared = _EXCEL_SEP_LINE.match(first.strip(" "))
    if declared and declared.group(1) in DELIMITERS:
        return declared.group(1), True
    lines = list(islice(io.StringIO(text, newline=""), _SNIFF_LINES))
    header = next((line for line in lines if line.strip()), "")
    # The sniffer wants rows of equal length; when some are ragged it gives up,
    # and the header line alone still tells. One column has no delimiter at all.
    for sample in ("".join(lines), header):
        try:
            return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter, False
        except csv.Error:
            continue
    return ",", False


# ----------------------------------------------------------------- XLSX
def _read_xlsx(path: Path, data: bytes, limit: int | None) -> Table:
    from openpyxl import load_workbook  # here: importing it costs every start-up time

    header: TableRow | None = None
    rows: list[TableRow] = []
    try:
        # A file object, not the path: openpyxl refuses names not ending in .xlsx.
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            if not workbook.worksheets:
                raise UserError(f"{path}: the workbook has no worksheet")
            sheet = workbook.worksheets[0]
            sheet.reset_dimensions()  # some writers store a wrong used range
            for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), 1):
                if limit is not None and len(rows) >= limit:
                    break
                cells = tuple(_cell_text(value) for value in values)
                if not any(cell.strip() for cell in cells):
                    continue
                if header is None:
                    header = TableRow(number, tuple(cell.strip() for cell in cells))
                else:
                    rows.append(TableRow(number, cells))
        finally:
            workbook.close()
    except UserError:
        raise
    except Exception as exc:
        # A damaged or foreign ZIP fails deep inside openpyxl or its XML parser,
        # with whatever exception that layer has (BadZipFile, KeyError, ParseError…).
        reason = str(exc).strip() or type(exc).__name__
        raise UserError(f"{path}: not a readable Excel workbook ({reason})") from exc
    return _table(path, "xlsx", header, rows, None, None)


def _cell_text(value: Any) -> str:
    """A cell as the text a person sees in it (whole numbers without ``.0``)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _table(
    path: Path,
    kind: str,
    header: TableRow | None,
    rows: list[TableRow],
    encoding: str | None,
    delimiter: str | None,
) -> Table:
    if header is None:
        raise UserError(f"{path}: no header row (every row is blank)")
    width = max([len(header.cells), *(len(row.cells) for row in rows)])
    headers = header.cells + ("",) * (width - len(header.cells))
    return Table(path, kind, headers, header.line, tuple(rows), encoding, delimiter)
