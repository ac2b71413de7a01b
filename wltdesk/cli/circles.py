"""Commands for reflection circles: ``wltdesk circle …``.

Set a circle up for a session, keep the prompt library, record turns (or run
the round from the terminal), take notes and print the summary an audience
may see.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from wltdesk import agenda, circles, events
from wltdesk.cli.console import SESSION_HELP, print_json, table
from wltdesk.errors import UserError
from wltdesk.language import N_, _, locale_digits, ngettext
from wltdesk.store import Store
from wltdesk.store.models import VISIBILITIES

if TYPE_CHECKING:
    from wltdesk.cli import CommandLine


#: Who a summary is for, as the reader is told (the option keeps the English word).
AUDIENCE_WORDS = {
    "facilitator": N_("facilitator"),
    "organizers": N_("organizers"),
    "public": N_("public"),
}


def minutes(seconds: float) -> str:
    """Seconds as m:ss (with a minus sign when over time)."""
    sign = "-" if seconds < 0 else ""
    whole = round(abs(seconds))
    return locale_digits(f"{sign}{whole // 60}:{whole % 60:02d}")


def _prompts(store: Store, event_id: str, args: argparse.Namespace) -> list[str] | None:
    """The prompts given by --library (library wording) and --prompt (own text), in order."""
    if not args.prompt and not args.library:
        return None
    chosen = [
        circles.resolve_prompt(store, event_id, ref).wording(args.language)
        for ref in args.library or ()
    ]
    return chosen + list(args.prompt or ())


def _circle(store: Store, args: argparse.Namespace) -> tuple[str, circles.CircleInfo]:
    event = events.resolve_event(store, args.event)
    return event.id, circles.resolve_circle(store, event.id, args.circle)


def info_json(info: circles.CircleInfo) -> dict[str, Any]:
    return asdict(info) | {"prompts": list(info.prompts)}


def cmd_create(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    session = agenda.resolve_session(store, event.id, args.session)
    group_id = None
    if args.group:
        group_id = _group(store, event.id, args.group)
    speakers = circles.resolve_people(store, event.id, args.speaker) if args.speaker else None
    circle_id = circles.create_circle(
        store,
        session.id,
        args.title,
        _prompts(store, event.id, args) or (),
        group_id=group_id,
        order_mode=args.order,
        speakers=speakers,
        seconds_per_speaker=args.seconds,
        allow_pass=not args.no_pass,
        seed=args.seed,
    )
    print(circle_id)
    return 0


def _group(store: Store, event_id: str, selector: str) -> str:
    choices = circles.group_choices(store, event_id)
    wanted = selector.strip().casefold()
    found = [gid for gid, name in choices if gid == selector or name.casefold() == wanted]
    found = found or [gid for gid, _name in choices if gid.startswith(selector.strip())]
    if len(found) == 1:
        return found[0]
    if not found:
        raise UserError(_("--group: no group matches {selector!r}").format(selector=selector))
    raise UserError(_("--group: {selector!r} matches {count} groups; give the id").format(
        selector=selector, count=len(found)
    ))


def cmd_list(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    found = circles.list_circles(store, event.id)
    if args.json:
        print_json([info_json(c) for c in found])
    elif not found:
        print(_("no circles yet ('wltdesk circle create')"))
    else:
        table(
            [
                (
                    n,
                    c.title,
                    c.session_title,
                    c.group_name,
                    ngettext("{n} speaker", "{n} speakers", c.speakers).format(n=c.speakers),
                    minutes(c.seconds_per_speaker),
                    ngettext("{n} turn", "{n} turns", c.turns).format(n=c.turns),
                    ngettext("{n} note", "{n} notes", c.notes).format(n=c.notes),
                    c.id[:8],
                )
                for n, c in enumerate(found, 1)
            ]
        )
    return 0


def cmd_show(store: Store, args: argparse.Namespace) -> int:
    _event_id, info = _circle(store, args)
    view = circles.get_circle(store, info.id)
    if args.json:
        print_json(
            {
                **info_json(view.info),
                "speaking_order": [asdict(s) for s in view.speakers],
                "turns": [asdict(t) for t in view.turns],
                "notes": [asdict(n) | {"themes": list(n.themes)} for n in view.notes],
            }
        )
        return 0
    info = view.info
    where = info.session_title or "-"
    if info.group_name:
        where += f" · {info.group_name}"
    passing = _("passing allowed") if info.allow_pass else _("no passing")
    print(f"{info.title} — {where}")
    print(_("{minutes} per speaker · {order_mode} order · {passing}").format(
        minutes=minutes(info.seconds_per_speaker), order_mode=info.order_mode, passing=passing
    ))
    for n, prompt in enumerate(info.prompts, 1):
        print(_("prompt {n}: {text}").format(n=n, text=prompt.replace("\n", " / ")))
    done = {t.person_id: t for t in view.turns}
    print(_("speaking order:"))
    rows = []
    for n, speaker in enumerate(view.speakers, 1):
        turn = done.get(speaker.person_id)
        state = "-" if turn is None else (_("passed") if turn.passed else minutes(turn.seconds))
        rows.append((f"  {locale_digits(str(n))}", speaker.display_name, speaker.local_name, state))
    table(rows)
    if view.notes:
        print(_("notes: {count} ('wltdesk circle notes {circle}')").format(
            count=len(view.notes), circle=args.circle
        ))
    return 0


def cmd_edit(store: Store, args: argparse.Namespace) -> int:
    event_id, info = _circle(store, args)
    fields: dict[str, Any] = {}
    if args.title is not None:
        fields["title"] = args.title
    if args.seconds is not None:
        fields["seconds_per_speaker"] = args.seconds
    if args.allow_pass is not None:
        fields["allow_pass"] = args.allow_pass
    prompts = _prompts(store, event_id, args)
    if prompts is not None:
        fields["prompts"] = prompts
    if not fields:
        raise UserError(_(
            "nothing to change (give --title, --seconds, --pass/--no-pass or prompts)"
        ))
    changed = circles.update_circle(store, info.id, **fields)
    print(_("saved") if changed else _("nothing changed"))
    return 0


def cmd_order(store: Store, args: argparse.Namespace) -> int:
    event_id, info = _circle(store, args)
    speakers = circles.resolve_people(store, event_id, args.speaker) if args.speaker else None
    circles.reorder(store, info.id, args.mode, speakers=speakers, seed=args.seed)
    for n, speaker in enumerate(circles.get_circle(store, info.id).speakers, 1):
        print(f"{locale_digits(str(n))}. {speaker.display_name}")
    return 0


def cmd_delete(store: Store, args: argparse.Namespace) -> int:
    _event_id, info = _circle(store, args)
    circles.delete_circle(store, info.id)
    print(_("deleted {title}").format(title=info.title))
    return 0


def cmd_turn(store: Store, args: argparse.Namespace) -> int:
    event_id, info = _circle(store, args)
    [person_id] = circles.resolve_people(store, event_id, [args.person])
    circles.record_turn(store, info.id, person_id, args.seconds, passed=args.passed)
    return 0


def cmd_clear_turns(store: Store, args: argparse.Namespace) -> int:
    _event_id, info = _circle(store, args)
    circles.set_turns(store, info.id, [])
    print(_("the record of {title} is empty again").format(title=info.title))
    return 0


def cmd_note(store: Store, args: argparse.Namespace) -> int:
    event_id, info = _circle(store, args)
    person_id = None
    if args.person:
        [person_id] = circles.resolve_people(store, event_id, [args.person])
    note_id = circles.add_note(
        store,
        info.id,
        args.text,
        person_id=person_id,
        anonymous=args.anonymous,
        themes=args.theme or (),
        visibility=args.visibility,
    )
    print(note_id)
    return 0


def note_json(note: circles.Note) -> dict[str, Any]:
    return asdict(note) | {"themes": list(note.themes)}


def cmd_notes(store: Store, args: argparse.Namespace) -> int:
    _event_id, info = _circle(store, args)
    notes = circles.list_notes(store, info.id, args.audience)
    if args.json:
        print_json([note_json(n) for n in notes])
    elif not notes:
        print(_("no notes for {audience} in {title}").format(
            audience=args.audience, title=info.title
        ))
    else:
        table(
            [
                (
                    n,
                    "(anonymous)" if note.anonymous else note.display_name or "(circle)",
                    note.visibility,
                    ", ".join(note.themes),
                    note.text.replace("\n", " "),
                    note.id[:8],
                )
                for n, note in enumerate(notes, 1)
            ]
        )
    return 0


def _note(store: Store, circle_id: str, selector: str) -> circles.Note:
    notes = circles.list_notes(store, circle_id)
    text = selector.strip()
    if text.isdigit() and len(text) <= 3:
        if 1 <= int(text) <= len(notes):
            return notes[int(text) - 1]
        raise UserError(_("no note number {text} (the circle has {count})").format(
            text=text, count=len(notes)
        ))
    found = [n for n in notes if text and n.id.startswith(text)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise UserError(_("no note matches {selector!r} (see 'wltdesk circle notes')").format(
            selector=selector
        ))
    raise UserError(_("{selector!r} matches {count} notes; give more of the id").format(
        selector=selector, count=len(found)
    ))


def cmd_note_edit(store: Store, args: argparse.Namespace) -> int:
    _event_id, info = _circle(store, args)
    note = _note(store, info.id, args.note)
    fields: dict[str, Any] = {}
    if args.text is not None:
        fields["text"] = args.text
    if args.theme is not None:
        fields["themes"] = args.theme
    if args.visibility is not None:
        fields["visibility"] = args.visibility
    if not fields:
        raise UserError(_("nothing to change (give --text, --theme or --visibility)"))
    print(_("saved") if circles.update_note(store, note.id, **fields) else _("nothing changed"))
    return 0


def cmd_note_delete(store: Store, args: argparse.Namespace) -> int:
    _event_id, info = _circle(store, args)
    note = _note(store, info.id, args.note)
    circles.delete_note(store, note.id)
    print(_("deleted the note"))
    return 0


def summary_json(found: circles.CircleSummary) -> dict[str, Any]:
    return {
        "circle_id": found.circle_id,
        "title": found.title,
        "session_title": found.session_title,
        "group_name": found.group_name,
        "audience": found.audience,
        "prompts": list(found.prompts),
        "themes": [{"theme": t, "count": c} for t, c in found.themes],
        "quotes": [asdict(q) | {"themes": list(q.themes)} for q in found.quotes],
        "time_shared": [asdict(t) for t in found.time_shared],
        "totals": asdict(found.totals),
    }


def cmd_summary(store: Store, args: argparse.Namespace) -> int:
    _event_id, info = _circle(store, args)
    found = circles.summary(store, info.id, args.audience)
    if args.json:
        print_json(summary_json(found))
        return 0
    where = " · ".join(x for x in (found.session_title, found.group_name) if x)
    audience = _(AUDIENCE_WORDS.get(found.audience, found.audience))
    print(f"{found.title}" + (f" — {where}" if where else "") + _(" (for {audience})").format(
        audience=audience
    ))
    for prompt in found.prompts:
        print("  " + prompt.replace("\n", " / "))
    totals = found.totals
    print(
        _(
            "{spoke} spoke, {passed} passed, of {speakers}; {minutes} shared; {notes} notes"
        ).format(
            spoke=totals.spoke, passed=totals.passed, speakers=totals.speakers,
            minutes=minutes(totals.seconds), notes=totals.notes,
        )
    )
    if found.themes:
        themes = ", ".join(
            f"{theme} ({locale_digits(str(count))})" for theme, count in found.themes
        )
        print(_("themes: {themes}").format(themes=themes))
    for quote in found.quotes:
        who = quote.speaker or (_("anonymous") if quote.anonymous else _("the circle"))
        print(f"  “{quote.text}” — {who}")
    if found.time_shared:
        print(_("time shared:"))
        table(
            [
                ("  " + t.name, _("passed") if t.passed else minutes(t.seconds))
                for t in found.time_shared
            ]
        )
    return 0


RUN_KEYS = N_("Enter next · p pass · b back · s pause/resume · q stop")


def cmd_run(store: Store, args: argparse.Namespace) -> int:
    """The round from a terminal: one command per line; the record is saved after each."""
    _event_id, info = _circle(store, args)
    view = circles.get_circle(store, info.id)
    runner = circles.CircleRunner.for_circle(view)
    if not runner.speakers:
        raise UserError(_("the circle {title!r} has no speakers").format(title=info.title))
    print(
        ngettext("{title}: {n} speaker, {minutes} each", "{title}: {n} speakers, {minutes} each",
                 len(runner.speakers)).format(
            title=info.title, n=len(runner.speakers), minutes=minutes(info.seconds_per_speaker)
        )
    )
    for prompt in info.prompts:
        print("  " + prompt.replace("\n", " / "))
    print(_(RUN_KEYS))
    runner.start()
    while not runner.finished:
        current, upcoming = runner.current, runner.upcoming
        assert current is not None
        state = "" if runner.running else _(" (paused)")
        after = (
            _(" · next: {name}").format(name=upcoming.display_name) if upcoming
            else _(" · last speaker")
        )
        print(_("▶ {display_name} {minutes} left{state}{after}").format(
            display_name=current.display_name, minutes=minutes(runner.remaining()), state=state,
            after=after),
        )
        line = sys.stdin.readline()
        if not line:  # end of input: stop, keeping what was recorded
            break
        key = line.strip().lower()
        try:
            if key in ("", "n", "next"):
                runner.next()
            elif key in ("p", "pass"):
                runner.pass_turn()
            elif key in ("b", "back"):
                runner.back()
            elif key in ("s", "pause", " "):
                runner.toggle_pause()
                continue
            elif key in ("q", "quit", "stop"):
                break
            else:
                print(_(RUN_KEYS))
                continue
        except UserError as exc:
            print(exc)
            continue
        circles.set_turns(store, info.id, runner.turns())
    circles.set_turns(store, info.id, runner.turns())
    turns = runner.turns()
    passed = sum(1 for t in turns if t["passed"])
    print(_("recorded {count} of {count2} turns ({passed} passed)").format(
        count=len(turns), count2=len(runner.speakers), passed=passed
    ))
    return 0


def cmd_prompts_list(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    library = circles.prompt_library(store, event.id)
    if args.json:
        print_json([asdict(p) for p in library])
        return 0
    for n, prompt in enumerate(library, 1):
        source = prompt.id.removeprefix(circles.BUILTIN_PREFIX) if prompt.builtin else prompt.id[:8]
        print(f"{locale_digits(str(n)):>3}. {prompt.text}  [{source}]")
        if prompt.text_bn:
            print(f"     {prompt.text_bn}")
    return 0


def cmd_prompts_add(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    print(circles.add_prompt(store, event.id, args.text, args.bn))
    return 0


def cmd_prompts_edit(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    prompt = circles.resolve_prompt(store, event.id, args.prompt)
    changed = circles.update_prompt(store, prompt.id, args.text, args.bn)
    print(_("saved") if changed else _("nothing changed"))
    return 0


def cmd_prompts_delete(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    prompt = circles.resolve_prompt(store, event.id, args.prompt)
    circles.delete_prompt(store, prompt.id)
    print(_("deleted: {text}").format(text=prompt.text))
    return 0


def _seconds(text: str) -> int:
    """Seconds as a number or m:ss."""
    try:
        if ":" in text:
            mins, _sep, secs = text.partition(":")
            return int(mins) * 60 + int(secs)
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("not a time in seconds or m:ss: {text!r}").format(
            text=text
        )) from None


def _prompt_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--prompt", action="append", metavar="TEXT", help=_("a prompt in your own words (repeat)")
    )
    command.add_argument(
        "--library",
        action="append",
        metavar="N",
        help=_("a prompt from the library: number, key or id ('circle prompts list'; repeat)"),
    )
    command.add_argument(
        "--language",
        choices=circles.PROMPT_LANGUAGES,
        default="both",
        help=_("wording of library prompts: English, Bengali or both (default)"),
    )


def register(cli: CommandLine) -> None:
    circle = cli.group("circle", _("reflection circles: set-up, the round, notes, summary"))

    create = circle.add("create", cmd_create, _("set up a circle for a session; prints its id"))
    create.add_argument("--session", required=True, help=_(SESSION_HELP))
    create.add_argument("--title", required=True)
    create.add_argument("--group", help=_("a breakout group (name or id): its members sit in it"))
    _prompt_options(create)
    create.add_argument("--order", choices=circles.ORDER_MODES, default="random")
    create.add_argument(
        "--speaker",
        action="append",
        help=_("who speaks (name, badge code or id; repeat, in order for --order manual)"),
    )
    create.add_argument("--seconds", type=_seconds, default=120,
                        help=_("per speaker: seconds or m:ss (default 2:00)"))
    create.add_argument("--no-pass", action="store_true", help=_("speakers may not pass"))
    create.add_argument("--seed", type=int, help=_("seed for a reproducible random order"))

    cli.json_flag(circle.add("list", cmd_list, _("list the event's circles")))
    show = circle.add("show", cmd_show, _("a circle's prompts, speaking order and record"))
    show.add_argument("circle", help=_("number in 'circle list', id or title"))
    cli.json_flag(show)

    edit = circle.add("edit", cmd_edit, _("change title, time, passing or prompts"))
    edit.add_argument("circle")
    edit.add_argument("--title")
    edit.add_argument("--seconds", type=_seconds)
    passing = edit.add_mutually_exclusive_group()
    passing.add_argument("--pass", dest="allow_pass", action="store_true", default=None)
    passing.add_argument("--no-pass", dest="allow_pass", action="store_false")
    _prompt_options(edit)

    order = circle.add("order", cmd_order, _("set the speaking order again"))
    order.add_argument("circle")
    order.add_argument("--mode", choices=circles.ORDER_MODES, required=True)
    order.add_argument("--speaker", action="append", help=_("who speaks, in order (repeat)"))
    order.add_argument("--seed", type=int)

    delete = circle.add("delete", cmd_delete, _("delete a circle"))
    delete.add_argument("circle")

    run = circle.add("run", cmd_run, _("run the round in the terminal, one key + Enter per step"))
    run.add_argument("circle")

    turn = circle.add("turn", cmd_turn, _("record one turn (who spoke and for how long)"))
    turn.add_argument("circle")
    turn.add_argument("--person", required=True, help=_("name, badge code or id"))
    turn.add_argument("--seconds", type=_seconds, default=0, help=_("seconds or m:ss"))
    turn.add_argument("--passed", action="store_true", help=_("the speaker passed"))

    clear = circle.add("clear-turns", cmd_clear_turns, _("empty the circle's record of turns"))
    clear.add_argument("circle")

    note = circle.add("note", cmd_note, _("add a note; prints its id"))
    note.add_argument("circle")
    note.add_argument("--text", required=True)
    note.add_argument("--person", help=_("the speaker it is about (name, badge code or id)"))
    note.add_argument(
        "--anonymous", action="store_true", help=_("keep no speaker (not stored anywhere)")
    )
    note.add_argument("--theme", action="append",
                      help=_("a theme or tag (repeat, or comma-separate)"))
    note.add_argument("--visibility", choices=VISIBILITIES, default="private")

    notes = circle.add("notes", cmd_notes, _("list a circle's notes"))
    notes.add_argument("circle")
    notes.add_argument("--audience", choices=circles.AUDIENCES, default="facilitator")
    cli.json_flag(notes)

    note_edit = circle.add("note-edit", cmd_note_edit,
                           _("change a note's text, themes, visibility"))
    note_edit.add_argument("circle")
    note_edit.add_argument("note", help=_("number in 'circle notes' or id"))
    note_edit.add_argument("--text")
    note_edit.add_argument("--theme", action="append", help=_("replaces the themes (repeat)"))
    note_edit.add_argument("--visibility", choices=VISIBILITIES)

    note_delete = circle.add("note-delete", cmd_note_delete, _("delete a note"))
    note_delete.add_argument("circle")
    note_delete.add_argument("note", help=_("number in 'circle notes' or id"))

    summary = circle.add("summary", cmd_summary, _("themes, quotes and time shared"))
    summary.add_argument("circle")
    summary.add_argument(
        "--audience",
        choices=circles.AUDIENCES,
        default="public",
        help=_("public (default): public notes only; organizers; facilitator: every note"),
    )
    cli.json_flag(summary)

    prompts = circle.group("prompts", _("the prompt library: built in and your own"))
    cli.json_flag(prompts.add("list", cmd_prompts_list, _("list the library")))
    add = prompts.add("add", cmd_prompts_add, _("add your own prompt; prints its id"))
    add.add_argument("--text", required=True)
    add.add_argument("--bn", help=_("the same prompt in Bengali"))
    pedit = prompts.add("edit", cmd_prompts_edit, _("reword one of your prompts"))
    pedit.add_argument("prompt", help=_("number in 'circle prompts list' or id"))
    pedit.add_argument("--text")
    pedit.add_argument("--bn", help=_("Bengali wording ('' removes it)"))
    pdelete = prompts.add("delete", cmd_prompts_delete, _("remove one of your prompts"))
    pdelete.add_argument("prompt", help=_("number in 'circle prompts list' or id"))
