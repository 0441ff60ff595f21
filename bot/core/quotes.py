"""Find the quoted passages of an original text, so a rule can let quoted words stand.

The views drop punctuation, so quotation marks are only seen here, on the text as written.
Straight single quotes count only as a pair around words (``'idiot'``, or ``'**** off'`` with
the word masked), never as the apostrophe inside or at the end of a word (``don't``, ``the
kids' toys``). Discord's block quotes count too (a line opening with ``> ``, or everything
after a line opening with ``>>> ``), as a member quotes a post to answer or report it. Both
count only when the post also has words of its own outside them: a post that is nothing but
quotations and quotes answers no one, so its hits count.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from bot.core.unmask import MASK_CHARS

__all__ = ["mentioned", "quoted_spans", "within_quotes"]

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

# A word character: the post's own words beside its quotations and block quotes.
_WORD = re.compile(r"\w")

# An article or demonstrative just before an opening mark: it belongs to the phrase around the
# quotation ("the 'Jews control the banks' rubbish"), not to the quoted words.
_LEAD = re.compile(r"(?:the|a|an|this|that|these|those)\s+(?=[\"“„«‘'])", re.IGNORECASE)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The spans inside each pair of quotation marks and each block quote, in order and
    merged where they overlap (the marks left out); none when the post has no words of its
    own outside them."""
    spans = [(m.start() + 1, m.end() - 1) for m in _QUOTED.finditer(text)]
    if ">" in text:
        spans = _merged(spans + _block_quotes(text))
    return spans if spans and _words_outside(text, spans) else []


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` in order, overlapping ones joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _words_outside(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether ``text`` has a word character outside ``spans`` (their marks left out too)."""
    at = 0
    for start, end in spans:
        if _WORD.search(text, at, start - 1):
            return True
        at = end + 1
    return _WORD.search(text, at) is not None


def _block_quotes(text: str) -> list[tuple[int, int]]:
    """The spans of Discord block quotes after their marks."""
    spans: list[tuple[int, int]] = []
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text.startswith(">>> ", start):
            spans.append((start + 4, len(text)))
            break
        if text.startswith("> ", start):
            spans.append((start + 2, end))
        start = end + 1
    return spans


def within_quotes(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start``..``end`` lies wholly inside one of ``spans`` (from quoted_spans).

    The spans come in order and never overlap, so only the last one starting at or before
    ``start`` can hold it: one bisection per hit, however many quotations a post has.
    """
    at = bisect_right(spans, start, key=_first) - 1
    return at >= 0 and spans[at][0] <= start and end <= spans[at][1]


def mentioned(text: str, spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the hit ``start``..``end`` of ``text`` is quoted rather than used: wholly inside
    quotation marks, or inside them after an article that opens the phrase around them (the
    "the" of "the 'Jews control the banks' rubbish")."""
    if within_quotes(spans, start, end):
        return True
    lead = _LEAD.match(text, start, end)
    return lead is not None and within_quotes(spans, lead.end() + 1, end)


def _first(span: tuple[int, int]) -> int:
    return span[0]
