"""Where the sentences of an original text end, so a guard stays in the sentence it stands in.

The views drop punctuation, so sentence ends are only seen here, on the text as written. A
sentence ends at a run of ``.``, ``!`` or ``?`` (and ``…``) before a space or the end of a
line, and at a line break. It does not end at a title or abbreviation (``Mr.``, ``e.g.``,
``U.S.``), after a colon before a line break (``he wrote:`` then the quote), at a closing
quotation mark before a lowercase word (``"... you." he said``), or at an ellipsis before a
lowercase word (``I mean... kill them``): there the same sentence goes on.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

__all__ = ["Sentences"]

# A run of sentence marks with the closing quotes and brackets after it, then a space or the
# end of the text; or a line break. A run is tried from its first mark only, and taken whole
# (possessive), so a long run of marks before a letter costs its length, not its square.
_END = re.compile(r"(?<![.!?\u2026])[.!?\u2026]++[\"'\u201d\u2019)\]]*+(?=\s|$)|\n")
# A word of a view before padding (its separators are spaces); split off a piece at a time.
_WORD = re.compile(r"[^ ]+")
# A character that may end a sentence: where none is, none ends.
_MARK = re.compile("[.!?\u2026\n]")
_CLOSERS = frozenset("\"'\u201d\u2019)]")
# Words a full stop follows inside a sentence: titles and abbreviations ("no." is left out:
# "if she says no. just ..." ends a sentence far more often than "no. 5" names a number).
_ABBREVIATIONS = frozenset((
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "eg", "ie", "approx", "dept",
    "gov", "sen", "rep", "gen", "capt", "col", "lt", "sgt", "mt", "ft", "vol", "fig", "inc",
    "ltd", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec",
))  # fmt: skip
# The longest abbreviation above plus its dots: a word looked at further back is no title.
_LOOK_BACK = 6


class Sentences:
    """The sentence ends of one text, found on first use."""

    __slots__ = ("_ends", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._ends: list[int] | None = None

    def end_between(self, start: int, stop: int) -> int | None:
        """The first sentence end after ``start`` and before ``stop``, or None. A span with no
        mark in it (most a guard reaches over) is told apart without finding every end."""
        if self._ends is None and _MARK.search(self._text, start, stop) is None:
            return None
        ends = self._found()
        index = bisect_right(ends, start)
        return ends[index] if index < len(ends) and ends[index] < stop else None

    def view_starts(self, pre: str) -> list[int]:
        """Where each sentence after the first starts in the view ``padded`` makes from
        ``pre`` (the text with one character per character): the offset of the space before
        its first word. No word holds a sentence end, so the words before each end are
        found a piece at a time, and the view offset is their length plus one space each."""
        starts: list[int] = []
        offset = last = 0
        for end in self._found():
            piece = _WORD.findall(pre, last, end)
            last = end
            if not piece:
                continue
            offset += sum(map(len, piece)) + len(piece)
            starts.append(offset)
        if starts and _WORD.search(pre, last) is None:
            starts.pop()  # the text ends with that sentence: nothing starts after it
        return starts

    def view_starts_mapped(self, view: str, origins: Sequence[int]) -> list[int]:
        """``view_starts`` for any view, given each view character's original position
        (``offsets.ViewText.starts``): a word whose origin lies past an end not yet passed,
        after some earlier word, starts a sentence."""
        ends = self._found()
        starts: list[int] = []
        at = 0
        for number, word in enumerate(_WORD.finditer(view)):
            if at == len(ends):
                break
            origin = origins[word.start()]
            passed = at
            while at < len(ends) and ends[at] <= origin:
                at += 1
            if at > passed and number:
                starts.append(word.start() - 1)
        return starts

    def _found(self) -> list[int]:
        if self._ends is None:
            self._ends = [m.end() for m in _END.finditer(self._text) if self._ends_here(m)]
        return self._ends

    def _ends_here(self, match: re.Match[str]) -> bool:
        text, start, end = self._text, match.start(), match.end()
        if text[start] == "\n":
            return _before_break(text, start) != ":"
        marks = match.group().rstrip("".join(_CLOSERS))
        closed = len(marks) < end - start
        if closed or ".." in marks or "\u2026" in marks:
            return not _next_is_lower(text, end)
        if marks == ".":
            return not _abbreviation(text, start)
        return True


def _before_break(text: str, at: int) -> str:
    """The last character before a line break at ``at``, spaces and tabs skipped."""
    at -= 1
    while at >= 0 and text[at] in " \t\r":
        at -= 1
    return text[at] if at >= 0 else ""


def _next_is_lower(text: str, at: int) -> bool:
    """Whether the next word after ``at`` (spaces skipped, on the same line) starts lowercase."""
    while at < len(text) and text[at] in " \t":
        at += 1
    return at < len(text) and text[at].islower()


def _abbreviation(text: str, dot: int) -> bool:
    """Whether the word before the full stop at ``dot`` is a title, an abbreviation or an
    initial (``J.``, the last letter of ``U.S.``)."""
    start = dot
    while start > 0 and dot - start < _LOOK_BACK and _in_word(text[start - 1]):
        start -= 1
    if start > 0 and text[start - 1].isalpha():
        return False
    word = text[start:dot].lower()
    return len(word) == 1 or "." in word or word in _ABBREVIATIONS


def _in_word(char: str) -> bool:
    return char.isalpha() or char == "."
