"""Spans of an RE2 regex's matches in UTF-8 bytes, asked of RE2's C++ object directly.

The ``re2`` module's ``search`` and ``finditer`` run a Python generator and build a match
object per call: on a 200-byte comment that costs about as much as RE2's own scan, and the
engine calls a regex several times per post, mostly to learn that it does not match. These
functions call the same C++ ``Match`` the module's generator calls, with its stepping rules.
"""

from __future__ import annotations

import re2

__all__ = ["UNANCHORED", "first_span", "match_spans", "spans_from"]

UNANCHORED = re2._Anchor.UNANCHORED  # the module's own enum for its C++ call


def first_span(regex: re2._Regexp, data: bytes, pos: int = 0) -> tuple[int, int] | None:
    """The span of the leftmost match at or after ``pos``, like ``regex.search(data, pos)``."""
    start, end = regex._regexp.Match(UNANCHORED, data, pos, len(data))[0]
    return None if start < 0 else (start, end)


def match_spans(regex: re2._Regexp, data: bytes) -> list[tuple[int, int]]:
    """Spans of the non-overlapping matches, like ``regex.finditer(data)``: after an empty
    match the search steps one byte. A list, not a generator: most regexes the engine runs
    match nothing, and a list costs one call then."""
    start, end = regex._regexp.Match(UNANCHORED, data, 0, len(data))[0]
    return [] if start < 0 else spans_from(regex, data, start, end)


def spans_from(regex: re2._Regexp, data: bytes, start: int, end: int) -> list[tuple[int, int]]:
    """``match_spans`` where the first match, ``(start, end)``, is already known: a caller
    that asks RE2 itself whether a regex matches at all pays no Python call when it does not."""
    match = regex._regexp.Match
    size = len(data)
    found: list[tuple[int, int]] = []
    pos = 0
    while start >= 0:
        found.append((start, end))
        if pos == size:
            break
        pos = pos + 1 if pos == end else end
        start, end = match(UNANCHORED, data, pos, size)[0]
    return found
