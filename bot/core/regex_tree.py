"""Python's parse tree of a regex, built from parts remembered by their source text.

Rule regexes repeat the same groups again and again (a phrase's word lists, `(?:[^ ]+ )`), and
``re._parser`` reads them all anew: most of a rule load. This reader splits a regex into
tokens with one C-level pass, builds the same tree ``re._parser.parse`` would (the same
prefixes moved out of alternations, alternations of characters made classes, non-capturing
groups unpacked), and reads each distinct group, class or escape once per process, so equal
groups are one shared object, which the prefilter's reading remembers by identity. Anything
it does not know for certain (flags, look-arounds, references, odd braces, errors) it leaves
to ``re._parser`` itself: ``tree`` returns None.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from itertools import repeat
from typing import Any, Generic, TypeVar

__all__ = ["Shared", "Tree", "spelled", "tree"]

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

# A parsed item is (op, av) as re._parser makes it; sequences are tuples instead of SubPatterns.
Tree = tuple[tuple[Any, Any], ...]
T = TypeVar("T")
_Token = tuple[int, str, int]  # kind (the group of _TOKEN that matched), text, start

_LITERAL = r"[^\\\[()|?*+{.^$]"  # a character that is itself outside classes
_TOKEN = re.compile(
    rf"(\(\?:{_LITERAL}*(?:\|{_LITERAL}*)*\))"  # a group of words: (?:you|u|ya)
    r"|(\\.)"  # an escape
    r"|(\[\^?\]?(?:\\.|[^\]\\])*\])"  # a class
    r"|(\((?:\?:)?)"  # a group opens
    r"|(\))"
    r"|(\|)"
    r"|([?*+][?+]?|\{\d+(?:,\d*)?\}[?+]?)"  # a quantifier
    rf"|({_LITERAL}+)"  # literal characters
    r"|([.^$])"
    r"|(.)",  # anything else ('{' not a quantifier, ']' alone...): left to re._parser
    re.DOTALL,
)
_WORDS, _ESCAPE, _CLASS, _OPEN, _CLOSE, _BAR, _QUANTIFIER, _LITERALS, _SPECIAL, _OTHER = range(
    1, 11
)
# Escapes re._parser reads as one character or category, whatever follows.
_SIMPLE_ESCAPES = frozenset(_parser.CATEGORIES) | frozenset(_parser.ESCAPES)
_SPECIALS = {".": (_c.ANY, None), "^": (_c.AT, _c.AT_BEGINNING), "$": (_c.AT, _c.AT_END)}
_COUNTS = {"?": (0, 1), "*": (0, _c.MAXREPEAT), "+": (1, _c.MAXREPEAT)}
_REPEATS = frozenset({_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT})
# Items re._parser compares by value when moving a common prefix out of an alternation; the
# others hold SubPatterns, which compare by identity, so never equal there.
_BY_VALUE = frozenset({_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.AT, _c.ANY})
_CACHE_LIMIT = 65536
_ASCII = [(_c.LITERAL, code) for code in range(128)]  # each ASCII character's item, made once


class Shared(Generic[T]):
    """What a reader works out about each shared tuple of these trees, once, by identity: the
    trees share the tuples of equal groups and never change. Each entry keeps its tuple, so its
    id stays its own; past ``_CACHE_LIMIT`` entries the memo starts over."""

    __slots__ = ("_known",)

    def __init__(self) -> None:
        self._known: dict[int, tuple[object, T]] = {}

    def get(self, items: object) -> T | None:
        """What was worked out for ``items``, or None."""
        known = self._known.get(id(items))
        return None if known is None else known[1]

    def put(self, items: object, value: T) -> T:
        """Remember ``value`` for ``items``, and return it."""
        if len(self._known) > _CACHE_LIMIT:
            self._known.clear()
        self._known[id(items)] = (items, value)
        return value


class _Unknown(Exception):
    """Syntax this reader leaves to re._parser."""


_groups: dict[str, tuple[Any, Any]] = {}  # a group's source text: its item
_atoms: dict[str, tuple[Any, Any]] = {}  # an escape's or class's source text: its item
_runs: dict[str, Tree] = {}  # literal characters: their items
_spelled: dict[int, str] = {}  # the id of a tuple of _runs: its characters


def tree(pattern: str) -> Tree | None:
    """``re._parser.parse(pattern)``'s items, or None where re._parser must read it."""
    if len(_groups) + len(_atoms) + len(_runs) > _CACHE_LIMIT:
        _groups.clear()
        _atoms.clear()
        _runs.clear()
        _spelled.clear()
    tokens = [(m.lastindex or 0, m.group(), m.start()) for m in _TOKEN.finditer(pattern)]
    try:
        closing = _closing(tokens)
        items, end = _Reader(pattern, tokens, closing).alternation(0)
    except (_Unknown, re.error, RecursionError):
        return None
    return items if end == len(tokens) else None


def _closing(tokens: list[_Token]) -> dict[int, int]:
    """Each group's opening token's index: its closing token's index."""
    closing: dict[int, int] = {}
    opened: list[int] = []
    for index, (kind, _, _) in enumerate(tokens):
        if kind == _OPEN:
            opened.append(index)
        elif kind == _CLOSE:
            if not opened:
                raise _Unknown
            closing[opened.pop()] = index
        elif kind == _OTHER:
            raise _Unknown
    if opened:
        raise _Unknown
    return closing


class _Reader:
    """re._parser's ``_parse_sub`` and ``_parse`` over tokens, for the syntax listed above."""

    def __init__(self, pattern: str, tokens: list[_Token], closing: dict[int, int]) -> None:
        self._pattern = pattern
        self._tokens = tokens
        self._closing = closing

    def alternation(self, at: int) -> tuple[Tree, int]:
        """Branches separated by ``|`` from token ``at``; the tree and the next token."""
        tokens = self._tokens
        branches: list[list[tuple[Any, Any]]] = []
        while True:
            items, at = self._sequence(at)
            branches.append(items)
            if at < len(tokens) and tokens[at][0] == _BAR:
                at += 1
                continue
            break
        if len(branches) == 1:
            return tuple(branches[0]), at
        return _branch(branches), at

    def _sequence(self, at: int) -> tuple[list[tuple[Any, Any]], int]:
        tokens = self._tokens
        items: list[tuple[Any, Any]] = []
        grouped = False  # whether a non-capturing group is among the items
        while at < len(tokens):
            kind, text, _ = tokens[at]
            if kind in (_BAR, _CLOSE):
                break
            if kind == _LITERALS:
                items.extend(_run(text))
            elif kind == _WORDS:
                items.append(_words(text))
                grouped = True
            elif kind == _OPEN:
                close = self._closing[at]
                items.append(self._group(at, close))
                grouped = grouped or items[-1][1][0] is None
                at = close
            elif kind == _QUANTIFIER:
                items[-1:] = [_repeat(items, text)]
            elif kind == _SPECIAL:
                items.append(_SPECIALS[text])
            else:
                items.append(_atom(text, kind))
            at += 1
        if not grouped:
            return items, at
        # re._parser unpacks non-capturing groups into the sequence holding them.
        flat: list[tuple[Any, Any]] = []
        for op, av in items:
            if op is _c.SUBPATTERN and av[0] is None:
                flat.extend(av[3])
            else:
                flat.append((op, av))
        return flat, at

    def _group(self, at: int, close: int) -> tuple[Any, Any]:
        text = self._pattern[self._tokens[at][2] : self._tokens[close][2] + 1]
        found = _groups.get(text)
        if found is None:
            body, end = self.alternation(at + 1)
            if end != close:
                raise _Unknown
            number = None if self._tokens[at][1] == "(?:" else 1
            found = _groups[text] = (_c.SUBPATTERN, (number, 0, 0, body))
        return found


def _run(text: str) -> Tree:
    """Literal characters' items."""
    found = _runs.get(text)
    if found is None:
        found = _runs[text] = (
            tuple(map(_ASCII.__getitem__, map(ord, text)))
            if text.isascii()
            else tuple(zip(repeat(_c.LITERAL), map(ord, text)))
        )
        _spelled[id(found)] = text
    return found


def spelled(items: Tree) -> str | None:
    """The string a tree of literal characters alone spells, when ``tree`` shares it (a word
    of a group of words); None otherwise."""
    return _spelled.get(id(items))


def _words(text: str) -> tuple[Any, Any]:
    """A non-capturing group of literal alternatives, read without tokens: most groups."""
    found = _groups.get(text)
    if found is None:
        branches = [_run(words) for words in text[3:-1].split("|")]
        body = branches[0] if len(branches) == 1 else _branch(branches)
        found = _groups[text] = (_c.SUBPATTERN, (None, 0, 0, body))
    return found


def _atom(text: str, kind: int) -> tuple[Any, Any]:
    """An escape's or a class's item, as re._parser reads it alone."""
    found = _atoms.get(text)
    if found is None:
        if kind == _ESCAPE and text not in _SIMPLE_ESCAPES and text[1].isalnum():
            raise _Unknown  # numbers, references, \x.. and unknown letters
        parsed = _parser.parse(text)
        if len(parsed) != 1 or parsed.state.flags & ~_c.SRE_FLAG_UNICODE:
            raise _Unknown
        found = _atoms[text] = parsed[0]
    return found


def _repeat(items: list[tuple[Any, Any]], quantifier: str) -> tuple[Any, Any]:
    """The last item repeated, as re._parser builds it."""
    if not items or items[-1][0] is _c.AT or items[-1][0] in _REPEATS:
        raise _Unknown  # nothing to repeat, or a repeat repeated
    if quantifier[0] == "{":
        count, _, mode = quantifier[1:].partition("}")
        low_text, comma, high_text = count.partition(",")
        low = int(low_text)
        high = int(high_text) if high_text else _c.MAXREPEAT if comma else low
        if low >= _c.MAXREPEAT or (high_text and high >= _c.MAXREPEAT) or high < low:
            raise _Unknown
    else:
        low, high = _COUNTS[quantifier[0]]
        mode = quantifier[1:]
    op, av = items[-1]
    body: Tree = av[3] if op is _c.SUBPATTERN and av[0] is None else ((op, av),)
    kind = _c.MIN_REPEAT if mode == "?" else _c.POSSESSIVE_REPEAT if mode else _c.MAX_REPEAT
    return kind, (low, high, body)


def _branch(branches: Sequence[Sequence[tuple[Any, Any]]]) -> Tree:
    """An alternation as re._parser's ``_parse_sub`` ends it; branches left whole stay the
    same objects (the shared tuples of ``_run``)."""
    prefix: list[tuple[Any, Any]] = []
    while all(branches) and branches[0][0][0] in _BY_VALUE:
        first = branches[0][0]
        if any(branch[0] != first for branch in branches[1:]):
            break
        branches = [branch[1:] for branch in branches]
        prefix.append(first)
    chars: list[tuple[Any, Any]] = []
    for branch in branches:
        if len(branch) != 1:
            break
        op, av = branch[0]
        if op is _c.LITERAL:
            chars.append((op, av))
        elif op is _c.IN and av[0][0] is not _c.NEGATE:
            chars.extend(av)
        else:
            break
    else:
        return (*prefix, (_c.IN, _parser._uniq(chars)))
    return (*prefix, (_c.BRANCH, (None, tuple(map(tuple, branches)))))
