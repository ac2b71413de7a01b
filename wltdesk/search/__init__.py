"""Finding a person from a few typed letters: the search index over one event's roster.

Owns folding text for matching (:func:`fold`), the ranked results
(:class:`Match`, :func:`tied_best`) and :class:`PeopleIndex` (in
:mod:`.index`), kept current one person at a time, with the substring scans
over everyone's texts in :mod:`.pages`. Imports nothing else of ours: it
reads people through :class:`Searchable` (a ``Person`` row is one). The
services, the command line and the GUI use the names below.
"""

from wltdesk.search.index import RANKS, Match, PeopleIndex, Searchable, fold, tied_best

__all__ = ["RANKS", "Match", "PeopleIndex", "Searchable", "fold", "tied_best"]
