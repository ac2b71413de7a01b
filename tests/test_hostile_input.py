"""Limits on hostile input: each is refused with one clear line, and changes nothing.

Rosters (SQLite and PostgreSQL, where a store is touched): files over the size
limit (refused before reading: the test file is sparse and far too large to
read), too many rows or lines, too wide, too long cells or lines, and XLSX
decompression bombs judged by their ZIP directory. WebDAV: a real HTTP server
on 127.0.0.1 that trickles its replies, sends more than it listed, sends an
endless listing or one with an entity bomb. No test asserts a wall-clock
time: the deadlines are module constants the tests shorten, and the
refusal's message is what is checked.
"""

from __future__ import annotations

import io
import os
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import openpyxl
import pytest
from cli_result import invoke
from sqlalchemy import func, select

from wltdesk import roster, tabular
from wltdesk.errors import UserError
from wltdesk.store.models import Change, Person
from wltdesk.sync import exchange, targets
from wltdesk.sync.targets import FolderTarget, RemoteBundle, TargetUnavailable, WebDavTarget

EVENT = "0b0e5a8c-1111-4222-8333-444455556666"


def counts(store) -> tuple[int, int]:
    """(people, changes) in the whole store: what a refused import must not touch."""
    with store.read() as db:
        persons = db.execute(select(func.count()).select_from(Person)).scalar_one()
        changes = db.execute(select(func.count()).select_from(Change)).scalar_one()
    return persons, changes


def refused(store, event_id, path: Path) -> str:
    """The one-line refusal of importing ``path``, after checking the store is unchanged."""
    before = counts(store)
    with pytest.raises(UserError) as error:
        roster.import_roster(store, event_id, path)
    assert counts(store) == before
    message = str(error.value)
    assert "\n" not in message and str(path) in message
    return message


# ----------------------------------------------------------------- roster size, rows, lines
def test_a_file_over_the_size_limit_is_refused_before_it_is_read(store, event_id, tmp_path):
    path = tmp_path / "export.csv"
    with open(path, "wb") as out:
        out.write(b"Name\nAna\n")
        out.truncate(5_000_000_000)  # sparse: reading it would take minutes and 5 GB
    assert refused(store, event_id, path).endswith(
        "the file is 5,000 MB; a roster may be at most 50 MB (split it, or keep only the "
        "columns needed)"
    )


def test_a_file_just_over_the_size_limit_is_refused(tmp_path):
    path = tmp_path / "roster.csv"
    block = b"Ana Costa,ana@example.org,Dhaka\n"
    with open(path, "wb") as out:
        out.write(b"Name,Email,Region\n")
        while out.tell() <= tabular.MAX_FILE_BYTES:
            out.write(block * 10_000)
    with pytest.raises(UserError, match=r"a roster may be at most 50 MB"):
        tabular.read_table(path)


def _rows_csv(path: Path, rows: int) -> Path:
    path.write_bytes(
        b"Name,Email\n" + b"".join(b"P%d,p%d@example.org\n" % (n, n) for n in range(rows))
    )
    return path


def test_more_than_the_row_limit_is_refused_naming_the_limit(store, event_id, tmp_path):
    path = _rows_csv(tmp_path / "roster.csv", tabular.MAX_DATA_ROWS + 1)
    assert refused(store, event_id, path).endswith(
        "more than 100,000 rows; a roster may have at most 100,000 (split the file)"
    )


def test_exactly_the_row_limit_is_read_and_a_preview_of_a_longer_file_is_shown(tmp_path):
    path = _rows_csv(tmp_path / "roster.csv", tabular.MAX_DATA_ROWS)
    assert len(tabular.read_table(path).rows) == tabular.MAX_DATA_ROWS
    longer = _rows_csv(tmp_path / "longer.csv", tabular.MAX_DATA_ROWS + 1)
    assert len(roster.preview(longer, rows=8).rows) == 8  # the import refuses it later


def test_a_million_blank_lines_are_refused(tmp_path):
    path = tmp_path / "roster.csv"
    path.write_bytes(b"Name\nAna\n" + b"\r\n" * tabular.MAX_SHEET_ROWS)
    with pytest.raises(UserError) as error:
        tabular.read_table(path)
    assert str(error.value).endswith(
        "more than 1,048,576 lines (blank ones included), more than a spreadsheet holds; "
        "is this a roster?"
    )


# ----------------------------------------------------------------- columns, cells, lines
def test_too_many_columns_are_refused_but_empty_ones_past_the_limit_are_dropped(tmp_path):
    wide = tmp_path / "wide.csv"
    wide.write_text(",".join(f"C{n}" for n in range(300)) + "\n" + ",".join("x" * 300) + "\n")
    with pytest.raises(UserError, match=r"line 1 has 300 columns; .* at most 256 columns"):
        tabular.read_table(wide)
    padded = tmp_path / "padded.csv"
    padded.write_text("Name,Email" + "," * 400 + "\nAna,ana@example.org" + "," * 400 + "\n")
    table = tabular.read_table(padded)
    assert len(table.headers) == tabular.MAX_COLUMNS
    assert table.rows[0].cells[:2] == ("Ana", "ana@example.org")


@pytest.mark.parametrize("length", [40_000, 200_000], ids=["over a cell", "over csv's own"])
def test_a_cell_longer_than_a_spreadsheet_cell_is_refused(store, event_id, tmp_path, length):
    path = tmp_path / "roster.csv"
    path.write_text(f'Name,Notes\nAna,ok\nBo,"{"n" * length}"\n')
    message = refused(store, event_id, path)
    assert "line 3: a cell holds" in message
    assert message.endswith("characters; at most 32,767 are read (as in a spreadsheet cell)")


def test_a_line_over_the_line_limit_is_refused_before_it_is_split(tmp_path):
    path = tmp_path / "roster.csv"
    path.write_bytes(b"Name\n" + b"," * 5_000_000 + b"\n")
    with pytest.raises(UserError) as error:
        tabular.read_table(path)
    assert str(error.value).endswith(
        "line 2 is 5,000,001 characters long; at most 1,000,000 are read"
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_not_opened(tmp_path):
    pipe = tmp_path / "roster.csv"
    os.mkfifo(pipe)  # opening it would wait for a writer forever
    with pytest.raises(UserError, match="cannot read the file \\(not a regular file\\)"):
        tabular.read_table(pipe)


# ----------------------------------------------------------------- XLSX bombs
def _workbook_parts() -> dict[str, bytes]:
    """The parts of a real one-sheet workbook, by name."""
    buffer = io.BytesIO()
    workbook = openpyxl.Workbook()
    workbook.active.append(["Name"])
    workbook.active.append(["Ana"])
    workbook.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _bomb(path: Path, parts: dict[str, int]) -> Path:
    """A workbook whose named parts are runs of spaces of the given sizes (deflated)."""
    block = b" " * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in _workbook_parts().items():
            if name not in parts:
                archive.writestr(name, data)
        for name, size in parts.items():
            with archive.open(name, "w") as member:
                for start in range(0, size, len(block)):
                    member.write(block[: size - start])
    return path


def test_an_xlsx_that_inflates_far_more_than_a_sheet_does_is_refused(store, event_id, tmp_path):
    path = _bomb(tmp_path / "roster.xlsx", {"xl/worksheets/sheet1.xml": 150 << 20})
    assert path.stat().st_size < 1_000_000
    message = refused(store, event_id, path)
    assert "the workbook's part xl/worksheets/sheet1.xml would inflate" in message
    assert message.endswith("at most 100 to 1 is read (a decompression bomb?)")


def test_an_xlsx_inflating_past_the_total_in_small_parts_is_refused(store, event_id, tmp_path):
    parts = {f"xl/media/image{n}.bin": tabular.XLSX_RATIO_FLOOR for n in range(210)}
    path = _bomb(tmp_path / "roster.xlsx", parts)
    assert refused(store, event_id, path).endswith(
        "the workbook inflates to 210.0 MB; at most 200 MB is read (a decompression bomb?)"
    )


def test_a_damaged_zip_named_xlsx_is_one_clear_line(store, event_id, tmp_path):
    path = tmp_path / "roster.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    assert "not a readable Excel workbook (damaged ZIP" in refused(store, event_id, path)


def test_an_xlsx_row_past_the_last_row_of_a_sheet_is_refused(tmp_path):
    path = tmp_path / "roster.xlsx"
    parts = _workbook_parts()
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(b'r="2"', b'r="2000000"').replace(
        b'r="A2"', b'r="A2000000"'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with pytest.raises(UserError, match="more than 1,048,576 rows"):
        tabular.read_table(path)


def test_an_xlsx_cell_far_to_the_right_is_refused(tmp_path):
    path = tmp_path / "roster.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "Name"
    workbook.active["A2"] = "Ana"
    workbook.active["XFD2"] = "far away"
    workbook.save(path)
    with pytest.raises(UserError, match="row 2 has 16,384 columns"):
        tabular.read_table(path)


def test_the_command_line_refuses_a_bomb_in_one_line(capsys, tmp_path):
    db = str(tmp_path / "cli.sqlite")
    invoke(capsys, ["--db", db, "event", "create", "--name", "T", "--start", "2026-03-14",
                    "--end", "2026-03-15"])  # fmt: skip
    path = _bomb(tmp_path / "roster.xlsx", {"xl/worksheets/sheet1.xml": 150 << 20})
    line = invoke(capsys, ["--db", db, "roster", "import", path]).error_line
    assert "(a decompression bomb?)" in line


# ----------------------------------------------------------------- a hostile WebDAV server
Handler = Callable[[BaseHTTPRequestHandler], None]


class HostileServer:
    """A real HTTP server on 127.0.0.1 whose reply to each method a test sets."""

    def __init__(self) -> None:
        self.plan: dict[str, Handler] = {}
        plan = self.plan

        class Reply(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args: object) -> None:
                pass

            def answer(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                default = plan.get("*", lambda handler: send(handler, 201))
                plan.get(self.command, default)(self)

            do_GET = do_PUT = do_MKCOL = do_MOVE = do_DELETE = do_PROPFIND = answer

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Reply)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/dav"

    def __enter__(self) -> HostileServer:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def send(handler: BaseHTTPRequestHandler, status: int, body: bytes = b"", **headers: str) -> None:
    """A reply; header names are given with ``_`` for ``-`` (``Content_Length``)."""
    named = {name.replace("_", "-"): value for name, value in headers.items()}
    named.setdefault("Content-Length", str(len(body)))
    handler.send_response(status)
    for name, value in named.items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(body)


def keep_sending(handler: BaseHTTPRequestHandler, data: bytes, pause: float = 0.0) -> None:
    """Write ``data`` again and again until the client hangs up (or a minute passes)."""
    ends = time.monotonic() + 60
    try:
        while time.monotonic() < ends:
            handler.wfile.write(data)
            handler.wfile.flush()
            time.sleep(pause)
    except OSError:
        pass  # the client hung up: what it should do
    handler.close_connection = True


def listing(*members: tuple[str, bool, str]) -> bytes:
    """A PROPFIND multistatus: (href, is a collection, getcontentlength) per member."""
    parts = []
    for href, collection, size in members:
        kind = "<d:collection/>" if collection else ""
        length = f"<d:getcontentlength>{size}</d:getcontentlength>" if size else ""
        parts.append(
            f"<d:response><d:href>{href}</d:href><d:propstat><d:prop>"
            f"<d:resourcetype>{kind}</d:resourcetype>{length}</d:prop>"
            "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><d:multistatus xmlns:d="DAV:">'
        + "".join(parts)
        + "</d:multistatus>"
    ).encode()


def one_bundle_listed(size: str) -> Handler:
    """PROPFIND replies of a share holding one bundle of device ``other``, listed at ``size``."""

    def reply(handler: BaseHTTPRequestHandler) -> None:
        path = handler.path.rstrip("/")
        if path.endswith("/other"):
            body = listing((path + "/", True, ""), (path + "/0000000001.wltx", False, size))
        elif path.count("/") == 2:  # /dav/<event>
            body = listing((path + "/", True, ""), (path + "/other/", True, ""))
        else:
            body = listing((path + "/", True, ""))
        send(handler, 207, body, Content_Type="application/xml")

    return reply


@pytest.fixture
def hostile(monkeypatch) -> Iterator[HostileServer]:
    monkeypatch.setattr(targets, "REQUEST_DEADLINE", 1.0)
    with HostileServer() as server:
        yield server


BUNDLE = RemoteBundle("other", "0000000001.wltx", 100)


def test_a_download_larger_than_listed_is_refused_by_its_declared_length(hostile, tmp_path):
    hostile.plan["GET"] = lambda h: send(h, 200, b"x" * 5000)
    dest = tmp_path / "in.wltx"
    with pytest.raises(UserError) as error:
        WebDavTarget(hostile.url).fetch(EVENT, BUNDLE, dest)
    assert str(error.value) == (
        f"WebDAV {hostile.url}: other/0000000001.wltx sent more than the 100 bytes it is "
        "listed with; refused"
    )
    assert not dest.exists()


def test_a_download_without_length_that_goes_on_is_refused_while_streaming(hostile, tmp_path):
    def endless(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Connection", "close")
        handler.end_headers()
        keep_sending(handler, b"x" * 65536)

    hostile.plan["GET"] = endless
    with pytest.raises(UserError, match="sent more than the 100 bytes it is listed with"):
        WebDavTarget(hostile.url).fetch(EVENT, BUNDLE, tmp_path / "in.wltx")
    assert not (tmp_path / "in.wltx").exists()


def test_a_download_trickled_byte_by_byte_is_cut_off_at_the_deadline(hostile, tmp_path):
    def trickle(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", "100")
        handler.end_headers()
        keep_sending(handler, b"x", pause=0.05)  # always within any per-read timeout

    hostile.plan["GET"] = trickle
    with pytest.raises(TargetUnavailable) as error:
        WebDavTarget(hostile.url).fetch(EVENT, BUNDLE, tmp_path / "in.wltx")
    server = hostile.url.split("//")[1].split("/")[0]
    assert str(error.value) == f"The server {server} is too slow to answer: try again later."
    assert error.value.details == (
        f"WebDAV {hostile.url}: no complete reply to GET within 1 s (the server is "
        "too slow or stalls)"
    )


def test_headers_trickled_byte_by_byte_are_cut_off_at_the_deadline(hostile):
    def trickle_headers(handler: BaseHTTPRequestHandler) -> None:
        handler.wfile.write(b"HTTP/1.1 207 Multi-Status\r\nX-Slow: ")
        keep_sending(handler, b"z", pause=0.05)

    hostile.plan["PROPFIND"] = trickle_headers
    with pytest.raises(TargetUnavailable, match="too slow to answer") as error:
        WebDavTarget(hostile.url).check()
    assert "no complete reply to PROPFIND within 1 s" in error.value.details


def test_a_listing_over_the_reply_limit_is_refused(hostile, monkeypatch):
    monkeypatch.setattr(targets, "MAX_REPLY_BYTES", 100_000)

    def endless(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(207)
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.wfile.write(b'<?xml version="1.0"?><d:multistatus xmlns:d="DAV:">')
        keep_sending(handler, b"<d:response/>" * 1000)

    hostile.plan["PROPFIND"] = endless
    with pytest.raises(UserError) as error:
        WebDavTarget(hostile.url).list(EVENT)
    assert str(error.value) == (
        f"WebDAV {hostile.url}: the reply to PROPFIND is larger than 100,000 bytes; refused"
    )
    hostile.plan["PROPFIND"] = lambda h: send(h, 207, b"", Content_Length=str(10**12))
    with pytest.raises(UserError, match="larger than 100,000 bytes"):  # by its length alone
        WebDavTarget(hostile.url).list(EVENT)


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<d:multistatus xmlns:d="DAV:"><d:response><d:href>&lol9;</d:href></d:response></d:multistatus>
"""


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_listing_with_an_entity_bomb_is_refused_unparsed(hostile, encoding):
    body = BILLION_LAUGHS.decode().replace('"1.0"?>', f'"1.0" encoding="{encoding}"?>', 1)
    hostile.plan["PROPFIND"] = lambda h: send(h, 207, body.encode(encoding))
    with pytest.raises(UserError) as error:
        WebDavTarget(hostile.url).list(EVENT)
    assert str(error.value) == (
        f"WebDAV {hostile.url}: the listing declares a document type (DOCTYPE), which no "
        "WebDAV server sends; refused"
    )


def test_listed_sizes_that_are_not_numbers_count_as_unknown(hostile, tmp_path, monkeypatch):
    hostile.plan["PROPFIND"] = one_bundle_listed("lots")
    hostile.plan["GET"] = lambda h: send(h, 200, b"x" * 5000)
    target = WebDavTarget(hostile.url)
    [found] = target.list(EVENT)
    assert found.size == 0
    target.fetch(EVENT, found, tmp_path / "in.wltx")  # up to the bundle limit
    assert (tmp_path / "in.wltx").stat().st_size == 5000
    monkeypatch.setattr(targets, "MAX_BUNDLE_BYTES", 1000)
    with pytest.raises(UserError, match="sent more than its limit"):
        target.fetch(EVENT, found, tmp_path / "in.wltx")


def test_a_bundle_listed_over_the_bundle_limit_is_not_downloaded(hostile, tmp_path):
    hostile.plan["PROPFIND"] = one_bundle_listed(str(5 * 10**9))
    downloads: list[str] = []
    hostile.plan["GET"] = lambda h: (downloads.append(h.path), send(h, 200, b"x"))
    target = WebDavTarget(hostile.url)
    [found] = target.list(EVENT)
    with pytest.raises(UserError) as error:
        target.fetch(EVENT, found, tmp_path / "in.wltx")
    assert str(error.value) == (
        f"WebDAV {hostile.url}: other/0000000001.wltx: bundles over 1,000,000,000 bytes are "
        "not read, and this one is 5,000,000,000 bytes"
    )
    assert downloads == []


def test_a_sync_against_a_trickling_server_stops_in_one_line_and_is_recorded(
    store, event_id, hostile
):
    hostile.plan["PROPFIND"] = one_bundle_listed("100")

    def trickle(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", "100")
        handler.end_headers()
        keep_sending(handler, b"x", pause=0.05)

    hostile.plan["GET"] = trickle
    before = counts(store)
    with pytest.raises(TargetUnavailable, match="too slow to answer") as error:
        exchange.sync(store, event_id, hostile.url)
    assert "no complete reply to GET within 1 s" in error.value.details
    last = exchange.history(store, event_id)[0]
    assert not last.ok and "no complete reply to GET" in last.message
    assert exchange.status(store, event_id).state == "offline"
    assert counts(store)[0] == before[0]  # nobody merged


# ----------------------------------------------------------------- a hostile shared folder
def test_a_folder_bundle_over_the_limit_or_not_a_file_is_not_copied(tmp_path, monkeypatch):
    monkeypatch.setattr(targets, "MAX_BUNDLE_BYTES", 1000)
    share = tmp_path / "share"
    device = share / EVENT / "other"
    device.mkdir(parents=True)
    (device / "0000000001.wltx").write_bytes(b"x" * 5000)
    target = FolderTarget(share)
    [found] = target.list(EVENT)
    with pytest.raises(UserError, match="bundles over 1,000 bytes are not read, and this one"):
        target.fetch(EVENT, found, tmp_path / "in.wltx")
    if hasattr(os, "mkfifo"):
        os.mkfifo(device / "0000000002.wltx")
        assert [r.name for r in target.list(EVENT)] == ["0000000001.wltx"]  # not listed
        fifo = RemoteBundle("other", "0000000002.wltx", 0)
        with pytest.raises(UserError, match="not a regular file"):
            target.fetch(EVENT, fifo, tmp_path / "in.wltx")


# ----------------------------------------------------------------- bundles (bundle.py, merge.py)
def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_zip_without_manifest_is_one_line(capsys, tmp_path):
    path = _zip(tmp_path / "x.zip", {"hello.txt": b"hi"})
    line = invoke(capsys, ["--db", tmp_path / "s.sqlite", "import", path]).error_line
    assert "manifest.json" in line


def test_a_manifest_nested_too_deeply_is_one_line(capsys, tmp_path):
    deep = b"[" * 200_000 + b"]" * 200_000
    path = _zip(tmp_path / "deep.wltx", {"manifest.json": deep, "manifest.sig": b"00\n"})
    line = invoke(capsys, ["--db", tmp_path / "s.sqlite", "import", path]).error_line
    assert "deep.wltx" in line
