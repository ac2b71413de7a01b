"""The prompt library: prompts WLT Desk ships, in English and Bengali, and the event's own.

A circle stores the wording it was given, so changing or deleting a library
prompt never changes a circle that already uses it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.resources import resource
from wltdesk.store import Store
from wltdesk.store.models import Prompt

PROMPT_LANGUAGES = ("en", "bn", "both")
BUILTIN_PREFIX = "builtin:"


@dataclass(frozen=True)
class LibraryPrompt:
    """A prompt to choose from: built in (``builtin:<key>``) or the facilitator's own."""

    id: str
    text: str
    text_bn: str | None
    builtin: bool

    def wording(self, language: str = "both") -> str:
        """The prompt as a circle stores it: English, Bengali, or both on two lines."""
        if language not in PROMPT_LANGUAGES:
            raise UserError(_("prompt language must be one of {names}").format(
                names=', '.join(PROMPT_LANGUAGES)
            ))
        if language == "en" or not self.text_bn:
            return self.text
        if language == "bn":
            return self.text_bn
        return f"{self.text}\n{self.text_bn}"


@cache
def builtin_prompts() -> tuple[LibraryPrompt, ...]:
    """The prompts WLT Desk ships (``resources/prompts.json``), English and Bengali."""
    data = json.loads(resource("prompts.json").read_text(encoding="utf-8"))
    return tuple(
        LibraryPrompt(BUILTIN_PREFIX + p["key"], p["text"], p.get("text_bn"), True)
        for p in data["prompts"]
    )


def _own_prompts(db: Session, event_id: str) -> list[Prompt]:
    rows = db.execute(
        select(Prompt).where(Prompt.event_id == event_id, Prompt.deleted.is_(False))
    ).scalars()
    return sorted(rows, key=lambda p: (p.position, p.hlc))


def prompt_library(store: Store, event_id: str) -> list[LibraryPrompt]:
    """Built-in prompts first, then the facilitator's own for this event."""
    with store.read() as db:
        own = [LibraryPrompt(p.id, p.text, p.text_bn, False) for p in _own_prompts(db, event_id)]
    return [*builtin_prompts(), *own]


def resolve_prompt(store: Store, event_id: str, selector: str) -> LibraryPrompt:
    """A library prompt by its number in the list, its id or key, or an id prefix."""
    library = prompt_library(store, event_id)
    text = selector.strip()
    if text.isdigit() and len(text) <= 3:
        if 1 <= int(text) <= len(library):
            return library[int(text) - 1]
        raise UserError(_("no prompt number {text} (the library has {count})").format(
            text=text, count=len(library)
        ))
    exact = [p for p in library if text in (p.id, p.id.removeprefix(BUILTIN_PREFIX))]
    found = exact or [p for p in library if not p.builtin and text and p.id.startswith(text)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise UserError(_(
            "no prompt matches {selector!r} (see 'wltdesk circle prompts list')"
        ).format(
            selector=selector
        ))
    raise UserError(_("{selector!r} matches {count} prompts; give more of the id").format(
        selector=selector, count=len(found)
    ))


def add_prompt(store: Store, event_id: str, text: str, text_bn: str | None = None) -> str:
    """Add the facilitator's own prompt to the event's library; returns its id."""
    text = (text or "").strip()
    if not text:
        raise UserError(_("a prompt needs some text"))
    with store.write() as writer:
        own = _own_prompts(writer.db, event_id)
        if any(p.text.casefold() == text.casefold() for p in own):
            raise UserError(_("the library already has the prompt {text!r}").format(text=text))
        return writer.create(
            Prompt,
            {
                "event_id": event_id,
                "text": text,
                "text_bn": (text_bn or "").strip() or None,
                "position": max((p.position for p in own), default=0) + 1,
            },
        )


def _own_prompt_row(db: Session, prompt_id: str) -> Prompt:
    if prompt_id.startswith(BUILTIN_PREFIX):
        raise UserError(_("built-in prompts cannot be changed; add your own instead"))
    prompt = db.get(Prompt, prompt_id)
    if prompt is None or prompt.deleted:
        raise UserError(_("no prompt with id {prompt_id}").format(prompt_id=prompt_id))
    return prompt


def update_prompt(
    store: Store, prompt_id: str, text: str | None = None, text_bn: str | None = None
) -> bool:
    """Reword one of the facilitator's own prompts (``text_bn=""`` clears the Bengali)."""
    values: dict[str, Any] = {}
    if text is not None:
        if not text.strip():
            raise UserError(_("a prompt needs some text"))
        values["text"] = text.strip()
    if text_bn is not None:
        values["text_bn"] = text_bn.strip() or None
    with store.write() as writer:
        _own_prompt_row(writer.db, prompt_id)
        return writer.update(Prompt, prompt_id, values) if values else False


def delete_prompt(store: Store, prompt_id: str) -> None:
    """Remove an own prompt from the library (circles that use it keep their wording)."""
    with store.write() as writer:
        _own_prompt_row(writer.db, prompt_id)
        writer.delete(Prompt, prompt_id)
