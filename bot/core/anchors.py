"""Make ``^``, ``$``, ``\\A`` and ``\\z`` in a rule regex mean the start and end of the text.

The engine runs regexes on views padded with one space at each end (``" buy now "``), so a
plain ``^buy now$`` never matched. Each anchor outside a character class, an escape or a
``\\Q...\\E`` quote becomes the anchor with that padding space made optional beside it:
``^`` is ``(?:^ ?)``, ``$`` is ``(?: ?$)``. The optional space keeps working the regexes
written for padded views (``(?:^|\\bplease) go``), whose space after ``^`` is the padding.

A ``\\b`` is then also true at the outer edges of the padding, where a ``\\b`` before ``^``
(or after ``$``) is tested. The rewrite is exact only when nothing else can match the padding
space or tell it from the text's edge: with ``^\\W`` the ``\\W`` could take it and fire on any
text. So a regex with an anchor and ``\\B`` or an atom that can match a space other than a
literal space (``.``, ``\\s``, ``\\W``, ``\\D``, a ``[^...]`` that does not name the space, a
class with a space...) is refused with a ValueError.
"""

from __future__ import annotations

import re

__all__ = ["anchored", "class_end", "escape_at", "starts_only"]

# Beside the padding (before ``^``'s space, after ``$``'s) a word boundary is where the text
# starts or ends, as it is in the text itself: views start and end with a word character.
_WORD_EDGE = "(?:\\b|\\A|\\z)"
_START = {"^": "(?:^ ?)", "\\A": "(?:\\A ?)"}
_END = {"$": "(?: ?$)", "\\z": "(?: ?\\z)"}
# Escapes (after the backslash) that can match a space: classes and spelled-out codes.
_SPACE_ESCAPE = re.compile(r"[sWDPC]|p\{\^|pZ|p\{(?:Z|Any|Common)|x20|x\{0*20\}|[0-7]{1,3}")
_PLAIN = re.compile(r"[^\\\[^$.]+")
_SPACE_POSIX = ("space", "blank", "print", "ascii")
# A class range with an escaped end (``\x00-\x7f``): its bounds are not checked, so suspect.
_ESCAPED_RANGE = re.compile(r"\\(?:x\{[0-9a-fA-F]+\}|x[0-9a-fA-F]{2}|[0-7]{1,3}|.)-[^\]]|[^\\]-\\")


def anchored(pattern: str) -> str:
    """The pattern with its anchors rewritten for padded views; ValueError if unsafe."""
    out: list[str] = []
    anchors: list[str] = []
    spacey: list[str] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            token = escape_at(pattern, i)
            if token in _START or token in _END:
                anchors.append(token)
                out.append(_START.get(token) or _END[token])
            else:
                if token[1:2] != "Q" and _SPACE_ESCAPE.match(pattern, i + 1):
                    spacey.append(token)
                out.append(token)
            i += len(token)
        elif char == "[":
            end = class_end(pattern, i)
            if _class_has_space(pattern[i:end]):
                spacey.append(pattern[i:end])
            out.append(pattern[i:end])
            i = end
        elif char in "^$":
            anchors.append(char)
            out.append(_START.get(char) or _END[char])
            i += 1
        elif char == ".":
            spacey.append(char)
            out.append(char)
            i += 1
        else:  # a run of characters that are themselves, at once: most of a phrase regex
            run = _PLAIN.match(pattern, i)
            end = run.end() if run else i + 1
            out.append(pattern[i:end])
            i = end
    if not anchors:
        return pattern
    if spacey or "\\B" in out:
        what = spacey[0] if spacey else "\\B"
        raise ValueError(
            f"regex {pattern!r} uses the anchor {anchors[0]!r} with {what!r}, which can "
            "match the space the engine puts at each end of the text, so the anchor cannot "
            "mean the start or end there; match spaces with a literal ' ' or drop the anchor"
        )
    return "".join(_WORD_EDGE if part == "\\b" else part for part in out)


def starts_only(rewritten: str) -> bool:
    """Whether a pattern ``anchored`` rewrote holds a start anchor and no end anchor."""
    has_start = any(token in rewritten for token in _START.values())
    return has_start and not any(token in rewritten for token in _END.values())


def escape_at(pattern: str, i: int) -> str:
    """The escape starting at ``i``: ``\\Q...\\E`` whole, else the backslash and one char."""
    if pattern.startswith("\\Q", i):
        close = pattern.find("\\E", i + 2)
        return pattern[i:] if close < 0 else pattern[i : close + 2]
    return pattern[i : i + 2]


def class_end(pattern: str, i: int) -> int:
    """The index just past the character class opening at ``i`` (RE2 reports a bad one)."""
    j = i + 1
    if pattern.startswith("^", j):
        j += 1
    if pattern.startswith("]", j):  # a ']' first is a literal
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        if pattern[j] == "\\":
            j += 2
        elif pattern.startswith("[:", j) and (close := pattern.find(":]", j + 2)) >= 0:
            j = close + 2
        else:
            j += 1
    return min(j + 1, len(pattern))


def _class_has_space(klass: str) -> bool:
    """Whether a character class (``[...]`` as written) can match a space, conservatively."""
    if klass.startswith("[^"):
        # A negated class keeps the space out only when it names a literal space (``[^ ]``).
        return " " not in klass[2:-1]
    if " " in klass:
        return True
    body = klass[1:-1]
    for name in re.findall(r"\[:(\^?\w+):\]", body):
        if name.startswith("^") or name in _SPACE_POSIX:
            return True
    if any(_SPACE_ESCAPE.match(body, at + 1) for at in _escapes(body)):
        return True
    if _ESCAPED_RANGE.search(body):
        return True
    return any(lo <= " " <= hi for lo, hi in re.findall(r"([^\\])-([^\\\]])", body))


def _escapes(body: str) -> list[int]:
    """Where the backslashes that start an escape are in a class body."""
    found, j = [], 0
    while (j := body.find("\\", j)) >= 0:
        found.append(j)
        j += 2
    return found
