"""Fold characters that look like ASCII letters or digits (homoglyphs) to those characters.

The data is Unicode's confusables table as shipped by the confusable-homoglyphs package; it
is read once, on first use. Latin letters it leaves out (small capitals such as `ɴ`, letters
with a stroke or hook such as `ƒ` and `ł`, and `ĸ`) fold by their Unicode name instead.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from confusable_homoglyphs import confusables

__all__ = ["ascii_skeleton"]

# When a character looks like several ASCII characters, prefer a letter over a digit.
_PREFERENCE = "abcdefghijklmnopqrstuvwxyz0123456789"
# A Latin letter named for one ASCII letter, drawn small or with a mark on it: `ɴ`, `ƒ`, `ł`.
_NAMED_LETTER = re.compile(
    r"LATIN (?:SMALL |CAPITAL )?LETTER (?:SMALL CAPITAL )?([A-Z])"
    r"(?: WITH (?:STROKE|HOOK|LEFT HOOK|RETROFLEX HOOK|PALATAL HOOK|BAR|CURL|TAIL|TOPBAR|"
    r"DESCENDER|LONG LEG|BELT|MIDDLE TILDE|FISHHOOK|DIAGONAL STROKE))?"
)
# Letters that look like an ASCII letter but are named for another thing.
_LOOKS_LIKE = {"ĸ": "k", "μ": "u", "ɑ": "a", "ɡ": "g", "ı": "i", "ȷ": "j"}


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


def _by_name(char: str) -> str:
    """The ASCII letter a Latin letter is named for (`ɴ` is small capital N), or ``char``."""
    if char in _LOOKS_LIKE:
        return _LOOKS_LIKE[char]
    named = _NAMED_LETTER.fullmatch(unicodedata.name(char, ""))
    return named.group(1).lower() if named else char


def ascii_skeleton(char: str) -> str:
    """The ASCII letter or digit ``char`` imitates, or ``char`` itself."""
    if char.isascii():
        return char
    return _table().get(char) or _by_name(char)
