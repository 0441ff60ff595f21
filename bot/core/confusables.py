"""Fold characters that look like ASCII letters or digits (homoglyphs) to those characters.

The data is Unicode's confusables table as shipped by the confusable-homoglyphs package; it
is read once, on first use.
"""

from __future__ import annotations

from functools import cache

from confusable_homoglyphs import confusables

__all__ = ["ascii_skeleton"]

# When a character looks like several ASCII characters, prefer a letter over a digit.
_PREFERENCE = "abcdefghijklmnopqrstuvwxyz0123456789"


@cache
def _table() -> dict[str, str]:
    """Map each non-ASCII homoglyph of an ASCII letter or digit to that letter or digit."""
    table: dict[str, str] = {}
    data: dict[str, list[dict[str, str]]] = confusables.confusables_data
    for target in sorted(_PREFERENCE + _PREFERENCE.upper(), key=_rank):
        for entry in data.get(target, ()):
            glyph = entry["c"]
            if len(glyph) == 1 and not glyph.isascii():
                table.setdefault(glyph, target.lower())
    return table


def _rank(char: str) -> int:
    return _PREFERENCE.index(char.lower())


def ascii_skeleton(char: str) -> str:
    """The ASCII letter or digit ``char`` imitates, or ``char`` itself."""
    if char.isascii():
        return char
    return _table().get(char, char)
