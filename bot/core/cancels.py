"""What a heavier view reads cancels the lighter views' matches too.

A lighter view cannot read a disguised word: in `Dick Van Dуkе` (Cyrillic letters) the plain
view finds `dick` but not the allowed name, which the folded view reads; in `Nobody heeeere
thinks refugees are animals` only the squeezed view reads the context that cancels the hit.
So the contexts and allowed matches a heavier view (folded, collapsed, squeezed) finds cancel
the lighter views' matches of their rule as well, at the same place of the text.

Squeezing makes some words one (`off` and `of`, `Twatt` and `twat`), so the squeezed view
cancels elsewhere only over a stretched letter, as its own matches count only there
(``places``): `Twatt` allows a stretched `twaaat`, never the `twat` of `you twat, soooo`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from bot.core.guards import unguarded
from bot.core.matcher import Guards, Match, Scan
from bot.core.normalize import View
from bot.core.places import Spans
from bot.core.reach import reaches
from bot.core.sentences import Sentences

__all__ = ["Cancels"]

# A letter three times over as written, as ``places`` finds one in a place.
_RUN_LENGTH = 3
_RUN = re.compile(r"([^\W\d_])\1\1", re.IGNORECASE)


class Cancels:
    """A heavier view's contexts and allowed matches, mapped to the text, to cancel the
    matches of the lighter views of the same text."""

    __slots__ = ("_allowed", "_guards", "_sentences", "_span")

    def __init__(
        self, heavier: Scan, spans: Spans, text: str, sentences: Sentences, rules: set[int]
    ) -> None:
        """Of ``rules`` only: most allowed matches (common words) are of rules no view hit,
        and each costs a mapping to the text."""
        span = spans.span
        self._span: Callable[[Match], tuple[int, int]] = span
        self._sentences = sentences
        stretched = _over_runs(text, span) if heavier.view is View.SQUEEZED else None

        def kept(matches: list[Match]) -> list[Match]:
            of_rules = [m for m in matches if m.rule in rules]
            return stretched(of_rules) if stretched and of_rules else of_rules

        self._allowed = reaches((m.rule, *span(m)) for m in kept(heavier.allowed or []))
        guards = heavier.guards
        self._guards = Guards(kept(guards.before), kept(guards.after)) if guards else None

    def cancel(self, matches: list[Match]) -> list[Match]:
        """The lighter view's ``matches`` that none of these contexts or allowed matches
        cancels."""
        span, allowed = self._span, self._allowed
        if allowed:
            matches = [
                m
                for m in matches
                if m.rule not in allowed or not allowed[m.rule].overlaps(*span(m))
            ]
        guards = self._guards
        if matches and guards is not None and (guards.before or guards.after):
            matches = unguarded(matches, guards, span, self._sentences)
        return matches


def _over_runs(
    text: str, span: Callable[[Match], tuple[int, int]]
) -> Callable[[list[Match]], list[Match]]:
    """A filter keeping the matches over a letter of ``text`` written three times over; the
    runs are found once, so the work stays linear however many matches a text repeats."""
    runs = [found.start() for found in _RUN.finditer(text)]

    def kept(matches: list[Match]) -> list[Match]:
        out = []
        for match in matches:
            start, end = span(match)
            at = bisect_left(runs, start - _RUN_LENGTH + 1)
            if at < len(runs) and runs[at] < end:
                out.append(match)
        return out

    return kept
