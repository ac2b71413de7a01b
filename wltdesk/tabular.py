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

A roster can also come from someone who means harm, or be a mistake (a whole
database export, a decompression bomb mailed as ``roster.xlsx``). The limits
below refuse such a file within seconds, in one line naming the file and the
limit, instead of reading for minutes and filling the memory: the size is
checked before a byte is read, a workbook's ZIP directory before openpyxl
inflates anything, and rows, columns and cells while the rows stream by.
``docs/organizer-guide.md`` lists them for users.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import stat
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from itertools import islice
from pathlib import Path
from typing import Any

from wltdesk.errors import UserError
from wltdesk.language import _

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
#: Limits on a roster file (see the module doc; every one is in the organizer's guide).
#: The file's size, checked before reading it: ten times the largest real roster.
MAX_FILE_BYTES = 50_000_000
#: Non-blank rows below the header; counted as they are read, never all read first.
MAX_DATA_ROWS = 100_000
#: Rows or lines read at all, blank ones included: the last row of an Excel sheet.
MAX_SHEET_ROWS = 1_048_576
#: Columns with something in them (empty cells past this are dropped); old Excel's width.
MAX_COLUMNS = 256
#: Characters in one cell: the most an Excel cell holds.
MAX_CELL_CHARS = 32_767
#: Characters in one line of a CSV file, checked before the line is split into cells.
MAX_LINE_CHARS = 1_000_000
#: What a workbook's parts may inflate to together, by its ZIP directory.
MAX_XLSX_INFLATED = 200_000_000
#: How much a part over :data:`XLSX_RATIO_FLOOR` may inflate (real sheets: about 10 to 1).
MAX_XLSX_RATIO = 100
XLSX_RATIO_FLOOR = 1_000_000

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, .doc: the pre-2007 Office format
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SNIFF_LINES = 50
#: The sniffer's sample at most: it scans a sample once per character it knows.
_SNIFF_CHARS = 65_536
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
    :class:`UserError` naming the file when it cannot be read as a table, or
    when it is over one of the limits above.
    """
    path = Path(path)
    data = _read_bytes(path)
    if not data.strip():
        raise UserError(_("{path}: the file is empty").format(path=path))
    if data.startswith(_OLE_MAGIC):
        raise UserError(
            _(
                "{path}: an old-style Excel .xls file (or another legacy Office file); save it "
                "as .xlsx or CSV"
            ).format(
                path=path
            )
        )
    if data.startswith(_ZIP_MAGIC):
        return _read_xlsx(path, data, limit)
    if path.suffix.lower() in XLSX_SUFFIXES:
        raise UserError(_(
            "{path}: not an Excel workbook, although the name ends in {suffix}"
        ).format(
            path=path, suffix=path.suffix
        ))
    return _read_csv(path, data, limit)


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, refused unheard if it is larger than :data:`MAX_FILE_BYTES`.

    Only a regular file is opened: a named pipe or a device (``/dev/zero``)
    would block or never end.
    """
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise UserError(_("{path}: cannot read the file (it is a folder)").format(path=path))
        if not stat.S_ISREG(info.st_mode):
            raise UserError(_("{path}: cannot read the file (not a regular file)").format(
                path=path
            ))
        if info.st_size > MAX_FILE_BYTES:
            raise _too_large(path, info.st_size)
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise UserError(_("{path}: no such file").format(path=path)) from None
    except OSError as exc:
        raise UserError(_("{path}: cannot read the file ({value})").format(
            path=path, value=exc.strerror or exc
        )) from exc
    if len(data) > MAX_FILE_BYTES:  # it grew since it was measured
        raise _too_large(path, len(data))
    return data


def _too_large(path: Path, size: int) -> UserError:
    return UserError(
        _(
            "{path}: the file is {megabytes}; a roster may be at most {megabytes2} (split it, "
            "or keep only the columns needed)"
        ).format(
            path=path, megabytes=_megabytes(size), megabytes2=_megabytes(MAX_FILE_BYTES)
        )
    )


def _megabytes(size: int) -> str:
    """Decimal megabytes, as file managers show them: ``50 MB``, ``50.4 MB``."""
    whole, rest = divmod(size, 1_000_000)
    return f"{whole:,} MB" if not rest else f"{size / 1_000_000:,.1f} MB"


class _Rows:
    """Counts and bounds the rows of one file as they are read (see the limits above).

    ``unit`` is what a row is called in messages: ``"line"`` for CSV (the
    physical line), ``"row"`` for a sheet.
    """

    def __init__(self, path: Path, unit: str) -> None:
        self.path = path
        self.unit = unit
        self.data_rows = 0

    def position(self, number: int) -> None:
        """Refuse a row past the last one a spreadsheet has (blank rows count here)."""
        if number > MAX_SHEET_ROWS:
            raise UserError(
                _(
                    "{path}: more than {MAX_SHEET_ROWS:,} {unit}s (blank ones included), more "
                    "than a spreadsheet holds; is this a roster?"
                ).format(
                    path=self.path, MAX_SHEET_ROWS=MAX_SHEET_ROWS, unit=self.unit
                )
            )

    def lines(self, lines: Iterable[str]) -> Iterator[str]:
        """A CSV file's physical lines, each refused before it is split if it is too long."""
        for number, line in enumerate(lines, 1):
            if len(line) > MAX_LINE_CHARS:
                raise UserError(
                    _(
                        "{path}: line {number} is {count:,} characters long; at most "
                        "{MAX_LINE_CHARS:,} are read"
                    ).format(
                        path=self.path, number=number, count=len(line),
                        MAX_LINE_CHARS=MAX_LINE_CHARS,
                    )
                )
            yield line

    def data_row(self) -> None:
        """Count one non-blank row below the header; refuse the one past the limit."""
        self.data_rows += 1
        if self.data_rows > MAX_DATA_ROWS:
            raise UserError(
                _(
                    "{path}: more than {MAX_DATA_ROWS:,} rows; a roster may have at most "
                    "{MAX_DATA_ROWS:,} (split the file)"
                ).format(
                    path=self.path, MAX_DATA_ROWS=MAX_DATA_ROWS
                )
            )

    def cells(self, number: int, cells: Sequence[str]) -> tuple[str, ...]:
        """The row's cells, empty ones past :data:`MAX_COLUMNS` dropped; refuses the rest."""
        if len(cells) > MAX_COLUMNS:
            if any(cell.strip() for cell in cells[MAX_COLUMNS:]):
                raise self.too_wide(number, len(cells))
            cells = cells[:MAX_COLUMNS]
        longest = max(map(len, cells), default=0)
        if longest > MAX_CELL_CHARS:
            raise self.long_cell(number, longest)
        return tuple(cells)

    def too_wide(self, number: int, width: int) -> UserError:
        return UserError(
            _(
                "{path}: {unit} {number} has {width:,} columns; a roster may have at most "
                "{MAX_COLUMNS} columns"
            ).format(
                path=self.path, unit=self.unit, number=number, width=width, MAX_COLUMNS=MAX_COLUMNS
            )
        )

    def long_cell(self, number: int, length: int | None = None) -> UserError:
        size = f"{length:,}" if length is not None else "too many"
        return UserError(
            _(
                "{path}: {unit} {number}: a cell holds {size} characters; at most "
                "{MAX_CELL_CHARS:,} are read (as in a spreadsheet cell)"
            ).format(
                path=self.path, unit=self.unit, number=number, size=size,
                MAX_CELL_CHARS=MAX_CELL_CHARS,
            )
        )


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

    # A mess ratio above charset-normalizer's default (0.2), yet far below what other
    # scripts' bytes read as Windows-1252 give (they find no reading at all, even at 1.0).
    if from_bytes(data, cp_isolation=[LEGACY_ENCODING], threshold=0.5).best() is not None:
        return LEGACY_ENCODING
    best = from_bytes(data).best()
    if _fits_legacy(data) and (best is None or set(best.alphabets) <= _LATIN_ALPHABETS):
        # A few accented names are too little text to tell code pages apart: when the
        # best guess reads them as Latin letters anyway (another Western code page) or
        # finds no reading at all, Windows-1252 is by far the likelier.
        return LEGACY_ENCODING
    return None if best is None else best.encoding


#: Unicode ranges (as charset-normalizer names them) with no letters of another script:
#: what a Western or DOS code page decodes to (symbols and box drawing included).
_LATIN_ALPHABETS = frozenset(
    {
        "Basic Latin",
        "Control character",
        "Latin-1 Supplement",
        "Latin Extended-A",
        "Latin Extended-B",
        "Latin Extended Additional",
        "General Punctuation",
        "Currency Symbols",
        "Letterlike Symbols",
        "Spacing Modifier Letters",
        "Box Drawing",
        "Block Elements",
        "Geometric Shapes",
        "Mathematical Operators",
        "Miscellaneous Technical",
    }
)


def _fits_legacy(data: bytes) -> bool:
    """Whether the bytes are Windows-1252 text: every byte defined, no control characters."""
    try:
        text = data.decode(LEGACY_ENCODING)
    except UnicodeDecodeError:
        return False
    return not any(ord(c) < 32 and c not in "\t\r\n" for c in text)


def _read_csv(path: Path, data: bytes, limit: int | None) -> Table:
    encoding = detect_encoding(data)
    if encoding is None:
        raise UserError(_("{path}: not a CSV or XLSX file (it holds binary data)").format(
            path=path
        ))
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:  # a BOM followed by bytes of another encoding
        raise UserError(_("{path}: not valid {encoding} text ({reason})").format(
            path=path, encoding=encoding, reason=exc.reason
        )) from exc
    text = text.lstrip("\ufeff")  # a second mark, from a tool that added its own
    if not text.strip():
        raise UserError(_("{path}: the file is empty").format(path=path))
    if _looks_binary(text):
        raise UserError(_("{path}: not a CSV or XLSX file (it holds binary data)").format(
            path=path
        ))
    delimiter, declared = _delimiter(text)
    bounds = _Rows(path, "line")
    lines = bounds.lines(io.StringIO(text, newline=""))
    reader = csv.reader(lines, delimiter=delimiter, skipinitialspace=True)
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
            if "field larger than field limit" in str(exc):  # csv's own cap, 131,072
                raise bounds.long_cell(reader.line_num) from None
            raise UserError(_("{path}: line {line_num}: {exc}").format(
                path=path, line_num=reader.line_num, exc=exc
            )) from exc
        bounds.position(reader.line_num)
        if not any(cell.strip() for cell in cells):
            continue
        checked = bounds.cells(line, cells)
        if header is None:
            header = TableRow(line, tuple(cell.strip() for cell in checked))
        else:
            bounds.data_row()
            rows.append(TableRow(line, checked))
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
    lines: list[str] = []
    room = _SNIFF_CHARS
    for line in islice(io.StringIO(text[:_SNIFF_CHARS], newline=""), _SNIFF_LINES):
        lines.append(line[:room])
        room -= len(line)
        if room <= 0:
            break
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
def _check_inflation(path: Path, data: bytes) -> None:
    """Refuse a workbook whose parts would inflate past the limits, by its ZIP directory.

    Python's :mod:`zipfile`, which openpyxl reads through, never inflates a
    part beyond the size its directory entry gives, so the sizes checked here
    bound what openpyxl can be made to read.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        reason = str(exc).strip() or type(exc).__name__
        raise UserError(_("{path}: not a readable Excel workbook (damaged ZIP: {reason})").format(
            path=path, reason=reason
        )) from None
    total = 0
    for part in parts:
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > XLSX_RATIO_FLOOR and ratio > MAX_XLSX_RATIO:
            raise UserError(
                _(
                    "{path}: the workbook's part {filename} would inflate {ratio:,.0f} to 1 (to "
                    "{megabytes}); at most {MAX_XLSX_RATIO} to 1 is read (a decompression bomb?)"
                ).format(
                    path=path, filename=part.filename, ratio=ratio,
                    megabytes=_megabytes(part.file_size), MAX_XLSX_RATIO=MAX_XLSX_RATIO,
                )
            )
        total += part.file_size
    if total > MAX_XLSX_INFLATED:
        raise UserError(
            _(
                "{path}: the workbook inflates to {megabytes}; at most {megabytes2} is read (a "
                "decompression bomb?)"
            ).format(
                path=path, megabytes=_megabytes(total), megabytes2=_megabytes(MAX_XLSX_INFLATED)
            )
        )


def _read_xlsx(path: Path, data: bytes, limit: int | None) -> Table:
    from openpyxl import load_workbook  # here: importing it costs every start-up time

    _check_inflation(path, data)
    header: TableRow | None = None
    rows: list[TableRow] = []
    bounds = _Rows(path, "row")
    try:
        # A file object, not the path: openpyxl refuses names not ending in .xlsx.
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            if not workbook.worksheets:
                raise UserError(_("{path}: the workbook has no worksheet").format(path=path))
            sheet = workbook.worksheets[0]
            sheet.reset_dimensions()  # some writers store a wrong used range
            for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), 1):
                if limit is not None and len(rows) >= limit:
                    break
                bounds.position(number)
                if len(values) > MAX_COLUMNS:  # before turning thousands of cells into text
                    beyond = (_cell_text(v).strip() for v in values[MAX_COLUMNS:] if v is not None)
                    if any(beyond):
                        raise bounds.too_wide(number, len(values))
                    values = values[:MAX_COLUMNS]
                cells = tuple(_cell_text(value) for value in values)
                if not any(cell.strip() for cell in cells):
                    continue
                checked = bounds.cells(number, cells)
                if header is None:
                    header = TableRow(number, tuple(cell.strip() for cell in checked))
                else:
                    bounds.data_row()
                    rows.append(TableRow(number, checked))
        finally:
            workbook.close()
    except UserError:
        raise
    except Exception as exc:
        # A damaged or foreign ZIP fails deep inside openpyxl or its XML parser,
        # with whatever exception that layer has (BadZipFile, KeyError, ParseError…).
        reason = str(exc).strip() or type(exc).__name__
        raise UserError(_("{path}: not a readable Excel workbook ({reason})").format(
            path=path, reason=reason
        )) from exc
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
        raise UserError(_("{path}: no header row (every row is blank)").format(path=path))
    width = max([len(header.cells), *(len(row.cells) for row in rows)])
    headers = header.cells + ("",) * (width - len(header.cells))
    return Table(path, kind, headers, header.line, tuple(rows), encoding, delimiter)
