"""A rule regex spelt as the squeezed view spells words: each run of a repeated letter once.

The squeezed view (``normalize``) makes `I wiiiill kiiill you` into `i wil kil you`, so that a
writer cannot hide a word by stretching a letter. A term gets a squeezed key of its own, but a
regex, and so every phrase, spells `will kill`: in that view it needs `wil kil`. Only literal
letters change; escapes, character classes, quantifier bounds and group headers stay as
written, and a doubled letter whose second half a quantifier governs (`kill?`) is kept.
"""

from __future__ import annotations

from bot.core.anchors import class_end, escape_at

__all__ = ["squeezed_regex"]

_QUANTIFIERS = frozenset("?*+{")
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def squeezed_regex(pattern: str) -> str:
    """``pattern`` with each run of a literal lower-case letter written once (`kill` `kil`)."""
    out: list[str] = []
    after_letter = False  # whether ``out`` ends with a literal letter
    at, size = 0, len(pattern)
    while at < size:
        char = pattern[at]
        if char in _LETTERS:
            governed = pattern[at + 1 : at + 2] in _QUANTIFIERS
            if not (after_letter and out[-1] == char and not governed):
                out.append(char)
            after_letter = True
            at += 1
            continue
        end = _token_end(pattern, at)
        out.append(pattern[at:end])
        after_letter = False
        at = end
    return "".join(out)


def _token_end(pattern: str, at: int) -> int:
    """Where the token at ``at`` that is no letter ends: an escape, a character class, a
    quantifier's bounds or a group's header (`(?:`, `(?P<name>`, `(?i)`), else one character."""
    char = pattern[at]
    if char == "\\":
        return at + len(escape_at(pattern, at))
    if char == "[":
        return class_end(pattern, at)
    closer = "}" if char == "{" else ":)>" if pattern.startswith("(?", at) else ""
    end = at + 1
    if closer:
        while end < len(pattern) and pattern[end] not in closer:
            end += 1
        end = min(end + 1, len(pattern))
    return end
