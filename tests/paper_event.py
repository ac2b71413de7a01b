"""An event for the paper round-trip tests: 30 people (Latin and Bengali names, one name
long enough to wrap) and two sessions, built through the services, nobody checked in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from wltdesk import agenda, events, people
from wltdesk.store import Store

GIVEN = ["Nusrat", "Tanvir", "Farhana", "Rakib", "Sadia", "Arif", "Mitu", "Shakil", "Joy", "Lena"]
FAMILY = ["Hasan", "Akter", "Islam", "Chowdhury", "Das", "Rahman", "Barua", "Roy", "Vogel"]
LOCAL = {"Nusrat": "নুসরাত", "Tanvir": "তানভীর", "Rakib": "রাকিব", "Sadia": "সাদিয়া"}
LONG_NAME = "Mohammad Abdullah Al Mamun Chowdhury Bhuiyan of Brahmanbaria Sadar Upazila"


@dataclass
class PaperEvent:
    event_id: str
    sessions: list[str]
    person_ids: list[str]


def make_event(store: Store, count: int = 30, name: str = "Paper Training") -> PaperEvent:
    event_id = events.create_event(
        store, name, date(2026, 3, 14), date(2026, 3, 15), timezone="Asia/Dhaka"
    )
    ids = []
    for index in range(count):
        given, family = GIVEN[index % len(GIVEN)], FAMILY[index % len(FAMILY)]
        display = LONG_NAME if index == 3 else f"{given} {family} {index}"
        local = LOCAL.get(given)
        ids.append(
            people.add_person(
                store, event_id, display_name=display, local_name=local,
                region=["Dhaka", "Khulna", "Sylhet"][index % 3],
                photo_consent=[True, False, None][index % 3],
            )
        )
    sessions = [
        agenda.add_session(
            store, event_id, title, datetime(2026, 3, 14, hour, 0), datetime(2026, 3, 14, hour, 50)
        )
        for title, hour in (("Opening circle", 9), ("Partnerships lab", 10))
    ]
    return PaperEvent(event_id, sessions, ids)
