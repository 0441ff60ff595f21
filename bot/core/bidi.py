"""The order a reader sees text in, where explicit bidi controls reorder it.

``"\\u202etoidi uoy\\u202c"`` shows as ``you idiot``: U+202E RIGHT-TO-LEFT OVERRIDE makes
every character up to U+202C POP DIRECTIONAL FORMATTING right-to-left. ``displayed`` runs the
explicit rules of the Unicode Bidirectional Algorithm (UAX #9 X1-X10: embeddings, overrides,
isolates, each paragraph on its own, in a left-to-right paragraph as Discord shows messages)
and the reordering rule L2. The implicit rules are simplified (a neutral takes the direction
of equal strong neighbours, else of its embedding; W1-W7 and L1 are left out): they move
right-to-left script, not the Latin words rules look for. Text without these controls never
gets past one regex search. The work is linear: per character only C-level translations,
per run of one level a few steps in Python.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache

__all__ = ["displayed"]

# Characters that open an embedding, override or isolate: without one, nothing reorders.
_OPENERS = re.compile("[\u202a\u202b\u202d\u202e\u2066-\u2068]")
_MAX_DEPTH = 125
_REMOVED = 255  # the level byte of a control, which shows as nothing
# Bidi classes as one letter each: strong left, strong right, numbers, a neutral (space),
# the controls (embed, override, pop, isolates, pop isolate) and paragraph separators.
_CODES = {"L": "L", "R": "R", "AL": "R", "EN": "N", "AN": "N", "B": "B"}
_CODES |= {"LRE": "e", "RLE": "E", "LRO": "o", "RLO": "O", "PDF": "p"}
_CODES |= {"LRI": "i", "RLI": "I", "FSI": "f", "PDI": "q"}
_CONTROL = re.compile("[eEoOpiIfqB]")
_LEFT_NEUTRALS = re.compile("(?<=L) +(?=L)")
_RIGHT_NEUTRALS = re.compile("(?<=[RN]) +(?=[RN])")
_RUN = re.compile(rb"(.)\1*", re.DOTALL)
_STRONG_OR_END = re.compile("[LRqB]")


class _Classes(dict[int, str]):
    """A ``str.translate`` table from a character to its class letter, filled as met."""

    def __missing__(self, code: int) -> str:
        value = _CODES.get(unicodedata.bidirectional(chr(code)), " ")
        self[code] = value
        return value


_CLASSES = _Classes()
# I1 and I2: how far a resolved strong or number class raises an even or an odd level.
_RAISE = ({"L": 0, "R": 1, "N": 2}, {"L": 1, "R": 0, "N": 1})


@dataclass(frozen=True, slots=True)
class _Embedding:
    level: int
    override: str = ""
    isolate: bool = False


@dataclass(slots=True)
class _Node:
    """Characters at one level and the runs nested above it, in stored order."""

    level: int
    items: list[_Node | range] = field(default_factory=list)


def displayed(text: str) -> tuple[str, list[int]] | None:
    """``text`` in display order, and the index in ``text`` of each displayed character.

    None when no control changes the order. Controls show as nothing and are left out (the
    views drop them anyway).
    """
    if text.isascii() or not _OPENERS.search(text):
        return None
    order = _display_order(_levels(text.translate(_CLASSES)))
    if order == sorted(order):
        return None
    return "".join(map(text.__getitem__, order)), order


def _levels(classes: str) -> bytes:
    """Each character's level: X1-X8 for the controls, then the implicit levels per segment."""
    out = bytearray()
    stack = [_Embedding(0)]
    over_isolate = over_embedding = isolates = 0
    last = 0
    for control in _CONTROL.finditer(classes):
        at, kind = control.start(), control.group()
        out += _implicit(classes[last:at], stack[-1])
        last = at + 1
        top = stack[-1]
        out.append(_REMOVED)
        if kind == "B":
            out[-1] = 0
            stack, over_isolate, over_embedding, isolates = [_Embedding(0)], 0, 0, 0
        elif kind in "eEoO":
            level = _next_level(top.level, odd=kind in "EO")
            if level <= _MAX_DEPTH and not over_isolate and not over_embedding:
                stack.append(_Embedding(level, {"o": "L", "O": "R"}.get(kind, "")))
            elif not over_isolate:
                over_embedding += 1
        elif kind == "p":
            if over_embedding and not over_isolate:
                over_embedding -= 1
            elif not over_isolate and not top.isolate and len(stack) > 1:
                stack.pop()
        elif kind in "iIf":
            odd = kind == "I" or (kind == "f" and _first_strong(classes, at + 1) == "R")
            level = _next_level(top.level, odd=odd)
            if level <= _MAX_DEPTH and not over_isolate and not over_embedding:
                isolates += 1
                stack.append(_Embedding(level, isolate=True))
            else:
                over_isolate += 1
        elif over_isolate:
            over_isolate -= 1
        elif isolates:
            over_embedding = 0
            while not stack[-1].isolate:
                stack.pop()
            stack.pop()
            isolates -= 1
    out += _implicit(classes[last:], stack[-1])
    return bytes(out)


def _next_level(level: int, *, odd: bool) -> int:
    return level + 1 + (level % 2 == 1) if odd else level + 1 + (level % 2 == 0)


def _first_strong(classes: str, start: int) -> str:
    """The first strong class after an FSI, up to the end of its isolate (P2, simplified)."""
    found = _STRONG_OR_END.search(classes, start)
    return found.group() if found else "L"


def _implicit(segment: str, embedding: _Embedding) -> bytes:
    """The levels of a segment between controls: overridden, or resolved N1, N2, I1, I2."""
    if not segment:
        return b""
    level = embedding.level
    if embedding.override:
        return bytes([level + _RAISE[level % 2][embedding.override]]) * len(segment)
    if "R" not in segment and "N" not in segment and level % 2 == 0:
        return bytes([level]) * len(segment)  # left-to-right text at its own level
    resolved = _LEFT_NEUTRALS.sub(_fill("L"), _RIGHT_NEUTRALS.sub(_fill("R"), segment))
    return resolved.encode("ascii").translate(_raise_table(level))


@cache
def _raise_table(level: int) -> bytes:
    """A ``bytes.translate`` table from resolved class letters to levels, for one level."""
    raise_by = _RAISE[level % 2]
    return bytes.maketrans(b"LRN ", bytes([level + raise_by[c] for c in "LRN"] + [level]))


def _fill(direction: str) -> Callable[[re.Match[str]], str]:
    return lambda match: direction * (match.end() - match.start())


def _display_order(levels: bytes) -> list[int]:
    """L2 as a tree: each run at a level above its neighbours nests; odd levels reverse."""
    root = _Node(0)
    stack = [root]
    for level, span in _runs(levels):
        while stack[-1].level > level:
            popped = stack.pop()
            if stack[-1].level < level:
                node = _Node(level, [popped])
                stack[-1].items[-1] = node
                stack.append(node)
        if stack[-1].level < level:
            node = _Node(level)
            stack[-1].items.append(node)
            stack.append(node)
        stack[-1].items.append(span)
    order: list[int] = []
    _walk(root, order)
    return order


def _runs(levels: bytes) -> Iterator[tuple[int, range]]:
    for run in _RUN.finditer(levels):
        if levels[run.start()] != _REMOVED:
            yield levels[run.start()], range(run.start(), run.end())


def _walk(node: _Node, order: list[int]) -> None:
    """Append the node's characters in display order: an odd level shows them reversed."""
    backwards = node.level % 2 == 1
    for item in reversed(node.items) if backwards else node.items:
        if isinstance(item, _Node):
            _walk(item, order)
        else:
            order.extend(reversed(item) if backwards else item)
