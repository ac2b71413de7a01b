"""A real WebDAV server for the tests (WsgiDAV on 127.0.0.1), shared by the test
modules that sync through one: import ``dav_server`` and ``dav`` from here; and the
keychain its password goes to (``memory_keychain``, or ``no_keychain``)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.errors
import pytest
from cheroot import wsgi
from keyring.backends import fail
from wsgidav.wsgidav_app import WsgiDAVApp

from wltdesk.sync import keychain


@pytest.fixture(scope="module")
def dav_server(tmp_path_factory):
    """WsgiDAV with basic auth (alice / s3cret), in-process on a free loopback port."""
    root = tmp_path_factory.mktemp("dav")
    app = WsgiDAVApp(
        {
            "provider_mapping": {"/": str(root)},
            "simple_dc": {"user_mapping": {"*": {"alice": {"password": "s3cret"}}}},
            "http_authenticator": {
                "accept_basic": True,
                "accept_digest": False,
                "default_to_digest": False,
            },
            "verbose": 0,
            "logging": {"enable": False},
        }
    )
    server = wsgi.Server(("127.0.0.1", 0), app)
    server.prepare()
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    yield {"root": root, "port": server.bind_addr[1]}
    server.stop()


@pytest.fixture
def dav(dav_server, tmp_path):
    """A fresh collection on the server per test."""
    name = tmp_path.name.replace("[", "_").replace("]", "_")[:40]
    (dav_server["root"] / name).mkdir()
    url = f"http://alice:s3cret@127.0.0.1:{dav_server['port']}/{name}"
    return {"url": url, "folder": dav_server["root"] / name}


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keychain that keeps passwords in a dict: a real keyring backend (the library's
    own interface), standing in for the desktop's keychain that a test machine lacks."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


def _with_keyring(backend: keyring.backend.KeyringBackend) -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(backend)
    keychain.forget_session()
    try:
        yield
    finally:
        keychain.forget_session()
        keyring.set_keyring(before)


@pytest.fixture
def memory_keychain() -> Iterator[MemoryKeyring]:
    """This computer has a keychain (an in-memory one), empty; nothing given for the session."""
    backend = MemoryKeyring()
    for _ in _with_keyring(backend):
        yield backend


@pytest.fixture
def no_keychain() -> Iterator[None]:
    """This computer has no keychain (keyring's ``fail`` backend, as on a bare Linux)."""
    yield from _with_keyring(fail.Keyring())
