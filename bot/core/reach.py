"""Spans of one rule sorted by start, each carrying the furthest end reached so far: whether
any of them overlaps a place is one bisection, however many spans there are."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

__all__ = ["Reach", "reaches"]


class Reach:
    """One rule's spans, sorted by start, with the furthest end so far."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans.sort()
        self._starts = [start for start, _ in spans]
        self._ends: list[int] = []
        for _, end in spans:
            self._ends.append(max(end, self._ends[-1]) if self._ends else end)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span starts before ``end`` and ends after ``start`` (a point when they
        are equal: strictly inside): the last one starting before ``end`` reaches furthest."""
        before = bisect_left(self._starts, end)
        return before > 0 and self._ends[before - 1] > start


def reaches(spans: Iterable[tuple[int, int, int]]) -> dict[int, Reach]:
    """A ``Reach`` per rule of ``(rule, start, end)`` spans."""
    by_rule: dict[int, list[tuple[int, int]]] = {}
    for rule, start, end in spans:
        by_rule.setdefault(rule, []).append((start, end))
    return {rule: Reach(listed) for rule, listed in by_rule.items()}
