"""The places of one text that each rule hit: repeats dropped, and the listing bounded.

Every view of a text can find the same place again (``shit`` in the plain view, ``sh1t`` in
the folded one); a place counts once per rule, so a match that overlaps a place its rule
already holds is a repeat. Each view's matches are sorted and swept against the rule's places
(kept sorted and disjoint), so the cost grows with the matches, never with their square. A
rule lists at most ``LISTED`` places per text and counts the rest on its last listed hit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import groupby
from operator import itemgetter

from bot.core.normalize import LONG_LETTER_RUN, View
from bot.core.offsets import view_of
from bot.core.rules import Action, Mode
from bot.core.verdict import Hit

__all__ = ["LISTED", "Head", "Places", "Row"]

LISTED = 20
# What every hit of a rule carries: guideline, rule id, action, mode, severity.
Head = tuple[str, str, Action, Mode, int]
# A match mapped to the original text: rule index, start, end, view.
Row = tuple[int, int, int, View]
_RULE = itemgetter(0)
_START = itemgetter(1)


def _rule_then_place(row: Row) -> tuple[int, int, int]:
    """Sort key: by rule, then start; the longest first where starts tie, as it covers most."""
    return row[0], row[1], -row[2]


class Places:
    """The places one text's views hit so far, and the hits they make."""

    def __init__(self, text: str, field: str, heads: Sequence[Head]) -> None:
        self._text = text
        self._field = field
        self._heads = heads
        self._taken: dict[int, list[tuple[int, int]]] = {}
        self._hits: list[Hit] = []
        self._last: dict[int, int] = {}
        self._listed: dict[int, int] = {}
        self._more: dict[int, int] = {}

    def add(self, rows: list[Row], prefix: str = "") -> None:
        """Take the places of one view's rows that no earlier row of their rule holds.

        ``prefix`` goes before the view's name on the hits (``displayed``).
        """
        if not rows:
            return
        rows.sort(key=_rule_then_place)
        fresh: list[Row] = []
        for rule, group in groupby(rows, key=_RULE):
            taken = self._taken.get(rule, [])
            new = self._new(group, taken)
            if new:
                self._taken[rule] = sorted(taken + [(row[1], row[2]) for row in new])
                fresh += new
        fresh.sort(key=_START)
        for row in fresh:
            self._list(row, prefix)

    def _new(self, rows: Iterable[Row], taken: list[tuple[int, int]]) -> list[Row]:
        """Rows of one rule, sorted, that overlap neither ``taken`` nor each other."""
        new: list[Row] = []
        at, count, last_end = 0, len(taken), -1
        refused = (-1, -1)
        for row in rows:
            _, start, end, view = row
            while at < count and taken[at][1] <= start:
                at += 1
            if start < last_end or (at < count and taken[at][0] < end):
                continue
            if view is View.SQUEEZED and (
                (start, end) == refused or not _elongated(self._text[start:end])
            ):
                refused = (start, end)
                continue
            new.append(row)
            last_end = end
        return new

    def _list(self, row: Row, prefix: str) -> None:
        rule, start, end, view = row
        listed = self._listed.get(rule, 0)
        if listed >= LISTED:
            self._more[rule] = self._more.get(rule, 0) + 1
            return
        self._listed[rule] = listed + 1
        self._last[rule] = len(self._hits)
        name = f"{prefix} {view.value}" if prefix else view.value
        hit = Hit(*self._heads[rule], self._text[start:end], (start, end), name, self._field)
        self._hits.append(hit)

    def hits(self) -> list[Hit]:
        """The listed hits in the order found, each rule's count of unlisted places on its last."""
        hits = list(self._hits)
        for rule, more in self._more.items():
            last = self._last[rule]
            hits[last] = hits[last]._replace(more=more)
        return hits


def _elongated(original: str) -> bool:
    """A squeezed-view hit counts only where the writer stretched a letter (``fuuuck``)."""
    return bool(LONG_LETTER_RUN.search(view_of(original, View.FOLDED)))
