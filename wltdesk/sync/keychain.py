"""WebDAV passwords: in the computer's keychain, never in the store, a bundle or a file.

A WebDAV target is stored as its address with the user name and without the
password (``https://alice@cloud.example.org/…``). The password is kept by the
operating system's keychain (macOS Keychain, Windows Credential Locker, the
Secret Service of a Linux desktop) through :mod:`keyring`, under the service
:data:`SERVICE` and the account ``user@host`` (with the port, if the address
gives one).

Where a request's password comes from, first found first:

1. the address itself, when a script passes one with the password in it (it is
   used, and taken out before the address is stored);
2. :data:`PASSWORD_ENV`, for scripts and servers that have no keychain;
3. what this process was given for this session (:func:`use_for_session`:
   ``wltdesk sync --password-prompt``, or the app on a computer with no keychain);
4. the keychain.

A computer may have no keychain WLT Desk can use (a bare Linux without a Secret
Service: keyring's ``fail`` backend). Then :func:`keep` keeps the password for
this session only and says so; it is never written anywhere in plain text.
"""

from __future__ import annotations

import os
import threading
from types import ModuleType

from wltdesk.language import _

#: The keychain entry's service name; the account is ``user@host[:port]``.
SERVICE = "WLT Desk WebDAV"
#: A password for scripts, taking precedence over the session's and the keychain's.
PASSWORD_ENV = "WLTDESK_WEBDAV_PASSWORD"
#: Where :func:`keep` put a password.
KEYCHAIN = "keychain"
SESSION = "session"

_session: dict[str, str] = {}
_lock = threading.Lock()


def _keyring() -> ModuleType:
    """keyring, imported when a password is first needed: importing it and finding the
    keychain takes a good part of a second, which no start of the app should wait for."""
    import keyring

    return keyring


def _failures() -> tuple[type[BaseException], ...]:
    """What a keychain may raise: its own errors, or a D-Bus or OS failure beneath."""
    import keyring.errors

    return (keyring.errors.KeyringError, RuntimeError, OSError)


def account(user: str, host: str, port: int | None = None) -> str:
    """The keychain account of a WebDAV user on a server: ``alice@cloud.example.org``."""
    return f"{user}@{host}" + (f":{port}" if port else "")


def keychain_problem() -> str | None:
    """None when this computer has a keychain; otherwise one line saying it has none."""
    from keyring.backends import fail

    try:
        backend = _keyring().get_keyring()
    except _failures():
        backend = None
    if backend is None or isinstance(backend, fail.Keyring):
        return _(
            "This computer has no keychain (password store) that WLT Desk can use, so the "
            "password cannot be saved."
        )
    return None


def keep(user_at_host: str, password: str) -> str:
    """Save a password in the keychain, and use it for this session.

    Returns :data:`KEYCHAIN`, or :data:`SESSION` when there is no keychain to
    save it in (or it refused): the password then lasts until the program ends.
    """
    use_for_session(user_at_host, password)
    if keychain_problem() is not None:
        return SESSION
    try:
        _keyring().set_password(SERVICE, user_at_host, password)
    except _failures():
        return SESSION
    return KEYCHAIN


def use_for_session(user_at_host: str, password: str) -> None:
    """Use a password until this program ends, without saving it anywhere."""
    with _lock:
        _session[user_at_host] = password


def forget_session() -> None:
    """Drop every password given for this session (as the program's end would)."""
    with _lock:
        _session.clear()


def password(user_at_host: str) -> str | None:
    """The password to send for an account: the environment's, this session's, or the
    keychain's (see the module docstring); None when there is none."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    with _lock:
        given = _session.get(user_at_host)
    if given is not None:
        return given
    try:
        return _keyring().get_password(SERVICE, user_at_host)
    except _failures():
        return None


def saved(user_at_host: str) -> bool:
    """Whether the keychain already holds a password for the account."""
    try:
        return _keyring().get_password(SERVICE, user_at_host) is not None
    except _failures():
        return False
