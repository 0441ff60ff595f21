"""Find the quoted passages of an original text, so a rule can let quoted words stand.

The views drop punctuation, so quotation marks are only seen here, on the text as written.
Straight single quotes count only as a pair around words (``'idiot'``, or ``'**** off'`` with
the word masked), never as the apostrophe inside or at the end of a word (``don't``, ``the
kids' toys``).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from bot.core.normalize import MASK_CHARS

__all__ = ["quoted_spans", "within_quotes"]

# A quotation is at most 300 characters on one line, which also bounds the work an opening mark
# that is never closed can cause. A straight single quote opens on a word, which may begin
# with its mask ('**** off'). Every branch opens with its mark, the look-behind after it
# (``'(?<!\w')``: no word character before the quote), so that ``re`` skips ahead to a mark
# instead of trying every branch at every position: four times faster on comments.
_QUOTED = re.compile(
    r'"[^"\n]{1,300}"'
    r"|“[^”\n]{1,300}”"
    r"|„[^“”\n]{1,300}[“”]"
    r"|«[^»\n]{1,300}»"
    r"|‘[^\n]{1,300}?’(?!\w)"
    rf"|'(?<!\w')(?=[\w{re.escape(MASK_CHARS)}])[^\n]{{0,300}}?(?<=[^\s'])'(?!\w)"
)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The spans inside each pair of quotation marks, in order (the marks left out)."""
    return [(m.start() + 1, m.end() - 1) for m in _QUOTED.finditer(text)]


def within_quotes(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start``..``end`` lies wholly inside one of ``spans`` (from quoted_spans).

    The spans come in order and never overlap, so only the last one starting at or before
    ``start`` can hold it: one bisection per hit, however many quotations a post has.
    """
    at = bisect_right(spans, start, key=_first) - 1
    return at >= 0 and spans[at][0] <= start and end <= spans[at][1]


def _first(span: tuple[int, int]) -> int:
    return span[0]
