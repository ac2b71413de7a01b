"""A WebDAV server's PROPFIND reply, read without trusting it.

Entity declarations, the stuff of "billion laughs" bombs, live in a document
type declaration, and no WebDAV server sends one; expat is stopped at its
start, before any entity is declared or expanded. Used by
:class:`wltdesk.sync.targets.WebDavTarget`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from xml.parsers import expat

from wltdesk.errors import UserError
from wltdesk.language import _


class _Doctype(Exception):
    """A WebDAV listing declares a document type (where entity bombs live)."""


def _refuse_doctype(*_args: object) -> None:
    raise _Doctype


def read_listing(data: bytes, display: str) -> ElementTree.Element:
    """A PROPFIND reply parsed, refused (one line naming the server) if it declares a
    document type or is not well-formed XML."""
    check = expat.ParserCreate()
    check.StartDoctypeDeclHandler = _refuse_doctype
    try:
        check.Parse(data, True)
        return ElementTree.fromstring(data)
    except _Doctype:
        raise UserError(
            _(
                "WebDAV {display}: the listing declares a document type (DOCTYPE), which no "
                "WebDAV server sends; refused"
            ).format(display=display)
        ) from None
    except (expat.ExpatError, ElementTree.ParseError) as exc:
        raise UserError(
            _("WebDAV {display}: unreadable listing ({exc})").format(display=display, exc=exc)
        ) from exc
