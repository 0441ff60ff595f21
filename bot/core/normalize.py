"""Normalise text into matching views, and map view offsets back into the original text.

Each view is one more step of evasion clean-up, lightest first:

- ``plain``: per-character NFKC and case folding, format characters (zero-width joiners,
  soft hyphens) dropped, every run of punctuation and white space made one space.
- ``folded``: also accents stripped, confusables (Cyrillic, Greek, fullwidth, mathematical
  letters) folded to ASCII, leetspeak mapped inside words, masks such as ``f**k`` made ``f*k``.
- ``collapsed``: also runs of three or more single letters joined (``f u c k``, ``f.u.c.k``).
- ``squeezed``: also runs of a repeated letter made one letter (``fuuuuck``), then single
  letters joined once more.

Every view is padded with one space at each end so that word boundaries are spaces.
``build`` is the fast path run on every message; ``offsets`` runs the same steps while
tracking, for each view character, the span of original text it came from. A test keeps the
two paths equal.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from enum import StrEnum

from bot.core.confusables import ascii_skeleton

__all__ = ["ORDER", "View", "build"]


class View(StrEnum):
    """The normalised views, from lightest to most aggressive."""

    PLAIN = "plain"
    FOLDED = "folded"
    COLLAPSED = "collapsed"
    SQUEEZED = "squeezed"


ORDER: tuple[View, ...] = tuple(View)
MASK_CHARS = "*#%"
LEET: dict[str, str] = {
    "0": "o",
    "1": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "@": "a",
    "$": "s",
    "!": "i",
    "|": "l",
}
KEPT_FOR_FOLDING = frozenset("@$!|" + MASK_CHARS)


def _is_dropped(char: str) -> bool:
    """Format characters (zero-width, soft hyphen, bidi marks) carry no letters."""
    return unicodedata.category(char) == "Cf"


def _is_word(char: str) -> bool:
    return char.isalnum() and char != "_"


class _Table(dict[int, str]):
    """A lazily filled ``str.translate`` table: each code point is computed once, then cached."""

    def __init__(self, fold: Callable[[str], str]) -> None:
        super().__init__()
        self._fold = fold

    def __missing__(self, code: int) -> str:
        value = self._fold(chr(code))
        self[code] = value
        return value


def _plain_char(char: str) -> str:
    out = []
    for c in unicodedata.normalize("NFKC", char).casefold():
        if _is_dropped(c):
            continue
        out.append(c if _is_word(c) else " ")
    return "".join(out)


def _folded_char(char: str) -> str:
    out = []
    for c in unicodedata.normalize("NFKC", char).casefold():
        if _is_dropped(c):
            continue
        if c in KEPT_FOR_FOLDING:
            out.append(c)
            continue
        for base in unicodedata.normalize("NFD", c):
            if unicodedata.category(base) in ("Mn", "Me"):
                continue
            skeleton = ascii_skeleton(base)
            out.append(skeleton if _is_word_text(skeleton) else " ")
    return "".join(out)


def _is_word_text(text: str) -> bool:
    return bool(text) and all(_is_word(c) for c in text)


PLAIN_TABLE = _Table(_plain_char)
KEEP_MASK = _Table(lambda char: "\x00" if char == "\x00" else "\x01")
FOLD_TABLE = _Table(_folded_char)
LEET_TABLE = str.maketrans(LEET)

# A word that mixes letters with leet characters: `sh1t`, `@ss`, `a$$`, but not `2020`.
LEET_WORD = re.compile(r"(?<![^ ])(?=[^ ]*[a-z])(?=[^ ]*[0-9@$!|])[^ ]+")
# `!` and `|` after a letter end a word (`fuck!`); only a letter after them makes them leet.
LEET_NEXT_TO_LETTER = re.compile(r"[a-z][0-9@$]|[0-9@$!|][a-z]")
EDGE_PUNCT = re.compile(r"^[!|]+|[!|]+$")
MASK_RUN = re.compile(r"(?<=[a-z])[*#%]+(?=[a-z])")
LOOSE_STARS = re.compile(r"(?<![a-z0-9*])\*+|\*+(?![a-z0-9*])")
SYMBOLS_TO_SPACE = str.maketrans(dict.fromkeys("@$!|#%", " "))
SINGLE_LETTERS = re.compile(r"(?<= )[a-z](?: [a-z]){2,}(?= )")
MAYBE_SINGLE_LETTERS = re.compile(r" [a-z] [a-z] [a-z] ")
LETTER_RUN = re.compile(r"([a-z])\1+")
LONG_LETTER_RUN = re.compile(r"([a-z])\1\1")
EXTRA_SPACE = re.compile(r" (?= )")
# Anything folding would change beyond the plain view, in ASCII text.
FOLD_TRIGGER = re.compile(r"[0-9@$!|*#%]")


def leet_word(match: re.Match[str]) -> str:
    """Map leet characters of one word; `!` and `|` at its edges stay punctuation."""
    word = match.group()
    core = EDGE_PUNCT.sub("", word)
    if not core:
        return word
    start = word.index(core)
    return word[:start] + core.translate(LEET_TABLE) + word[start + len(core) :]


def unspaced(match: re.Match[str]) -> str:
    return match.group().replace(" ", "")


def squeezed(match: re.Match[str]) -> str:
    return match.group(1)


def space(_: re.Match[str]) -> str:
    return " "


def star(_: re.Match[str]) -> str:
    return "*"


def fold_tail(text: str) -> str:
    """Leet, masks and leftover symbols of a FOLD_TABLE translation, before padding."""
    if LEET_NEXT_TO_LETTER.search(text):
        text = LEET_WORD.sub(leet_word, text)
    if "*" in text or "#" in text or "%" in text:
        text = LOOSE_STARS.sub(space, MASK_RUN.sub(star, text))
    return text.translate(SYMBOLS_TO_SPACE)


def _ascii_fold_changes(text: str) -> bool:
    """Whether folding ASCII text can differ from its plain view: leet or masks in a word."""
    if not FOLD_TRIGGER.search(text):
        return False
    lower = text.lower()
    return bool(LEET_NEXT_TO_LETTER.search(lower)) or any(c in lower for c in MASK_CHARS)


def build(text: str) -> dict[View, str]:
    """Every view of ``text`` that applies, fast; collapsed and squeezed only when they differ."""
    plain = _collapse_spaces(text.translate(PLAIN_TABLE))
    if text.isascii() and not _ascii_fold_changes(text):
        folded = plain
    else:
        folded = _collapse_spaces(fold_tail(text.translate(FOLD_TABLE)))
    views = {View.PLAIN: plain, View.FOLDED: folded}
    current = folded
    if MAYBE_SINGLE_LETTERS.search(current):
        current = SINGLE_LETTERS.sub(unspaced, current)
        views[View.COLLAPSED] = current
    if LONG_LETTER_RUN.search(current):
        once = LETTER_RUN.sub(squeezed, current)
        views[View.SQUEEZED] = LETTER_RUN.sub(squeezed, SINGLE_LETTERS.sub(unspaced, once))
    return views


def _collapse_spaces(text: str) -> str:
    return " " + " ".join(text.split()) + " " if text and not text.isspace() else " "
