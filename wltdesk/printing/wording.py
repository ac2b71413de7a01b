"""The words of a printout in its language: English, Bengali, or both on one page.

Every output is made inside :func:`printing_in` (see :func:`wltdesk.printing.render`):
its messages are the core's gettext messages (``_``, ``ngettext``) and its numbers
and dates :mod:`wltdesk.language`'s formats, in the printout's language rather than
the screen's (:func:`wltdesk.language.speaking`, which holds for this thread only,
so a PDF made on a worker thread never changes the words of the window).

A bilingual printout (``"en+bn"``) is what a Bangladeshi organizer hands to a
mixed room: it speaks English — names, values, numbers and dates once, with Latin
digits — and gives every heading, label, column head and sentence in Bengali too,
under the English (:func:`stacked`, :func:`lines`) or after it on one line
(:func:`joined`). Each of these takes a function that makes the words (``lambda:
_("Region")``) and calls it once per language, so a sentence with a number gets
each language's digits and plural.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from wltdesk.language import N_, _, current_language, speaking
from wltdesk.printing.typeset import stacked_text

#: How much smaller the second language of a stacked heading or label is than the first.
SECOND = 0.9

Words = Callable[[], str]

_languages: ContextVar[tuple[str, ...] | None] = ContextVar(
    "wltdesk_printing_languages", default=None
)
_outside: ContextVar[str | None] = ContextVar("wltdesk_printing_outside", default=None)


@contextmanager
def printing_in(code: str) -> Iterator[tuple[str, ...]]:
    """Make a printout in ``code`` ("en", "bn" or "en+bn") inside the block.

    The first language is the one spoken (values, digits); the others only
    repeat the words.
    """
    chosen = tuple(code.split("+"))
    outside = _outside.set(current_language())
    token = _languages.set(chosen)
    try:
        with speaking(chosen[0]):
            yield chosen
    finally:
        _languages.reset(token)
        _outside.reset(outside)


def said(words: Words) -> str:
    """Words for the person printing, not for the page: in the language they work in.

    A refusal raised while a Bengali PDF is made (no one to print a badge for)
    is shown on an English screen in English.
    """
    with speaking(_outside.get() or current_language()):
        return words()


def languages() -> tuple[str, ...]:
    """The languages of the printout being made (the spoken one alone outside one)."""
    return _languages.get() or (current_language(),)


def bilingual() -> bool:
    return len(languages()) > 1


def each(words: Words) -> list[str]:
    """``words()`` in every language of the printout, the spoken one first.

    A text that is the same in two languages (a name, a code) comes once.
    """
    found: list[str] = []
    for code in languages():
        with speaking(code):
            text = words()
        if text not in found:
            found.append(text)
    return found


def joined(words: Words, separator: str = " · ") -> str:
    """The words of every language on one line: "Sign-in sheet · হাজিরা শিট"."""
    return separator.join(each(words))


def stacked(words: Words) -> str:
    """The words of every language one under the other (a table's column head)."""
    return "\n".join(each(words))


def stacked_row(words: Callable[[], list[str]]) -> list[str]:
    """A table's column heads, each with its words in every language one under the other.

    ``words`` makes the whole row (``lambda: [_("Name"), _("Region")]``), once per language.
    """
    rows = []
    for code in languages():
        with speaking(code):
            rows.append(words())
    return ["\n".join(dict.fromkeys(column)) for column in zip(*rows, strict=True)]


def lines(words: Words, style: ParagraphStyle) -> Flowable:
    """One paragraph: the words in ``style``, each further language on a line below
    (:func:`stacked_paragraph`), so a heading and its translation never part."""
    return stacked_paragraph(stacked(words), style)


def stacked_paragraph(text: str, style: ParagraphStyle) -> Flowable:
    """A paragraph of text made by :func:`stacked` (or :func:`stacked_row`), a line per
    language. Under a bold title, heading or label the other languages are a little
    smaller (:data:`SECOND`); a sentence keeps its size in every language."""
    bold = style.fontName.endswith("-Bold")
    first, *others = text.split("\n")
    size = style.fontSize * (SECOND if bold else 1.0)
    return stacked_text([(first, style.fontSize), *((other, size) for other in others)], style)


#: Stored words (roles, item statuses) as a printout shows them.
VALUE_WORDS = {
    "participant": N_("participant"),
    "facilitator": N_("facilitator"),
    "organizer": N_("organizer"),
    "planned": N_("planned"),
    "in progress": N_("in progress"),
    "done": N_("done"),
    "dropped": N_("dropped"),
}


def value_word(value: str) -> str:
    """A role or status in the printout's language (as stored if it has no word)."""
    return _(VALUE_WORDS[value]) if value in VALUE_WORDS else value
