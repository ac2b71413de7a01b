"""Keeping Python's cycle collector from standing the window still.

Reading a 50,000-person roster makes some 450,000 objects (the people as the store
gives them, the People table's rows, the desk's search index), and the window keeps
them while the event is open. Python's cycle collector walks every object it tracks
at each full collection, and a read sets off several as it goes: at 50,000 people
each took 150–450 ms, holding the interpreter's lock, so the window stood still
however little its own thread had to do (``bench/bench_gui.py``'s wall figures).

So a read whose result the window keeps runs inside :func:`reading_to_keep`: the
automatic collection pauses until the last such read ends, and then everything
made so far is frozen (:func:`gc.freeze`): left out of every later collection.
Those objects are freed as before, by reference counting, when the window lets go
of them (another event opened); only objects in a reference cycle among them would
stay, and a roster holds none (an ORM instance's state refers back to it weakly):
a dozen reads of a roster left some twenty objects behind, in all.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_reading = 0


@contextmanager
def reading_to_keep() -> Iterator[None]:
    """Pause the cycle collector for a read the window keeps; freeze what it made.

    Reads may overlap, in several threads of the pool: collection resumes when the
    last one ends.
    """
    global _reading
    with _lock:
        _reading += 1
        gc.disable()
    try:
        yield
    finally:
        with _lock:
            _reading -= 1
            if _reading == 0:
                gc.freeze()
                gc.enable()
