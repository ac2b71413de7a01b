"""How a benchmark reports: each figure beside its limit, and how much of the limit it uses.

A figure is what a benchmark measured (a ratio to a yardstick measured in the same
run wherever there is one, such as raw SQLite or SQLAlchemy Core doing the same
writes) and its limit; ``used`` is the share of the limit it takes (value ÷ limit
for a ceiling, limit ÷ value for a floor), so ≤ 1.00 is within the target for
every figure alike. Each is printed as one line that ``run_all.py`` reads back
(:func:`parse`) to print one table of every benchmark.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

OVER = "OVER TARGET"
_PREFIX = "figure | "


def number(value: float) -> str:
    """A figure as a person reads it: a count whole, thousands grouped, else two or
    three digits."""
    if float(value).is_integer() or abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    limit: float
    #: "<=" (a ceiling) or ">=" (a floor).
    op: str
    note: str = ""

    @property
    def used(self) -> float:
        """The share of the limit taken: ≤ 1 is within the target."""
        if self.op == "<=":
            if not self.limit:  # none allowed
                return 0.0 if self.value <= 0 else float("inf")
            return self.value / self.limit
        return self.limit / self.value if self.value else float("inf")

    @property
    def verdict(self) -> str:
        return "ok" if self.used <= 1.0 else OVER

    def line(self) -> str:
        return (
            f"{_PREFIX}{self.name} | {number(self.value)} | {self.op} {number(self.limit)} | "
            f"{self.used:.2f} | {self.verdict} | {self.note}"
        )


def report(figures: Iterable[Figure]) -> None:
    for figure in figures:
        print(figure.line(), flush=True)


def parse(line: str) -> list[str] | None:
    """The columns of a figure's line (name, value, limit, used, verdict, note), or None."""
    if not line.startswith(_PREFIX):
        return None
    columns = line[len(_PREFIX) :].split(" | ", 5)
    return columns if len(columns) == 6 else None
