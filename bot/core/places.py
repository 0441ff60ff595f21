"""The places of one text that each rule hit: repeats dropped, and the work bounded.

Every view of a text can find the same place again (``shit`` in the plain view, ``sh1t`` in
the folded one); a place counts once per rule, so a match that overlaps a place its rule
already holds is a repeat. Each view's matches are sorted and swept against the rule's places
(kept sorted and disjoint), so the cost grows with the matches, never with their square.

A rule lists at most ``LISTED`` places per text, and maps at most ``MAPPED_PER_RULE`` of a
view's matches once it holds a place. Past either, its further matches are only counted,
never mapped back to the text: ``Hit.more`` on its last listed hit says how many
(the largest count of any one view, with what the matcher counted without making matches;
an estimate, as a place found in several views or by several terms is not told apart).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import groupby
from operator import itemgetter
from typing import Protocol

from bot.core.matcher import Match
from bot.core.normalize import LONG_LETTER_RUN, View
from bot.core.offsets import view_of
from bot.core.quotes import mentioned, quoted_spans
from bot.core.rules import Action, Mode
from bot.core.verdict import Hit

__all__ = ["LISTED", "Head", "Places", "Spans"]

LISTED = 20
# Matches of a rule mapped per view once it holds a place: repeats of one place (a wildcard
# in a long word) would otherwise all be mapped, and they cannot change the verdict.
MAPPED_PER_RULE = 2 * LISTED
# What every hit of a rule carries: guideline, rule id, action, mode, severity, and the
# further guidelines it counts under (``Hit.also``), set as the hit is made.
Head = tuple[str, str, Action, Mode, int, tuple[str, ...]]
# A new place: start and end in the original text, rule index, view.
_Place = tuple[int, int, int, View]
_RULE = itemgetter(0)
_SQUEEZED = View.SQUEEZED
# A hit's view name per prefix and view, looked up rather than formatted per hit.
_NAMES = {
    prefix: {view: f"{prefix} {view.value}" if prefix else view.value for view in View}
    for prefix in ("", "displayed", "read")
}


class Spans(Protocol):
    """How a view's matches map to the original text."""

    @property
    def prefix(self) -> str:
        """What goes before the view's name on hits (``displayed``, ``read``), or nothing."""

    @property
    def ordered(self) -> bool:
        """Whether spans keep their order when mapped (not so for a displayed text)."""

    def span(self, match: Match) -> tuple[int, int]:
        """The original span of a match."""


class Places:
    """The places one text's views hit so far, and the hits they make."""

    __slots__ = (
        "_field", "_heads", "_hits", "_last", "_more", "_quoted", "_quotes", "_taken", "_text"
    )  # fmt: skip

    def __init__(
        self, text: str, field: str, heads: Sequence[Head], quoted: frozenset[int] = frozenset()
    ) -> None:
        self._text = text
        self._field = field
        self._heads = heads
        # Rules that let words inside quotation marks stand: such a match is no place of
        # theirs, whatever the cap, so a run of quoted words cannot hide one that is not.
        self._quoted = quoted
        self._quotes: list[tuple[int, int]] | None = None
        self._taken: dict[int, list[tuple[int, int]]] = {}
        self._hits: list[Hit] = []
        self._last: dict[int, int] = {}
        self._more: dict[int, int] = {}

    def add(self, matches: list[Match], spans: Spans, counted: Mapping[int, int]) -> None:
        """Take the places of one view's matches that no earlier match of their rule holds.

        ``spans`` maps matches to the original text; ``counted`` holds, per rule, matches the
        matcher counted but did not make.
        """
        if not counted and spans.ordered and self._all_new(matches, spans):
            return
        unmapped = dict(counted) if counted else None
        matches.sort()  # by rule, then place: view positions map back in the same order
        fresh: list[_Place] = []
        for rule, group in groupby(matches, key=_RULE):
            rest = self._take(rule, group, spans, fresh)
            if rest:
                unmapped = unmapped or {}
                unmapped[rule] = unmapped.get(rule, 0) + rest
        if unmapped:
            for rule, count in unmapped.items():
                self._more[rule] = max(self._more.get(rule, 0), count)
        if len(fresh) > 1:
            fresh.sort()
        names = _NAMES[spans.prefix]
        for place in fresh:
            self._list(place, names)

    def _all_new(self, matches: list[Match], spans: Spans) -> bool:
        """Take a view's matches where each is of a different rule holding no place yet, the
        common case, without the sweep; False (nothing taken) when that does not hold."""
        rules = set(map(_RULE, matches))
        if len(rules) < len(matches) or not rules.isdisjoint(self._taken):
            return False
        fresh: list[_Place] = []
        for match in matches:
            start, end = spans.span(match)
            if match.view is _SQUEEZED and not _elongated(self._text[start:end]):
                continue
            if match.rule in self._quoted and self._in_quotes(start, end):
                continue
            self._taken[match.rule] = [(start, end)]
            fresh.append((start, end, match.rule, match.view))
        if len(fresh) > 1:
            fresh.sort()
        names = _NAMES[spans.prefix]
        for place in fresh:
            self._list(place, names)
        return True

    def _take(self, rule: int, matches: Iterable[Match], spans: Spans, fresh: list[_Place]) -> int:
        """Add to ``fresh`` the rule's matches (sorted) that overlap neither its places nor
        each other, until it lists ``LISTED``; return how many were left unmapped then."""
        span = spans.span
        if not spans.ordered:
            matches = sorted(matches, key=lambda match: _longest_first(span(match)))
        taken = self._taken.get(rule, [])
        new: list[tuple[int, int]] = []
        left, budget = LISTED - len(taken), MAPPED_PER_RULE
        at = rest = 0
        count, last_end, refused = len(taken), -1, (-1, -1)
        for match in matches:
            if not left or (budget <= 0 and (taken or new)):
                rest += 1
                continue
            budget -= 1
            start, end = span(match)
            while at < count and taken[at][1] <= start:
                at += 1
            if start < last_end or (at < count and taken[at][0] < end):
                continue
            if rule in self._quoted and self._in_quotes(start, end):
                continue
            if match.view is _SQUEEZED and (
                (start, end) == refused or not _elongated(self._text[start:end])
            ):
                refused = (start, end)
                continue
            new.append((start, end))
            fresh.append((start, end, rule, match.view))
            last_end = end
            left -= 1
        if new:
            self._taken[rule] = sorted(taken + new) if taken else new
        return rest

    def _in_quotes(self, start: int, end: int) -> bool:
        """Whether the span is quoted (``quotes.mentioned``), finding quotations once per text."""
        if self._quotes is None:
            self._quotes = quoted_spans(self._text)
        return mentioned(self._text, self._quotes, start, end)

    def _list(self, place: _Place, names: Mapping[View, str]) -> None:
        start, end, rule, view = place
        self._last[rule] = len(self._hits)
        guideline, rule_id, action, mode, severity, also = self._heads[rule]
        matched = self._text[start:end]
        view_name, field = names[view], self._field
        hit = Hit(
            guideline,
            rule_id,
            action,
            mode,
            severity,
            matched,
            (start, end),
            view_name,
            field,
            0,
            also,
        )
        self._hits.append(hit)

    def hits(self) -> list[Hit]:
        """The listed hits in the order found, each rule's count of unlisted matches on its
        last listed hit."""
        hits = self._hits
        for rule, more in self._more.items():
            last = self._last.get(rule)
            if last is not None and more:
                hits[last] = hits[last]._replace(more=more)
        return hits


def _longest_first(span: tuple[int, int]) -> tuple[int, int]:
    return span[0], -span[1]


def _elongated(original: str) -> bool:
    """A squeezed-view hit counts only where the writer stretched a letter (``fuuuck``)."""
    return bool(LONG_LETTER_RUN.search(view_of(original, View.FOLDED)))
