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
``build`` is the fast path run on every message; ``build_mapped`` runs the same steps while
tracking, for each view character, the span of original text it came from. A test keeps the
two paths equal.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import compress

from bot.core.confusables import ascii_skeleton

__all__ = ["View", "ViewText", "build", "build_mapped", "view_of", "views_of"]


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


def _leet_word(match: re.Match[str]) -> str:
    """Map leet characters of one word; `!` and `|` at its edges stay punctuation."""
    word = match.group()
    core = EDGE_PUNCT.sub("", word)
    if not core:
        return word
    start = word.index(core)
    return word[:start] + core.translate(LEET_TABLE) + word[start + len(core) :]


def _unspaced(match: re.Match[str]) -> str:
    return match.group().replace(" ", "")


def _squeezed(match: re.Match[str]) -> str:
    return match.group(1)


def _space(_: re.Match[str]) -> str:
    return " "


def _star(_: re.Match[str]) -> str:
    return "*"


@dataclass(frozen=True, slots=True)
class ViewText:
    """A view's text with, for each of its characters, the original span it stands for.

    ``ends`` is None when every view character stands for exactly one original character
    (ASCII text): then a character ends where it starts, plus one.
    """

    view: View
    text: str
    starts: Sequence[int]
    ends: Sequence[int] | None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a view span (end exclusive, non-empty, within the padding) to the original."""
        last = self.ends[end - 1] if self.ends is not None else self.starts[end - 1] + 1
        return self.starts[start], last


def _fold_tail(text: str) -> str:
    """Leet, masks and leftover symbols of a FOLD_TABLE translation, before padding."""
    if LEET_NEXT_TO_LETTER.search(text):
        text = LEET_WORD.sub(_leet_word, text)
    if "*" in text or "#" in text or "%" in text:
        text = LOOSE_STARS.sub(_space, MASK_RUN.sub(_star, text))
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
        folded = _collapse_spaces(_fold_tail(text.translate(FOLD_TABLE)))
    views = {View.PLAIN: plain, View.FOLDED: folded}
    current = folded
    if MAYBE_SINGLE_LETTERS.search(current):
        current = SINGLE_LETTERS.sub(_unspaced, current)
        views[View.COLLAPSED] = current
    if LONG_LETTER_RUN.search(current):
        squeezed = LETTER_RUN.sub(_squeezed, current)
        views[View.SQUEEZED] = LETTER_RUN.sub(_squeezed, SINGLE_LETTERS.sub(_unspaced, squeezed))
    return views


def _collapse_spaces(text: str) -> str:
    return " " + " ".join(text.split()) + " " if text and not text.isspace() else " "


def view_of(text: str, view: View) -> str:
    """One view of ``text`` with every step applied, whether or not it changes anything."""
    return build_mapped(text, view).text


def views_of(term: str) -> Iterator[tuple[View, str]]:
    """Each view of a rule term, unpadded: the key an automaton looks for in that view."""
    for view in ORDER:
        yield view, view_of(term, view).strip()


# --- the mapped path: the same steps, tracking original spans -----------------------------


@dataclass(slots=True)
class _Mapped:
    text: str
    starts: list[int]
    ends: list[int]

    def translate(self, table: dict[int, str]) -> _Mapped:
        if all(len(chr(code).translate(table)) == 1 for code in _non_ascii(self.text)):
            # One character in, one out (every table maps ASCII that way): offsets stay.
            return _Mapped(self.text.translate(table), self.starts, self.ends)
        text: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        for char, start, end in zip(self.text, self.starts, self.ends, strict=True):
            out = char.translate(table)
            text.append(out)
            starts.extend([start] * len(out))
            ends.extend([end] * len(out))
        return _Mapped("".join(text), starts, ends)

    def sub(self, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str]) -> _Mapped:
        text: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        last = 0
        for match in pattern.finditer(self.text):
            a, b = match.span()
            text.append(self.text[last:a])
            starts.extend(self.starts[last:a])
            ends.extend(self.ends[last:a])
            out = repl(match)
            text.append(out)
            if a < b:
                starts.extend(_spread(self.starts[a:b], len(out)))
                ends.extend(_spread(self.ends[a:b], len(out), tail=True))
            last = b
        text.append(self.text[last:])
        starts.extend(self.starts[last:])
        ends.extend(self.ends[last:])
        return _Mapped("".join(text), starts, ends)

    def padded(self, length: int) -> _Mapped:
        """Runs of spaces made one space, ends trimmed, one space of padding each side.

        C-level throughout: extra spaces are marked, the marks become a byte mask, and
        ``itertools.compress`` keeps the offsets of what stays.
        """
        lead = len(self.text) - len(self.text.lstrip(" "))
        trail = len(self.text.rstrip(" "))
        if lead >= trail:
            return _Mapped(" ", [0], [length])
        marked = EXTRA_SPACE.sub("\x00", self.text[lead:trail])
        keep = marked.translate(KEEP_MASK).encode("latin-1")
        starts = list(compress(self.starts[lead:trail], keep))
        ends = list(compress(self.ends[lead:trail], keep))
        text = " " + marked.replace("\x00", "") + " "
        return _Mapped(text, [starts[0], *starts, ends[-1]], [starts[0], *ends, ends[-1]])


def _non_ascii(text: str) -> set[int]:
    return set() if text.isascii() else {ord(c) for c in text if ord(c) > 127}


def _spread(values: list[int], count: int, *, tail: bool = False) -> list[int]:
    """Offsets for ``count`` characters replacing ``values``: equal length maps one to one."""
    if count == len(values):
        return list(values)
    return [values[-1] if tail else values[0]] * count


def _fold_tail_mapped(m: _Mapped) -> _Mapped:
    if LEET_NEXT_TO_LETTER.search(m.text):
        m = m.sub(LEET_WORD, _leet_word)
    if "*" in m.text or "#" in m.text or "%" in m.text:
        m = m.sub(MASK_RUN, _star).sub(LOOSE_STARS, _space)
    return m.translate(SYMBOLS_TO_SPACE)


def build_mapped(text: str, view: View) -> ViewText:
    """One view of ``text`` with the original span of each character (run on hits only)."""
    if view in (View.PLAIN, View.FOLDED) and text.isascii():
        pre = _ascii_pre_padding(text, view)
        if len(pre) == len(text):
            return _ascii_view(view, pre)
    return general_mapped(text, view)


def general_mapped(text: str, view: View) -> ViewText:
    """``build_mapped`` for any text, carrying offsets through every step."""
    start = _Mapped(text, list(range(len(text))), list(range(1, len(text) + 1)))
    if view is View.PLAIN:
        m = start.translate(PLAIN_TABLE)
    else:
        m = _fold_tail_mapped(start.translate(FOLD_TABLE))
        if view is not View.FOLDED:
            m = m.padded(len(text))
            m = m.sub(SINGLE_LETTERS, _unspaced)
            if view is View.SQUEEZED:
                # Squeezing can leave new runs of single letters (`aa.a.a`): a second round
                # makes the view idempotent.
                m = m.sub(LETTER_RUN, _squeezed)
                m = m.sub(SINGLE_LETTERS, _unspaced).sub(LETTER_RUN, _squeezed)
    if view in (View.PLAIN, View.FOLDED):
        m = m.padded(len(text))
    return ViewText(view, m.text, m.starts, m.ends)


def _ascii_pre_padding(text: str, view: View) -> str:
    """The plain or folded view of ASCII text before its spaces are collapsed."""
    if view is View.PLAIN:
        return text.translate(PLAIN_TABLE)
    return _fold_tail(text.translate(FOLD_TABLE))


def _ascii_view(view: View, pre: str) -> ViewText:
    """Offsets of a view whose steps kept one character per character: the kept indices."""
    lead = len(pre) - len(pre.lstrip(" "))
    trail = len(pre.rstrip(" "))
    if lead >= trail:
        return ViewText(view, " ", [0], [len(pre)])
    marked = EXTRA_SPACE.sub("\x00", pre[lead:trail])
    kept = list(compress(range(lead, trail), marked.translate(KEEP_MASK).encode("latin-1")))
    starts = [kept[0]]
    starts += kept
    starts.append(kept[-1] + 1)
    return ViewText(view, " " + marked.replace("\x00", "") + " ", starts, None)
