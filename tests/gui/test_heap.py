"""Issue #19, round three: the cycle collector does not stand the window still.

At 50,000 people every full collection walked the roster the window keeps (150–450 ms
holding the interpreter's lock, in whichever thread it fell). Reads the window keeps
pause automatic collection and freeze what they made; ``bench/bench_gui.py`` times a
full collection with the 50,000-person event open.
"""

from __future__ import annotations

import gc
import threading

from test_people_pane import desk, event_id, loaded, pane, people_store  # noqa: F401

from wltdesk.gui.heap import reading_to_keep


class Made:
    """An object the cycle collector tracks (a dict of plain values it would not)."""


def _collected(thing: object) -> bool:
    """Whether the cycle collector still walks ``thing`` (frozen objects it leaves)."""
    return any(o is thing for o in gc.get_objects())


def test_what_a_kept_read_makes_is_left_out_of_collections():
    assert gc.isenabled()
    with reading_to_keep():
        assert not gc.isenabled()
        made = [Made() for _ in range(100)]
    assert gc.isenabled()
    assert gc.is_tracked(made[0]) and not _collected(made[0])
    outside = [Made()]
    assert _collected(outside[0])


def test_overlapping_reads_resume_collection_when_the_last_ends():
    first_in, second_done = threading.Event(), threading.Event()
    states: list[bool] = []

    def second() -> None:
        first_in.wait()
        with reading_to_keep():
            pass
        states.append(gc.isenabled())  # the first read still runs
        second_done.set()

    worker = threading.Thread(target=second)
    worker.start()
    with reading_to_keep():
        first_in.set()
        second_done.wait()
    worker.join()
    assert states == [False]
    assert gc.isenabled()


def test_the_people_table_keeps_its_roster_out_of_collections(qtbot, pane):  # noqa: F811
    loaded(qtbot, pane)
    person = pane.model.person(0)
    assert gc.is_tracked(person) and not _collected(person)
    assert gc.isenabled()
