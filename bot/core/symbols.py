"""Terms that are emoji or other symbols (🖕), found in a text as written.

The views drop symbols with punctuation, so a term made only of symbols is looked for in the
original text instead: one ``str.find`` per term, and only in texts that are not all ASCII.
A skin tone or a variation selector after an emoji does not stop the match. Such terms are
plain ``words``: no wildcards, and no allow lists or contexts read around them.
"""

from __future__ import annotations

import unicodedata

__all__ = ["SymbolTerms", "symbol_term"]

_SYMBOL_KINDS = frozenset({"So", "Sk"})  # other symbols (emoji), modifier symbols (skin tones)
_JOINERS = frozenset("\u200d")  # the zero-width joiner inside an emoji sequence
_VARIATION = "\ufe0f"  # "show as emoji", optional after many symbols


def symbol_term(term: str) -> str | None:
    """The term as searched for when it is made only of symbols, at least one of them an
    emoji or other symbol (``So``); None when it holds anything else."""
    core = term.strip().replace(_VARIATION, "")
    kinds = [unicodedata.category(char) for char in core if char not in _JOINERS]
    if not kinds or "So" not in kinds or not _SYMBOL_KINDS.issuperset(kinds):
        return None
    return core


class SymbolTerms:
    """The symbol terms of a rule set, each with the index of its rule; at most ``most``
    matches of a term are made per text, the rest only counted (they cannot change a verdict).
    """

    __slots__ = ("_most", "_terms")

    def __init__(self, most: int) -> None:
        self._most = most
        self._terms: list[tuple[str, int]] = []

    def add(self, symbol: str, rule: int) -> None:
        self._terms.append((symbol, rule))

    def find(self, text: str) -> tuple[list[tuple[int, int, int]], dict[int, int]]:
        """Matches as (rule, start, end) in ``text``, at most ``most`` per term, and per rule
        how many more were only counted."""
        found: list[tuple[int, int, int]] = []
        counted: dict[int, int] = {}
        if not self._terms or text.isascii():
            return found, counted
        for symbol, rule in self._terms:
            at, made, size = text.find(symbol), 0, len(symbol)
            while at >= 0 and made < self._most:
                found.append((rule, at, at + size))
                made += 1
                at = text.find(symbol, at + size)
            if at >= 0:
                counted[rule] = counted.get(rule, 0) + text.count(symbol, at)
        return found, counted
