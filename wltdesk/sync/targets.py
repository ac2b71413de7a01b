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
"""

from __future__ import annotations

import base64
import http.client
import os
import re
import secrets
import shutil
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path, PurePosixPath
from typing import Protocol
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from wltdesk.errors import UserError
from wltdesk.sync.bundle import SUFFIX

#: Seconds a WebDAV request may take before the server counts as unreachable.
TIMEOUT = 15.0
PASSWORD_ENV = "WLTDESK_WEBDAV_PASSWORD"
_NAME = re.compile(r"^[0-9]{1,12}\.wltx$")
_ID = re.compile(r"^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,63}$")


class TargetUnavailable(UserError):
    """The target cannot be reached now (a USB stick not plugged in, no network)."""


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
        source = self.root / event_id / remote.device / remote.name
        shutil.copyfile(source, dest)


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
    def _connection(self) -> http.client.HTTPConnection:
        kind = http.client.HTTPSConnection if self.scheme == "https" else http.client.HTTPConnection
        return kind(self.host, self.port, timeout=TIMEOUT)

    def _path(self, *parts: str) -> str:
        return quote(str(PurePosixPath(self.base or "/", *parts)))

    def _request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        stream_from: Path | None = None,
    ) -> tuple[int, bytes]:
        sent = dict(headers or {})
        if self.auth:
            sent["Authorization"] = self.auth
        connection = self._connection()
        try:
            if stream_from is not None:
                sent["Content-Length"] = str(stream_from.stat().st_size)
                with open(stream_from, "rb") as data:
                    connection.request(method, path, body=data, headers=sent)
                    response = connection.getresponse()
            else:
                connection.request(method, path, body=body, headers=sent)
                response = connection.getresponse()
            return response.status, response.read()
        except (OSError, http.client.HTTPException) as exc:
            raise TargetUnavailable(f"WebDAV server {self.display} unreachable: {exc}") from exc
        finally:
            connection.close()

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
        try:
            root = ElementTree.fromstring(data)
        except ElementTree.ParseError as exc:
            raise UserError(f"WebDAV {self.display}: unreadable listing ({exc})") from exc
        own = unquote(path).rstrip("/")
        members: list[tuple[str, bool, int, float | None]] = []
        for response in root.iter("{DAV:}response"):
            href = unquote(urlsplit(response.findtext("{DAV:}href") or "").path).rstrip("/")
            if href == own or not href:
                continue
            collection = response.find(".//{DAV:}resourcetype/{DAV:}collection") is not None
            size_text = response.findtext(".//{DAV:}getcontentlength") or "0"
            modified = _http_date(response.findtext(".//{DAV:}getlastmodified"))
            members.append((href.rsplit("/", 1)[-1], collection, int(size_text or 0), modified))
        return members

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
        path = self._path(event_id, remote.device, remote.name)
        headers = {"Authorization": self.auth} if self.auth else {}
        connection = self._connection()
        try:
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            if response.status != 200:
                raise self._fail("download", response.status)
            with open(dest, "wb") as out:
                shutil.copyfileobj(response, out, 1 << 20)
        except (OSError, http.client.HTTPException) as exc:
            raise TargetUnavailable(f"WebDAV server {self.display} unreachable: {exc}") from exc
        finally:
            connection.close()


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
