"""A plain-view match that cuts through a word written in pieces is no match.

The plain view reads a mask character, a dot or a space as a gap between words, so it shows
`g*ass` as `g ass`, `af*er` as `af er` and `c.h.e.e.r.f.u.l` as `c h e e r f u l`: pieces
of one word, which a heavier view reads whole (``unmask`` in the folded view, the joined
single letters of the collapsed view). A plain-view match that starts or ends inside a masked
word is dropped, and one that ends inside a run of single letters (`f u` of `f.u.l.l` and of
`c.h.e.e.r.f.u.l`) but after a word of one letter that starts it; one may start inside such
a run, after that word (`s l u t` of `a s l u t`). One that spans the whole word stays
(`sh*t`, `f.u.c.k`). A `#` or `%` joins words as often as it masks a letter
(`#beat#that#bitch`), so a word masked only with those counts only when it reads as a word.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from bot.core.matcher import Match
from bot.core.normalize import LONE_WORDS
from bot.core.unmask import reading

__all__ = ["uncut"]

# Letters (or leet digits) on both sides of each run of mask characters, as written.
_MASKED_WORD = re.compile(r"[^\W_]+(?:[*#%]+[^\W_]+)+")
# Three letters or more standing alone, a dot, hyphen, underscore or spaces between each, as
# the collapsed view joins them (`f.u.c.k`, `c h e e r f u l`).
_SPELT_OUT = re.compile(r"(?<![^\W_])[^\W\d_](?:[\s.\-_]+[^\W\d_](?![^\W_])){2,}")


class _Words:
    """Spans of words in a text, in order, to ask whether a place falls inside one."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = [start for start, _ in spans]

    def around(self, at: int) -> tuple[int, int] | None:
        """The word with ``at`` strictly inside it, if any."""
        index = bisect_right(self.starts, at - 1) - 1
        if index >= 0 and at < self.spans[index][1]:
            return self.spans[index]
        return None


def uncut(matches: list[Match], span: Callable[[Match], tuple[int, int]], text: str) -> list[Match]:
    """``matches`` without those that cut a word written in pieces in ``text``; the words are
    found once, so the work stays linear in the text and the matches."""
    masked = _Words(
        [
            found.span()
            for found in _MASKED_WORD.finditer(text)
            if "*" in found.group() or reading(found.group().lower()) is not None
        ]
    )
    spelt = _Words([found.span() for found in _SPELT_OUT.finditer(text)])
    if not (masked.spans or spelt.spans):
        return matches
    kept = []
    for match in matches:
        start, end = span(match)
        if masked.around(start) or masked.around(end):
            continue
        # A match may end after the one-letter word a run starts with, which the collapsed view
        # reads apart too (`nothing but a c a m e l`).
        run = spelt.around(end)
        if run is not None and not (end == run[0] + 1 and text[run[0]].lower() in LONE_WORDS):
            continue
        kept.append(match)
    return kept
