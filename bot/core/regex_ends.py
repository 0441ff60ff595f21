"""The character every match of part of a regex starts or ends with, where there is one.

The prefilter (``prefilter``) holds a word after a gap together with the character before
it: after ``(?:[^ ]+ ){0,2}`` every match has a space there, so `` ears`` is looked for
rather than ``ears``, which ``years`` holds. The trees are Python's regex parser's, as
``regex_tree`` shares them; what a shared group starts and ends with is worked out once.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import Any

from bot.core.regex_tree import Shared, spelled

__all__ = ["ClassChars", "last_char", "next_char"]

_c: Any = importlib.import_module("re._constants")
_REPEATS = frozenset({_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT})
# The characters a class (``[...]``) matches as the caller reads them; None when any may.
ClassChars = Callable[[Sequence[tuple[Any, Any]]], "frozenset[str] | None"]


def next_char(items: Sequence[tuple[Any, Any]], start: int, classes: ClassChars) -> str:
    """The character every match of ``items[start:]`` starts with, or "" when not one."""
    return _edge_char(items, range(start, len(items)), False, classes)


def last_char(items: Sequence[tuple[Any, Any]], end: int, classes: ClassChars) -> str:
    """The character every match of ``items[:end]`` ends with, or "" when not one."""
    return _edge_char(items, range(end - 1, -1, -1), True, classes)


def _edge_char(
    items: Sequence[tuple[Any, Any]], order: range, last: bool, classes: ClassChars
) -> str:
    """The one character at the edge of the items taken in ``order``, past any that may be
    empty; "" when several are possible."""
    chars: set[str] = set()
    for at in order:
        found, empty = _item_ends(*items[at], last, classes)
        if found is None:
            return ""
        chars |= found
        if not empty:
            return chars.pop() if len(chars) == 1 else ""
    return ""


_Ends = tuple[frozenset[str] | None, bool]
_NONE: frozenset[str] = frozenset()
# What each shared tuple of ``regex_tree`` starts with, then ends with.
_ENDS: tuple[Shared[_Ends], Shared[_Ends]] = (Shared(), Shared())


def _item_ends(op: Any, av: Any, last: bool, classes: ClassChars) -> _Ends:
    """The characters a match of one item can start with (``last``: end with), None when any
    may; and whether it can match nothing at all."""
    if op is _c.LITERAL:
        return frozenset((chr(av),)), False
    if op is _c.AT:
        return _NONE, True
    if op is _c.IN:
        return classes(av), False
    if op is _c.SUBPATTERN:
        return _sequence_ends(av[3], last, classes)
    if op is _c.BRANCH:
        if type(av[1]) is not tuple:
            return _branch_ends(av[1], last, classes)
        known = _ENDS[last].get(av)
        if known is None:
            known = _ENDS[last].put(av, _branch_ends(av[1], last, classes))
        return known
    if op in _REPEATS:
        low, _, body = av
        found, maybe = _sequence_ends(body, last, classes)
        return found, maybe or low == 0
    return None, True


def _branch_ends(
    options: Sequence[Sequence[tuple[Any, Any]]], last: bool, classes: ClassChars
) -> _Ends:
    """``_item_ends`` of an alternation; a word of a group of words is read off its spelling."""
    chars: set[str] = set()
    empty = False
    for body in options:
        word = spelled(body) if isinstance(body, tuple) else None
        if word:
            chars.add(word[-1] if last else word[0])
            continue
        found, maybe = _sequence_ends(body, last, classes)
        if found is None:
            return None, True
        chars |= found
        empty = empty or maybe
    return frozenset(chars), empty


def _sequence_ends(items: Sequence[tuple[Any, Any]], last: bool, classes: ClassChars) -> _Ends:
    """``_item_ends`` of concatenated items, remembered for ``regex_tree``'s shared tuples."""
    shared = type(items) is tuple
    if shared:
        known = _ENDS[last].get(items)
        if known is not None:
            return known
    chars: set[str] = set()
    ends: _Ends = (_NONE, True)
    for op, av in reversed(items) if last else items:
        found, empty = _item_ends(op, av, last, classes)
        if found is None:
            ends = (None, True)
            break
        chars |= found
        if not empty:
            ends = (frozenset(chars), False)
            break
    else:
        ends = (frozenset(chars), True)
    return _ENDS[last].put(items, ends) if shared else ends
