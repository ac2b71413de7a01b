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
one on :mod:`http.client` rather than a dependency. The user name is part of the
address (``https://alice@host/...``); the password is not stored with it but
kept in the computer's keychain (:mod:`.keychain`), and looked up only when a
request is sent.

A target chosen by the user is checked before it is remembered
(:meth:`FolderTarget.check_chosen`, and the address of a WebDAV one): a folder
must be there, be a folder and be writable, and is created only on request.
What goes wrong says so in plain words (``str()`` of a :class:`TargetProblem`),
with the technical part in its ``details``.

A target is not trusted. A WebDAV server may send an endless reply, or trickle
it a byte at a time (which no per-read socket timeout stops), or a listing that
declares entities to expand into gigabytes; a shared folder may hold a huge
file under a bundle's name. So every reply has a size limit (a download: the
size the listing gave), every request a total deadline that each wait on the
socket is cut to (:mod:`.deadlines`), listings with a document type declaration are refused
before they are parsed, and a bundle over :data:`MAX_BUNDLE_BYTES` is not
copied at all. ``docs/sync.md`` lists the limits.
"""

from __future__ import annotations

import base64
import http.client
import os
import re
import secrets
import shutil
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path, PurePosixPath
from typing import Protocol
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from wltdesk.errors import UserError
from wltdesk.language import _, format_number
from wltdesk.sync import keychain
from wltdesk.sync.bundle import SUFFIX, clear_stale_work
from wltdesk.sync.davlisting import read_listing
from wltdesk.sync.deadlines import Deadline, TimedUpload, timed_connection

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
_NAME = re.compile(r"^[0-9]{1,12}\.wltx$")
_ID = re.compile(r"^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,63}$")
_SIZE = re.compile(r"^[0-9]{1,18}$")
#: An event's folder: its id, a UUID in lower case.
_EVENT = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class TargetProblem(UserError):
    """A target failed or refused: ``str()`` says so in a facilitator's words, and
    ``details`` (if any) says what a technician would look at."""

    def __init__(self, message: str, details: str | None = None) -> None:
        super().__init__(message)
        self.details = details


class TargetUnavailable(TargetProblem):
    """The target cannot be reached now (a USB stick not plugged in, no network)."""


class LoginRefused(TargetUnavailable):
    """The WebDAV server refused the user name or password: a new password may help."""


class MissingFolder(TargetProblem):
    """A folder chosen as a target is not there; it is created only if the user asks."""

    def __init__(self, folder: Path) -> None:
        super().__init__(_("The folder {folder} does not exist.").format(folder=folder))
        self.folder = folder


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
    #: What is stored for the target (never a password).
    location: str
    #: What is shown for it.
    display: str
    #: The keychain account of its password (``user@host``), or None if it needs none.
    account: str | None

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
        raise UserError(_("not a valid {what}: {text!r}").format(what=what, text=text))
    return text


class FolderTarget:
    """A folder: a USB stick, a network share, a folder a cloud client syncs."""

    def __init__(self, folder: str | Path) -> None:
        self.root = Path(folder).expanduser().absolute()
        self.location = str(self.root)
        self.display = self.location
        self.account: str | None = None

    def check(self) -> None:
        if not self.root.is_dir():
            raise TargetUnavailable(
                _(
                    "The shared folder {folder} is not there: plug in the USB stick, or "
                    "connect to the network share."
                ).format(folder=self.root)
            )
        if not os.access(self.root, os.W_OK):
            raise TargetUnavailable(
                _(
                    "The shared folder {folder} is read-only: this laptop cannot write there."
                ).format(folder=self.root)
            )

    def check_chosen(self, create: bool = False) -> None:
        """Refuse a folder chosen as a new target unless it is there, is a folder and can
        be written; ``create`` (the user asked for it) makes a missing one first."""
        if create and not self.root.exists():
            try:
                self.root.mkdir(parents=True)
            except OSError as exc:
                raise TargetProblem(
                    _("The folder {folder} could not be created.").format(folder=self.root),
                    exc.strerror or str(exc),
                ) from exc
        if not self.root.exists():
            raise MissingFolder(self.root)
        if not self.root.is_dir():
            raise TargetProblem(
                _("{path} is a file, not a folder: choose a folder.").format(path=self.root)
            )
        if not os.access(self.root, os.W_OK | os.X_OK):
            raise TargetProblem(
                _(
                    "This laptop cannot write in the folder {folder} (it is read-only, or "
                    "belongs to another user): choose another one."
                ).format(folder=self.root)
            )

    def events(self) -> list[str]:
        if not self.root.is_dir():
            raise TargetUnavailable(
                _(
                    "The shared folder {folder} is not there: plug in the USB stick, or "
                    "connect to the network share."
                ).format(folder=self.root)
            )
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
            raise UserError(_("{source}: not a regular file; not read as a bundle").format(
                source=source
            ))
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
    measured = _("larger than that") if size is None else _("{size:,} bytes").format(size=size)
    return UserError(
        _(
            "{where}: bundles over {MAX_BUNDLE_BYTES:,} bytes are not read, and this one is "
            "{measured}"
        ).format(where=where, MAX_BUNDLE_BYTES=MAX_BUNDLE_BYTES, measured=measured)
    )


class WebDavTarget:
    """A WebDAV collection (Nextcloud, ownCloud, Apache mod_dav, WsgiDAV…)."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url.strip())
        try:
            port = parts.port
        except ValueError:  # a port that is no number
            port = None
            parts = parts._replace(netloc="")
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise TargetProblem(
                _(
                    "“{address}” is not a WebDAV address: it must start with https:// (or "
                    "http://) and name the server, such as "
                    "https://cloud.example.org/remote.php/dav/files/alice/"
                ).format(address=url.strip())
            )
        self.scheme = parts.scheme
        self.host = parts.hostname
        self.port = port
        self.base = parts.path.rstrip("/")
        self.user = unquote(parts.username) if parts.username else None
        #: A password written into the address: used, but never stored (see :mod:`.keychain`).
        self.given_password = unquote(parts.password) if parts.password else None
        self.account = keychain.account(self.user, self.host, port) if self.user else None
        netloc = parts.hostname + (f":{port}" if port else "")
        if self.user:
            netloc = f"{quote(self.user)}@{netloc}"
        #: The address without its password: what is stored, shown and put in messages.
        self.location = urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
        self.display = urlunsplit((parts.scheme, netloc, parts.path, "", ""))
        #: Where messages say the trouble is: the server, as people name it.
        self.server = parts.hostname + (f":{port}" if port else "")
        self._credentials: str | None = None

    def _authorization(self) -> str | None:
        """Basic credentials, the password looked up at the first request (see
        :mod:`.keychain`) and kept for this target's requests (one sync's)."""
        if self.user is None or self.account is None:
            return None
        if self._credentials is None:
            password = self.given_password or keychain.password(self.account) or ""
            token = base64.b64encode(f"{self.user}:{password}".encode()).decode()
            self._credentials = f"Basic {token}"
        return self._credentials

    # -- HTTP
    def _path(self, *parts: str) -> str:
        return quote(str(PurePosixPath(self.base or "/", *parts)))

    @contextmanager
    def _exchange(
        self,
        method: str,
        path: str,
        deadline: Deadline,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        stream_from: Path | None = None,
    ) -> Iterator[http.client.HTTPResponse]:
        """Send a request and give its response, all within ``deadline``.

        A network failure or the deadline raises :class:`TargetUnavailable`,
        with what happened in one line (and the technical reason in its details).
        """
        sent = dict(headers or {})
        authorization = self._authorization()
        if authorization:
            sent["Authorization"] = authorization
        connection = timed_connection(self.scheme, self.host, self.port, deadline)
        try:
            if stream_from is not None:
                sent["Content-Length"] = str(stream_from.stat().st_size)
                with open(stream_from, "rb") as data:
                    upload = TimedUpload(data, connection, deadline)
                    connection.request(method, path, body=upload, headers=sent)  # type: ignore[arg-type]
                    response = connection.getresponse()
            else:
                connection.request(method, path, body=body, headers=sent)
                response = connection.getresponse()
            yield response
        except (OSError, http.client.HTTPException) as exc:
            if deadline.passed(exc):
                raise TargetUnavailable(
                    _("The server {server} is too slow to answer: try again later.").format(
                        server=self.server
                    ),
                    f"WebDAV {self.display}: no complete reply to {method} within "
                    f"{deadline.seconds:,.0f} s (the server is too slow or stalls)",
                ) from None
            raise TargetUnavailable(
                _(
                    "The server {server} cannot be reached: check this laptop's internet "
                    "connection."
                ).format(server=self.server),
                f"WebDAV {self.display}: {method}: {exc}",
            ) from exc
        finally:
            connection.close()

    def _read_body(
        self,
        response: http.client.HTTPResponse,
        deadline: Deadline,
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
        deadline = Deadline(seconds)
        reply = bytearray()

        def too_large() -> UserError:
            return UserError(
                _(
                    "WebDAV {display}: the reply to {method} is larger than {MAX_REPLY_BYTES:,} "
                    "bytes; refused"
                ).format(display=self.display, method=method, MAX_REPLY_BYTES=MAX_REPLY_BYTES)
            )

        with self._exchange(method, path, deadline, body, headers, stream_from) as response:
            self._read_body(response, deadline, MAX_REPLY_BYTES, reply.extend, too_large)
            return response.status, bytes(reply)

    def _fail(self, what: str, status: int) -> UserError:
        technical = f"WebDAV {self.display}: {what} failed (HTTP {status})"
        if status in (401, 403):
            return LoginRefused(
                _(
                    "The server {server} did not accept the user name and password: set "
                    "the target again to enter the password."
                ).format(server=self.server),
                technical + f"; the password comes from the keychain or {keychain.PASSWORD_ENV}",
            )
        return TargetProblem(
            _("The server {server} refused a step of the sync: try again later.").format(
                server=self.server
            ),
            technical,
        )

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
            raise self._fail(_("listing"), status)
        root = read_listing(data, self.display)
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

    def _mkcol(self, path: str) -> None:
        status, _reply = self._request("MKCOL", path + "/")
        if status not in (201, 405):  # 405: it exists already
            raise self._fail(_("creating a folder"), status)

    # -- Target
    def check(self) -> None:
        status, _reply = self._request(
            "PROPFIND", self._path() + "/", None, {"Depth": "0", "Content-Length": "0"}
        )
        if status == 404:
            raise TargetUnavailable(
                _("The folder {address} does not exist on the server: check the address.").format(
                    address=self.display
                ),
                f"WebDAV {self.display}: PROPFIND answered HTTP 404",
            )
        if status not in (200, 207):
            raise self._fail(_("connecting"), status)

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
        status, _reply = self._request("PUT", partial, stream_from=source)
        if status not in (200, 201, 204):
            raise self._fail(_("upload"), status)
        final = self._path(event_id, device, name)
        destination = f"{self.scheme}://{self.host}" + (f":{self.port}" if self.port else "")
        status, _reply = self._request(
            "MOVE", partial, headers={"Destination": destination + final, "Overwrite": "T"}
        )
        if status not in (201, 204):
            self._request("DELETE", partial)
            raise self._fail(_("renaming the upload"), status)

    def fetch(self, event_id: str, remote: RemoteBundle, dest: Path) -> None:
        """Download a bundle: no more than the size the listing gave
        (:data:`MAX_BUNDLE_BYTES` if it gave none), within a deadline that
        grows with what arrives."""
        if remote.size > MAX_BUNDLE_BYTES:
            raise _bundle_too_large(_("WebDAV {display}: {key}").format(
                display=self.display, key=remote.key
            ), remote.size)
        limit = remote.size or MAX_BUNDLE_BYTES
        deadline = Deadline(REQUEST_DEADLINE)
        listed = (
            _("the {size} bytes it is listed with").format(size=format_number(remote.size))
            if remote.size
            else _("its limit")
        )

        def too_large() -> UserError:
            return UserError(
                _("WebDAV {display}: {key} sent more than {listed}; refused").format(
                    display=self.display, key=remote.key, listed=listed
                )
            )

        path = self._path(event_id, remote.device, remote.name)
        try:
            with self._exchange("GET", path, deadline) as response:
                if response.status != 200:
                    raise self._fail(_("download"), response.status)
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
        raise UserError(_("Give a folder or a WebDAV address first."))
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", text):
        return WebDavTarget(text)
    return FolderTarget(text)
