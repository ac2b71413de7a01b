"""A real WebDAV server for the tests (WsgiDAV on 127.0.0.1), shared by the test
modules that sync through one: import ``dav_server`` and ``dav`` from here."""

from __future__ import annotations

import threading

import pytest
from cheroot import wsgi
from wsgidav.wsgidav_app import WsgiDAVApp


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
