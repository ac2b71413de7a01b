"""Finding a person from a few typed letters: the search index over one event's roster.

Owns folding text for matching (:func:`fold`), the ranked results
(:class:`Match`, :func:`tied_best`) and :class:`PeopleIndex`, kept current
one person at a time. May import the store's models and nothing else of
ours; the services, the command line and the GUI use the names below.
"""

from wltdesk.search.index import RANKS, Match, PeopleIndex, Searchable, fold, tied_best

__all__ = ["RANKS", "Match", "PeopleIndex", "Searchable", "fold", "tied_best"]
