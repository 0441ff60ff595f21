"""A plain-view match that cuts through a masked word is no match.

The plain view reads a mask character as a space, so it shows `g*ass` as `g ass` and `af*er`
as `af er`: pieces of one word, which the folded view reads whole (``unmask``). A plain-view
match that starts or ends inside such a word is dropped; one that spans the whole word stays
(`sh*t`, read as the word it masks). A `#` or `%` joins words as often as it masks a letter
(`#beat#that#bitch`), so a word masked only with those counts only when it reads as a word.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from bot.core.matcher import Match
from bot.core.unmask import reading

__all__ = ["uncut"]

# Letters (or leet digits) on both sides of each run of mask characters, as written.
_MASKED_WORD = re.compile(r"[^\W_]+(?:[*#%]+[^\W_]+)+")


def uncut(matches: list[Match], span: Callable[[Match], tuple[int, int]], text: str) -> list[Match]:
    """``matches`` without those whose span in ``text`` starts or ends inside a masked word;
    the words are found once, so the work stays linear in the text and the matches."""
    words = [
        found.span()
        for found in _MASKED_WORD.finditer(text)
        if "*" in found.group() or reading(found.group().lower()) is not None
    ]
    if not words:
        return matches
    starts = [start for start, _ in words]

    def inside(at: int) -> bool:
        index = bisect_right(starts, at - 1) - 1
        return index >= 0 and words[index][0] < at < words[index][1]

    kept = []
    for match in matches:
        start, end = span(match)
        if not (inside(start) or inside(end)):
            kept.append(match)
    return kept
