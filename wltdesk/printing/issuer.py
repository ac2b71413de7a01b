"""Who issues an event's certificates: signatories, logos, the date of issue and numbers.

The organizer sets these once per event (``wltdesk certificates details``, or the
Print pane's certificate fields); they are event fields like any other, so they
travel to the team's laptops in the change log and every laptop prints the same
certificates.

* **Signatories**: up to three, each a name and a title ("Farhana Akter",
  "Programme Director"). None set: two unnamed lines, "Facilitator" and "Organizer".
* **Logos**: up to three PNG or JPEG files the organizer chooses. A file is checked
  when it is chosen (one clear line for a file that is missing, not an image, broken
  or absurdly large) and kept as a small PNG or JPEG (at most :data:`LOGO_SIDE`
  pixels on its longer side, enough for 20 mm at 600 dpi), so the logos of an
  event fit the schema's limit for a field and travel in a bundle.
* **Date of issue**: the event's last day unless set.
* **Numbers**: ``<code>-<person>``, e.g. ``LTD26-7KQ2MX``. The code is the event's
  (set, or made from the initials of its name and its year); the person's part is
  made from the event's and the person's ids, so it never changes, needs no
  counter that two laptops could both advance, and cannot be guessed by someone
  without the store. :func:`person_part` is what ``wltdesk certificates verify`` checks.
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from wltdesk.errors import UserError
from wltdesk.language import _, format_number
from wltdesk.printing.wording import said
from wltdesk.store import Store
from wltdesk.store.models import Event

MAX_SIGNATORIES = 3
MAX_LOGOS = 3
#: A name and a title on a certificate: longer ones would not fit under their line.
NAME_LIMIT, TITLE_LIMIT = 80, 100
#: The largest logo file taken (bytes) and the most pixels (a "decompression bomb" of a
#: small file can claim billions).
LOGO_FILE_LIMIT = 20 * 1024 * 1024
LOGO_PIXEL_LIMIT = 50_000_000
#: A logo smaller than this on its longer side prints as a blur.
LOGO_SMALLEST = 48
#: A logo is kept at most this many pixels on its longer side, and at most this many
#: characters of base64: three fit the schema's 200,000 characters for a JSON field.
LOGO_SIDE = 600
LOGO_TEXT_LIMIT = 60_000
#: The person's part of a certificate number: no 0/O, 1/I to misread on paper.
NUMBER_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
NUMBER_LENGTH = 6
_CODE = re.compile(r"[A-Z0-9]{1,12}")
_SMALL_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to"})


@dataclass(frozen=True)
class Signatory:
    name: str
    title: str = ""


@dataclass(frozen=True)
class Issuer:
    """What an event's certificates carry besides the person."""

    code: str
    signatories: tuple[Signatory, ...]
    logos: tuple[str, ...]  # base64 PNG or JPEG, as stored
    issued: date
    code_set: bool  # False: the code is made from the name (``default_code``)
    date_set: bool  # False: the date of issue is the event's last day


def default_code(name: str, start: date) -> str:
    """A certificate code from an event's name and year: "Leadership Training Dhaka",
    2026 → "LTD26". A name with no Latin letters gives "CERT" and the year."""
    year = f"{start.year % 100:02d}"
    letters = ""
    for word in re.findall(r"[A-Za-z0-9]+", name):
        if re.fullmatch(r"(?:19|20)[0-9]{2}", word):
            year = word[2:]
        elif word.casefold() not in _SMALL_WORDS:
            letters += word[0].upper()
    return (letters[:8] or "CERT") + year


def issuer(event: Event) -> Issuer:
    """The certificate details of an event, defaults filled in."""
    signatories = tuple(
        Signatory(str(s.get("name", "")), str(s.get("title", "")))
        for s in (event.signatories or [])
        if isinstance(s, dict) and s.get("name")
    )[:MAX_SIGNATORIES]
    logos = tuple(logo for logo in (event.logos or []) if isinstance(logo, str))[:MAX_LOGOS]
    code = event.certificate_code or default_code(event.name, event.start_date)
    issued = event.certificate_date or event.end_date
    return Issuer(
        code, signatories, logos, issued, bool(event.certificate_code), bool(event.certificate_date)
    )


def parse_signatory(text: str) -> Signatory:
    """A signatory as the command line takes it: "Name|Title" (the title may be left out)."""
    name, _bar, title = text.partition("|")
    name, title = " ".join(name.split()), " ".join(title.split())
    if not name:
        raise UserError(
            _('--signatory: give a name, as "Name|Title" (not {text!r})').format(text=text)
        )
    return checked_signatory(name, title)


def checked_signatory(name: str, title: str) -> Signatory:
    if len(name) > NAME_LIMIT or len(title) > TITLE_LIMIT:
        raise UserError(
            _(
                "a signatory's name takes at most {names} characters and a title {titles}: "
                "{name!r} is too long"
            ).format(
                names=format_number(NAME_LIMIT),
                titles=format_number(TITLE_LIMIT),
                name=name if len(name) > NAME_LIMIT else title,
            )
        )
    return Signatory(name, title)


def parse_code(text: str) -> str | None:
    """A certificate code as typed: capitals and digits; empty clears it."""
    code = text.strip().upper()
    if code and not _CODE.fullmatch(code):
        raise UserError(
            _("a certificate code is 1 to 12 letters A–Z or digits, not {text!r}").format(
                text=text
            )
        )
    return code or None


# ------------------------------------------------------------------ logos
def read_logo(path: str | Path) -> str:
    """A logo file checked and made small, as it is stored (base64).

    Raises a UserError naming the file for anything but a PNG or JPEG image of a
    sensible size.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    file = Path(path)
    if not file.is_file():
        raise UserError(_("logo {file}: no such file").format(file=path))
    size = file.stat().st_size
    if size > LOGO_FILE_LIMIT:
        raise UserError(
            _("logo {file}: the file is {size} MB; a logo may be at most {limit} MB").format(
                file=path,
                size=format_number(round(size / 2**20)),
                limit=format_number(LOGO_FILE_LIMIT // 2**20),
            )
        )
    try:
        with Image.open(file) as image:
            if image.format not in ("PNG", "JPEG"):
                raise UserError(
                    _("logo {file}: a {kind} image; choose a PNG or JPEG file").format(
                        file=path, kind=image.format
                    )
                )
            width, height = image.size
            if width * height > LOGO_PIXEL_LIMIT:
                raise UserError(
                    _("logo {file}: {width} × {height} pixels is too large for a logo").format(
                        file=path, width=format_number(width), height=format_number(height)
                    )
                )
            if max(width, height) < LOGO_SMALLEST:
                raise UserError(
                    _(
                        "logo {file}: {width} × {height} pixels is too small to print "
                        "sharply; choose one at least {smallest} pixels wide"
                    ).format(
                        file=path,
                        width=format_number(width),
                        height=format_number(height),
                        smallest=format_number(LOGO_SMALLEST),
                    )
                )
            image.load()
            picture = ImageOps.exif_transpose(image)
            return _stored(picture)
    except UnidentifiedImageError:
        raise UserError(
            _("logo {file}: not an image (choose a PNG or JPEG file)").format(file=path)
        ) from None
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise UserError(
            _("logo {file}: the image cannot be read ({reason})").format(file=path, reason=exc)
        ) from None


def _stored(picture: Any) -> str:
    """A picture as kept: PNG (transparency kept) or, for a photo that PNG makes too
    big, JPEG; smaller until it fits :data:`LOGO_TEXT_LIMIT`."""
    from PIL import Image

    bands = picture.getbands()
    clear = "A" in bands or (picture.mode == "P" and "transparency" in picture.info)
    picture = picture.convert("RGBA" if clear else "RGB")
    side = LOGO_SIDE
    while True:
        small = picture.copy()
        small.thumbnail((side, side), Image.Resampling.LANCZOS)
        for kind, options in (("PNG", {"optimize": True}), ("JPEG", {"quality": 90})):
            if kind == "JPEG" and clear:
                continue
            out = io.BytesIO()
            small.save(out, kind, **options)
            text = base64.b64encode(out.getvalue()).decode("ascii")
            if len(text) <= LOGO_TEXT_LIMIT:
                return text
        side = int(side * 0.8)


def logo_bytes(stored: str) -> bytes:
    """A stored logo's image file, checked: a logo that came in broken (or is not one
    WLT Desk stored: another format, or far larger than it keeps them) is said in one
    line, not a traceback."""
    from PIL import Image

    try:
        data = base64.b64decode(stored, validate=True)
        with Image.open(io.BytesIO(data)) as image:
            fits = image.format in ("PNG", "JPEG") and max(image.size) <= 2 * LOGO_SIDE
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        fits = False
    if not fits:
        raise UserError(
            said(
                lambda: _(
                    "a logo of this event cannot be read: choose the logos again "
                    "(certificates details --logo)"
                )
            )
        )
    return data


# ------------------------------------------------------------------ storing
def update_issuer(
    store: Store,
    event_id: str,
    *,
    signatories: Sequence[Signatory] | None = None,
    logos: Sequence[str] | None = None,
    issued: date | None = None,
    default_date: bool = False,
    code: str | None = None,
) -> bool:
    """Change an event's certificate details (None leaves a field as it is; an empty
    list clears signatories or logos, ``default_date`` the date, ``""`` the code).
    ``logos`` are stored logos (:func:`read_logo`). Returns whether anything changed."""
    values: dict[str, Any] = {}
    if signatories is not None:
        if len(signatories) > MAX_SIGNATORIES:
            raise UserError(
                _("a certificate has room for {limit} signatories, not {count}").format(
                    limit=format_number(MAX_SIGNATORIES), count=format_number(len(signatories))
                )
            )
        checked = [checked_signatory(s.name, s.title) for s in signatories]
        values["signatories"] = [{"name": s.name, "title": s.title} for s in checked] or None
    if logos is not None:
        if len(logos) > MAX_LOGOS:
            raise UserError(
                _("a certificate has room for {limit} logos, not {count}").format(
                    limit=format_number(MAX_LOGOS), count=format_number(len(logos))
                )
            )
        values["logos"] = list(logos) or None
    if default_date:
        values["certificate_date"] = None
    elif issued is not None:
        values["certificate_date"] = issued
    if code is not None:
        values["certificate_code"] = parse_code(code)
    with store.write() as writer:
        event = writer.db.get(Event, event_id)
        if event is None or event.deleted:
            raise UserError(_("no event {event_id}").format(event_id=event_id))
        return writer.update(Event, event_id, values)


# ------------------------------------------------------------------ numbers
def person_part(event_id: str, person_id: str) -> str:
    """The person's part of a certificate number: the same on every laptop, forever."""
    digest = hashlib.sha256(f"wltdesk-certificate/{event_id}/{person_id}".encode()).digest()
    value = int.from_bytes(digest[:8], "big")
    letters = []
    for _index in range(NUMBER_LENGTH):
        value, rest = divmod(value, len(NUMBER_ALPHABET))
        letters.append(NUMBER_ALPHABET[rest])
    return "".join(letters)


def certificate_number(details: Issuer, event_id: str, person_id: str) -> str:
    return f"{details.code}-{person_part(event_id, person_id)}"


def number_parts(text: str) -> tuple[str, str]:
    """(code, person's part) of a certificate number as typed or scanned: case and
    blanks do not matter ("ltd26 - 7kq2mx" is LTD26-7KQ2MX)."""
    cleaned = "".join(text.split()).upper()
    code, _dash, person = cleaned.rpartition("-")
    return code, person
