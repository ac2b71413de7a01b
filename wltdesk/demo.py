"""The demo event: a fictional two-day leadership training to try every screen on.

It is built through the same services a facilitator uses (the roster is a
real CSV imported with an explicit column mapping), so the demo also proves
the import path. Its badge codes (in the roster file) and ids are the same in
every store, so the README and the guides can use them in examples. Day one
is yesterday and day two is today, so the desk opens on a live session;
sessions that have already started have attendance, with a few people
dropping off on day two, as happens.
"""

from __future__ import annotations

import json
import random
import uuid
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from wltdesk import agenda, attendance, events
from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.resources import resource
from wltdesk.store import Store
from wltdesk.store.changes import Writer
from wltdesk.store.models import ActionItem, Circle, Event, Person

DEMO_EVENT_ID = "00000000-0000-4000-8000-00000000de70"
ROSTER_MAPPING = {"Listed on wiki": "list_consent"}
_ID_NAMESPACE = uuid.UUID(DEMO_EVENT_ID)


def stable_ids() -> Callable[[str], str]:
    """Ids for the demo's rows: the n-th row of a table gets the same id in every store.

    Documentation quotes the demo (badge codes, ids, ``--session`` id prefixes), so
    they must not change from one ``wltdesk demo`` to the next; rows are made in the
    same order every time (people as the roster file lists them, sessions as the
    agenda does), whatever the day.
    """
    made: Counter[str] = Counter()

    def new_id(table: str) -> str:
        made[table] += 1
        return str(uuid.uuid5(_ID_NAMESPACE, f"{table}/{made[table]}"))

    return new_id


def exists(store: Store) -> bool:
    with store.read() as db:
        found = db.execute(
            select(Event.id).where(Event.id == DEMO_EVENT_ID, Event.deleted.is_(False))
        ).first()
    return found is not None


def create_demo(store: Store, today: date | None = None, seed: int = 2026) -> str:
    """Create the demo event in ``store``, all in one transaction; returns its id."""
    from wltdesk.roster import record_roster
    from wltdesk.tabular import read_table

    if exists(store):
        raise UserError(_("the demo event already exists in this store"))
    plan = json.loads(resource("demo", "agenda.json").read_text(encoding="utf-8"))
    roster_table = read_table(resource("demo", "roster.csv"))
    info = plan["event"]
    zone = ZoneInfo(info["timezone"])
    now = datetime.now(UTC)
    first_day = (today or now.astimezone(zone).date()) - timedelta(days=1)
    with store.write() as writer:
        writer.new_id = stable_ids()
        event_id = events.record_event(
            writer,
            info["name"],
            first_day,
            first_day + timedelta(days=info["days"] - 1),
            venue=info["venue"],
            timezone=info["timezone"],
            event_id=DEMO_EVENT_ID,
        )
        credits = "\n".join(info.get("photo_credits", [])) or None
        writer.update(Event, event_id, {"photo_credits": credits})
        record_roster(writer, event_id, roster_table, mapping=ROSTER_MAPPING)
        roster = writer.db.execute(
            select(Person.id, Person.display_name, Person.role).where(Person.event_id == event_id)
        ).all()
        by_name = {name: person_id for person_id, name, _role in roster}
        sessions = []
        for item in plan["sessions"]:
            day = first_day + timedelta(days=item["day"] - 1)
            start = datetime.combine(day, time.fromisoformat(item["start"]))
            end = datetime.combine(day, time.fromisoformat(item["end"]))
            session_id = agenda.record_session(
                writer,
                event_id,
                item["title"],
                start,
                end,
                kind=item["kind"],
                room=item["room"],
                facilitators=[by_name[name] for name in item["facilitators"]],
            )
            sessions.append((session_id, start, item["day"]))
        # by name, not id: ids are random, and the same seed must give the same demo
        participants = [
            pid for pid, _name, role in sorted(roster, key=lambda r: r[1]) if role == "participant"
        ]
        _attend(writer, participants, sessions, zone, now, random.Random(seed))
        _circles(writer, sessions, zone, now, random.Random(seed + 1))
        _plans(writer, event_id, first_day, roster)
        _groups(writer, event_id, sessions, now, seed)
    return event_id


def _groups(
    writer: Writer, event_id: str, sessions: list[tuple[str, datetime, int]], now, seed: int
) -> None:
    """Three rounds of mixed groups of four at the first hands-on lab, once it has started."""
    from wltdesk import grouping, groups
    from wltdesk.attendance import PRESENT_STATUSES
    from wltdesk.store.models import Attendance, EventSession

    lab = next(
        (
            session_id
            for session_id, _start, _day in sessions
            if writer.db.get(EventSession, session_id).title.startswith("Hands-on lab")
        ),
        None,
    )
    if lab is None:
        return
    here = writer.db.execute(
        select(Person)
        .join(Attendance, Attendance.person_id == Person.id)
        .where(Attendance.session_id == lab, Attendance.status.in_(PRESENT_STATUSES))
        .order_by(Person.display_name)
    ).scalars()
    members = [groups.member(person) for person in here]
    if len(members) < 8:
        return  # the lab has not started yet on this day
    wish = groups.Wish(size=4, rounds=3, balance=("region",), seed=seed)
    planned = grouping.plan(
        grouping.Request(
            members,
            rounds=3,
            size=4,
            constraints=grouping.Constraints(balance=("region",)),
            seed=seed,
            max_steps=3000,  # the same demo every time, however fast the machine
            time_budget=30,
        )
    )
    title = writer.db.get(EventSession, lab).title
    groups.record_set(writer, event_id, wish, planned, lab, f"Groups — {title}")


def _plans(writer: Writer, event_id: str, first_day: date, roster: list) -> None:
    """Two regional action plans drafted on day two, one of them in Bengali."""
    from wltdesk import plans

    by_region: dict[str, list[str]] = {}
    for person_id, _name, role in sorted(roster, key=lambda r: r[1]):
        if role == "participant":
            region = writer.db.get(Person, person_id).region or ""
            by_region.setdefault(region, []).append(person_id)
    last_day = first_day + timedelta(days=1)
    dhaka = plans.record_plan(
        writer, event_id, "Dhaka outreach", goal=plans.get_template("outreach").goal, region="Dhaka"
    )
    ids = plans.apply_template(writer, dhaka, plans.get_template("outreach"), last_day)
    owners = by_region.get("Dhaka", [])[:3]
    for n, item_id in enumerate(ids):
        fields: dict[str, object] = {"owners": [owners[n % len(owners)]] if owners else []}
        if n == 0:
            fields["status"] = "in progress"
        writer.update(ActionItem, item_id, fields)
    plans.record_item(
        writer,
        dhaka,
        "Share the training photos on Commons (CC BY-SA)",
        owners=owners[:1],
        due_date=first_day,
        resources="Photos from both days, consent list",
        success_indicator="Photos in the event category",
    )
    sylhet = plans.record_plan(
        writer,
        event_id,
        plans.get_template("editathon").title_bn,
        goal=plans.get_template("editathon").goal_bn,
        region="Sylhet",
    )
    ids = plans.apply_template(writer, sylhet, plans.get_template("editathon"), last_day, "bn")
    owners = by_region.get("Sylhet", [])[:2]
    for n, item_id in enumerate(ids):
        if owners:
            writer.update(ActionItem, item_id, {"owners": [owners[n % len(owners)]]})


def _attend(
    writer: Writer,
    participants: list[str],
    sessions: list[tuple[str, datetime, int]],
    zone: ZoneInfo,
    now: datetime,
    rng: random.Random,
) -> None:
    """Check people in to every session that has started, as a real room fills."""
    leavers = set(rng.sample(participants, 6))  # did not come back on day two
    for session_id, start, day in sessions:
        starts_utc = start.replace(tzinfo=zone).astimezone(UTC)
        if starts_utc > now:
            continue
        for person_id in participants:
            if (day == 2 and person_id in leavers) or rng.random() < 0.07:
                continue
            arrival = starts_utc + timedelta(minutes=rng.choice((-12, -8, -5, -2, 0, 4, 16)))
            attendance.record_check_in(writer, session_id, person_id, None, min(arrival, now))


def _circles(
    writer: Writer,
    sessions: list[tuple[str, datetime, int]],
    zone: ZoneInfo,
    now: datetime,
    rng: random.Random,
) -> None:
    """Day one's reflection circle, run if it has started (turns and notes), and the
    closing circle set up and waiting."""
    from wltdesk import circles

    library = {p.id.removeprefix(circles.BUILTIN_PREFIX): p for p in circles.builtin_prompts()}
    day_one, closing = sessions[5], sessions[-1]
    circle_id = circles.record_circle(
        writer,
        day_one[0],
        "Day one circle",
        [library["take-home"].wording(), library["surprise"].wording()],
        order_mode="seated",
        seconds_per_speaker=90,
    )
    circles.record_circle(
        writer,
        closing[0],
        "Closing circle",
        [library["promise"].wording(), library["open-question"].wording()],
        order_mode="random",
        seconds_per_speaker=120,
        seed=rng.randrange(1000),
    )
    if day_one[1].replace(tzinfo=zone).astimezone(UTC) > now:
        return
    order = writer.db.get(Circle, circle_id).speaking_order
    turns = [
        {"person_id": p, "seconds": 0, "passed": True}
        if rng.random() < 0.1
        else {"person_id": p, "seconds": rng.randrange(35, 110), "passed": False}
        for p in order
    ]
    circles.record_turns(writer, circle_id, turns)
    notes = [
        ("Wants to partner with the district library.", 0, False, "GLAM, partners", "public"),
        ("উইকিপিডিয়ায় লিখতে আর ভয় লাগে না।", 1, True, "confidence", "public"),
        ("Worried about finding time after work.", 2, False, "time", "organizers"),
        ("I thought editing was only for experts.", 3, True, "confidence", "public"),
        ("Follow up: asked for a mentor in Sylhet.", 4, False, "mentoring", "private"),
        ("Photo licences were the surprise of the day.", None, False, "licences", "public"),
    ]
    for text, at, anonymous, themes, visibility in notes:
        circles.record_note(
            writer,
            circle_id,
            text,
            person_id=order[at] if at is not None and at < len(order) else None,
            anonymous=anonymous,
            themes=[themes],
            visibility=visibility,
        )
