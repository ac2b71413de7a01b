"""Shared export targets: a folder (USB stick, network share, synced cloud folder) or WebDAV.

Layout on every target: ``<event id>/<device id>/<number>.wltx``. Each laptop
writes only under its own device folder, so file-sync tools never see two
writers of one file, and reads every other device's folder.

Writes are atomic. A folder target writes ``.<name>.part`` (hidden, never
listed) and renames it; a WebDAV target PUTs the hidden name and MOVEs it
into place. A reader lists only complete ``*.wltx`` names, so an interrupted
upload leaves nothing it would take — at worst a hidden part file that the
next upload of the same name replaces.

WebDAV needs only PUT, MKCOL, MOVE, PROPFIND and GET, so the client is a small
one on :mod:`http.client` rather than a dependency; credentials come from the
URL (``https://user@host/...``) with the password in the URL or in the
``WLTDESK_WEBDAV_PASSWORD`` environment variable, so it need not be stored.

A target is not trusted. A WebDAV server may send an endless reply, or trickle
it a byte at a time (which no per-read socket timeout stops), or a listing that
declares entities to expand into gigabytes; a shared folder may hold a huge
file under a bundle's name. So every reply has a size limit (a download: the
size the listing gave), every request a total deadline that each wait on the
socket is cut to, listings with a document type declaration are refused
before they are parsed, and a bundle over :data:`MAX_BUNDLE_BYTES` is not
copied at all. ``docs/sync.md`` lists the limits.
"""

from __future__ import annotations

import base64
import functools
import http.client
import io
import os
import re
import secrets
import shutil
import socket
import stat
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO, Protocol
from urllib.parse import quote, unquote, urlsplit, urlunsplit
from xml.parsers import expat

from wltdesk.errors import UserError
from wltdesk.sync.bundle import SUFFIX, clear_stale_work

#: Seconds any one wait on a WebDAV server's socket may take (connecting, one
#: read, one write) before the server counts as unreachable.
TIMEOUT = 15.0
#: Seconds a whole WebDAV request may take, however the server trickles its
#: reply: a listing, a new folder, a rename; and the least a transfer gets.
REQUEST_DEADLINE = 60.0
#: A transfer's deadline grows by one second per this many bytes, on top of
#: :data:`REQUEST_DEADLINE` (a slow 400 kbit/s link): an upload's by the size
#: of the file, a download's by the bytes received so far, so that a server
#: that lists a large bundle and then trickles it is still cut off in a minute.
TRANSFER_BYTES_PER_SECOND = 50_000
#: The most read of any reply but a download (a listing of thousands of bundles
#: is a few megabytes).
MAX_REPLY_BYTES = 8_000_000
#: The largest bundle downloaded from a target or copied from a folder, and what
#: a download listed without a size may send (real bundles are a few megabytes).
MAX_BUNDLE_BYTES = 1_000_000_000
PASSWORD_ENV = "WLTDESK_WEBDAV_PASSWORD"
_NAME = re.compile(r"^[0-9]{1,12}\.wltx$")
_ID = re.compile(r"^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,63}$")
_SIZE = re.compile(r"^[0-9]{1,18}$")
#: An event's folder: its id, a UUID in lower case.
_EVENT = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class TargetUnavailable(UserError):
    """The target cannot be reached now (a USB stick not plugged in, no network)."""


class _DeadlinePassed(TimeoutError):
    """A request's deadline passed between two waits on its socket."""


class _Deadline:
    """The time one request has left; every wait on its socket is cut to it."""

    def __init__(self, seconds: float) -> None:
        self.start = time.monotonic()
        self.seconds = seconds
        self.end = self.start + seconds
        #: Whether the last wait was cut short by the deadline (its timeout is then the deadline's).
        self.cut = False

    def extend(self, seconds: float) -> None:
        """Allow the request ``seconds`` from its start, if that is more than it has."""
        if seconds > self.seconds:
            self.seconds = seconds
            self.end = self.start + seconds

    def wait(self) -> float:
        """The socket timeout for the next wait; raises once no time is left."""
        left = self.end - time.monotonic()
        if left <= 0:
            raise _DeadlinePassed
        self.cut = left < TIMEOUT
        return min(TIMEOUT, left)

    def passed(self, exc: BaseException) -> bool:
        """Whether a timeout means the deadline, rather than one silent wait, ran out."""
        return isinstance(exc, TimeoutError) and (self.cut or time.monotonic() >= self.end)


class _TimedReader(io.RawIOBase):
    """A socket's reading end whose every wait gets only the request's time left.

    http.client reads the status line and headers line by line, and a line
    can be trickled byte by byte, each byte inside the socket timeout; here
    each of those reads, not just each chunk of the body, is bounded.
    """

    def __init__(self, sock: socket.socket, deadline: _Deadline) -> None:
        super().__init__()
        self._sock = sock
        self._raw = sock.makefile("rb", buffering=0)  # holds the socket open, as http.client does
        self._deadline = deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int | None:  # type: ignore[override]
        self._sock.settimeout(self._deadline.wait())
        return self._raw.readinto(buffer)

    def close(self) -> None:
        if not self.closed:
            self._raw.close()
        super().close()


class _TimedResponse(http.client.HTTPResponse):
    """An HTTP response read through :class:`_TimedReader`."""

    def __init__(self, sock: socket.socket, *args: Any, deadline: _Deadline, **kwargs: Any) -> None:
        super().__init__(sock, *args, **kwargs)
        self.fp.close()
        self.fp = io.BufferedReader(_TimedReader(sock, deadline))


class _TimedUpload:
    """A file sent as a request body; each block's sending gets only the time left."""

    def __init__(
        self, source: BinaryIO, connection: http.client.HTTPConnection, deadline: _Deadline
    ) -> None:
        self.source = source
        self.connection = connection
        self.deadline = deadline

    def read(self, size: int = -1) -> bytes:
        if self.connection.sock is not None:
            self.connection.sock.settimeout(self.deadline.wait())
        return self.source.read(size)


class _Doctype(Exception):
    """A WebDAV listing declares a document type (where entity bombs live)."""


def _refuse_doctype(*_args: object) -> None:
    raise _Doctype


@dataclass(frozen=True)
class RemoteBundle:
    """A complete bundle on a target: ``<device>/<number>.wltx`` within an event."""

    device: str
    name: str
    size: int
    #: When the target says the file was last written (seconds since 1970, by the
    #: target's clock: the file server's, or the writer's on a USB stick), if it says.
    modified: float | None = field(default=None, compare=False)

    @property
    def key(self) -> str:
        return f"{self.device}/{self.name}"


class Target(Protocol):
    location: str
    display: str

    def check(self) -> None:
        """Raise :class:`TargetUnavailable` unless the target can be used now."""

    def events(self) -> list[str]:
        """The events the target holds a folder for, by id (reading only)."""

    def list(self, event_id: str) -> list[RemoteBundle]:
        """Every complete bundle of an event, all devices."""

    def put(self, event_id: str, device: str, name: str, source: Path) -> None:
        """Place a bundle under ``<event>/<device>/<name>`` atomically."""

    def fetch(self, event_id: str, remote: RemoteBundle, dest: Path) -> None:
        """Copy a bundle to a local file."""


def bundle_name(number: int) -> str:
    """Zero-padded so names sort in the order they were written."""
    return f"{number:010d}{SUFFIX}"


def _safe_id(text: str, what: str) -> str:
    if not _ID.match(text):
        raise UserError(f"not a valid {what}: {text!r}")
    return text


class FolderTarget:
    """A folder: a USB stick, a network share, a folder a cloud client syncs."""

    def __init__(self, folder: str | Path) -> None:
        self.root = Path(folder).expanduser().absolute()
        self.location = str(self.root)
        self.display = self.location

    def check(self) -> None:
        if not self.root.is_dir():
            raise TargetUnavailable(f"target folder {self.root} is not there (not plugged in?)")
        if not os.access(self.root, os.W_OK):
            raise TargetUnavailable(f"target folder {self.root} is read-only")

    def events(self) -> list[str]:
        if not self.root.is_dir():
            raise TargetUnavailable(f"target folder {self.root} is not there (not plugged in?)")
        return sorted(p.name for p in self.root.iterdir() if _EVENT.match(p.name) and p.is_dir())

    def list(self, event_id: str) -> list[RemoteBundle]:
        self.check()
        folder = self.root / _safe_id(event_id, "event id")
        found: list[RemoteBundle] = []
        if not folder.is_dir():
            return found
        for device in sorted(folder.iterdir()):
            if not device.is_dir() or not _ID.match(device.name):
                continue
            for item in sorted(device.iterdir()):
                if _NAME.match(item.name) and item.is_file():
                    stat = item.stat()
                    found.append(RemoteBundle(device.name, item.name, stat.st_size, stat.st_mtime))
        return found

    def put(self, event_id: str, device: str, name: str, source: Path) -> None:
        self.check()
        folder = self.root / _safe_id(event_id, "event id") / _safe_id(device, "device id")
        folder.mkdir(parents=True, exist_ok=True)
        clear_stale_work(folder, ".*.part")  # only this device writes here
        partial = folder / f".{name}.{secrets.token_hex(4)}.part"
        try:
            with open(source, "rb") as src, open(partial, "wb") as out:
                shutil.copyfileobj(src, out, 1 << 20)
                out.flush()
                os.fsync(out.fileno())
            os.replace(partial, folder / name)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise

    def fetch(self, event_id: str, remote: RemoteBundle, dest: Path) -> None:
        """Copy a bundle, refusing anything but a regular file up to :data:`MAX_BUNDLE_BYTES`."""
        source = self.root / event_id / remote.device / remote.name
        info = source.stat()
        if not stat.S_ISREG(info.st_mode):
            raise UserError(f"{source}: not a regular file; not read as a bundle")
        if info.st_size > MAX_BUNDLE_BYTES:
            raise _bundle_too_large(str(source), info.st_size)
        with open(source, "rb") as src, open(dest, "wb") as out:
            left = MAX_BUNDLE_BYTES + 1  # it may grow while it is copied
            while chunk := src.read(min(1 << 20, left)):
                out.write(chunk)
                left -= len(chunk)
                if not left:
                    raise _bundle_too_large(str(source), None)


def _bundle_too_large(where: str, size: int | None) -> UserError:
    """``size`` None: the file grew past the limit while it was copied."""
    measured = "larger than that" if size is None else f"{size:,} bytes"
    return UserError(
        f"{where}: bundles over {MAX_BUNDLE_BYTES:,} bytes are not read, and this one is {measured}"
    )


class WebDavTarget:
    """A WebDAV collection (Nextcloud, ownCloud, Apache mod_dav, WsgiDAV…)."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UserError(f"not a WebDAV URL: {url}")
        self.scheme = parts.scheme
        self.host = parts.hostname
        self.port = parts.port
        self.base = parts.path.rstrip("/")
        user = unquote(parts.username) if parts.username else None
        password = unquote(parts.password) if parts.password else os.environ.get(PASSWORD_ENV)
        self.auth = None
        if user is not None:
            token = base64.b64encode(f"{user}:{password or ''}".encode()).decode()
            self.auth = f"Basic {token}"
        netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
        if user:
            netloc = f"{quote(user)}@{netloc}"
        #: As given (a password in it stays in this store only, never synced).
        self.location = url.strip()
        #: The URL without its password: safe to show and to put in messages.
        self.display = urlunsplit((parts.scheme, netloc, parts.path, "", ""))

    # -- HTTP
    def _connection(self, deadline: _Deadline) -> http.client.HTTPConnection:
        kind = http.client.HTTPSConnection if self.scheme == "https" else http.client.HTTPConnection
        connection = kind(self.host, self.port, timeout=deadline.wait())
        connection.response_class = functools.partial(  # type: ignore[assignment]
            _TimedResponse, deadline=deadline
        )
        return connection

    def _path(self, *parts: str) -> str:
        return quote(str(PurePosixPath(self.base or "/", *parts)))

    @contextmanager
    def _exchange(
        self,
        method: str,
        path: str,
        deadline: _Deadline,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        stream_from: Path | None = None,
    ) -> Iterator[http.client.HTTPResponse]:
        """Send a request and give its response, all within ``deadline``.

        A network failure or the deadline raises :class:`TargetUnavailable`,
        with what happened in one line.
        """
        sent = dict(headers or {})
        if self.auth:
            sent["Authorization"] = self.auth
        connection = self._connection(deadline)
        try:
            if stream_from is not None:
                sent["Content-Length"] = str(stream_from.stat().st_size)
                with open(stream_from, "rb") as data:
                    upload = _TimedUpload(data, connection, deadline)
                    connection.request(method, path, body=upload, headers=sent)  # type: ignore[arg-type]
                    response = connection.getresponse()
            else:
                connection.request(method, path, body=body, headers=sent)
                response = connection.getresponse()
            yield response
        except (OSError, http.client.HTTPException) as exc:
            if deadline.passed(exc):
                raise TargetUnavailable(
                    f"WebDAV server {self.display}: no complete reply to {method} within "
                    f"{deadline.seconds:,.0f} s (the server is too slow or stalls)"
                ) from None
            raise TargetUnavailable(f"WebDAV server {self.display} unreachable: {exc}") from exc
        finally:
            connection.close()

    def _read_body(
        self,
        response: http.client.HTTPResponse,
        deadline: _Deadline,
        limit: int,
        write: Callable[[bytes], object],
        too_large: Callable[[], UserError],
        paced: bool = False,
    ) -> None:
        """Pass the reply's body to ``write`` in chunks, refusing it past ``limit`` bytes.

        The deadline is checked between chunks as well as cut into each wait;
        ``paced`` (a download) extends it by what has arrived, see
        :data:`TRANSFER_BYTES_PER_SECOND`.
        """
        if response.length is not None and response.length > limit:
            raise too_large()
        total = 0
        while chunk := response.read(1 << 16):
            total += len(chunk)
            if total > limit:
                raise too_large()
            write(chunk)
            if paced:
                deadline.extend(REQUEST_DEADLINE + total / TRANSFER_BYTES_PER_SECOND)
            deadline.wait()

    def _request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        stream_from: Path | None = None,
    ) -> tuple[int, bytes]:
        """A request and its reply (at most :data:`MAX_REPLY_BYTES`), within its deadline.

        An upload's deadline grows with the size of the file sent.
        """
        seconds = REQUEST_DEADLINE
        if stream_from is not None:
            seconds += stream_from.stat().st_size / TRANSFER_BYTES_PER_SECOND
        deadline = _Deadline(seconds)
        reply = bytearray()

        def too_large() -> UserError:
            return UserError(
                f"WebDAV {self.display}: the reply to {method} is larger than "
                f"{MAX_REPLY_BYTES:,} bytes; refused"
            )

        with self._exchange(method, path, deadline, body, headers, stream_from) as response:
            self._read_body(response, deadline, MAX_REPLY_BYTES, reply.extend, too_large)
            return response.status, bytes(reply)

    def _fail(self, what: str, status: int) -> UserError:
        if status in (401, 403):
            return TargetUnavailable(
                f"WebDAV {self.display}: access refused ({status}); check the user name "
                f"and password ({PASSWORD_ENV})"
            )
        return UserError(f"WebDAV {self.display}: {what} failed (HTTP {status})")

    def _propfind(self, path: str) -> list[tuple[str, bool, int, float | None]]:
        """(name, is collection, size, modified) of a collection's members; empty if it
        is missing."""
        body = (
            b'<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop>'
            b"<d:resourcetype/><d:getcontentlength/><d:getlastmodified/></d:prop></d:propfind>"
        )
        status, data = self._request(
            "PROPFIND",
            path + "/",
            body,
            {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"},
        )
        if status == 404:
            return []
        if status != 207:
            raise self._fail("listing", status)
        root = self._listing(data)
        own = unquote(path).rstrip("/")
        members: list[tuple[str, bool, int, float | None]] = []
        for response in root.iter("{DAV:}response"):
            href = unquote(urlsplit(response.findtext("{DAV:}href") or "").path).rstrip("/")
            if href == own or not href:
                continue
            collection = response.find(".//{DAV:}resourcetype/{DAV:}collection") is not None
            size_text = (response.findtext(".//{DAV:}getcontentlength") or "").strip()
            size = int(size_text) if _SIZE.match(size_text) else 0  # 0: not known
            modified = _http_date(response.findtext(".//{DAV:}getlastmodified"))
            members.append((href.rsplit("/", 1)[-1], collection, size, modified))
        return members

    def _listing(self, data: bytes) -> ElementTree.Element:
        """A PROPFIND reply parsed, refused if it declares a document type.

        Entity declarations, the stuff of "billion laughs" bombs, live in a
        document type declaration, and no WebDAV server sends one; expat is
        stopped at its start, before any entity is declared or expanded.
        """
        check = expat.ParserCreate()
        check.StartDoctypeDeclHandler = _refuse_doctype
        try:
            check.Parse(data, True)
            return ElementTree.fromstring(data)
        except _Doctype:
            raise UserError(
                f"WebDAV {self.display}: the listing declares a document type (DOCTYPE), "
                "which no WebDAV server sends; refused"
            ) from None
        except (expat.ExpatError, ElementTree.ParseError) as exc:
            raise UserError(f"WebDAV {self.display}: unreadable listing ({exc})") from exc

    def _mkcol(self, path: str) -> None:
        status, _ = self._request("MKCOL", path + "/")
        if status not in (201, 405):  # 405: it exists already
            raise self._fail("creating a folder", status)

    # -- Target
    def check(self) -> None:
        status, _ = self._request(
            "PROPFIND", self._path() + "/", None, {"Depth": "0", "Content-Length": "0"}
        )
        if status == 404:
            raise TargetUnavailable(f"WebDAV folder {self.display} does not exist")
        if status not in (200, 207):
            raise self._fail("connecting", status)

    def events(self) -> list[str]:
        """Listed with PROPFIND only: an organizer's import writes nothing there."""
        members = self._propfind(self._path())
        if not members:
            self.check()  # an empty listing: is the address there at all?
        return sorted(name for name, folder, _size, _at in members if folder and _EVENT.match(name))

    def list(self, event_id: str) -> list[RemoteBundle]:
        event_path = self._path(_safe_id(event_id, "event id"))
        found: list[RemoteBundle] = []
        for device, collection, _size, _modified in self._propfind(event_path):
            if not collection or not _ID.match(device):
                continue
            for name, is_dir, size, modified in self._propfind(self._path(event_id, device)):
                if not is_dir and _NAME.match(name):
                    found.append(RemoteBundle(device, name, size, modified))
        return sorted(found, key=lambda r: (r.device, r.name))

    def put(self, event_id: str, device: str, name: str, source: Path) -> None:
        _safe_id(event_id, "event id")
        _safe_id(device, "device id")
        self._mkcol(self._path(event_id))
        self._mkcol(self._path(event_id, device))
        partial = self._path(event_id, device, f".{name}.{secrets.token_hex(4)}.part")
        status, _ = self._request("PUT", partial, stream_from=source)
        if status not in (200, 201, 204):
            raise self._fail("upload", status)
        final = self._path(event_id, device, name)
        destination = f"{self.scheme}://{self.host}" + (f":{self.port}" if self.port else "")
        status, _ = self._request(
            "MOVE", partial, headers={"Destination": destination + final, "Overwrite": "T"}
        )
        if status not in (201, 204):
            self._request("DELETE", partial)
            raise self._fail("renaming the upload", status)

    def fetch(self, event_id: str, remote: RemoteBundle, dest: Path) -> None:
        """Download a bundle: no more than the size the listing gave
        (:data:`MAX_BUNDLE_BYTES` if it gave none), within a deadline that
        grows with what arrives."""
        if remote.size > MAX_BUNDLE_BYTES:
            raise _bundle_too_large(f"WebDAV {self.display}: {remote.key}", remote.size)
        limit = remote.size or MAX_BUNDLE_BYTES
        deadline = _Deadline(REQUEST_DEADLINE)
        listed = f"the {remote.size:,} bytes it is listed with" if remote.size else "its limit"

        def too_large() -> UserError:
            return UserError(
                f"WebDAV {self.display}: {remote.key} sent more than {listed}; refused"
            )

        path = self._path(event_id, remote.device, remote.name)
        try:
            with self._exchange("GET", path, deadline) as response:
                if response.status != 200:
                    raise self._fail("download", response.status)
                with open(dest, "wb") as out:
                    self._read_body(response, deadline, limit, out.write, too_large, paced=True)
        except BaseException:
            dest.unlink(missing_ok=True)
            raise


def _http_date(text: str | None) -> float | None:
    """An HTTP date (``Sun, 06 Dec 2026 10:00:00 GMT``) in seconds, None if unreadable."""
    if not text:
        return None
    try:
        return parsedate_to_datetime(text.strip()).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def open_target(location: str) -> Target:
    """A folder path or an http(s) URL as a target."""
    text = location.strip()
    if not text:
        raise UserError("no sync target given")
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", text):
        return WebDavTarget(text)
    return FolderTarget(text)
