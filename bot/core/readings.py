"""Dialect and informal spellings read as the standard words the rules are written in.

Members write ``ah'll find ye`` and ``yuh soon dead`` as often as ``I'll find you``; a rule
spelt in standard English misses them, and spelling every rule in every dialect does not
scale. ``Readings.read`` gives the text with each listed spelling replaced by its standard
words (and, with ``dropped_g``, ``walkin``/``walkin'`` as ``walking`` where that is a known
word), with, for each of its characters, the index in the text of the character it stands
for: the engine matches the read text too and maps hits back to the words as written.

One pass over the words, each looked up with at most ``MAX_WORDS - 1`` words after it: the
cost is linear in the text, whatever the number of spellings.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

from bot.core.unmask_words import WORDS

__all__ = ["MAX_WORDS", "STRAIGHT", "WORD", "Readings", "known_words"]

# The most words one spelling may span (``mi a go`` reads "i am going to").
MAX_WORDS = 3
# A word as written: letters and digits, apostrophes inside it, and one at its end (``an'``);
# a readings file's spellings are such words (``readings_file``).
WORD = r"[^\W_]+(?:'[^\W_]+)*'?"
_WORD = re.compile(WORD)
# Curly apostrophes made straight, in texts and in spellings alike.
STRAIGHT = str.maketrans({"\u2019": "'", "\u2018": "'"})
# For the quick test: punctuation but the apostrophe a space, curly apostrophes straight;
# for ASCII text, as bytes, lower case too.
_MARKS = "".join(mark for mark in string.punctuation if mark != "'")
_QUICK_BYTES = bytes.maketrans(
    (string.ascii_uppercase + _MARKS).encode(),
    (string.ascii_lowercase + " " * len(_MARKS)).encode(),
)
_QUICK = str.maketrans(
    {
        **dict.fromkeys(_MARKS, " "),
        **dict.fromkeys("\u201c\u201d\u2013\u2014\u2026\u00ab\u00bb", " "),
        "\u2019": "'",
        "\u2018": "'",
    }
)
_SHORTEST_ING = 6


@cache
def known_words() -> frozenset[str]:
    """The words the comment sets use (``unmask_words.WORDS``), for reading a dropped g."""
    return frozenset(line.split()[0] for line in WORDS.splitlines() if line.strip())


@cache
def _dropped_g_forms() -> frozenset[str]:
    """``walkin`` and ``walkin'`` for each known -ing word of six letters or more (shorter
    ones leave too many words of their own: ``thin``, ``chin``)."""
    stems = [w[:-1] for w in known_words() if w.endswith("ing") and len(w) >= _SHORTEST_ING]
    return frozenset(stems + [stem + "'" for stem in stems])


@cache
def _dropped_g_bytes() -> frozenset[bytes]:
    """``_dropped_g_forms`` as bytes, for the quick test of ASCII text."""
    return frozenset(form.encode() for form in _dropped_g_forms())


def _cues(spellings: Mapping[str, str]) -> frozenset[str]:
    """The words the quick test looks for: each spelling of one word, also in quotes
    (``'ye'``), and for a spelling of several words one of them that is itself listed, else
    its longest (``mi`` for ``mi a go``), so that common words (``a``, ``go``) send no text
    down the slow path."""
    cues: set[str] = set()
    for spelling in spellings:
        words = spelling.split()
        cue = next((w for w in words if w in spellings), max(words, key=len))
        closed = cue if cue.endswith("'") else cue + "'"
        cues.update((cue, closed, "'" + cue, "'" + closed))
    return frozenset(cues)


@dataclass(frozen=True, slots=True)
class Readings:
    """Spellings (one to ``MAX_WORDS`` lower-case words) and the standard words each reads as.

    ``spellings`` is sorted, so two files with the same entries make equal readings.
    """

    spellings: tuple[tuple[str, str], ...]
    dropped_g: bool = False
    _map: dict[str, str] = field(init=False, repr=False, compare=False)
    _cues: frozenset[str] = field(init=False, repr=False, compare=False)
    _byte_cues: frozenset[bytes] = field(init=False, repr=False, compare=False)
    _hash: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_map", dict(self.spellings))
        cues = _cues(self._map)
        object.__setattr__(self, "_cues", cues)
        object.__setattr__(self, "_byte_cues", frozenset(cue.encode() for cue in cues))
        object.__setattr__(self, "_hash", hash((self.spellings, self.dropped_g)))

    def __hash__(self) -> int:
        """The fields' hash, made once: the engine looks readings up per message."""
        return self._hash

    @classmethod
    def of(cls, spellings: Mapping[str, str], dropped_g: bool = False) -> Readings:
        """Readings from a mapping of spellings to standard words."""
        return cls(tuple(sorted(spellings.items())), dropped_g)

    def read(self, text: str) -> tuple[str, list[int]] | None:
        """The text with every listed spelling read, and the index in ``text`` of each of its
        characters; None when nothing in it is read (most texts)."""
        if not self._may_read(text):
            return None
        straight = text.translate(STRAIGHT)
        words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(straight)]
        out: list[str] = []
        stored: list[int] = []
        last = 0
        at = 0
        while at < len(words):
            found = self._reading(straight, words, at)
            if found is None:
                at += 1
                continue
            start, end, reading, taken = found
            out.append(text[last:start])
            stored.extend(range(last, start))
            out.append(reading)
            stored.extend(start + min(i, end - start - 1) for i in range(len(reading)))
            last = end
            at += taken
        if not out:
            return None
        out.append(text[last:])
        stored.extend(range(last, len(text)))
        return "".join(out), stored

    def _may_read(self, text: str) -> bool:
        """Whether some word of the text may be read, tested in C: a listed word (``_cues``),
        or with ``dropped_g`` a known -ing word without its g."""
        if text.isascii():
            data = text.encode().translate(_QUICK_BYTES).split()
            if not self._byte_cues.isdisjoint(data):
                return True
            return self.dropped_g and not _dropped_g_bytes().isdisjoint(data)
        words = text.translate(_QUICK).lower().split()
        if not self._cues.isdisjoint(words):
            return True
        return self.dropped_g and not _dropped_g_forms().isdisjoint(words)

    def _reading(
        self, text: str, words: list[tuple[int, int, str]], at: int
    ) -> tuple[int, int, str, int] | None:
        """The longest reading starting at word ``at``: its span, its words, how many words."""
        start = words[at][0]
        key = ""
        longest = None
        for n in range(min(MAX_WORDS, len(words) - at)):
            begin, end, word = words[at + n]
            if n and not text[words[at + n - 1][1] : begin].isspace():
                break
            key = f"{key} {word}" if n else word
            bare = key.rstrip("'")
            if key in self._map:
                longest = (start, end, self._map[key], n + 1)
            elif bare in self._map:
                longest = (start, end - (len(key) - len(bare)), self._map[bare], n + 1)
        if longest is None and self.dropped_g:
            begin, end, word = words[at]
            if word in _dropped_g_forms():
                return begin, end, word.rstrip("'") + "g", 1
        return longest
