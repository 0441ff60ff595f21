"""Read a word with masked letters (``k*ll``, ``sh#w``) as the word it stands for.

Each mask character stands for one letter. The reading is the first word of
``unmask_words`` that fits (built by ``benchmarks/build_unmask_words.py``): words ranked
by how often comments use them, the rules' swear words and slurs weighted up, since a masked
word is more often one than not. A word no listed word fits keeps its mask, and so does a word
masked as a term of the shipped lists is, unless a list word fits it: one mask there may
stand for several letters (``ni*er`` for ``ni*er*``), while ``p*ssy`` reads ``pussy``.
Readings keep the word's length, so a view stays one character per character.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from bot.core.unmask_words import KEPT, WORDS

__all__ = ["MASKS", "MASK_CHARS", "is_listed", "is_word", "reading"]

# The characters that mask a letter (`f*ck`, `f#ck`, `f%ck`).
MASK_CHARS = "*#%"
MASKS = frozenset(MASK_CHARS)
LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_MASK_RUN = re.compile(r"[*#%]+")
# No listed word is longer (``build_unmask_words.LONGEST``); longer words are not looked up,
# so a hostile run of masked letters costs nothing.
LONGEST = 24


class _Kept:
    """The masked terms a word masked the same way is kept for: ``*`` at an end of one
    stands for any letters there (``ni*er*`` keeps ``ni**ers``)."""

    def __init__(self, terms: list[str]) -> None:
        self.exact = {t for t in terms if not (t.startswith("*") or t.endswith("*"))}
        self.heads = {t[:-1] for t in terms if t.endswith("*") and not t.startswith("*")}
        self.tails = {t[1:] for t in terms if t.startswith("*") and not t.endswith("*")}
        self.inner = {t[1:-1] for t in terms if t.startswith("*") and t.endswith("*")}

    def keeps(self, word: str) -> bool:
        """Whether ``word`` (its mask runs made one ``*``) is masked as a term is."""
        return (
            word in self.exact
            or any(word[:end] in self.heads for end in range(2, len(word) + 1))
            or any(word[start:] in self.tails for start in range(len(word) - 1))
            or any(inner in word for inner in self.inner)
        )


class _Lexicon:
    """The listed words by length, each letter at each place a bit set over their rank.

    The words that fit a mask are the AND of its known letters' sets: a few big-int
    operations per word, however long the list.
    """

    def __init__(self, words: list[str], listed: set[str]) -> None:
        self.listed = listed
        self.known = frozenset(words)
        self.words: dict[int, list[str]] = {}
        for word in words:
            self.words.setdefault(len(word), []).append(word)
        self.places: dict[tuple[int, int, str], int] = {}
        for length, ranked in self.words.items():
            bits: dict[tuple[int, str], bytearray] = {}
            for rank, word in enumerate(ranked):
                for at, letter in enumerate(word):
                    row = bits.setdefault((at, letter), bytearray((len(ranked) + 7) // 8))
                    row[rank >> 3] |= 1 << (rank & 7)
            for (at, letter), row in bits.items():
                self.places[(length, at, letter)] = int.from_bytes(row, "little")

    def first_fit(self, word: str) -> str | None:
        """The best-ranked listed word with ``word``'s letters where it has letters."""
        ranked = self.words.get(len(word))
        if ranked is None:
            return None
        fits = (1 << len(ranked)) - 1
        for at, letter in enumerate(word):
            if letter not in MASKS:
                fits &= self.places.get((len(word), at, letter), 0)
                if not fits:
                    return None
        return ranked[(fits & -fits).bit_length() - 1]


@cache
def _lists() -> tuple[_Kept, _Lexicon]:
    entries = [line.split(" ") for line in WORDS.splitlines()]
    listed = {entry[0] for entry in entries if entry[1:] == ["listed"]}
    return _Kept(KEPT.splitlines()), _Lexicon([entry[0] for entry in entries], listed)


@lru_cache(maxsize=4096)
def reading(word: str) -> str | None:
    """The word a lower-case masked word stands for, or None if no listed word fits, or the
    word is masked as a listed term is and no list word fits it.

    ``word`` is letters and mask characters; a word with no letter or no mask has no reading.
    """
    if len(word) > LONGEST or not MASKS.intersection(word) or not LETTERS.intersection(word):
        return None
    kept, lexicon = _lists()
    found = lexicon.first_fit(word)
    if found not in lexicon.listed and kept.keeps(_MASK_RUN.sub("*", word)):
        return None
    return found


def is_listed(word: str) -> bool:
    """Whether ``word`` is a word of the rules' term lists, as the word list was built."""
    return word in _lists()[1].listed


def is_word(word: str) -> bool:
    """Whether ``word`` is in the word list: a word comments use, or one the rules name."""
    return word in _lists()[1].known
