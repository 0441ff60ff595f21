"""Which of many regexes can match a text: the literal atoms every match must hold, found in one
Aho-Corasick pass.

RE2's own filter (FilteredRE2) matched its atoms with an RE2 set whose DFA it builds lazily for
each text it has not seen: 20 to 70 µs a comment, most of a scan. Here Python's own regex parser
reads each regex into the strings every match must contain, as an AND of OR-sets (``you re``
or ``you are``, and ``idiot`` or ``moron``); the atoms of all regexes go into one automaton,
whose pass costs a few µs; a regex with an atom of each of its sets in the text is a candidate,
for RE2 to run. A regex the parser cannot read as RE2 does (RE2-only syntax, case-insensitive
flags), or with no atom long enough to be worth looking for, is a candidate on every text.
The parser's trees come from ``regex_tree``, which reads each distinct group once and shares
it, so what a repeated group holds is worked out once too (a first rule load reads 356 KB of
phrase regexes made of the same groups).

A ``\\b`` reads as empty in general. In a clean view text (``clean``: padded, and nothing but
ASCII word characters and spaces) a boundary beside a word character is a space, so read for
such texts (``boundaries``) ``\\brat\\b`` needs `` rat ``, which ``rather`` lacks: RE2's
``\\b`` is ASCII-only, so elsewhere (``ratж``, a masked ``f*ck``) only the general reading holds.
"""

from __future__ import annotations

import importlib
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from operator import methodcaller
from typing import Any

from bot.core.regex_ends import last_char, next_char
from bot.core.regex_tree import Shared, spelled, tree

__all__ = ["Prefilter", "clean", "indices", "needs"]

# Python's regex parser: private, but in every CPython since 3.11 (``sre_parse`` before).
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

_LIMIT = 128  # most strings an exact set keeps while concatenating parts
_CLASS_LIMIT = 26  # most characters a class may name to count as a set of literals
_MIN_ATOM = 3  # shorter atoms are in nearly every text
_KEPT = 8  # most sets checked per regex: the rarest-looking ones
_RARE = 0.75  # a set past the first is checked only when it looks this rare
_COMMON_BITS = 1  # how likely a text is to hold a word of ``_COMMON``: 2 ** -1
_COMMON_ODDS = 2.0**-_COMMON_BITS
# Words in most texts: an atom of them alone is looked for only where nothing rarer will do.
_COMMON = frozenset((
    "the", "and", "you", "that", "for", "are", "with", "this", "was", "have", "not", "they",
    "but", "his", "her", "she", "from", "all", "one", "can", "will", "what", "who", "there",
    "their", "our", "your", "more", "just", "about", "people", "like", "would", "been", "has",
    "had", "were", "them", "him", "some", "any", "out", "how", "its", "when", "than", "then",
    "only", "get", "also", "make", "know", "think", "should", "because", "even", "much", "very",
    "really"
))  # fmt: skip
# Words of one or two letters in most texts: unlike rarer short words, never an atom alone.
_SHORT_COMMON = frozenset((
    "a", "i", "s", "t", "d", "m", "is", "it", "in", "of", "to", "be", "we", "he", "me", "my",
    "so", "no", "do", "go", "up", "on", "at", "an", "as", "or", "if", "by", "us", "am", "im",
    "re", "ll", "ve", "ok", "oh", "u", "ur", "ya", "ye"
))  # fmt: skip
# RE2 syntax Python reads differently or not at all: such a regex is never filtered.
_RE2_ONLY = re.compile(r"\\[QCpP]|\[:|\{,")
# RE2's ``\z`` (end of text), unless its backslash is itself escaped: Python spells it ``\Z``.
_END_OF_TEXT = re.compile(r"(?<!\\)((?:\\\\)*)\\z")
_strip_spaces = methodcaller("strip", " ")
# What ``_letters`` counts thrice: neither alphanumeric (as ``str.isalnum``) nor a space.
_SYMBOLS = re.compile(r"[^\w ]|_")
_REPEATS = frozenset({_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT})
_ANY_CHAR = frozenset({_c.ANY, _c.NOT_LITERAL, _c.CATEGORY})
# A word boundary inside the strings read for clean texts, until its neighbours tell what it
# needs: a non-character, so a regex spelling it is left unread (``_spell``).
_MARK = "\uffff"
_RE2_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
# Every byte of a clean view text: RE2's word characters and the space.
_CLEAN_BYTES = bytes(sorted({ord(c) for c in _RE2_WORD} | {ord(" ")}))


class _Unreadable(Exception):
    """A part of a regex whose atoms cannot be told with certainty."""


@dataclass(frozen=True, slots=True)
class _Info:
    """What a part of a regex matches: every string, when few (``exact``), or else sets of
    which each match holds one string each (``sets``; empty when nothing is certain)."""

    exact: frozenset[str] | None
    sets: tuple[frozenset[str], ...] = ()
    # An alternation of too many strings to multiply (``_LIMIT``), yet each spelled out:
    # every one of them, so its neighbours' characters can still be held with it.
    spelled: frozenset[str] | None = None


_EMPTY = _Info(frozenset({""}))
_BOUNDARY = _Info(frozenset({_MARK}))
# What each shared sequence or alternation of ``regex_tree``'s trees holds, per reading
# (general, then with boundaries).
_READ: tuple[Shared[_Info], Shared[_Info]] = (Shared(), Shared())
_ANYTHING = _Info(None)


# A rule set's regexes are read again on every build and reload, though few change. Room for
# several times the shipped rules' 11,812 readings: at 8,192 a reload read every one again.
NEEDS_CACHE = 32768


@lru_cache(maxsize=NEEDS_CACHE)
def needs(pattern: str, boundaries: bool = False) -> tuple[frozenset[str], ...] | None:
    """Sets of strings of which every match of an RE2 ``pattern`` holds one each, rarest
    first; None when the pattern cannot be read or has no atom worth looking for.

    With ``boundaries``, only matches in ``clean`` texts: a ``\\b`` beside a word character
    is read as the space it is there.
    """
    if boundaries and "\\b" not in pattern:
        return needs(pattern)  # read the same either way: read once
    if _RE2_ONLY.search(pattern):
        return None
    source = _END_OF_TEXT.sub(r"\1\\Z", pattern) if "\\z" in pattern else pattern
    try:
        info = _sequence(_parsed(source), boundaries)
        sets = [*info.sets, _edges(info.exact)] if info.exact is not None else list(info.sets)
    except (_Unreadable, re.error, RecursionError):
        return None
    # Rarity is judged on the fewest atoms: a set's longer atoms that start or end with
    # another (``and f this`` beside ``f this``) make it look common, yet add nothing.
    usable = sorted({_fewest(s) for s in sets if _long_enough(s)}, key=_cost)
    kept = usable[:1] + [s for s in usable[1:_KEPT] if _worth_checking(s)]
    return tuple(kept) or None


@lru_cache(maxsize=4096)
def _parsed(source: str) -> Any:
    """A regex's parse tree, read once for both readings."""
    parsed = tree(source)
    if parsed is None:
        parsed = _parser.parse(source)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
            raise _Unreadable
    return parsed


def _worth_checking(atoms: frozenset[str]) -> bool:
    """Whether a set past a regex's first narrows its candidates enough to look for: it must
    look rare, and hold no atom of common words alone (`` the ``): nearly every text has one,
    yet each is found many times a text, each time a turn of the matcher's loop."""
    return _cost(atoms)[0] <= _RARE and max(map(_atom_cost, atoms)) < _COMMON_ODDS


@lru_cache(maxsize=65536)
def _fewest(atoms: frozenset[str]) -> frozenset[str]:
    """The set without atoms that start or end with another of its atoms: a text holding
    ``dumb people`` holds ``dumb``, so the longer atom tells nothing more. A fifth fewer
    atoms in the shipped rules' automaton, and fewer found per text."""
    kept: list[str] = []
    for atom in sorted(atoms):  # an atom sorts right after those it starts with
        if not (kept and atom.startswith(kept[-1])):
            kept.append(atom)
    # Then the same spelled backwards, for atoms that end with another: sorted as their
    # reversals, each reversed once rather than once per comparison.
    fewest: list[str] = []
    for backwards in sorted([atom[::-1] for atom in kept]):
        if not (fewest and backwards.startswith(fewest[-1])):
            fewest.append(backwards)
    return frozenset([backwards[::-1] for backwards in fewest])


@lru_cache(maxsize=65536)
def _long_enough(atoms: frozenset[str]) -> bool:
    """Whether each atom of a set has ``_MIN_ATOM`` letters or more, as ``_letters`` counts
    them; counted only for atoms shorter than that without their edge spaces, as no other
    count less (``_letters`` is never below that length)."""
    if min(map(len, map(_strip_spaces, atoms))) >= _MIN_ATOM:
        return True
    return all(_letters(atom) >= _MIN_ATOM for atom in atoms if len(atom.strip(" ")) < _MIN_ATOM)


def _letters(atom: str) -> int:
    """An atom's length without its edge spaces, a symbol (rare in views) counting thrice, and
    one more for a whole word (spaces at both edges) unless a common one: `` af `` is about as
    rare as ``zap``, `` is `` is in most texts."""
    core = atom.strip(" ")
    whole = len(atom) - len(core) == 2 and atom[0] == " " and core not in _SHORT_COMMON
    return len(core) + 2 * len(_SYMBOLS.findall(core)) + whole


@lru_cache(maxsize=65536)
def _cost(atoms: frozenset[str]) -> tuple[float, int, str]:
    """How often a set is likely to have a string in a text: short and common words are in
    most."""
    return sum(map(_atom_cost, atoms)), len(atoms), min(atoms)


class _AtomCosts(dict[str, float]):
    """How likely an atom is in a text: its words' odds multiplied, as a phrase of common
    words (``you really are``) is far rarer than any one of them. Indexed by atom: a set's
    cost adds up its atoms' (``_cost``), a lookup each for the many shared by several sets.

    Every odd is a power of two (a common word's ½, another's ¼ a letter), so the product is
    2 to minus their exponents' sum, exactly as multiplied one by one.
    """

    def __missing__(self, atom: str) -> float:
        if len(self) > _ATOM_COSTS_KEPT:
            self.clear()
        exponent = 0
        for word in atom.split():
            exponent += _COMMON_BITS if word in _COMMON else 2 * len(word)
        cost = self[atom] = math.ldexp(1.0, -exponent)
        return cost


_ATOM_COSTS_KEPT = 1 << 20  # the shipped rules hold 150,000 atoms
_atom_cost = _AtomCosts().__getitem__


def _sequence(items: Sequence[tuple[Any, Any]], bounds: bool) -> _Info:
    """Concatenated parts, read once per shared tuple of ``regex_tree`` (a repeated group)."""
    if type(items) is not tuple:
        return _concatenation(items, bounds)
    if bounds and not _bounded(items):
        bounds = False  # read the same either way (most groups): read once
    read = _READ[bounds]
    known = read.get(items)
    if known is None:
        word = spelled(items)
        info = _concatenation(items, bounds) if word is None else _Info(frozenset((_spell(word),)))
        known = read.put(items, info)
    return known


# Whether each shared tuple of ``regex_tree`` holds a ``\\b`` anywhere.
_BOUNDED: Shared[bool] = Shared()


def _bounded(items: Sequence[tuple[Any, Any]]) -> bool:
    """Whether a sequence holds a word boundary, which alone reads differently in clean texts."""
    shared = type(items) is tuple
    if shared:
        known = _BOUNDED.get(items)
        if known is not None:
            return known
    found = any(_item_bounded(op, av) for op, av in items)
    return _BOUNDED.put(items, found) if shared else found


def _item_bounded(op: Any, av: Any) -> bool:
    """Whether one parsed item holds a word boundary."""
    if op is _c.AT:
        return av is _c.AT_BOUNDARY
    if op is _c.SUBPATTERN:
        return _bounded(av[3])
    if op is _c.BRANCH:
        if type(av[1]) is not tuple:
            return any(map(_bounded, av[1]))
        known = _BOUNDED.get(av)  # a shared alternation, asked each time it is read
        if known is None:
            known = _BOUNDED.put(av, any(map(_bounded, av[1])))
        return known
    if op in _REPEATS:
        return _bounded(av[2])
    return False


def _spell(literal: str) -> str:
    """Literal characters as a string; a regex spelling the boundary mark is left unread."""
    if _MARK in literal:
        raise _Unreadable
    return literal


def _settled(strings: set[str]) -> set[str]:
    """Concatenated strings with each boundary between two characters checked and dropped:
    one beside a single word character always holds, and needs nothing more; one between two
    word characters, or two others, never does, so that string cannot be matched. Boundaries
    at the ends stay, for what comes beside them to settle (``_edges``)."""
    if _MARK not in "".join(strings):
        return strings
    kept: set[str] = set()
    for string in strings:
        core = string.strip(_MARK)
        lead = _MARK if string[:1] == _MARK else ""
        trail = _MARK if string[-1:] == _MARK and core else ""
        if _MARK in core:
            inner = [piece for piece in core.split(_MARK) if piece]
            if any(
                (left[-1] in _RE2_WORD) == (right[0] in _RE2_WORD)
                for left, right in pairwise(inner)
            ):
                continue
            core = "".join(inner)
        kept.add(lead + core + trail)
    if not kept:
        raise _Unreadable  # the part never matches: rare enough to leave the regex unfiltered
    return kept


def _edges(strings: frozenset[str]) -> frozenset[str]:
    """Strings to look for, with the boundaries still at their ends read as a clean text has
    them: beside a word character, the space that is there (a clean text starts and ends with
    one); beside anything else, nothing known."""
    if not any(_MARK in string for string in strings):
        return strings
    out: set[str] = set()
    for string in strings:
        if string[:1] == _MARK:
            string = " " + string[1:] if string[1:2] in _RE2_WORD else string[1:]
        if string[-1:] == _MARK:
            string = string[:-1] + " " if string[-2:-1] in _RE2_WORD else string[:-1]
        out.add(string)
    return frozenset(out)


def _concatenation(items: Sequence[tuple[Any, Any]], bounds: bool) -> _Info:
    """Concatenated parts: exact sets multiplied while small, then kept as sets to hold.

    Read with ``bounds``, strings may hold boundaries, which ``_settled`` checks as they join
    and ``_edges`` reads once a set is kept.
    """
    if len(items) == 1 and items[0][0] is not _c.LITERAL:
        return _node(*items[0], bounds)  # a group of one part: the part, spelled or not
    exact: set[str] | None = {""}
    whole = True  # whether ``exact`` spells the parts from the first, not from a later one
    sets: list[frozenset[str]] = []
    at, size = 0, len(items)
    while at < size:
        op, av = items[at]
        at += 1
        if op is _c.LITERAL and exact is not None and len(exact) <= _LIMIT:
            # A run of literals multiplies ``exact`` by one string each: by their run at once.
            run = [chr(av)]
            while at < size and items[at][0] is _c.LITERAL:
                run.append(chr(items[at][1]))
                at += 1
            joined = _spell("".join(run))
            exact = {a + joined for a in exact}
            if bounds:
                exact = _settled(exact)
            continue
        part = _node(op, av, bounds)
        if exact is not None and part.exact is not None and len(exact) * len(part.exact) <= _LIMIT:
            exact = {a + b for a in exact for b in part.exact}
            if bounds:
                exact = _settled(exact)
            continue
        if exact is not None:
            _hold(sets, _beside(exact, "", next_char(items, at - 1, _class_chars), bounds))
        # What comes after a part not spelled out is held with the character before it, when
        # every match has the same one there (a space after ``(?:[^ ]+ ){0,2}``): " ears"
        # and not "ears", which "years" holds.
        exact = (
            None
            if part.exact is None
            else _beside(set(part.exact), last_char(items, at - 1, _class_chars), "", bounds)
        )
        whole = False
        if part.spelled is not None:
            _hold_spelled(sets, part, _neighbours(items, at - 1), bounds)
        else:
            sets.extend(part.sets)
    if exact is not None and whole:
        return _Info(frozenset(exact))
    if exact is not None:
        _hold(sets, exact)
    return _Info(None, tuple(sets))


def _neighbours(items: Sequence[tuple[Any, Any]], at: int) -> tuple[str, str]:
    """The characters every match has just before and just after ``items[at]``, or ""."""
    return last_char(items, at, _class_chars), next_char(items, at + 1, _class_chars)


def _hold_spelled(
    sets: list[frozenset[str]], part: _Info, neighbours: tuple[str, str], bounds: bool
) -> None:
    """Hold a spelled alternation's strings with the characters beside every match of it
    (`` son `` rather than ``son``, which ``reason`` holds); its own set where none are known
    or where they leave no string that can match."""
    assert part.spelled is not None
    try:
        held = _beside(set(part.spelled), *neighbours, bounds)
    except _Unreadable:
        held = set()
    if held and held != part.spelled:
        _hold(sets, held)
    else:
        sets.extend(part.sets)


def _beside(strings: set[str], before: str, after: str, bounds: bool) -> set[str]:
    """Strings with the character that comes before or after each of their matches."""
    if not (before or after) or "" in strings:
        return strings
    joined = {before + string + after for string in strings}
    return _settled(joined) if bounds else joined


def _hold(sets: list[frozenset[str]], exact: set[str]) -> None:
    """Keep the strings a part spells as a set every match holds one of, unless one is empty."""
    held = _edges(frozenset(exact))
    if "" not in held:
        sets.append(held)


def _node(op: Any, av: Any, bounds: bool) -> _Info:
    """One parsed node: a literal, class, group, alternation, repeat or zero-width assertion."""
    if op is _c.LITERAL:
        return _Info(frozenset({_spell(chr(av))}))
    if op is _c.AT:
        return _BOUNDARY if bounds and av is _c.AT_BOUNDARY else _EMPTY
    if op in _ANY_CHAR:
        return _ANYTHING
    if op is _c.IN:
        return _class(av)
    if op is _c.SUBPATTERN:
        _, add_flags, _, body = av
        if add_flags & (re.IGNORECASE | re.VERBOSE):
            raise _Unreadable
        return _sequence(body, bounds)
    if op is _c.BRANCH:
        if type(av[1]) is not tuple:
            return _branch([_sequence(body, bounds) for body in av[1]])
        if bounds and not _item_bounded(op, av):
            bounds = False
        read = _READ[bounds]
        known = read.get(av)
        if known is None:
            known = read.put(av, _shared_branch(av[1], bounds))
        return known
    if op in _REPEATS:
        low, high, body = av
        return _repeat(low, high, _sequence(body, bounds))
    raise _Unreadable  # look-arounds, back-references and the like: not RE2


def _class(items: Sequence[tuple[Any, Any]]) -> _Info:
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(_spell(chr(av)))
        elif op is _c.RANGE and av[1] - av[0] < _CLASS_LIMIT:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return _ANYTHING
    return _Info(frozenset(chars)) if len(chars) <= _CLASS_LIMIT else _ANYTHING


def _class_chars(items: Sequence[tuple[Any, Any]]) -> frozenset[str] | None:
    """The characters a class matches, as ``_class`` reads them; None when too many."""
    return _class(items).exact


def _shared_branch(options: Sequence[Any], bounds: bool) -> _Info:
    """A shared alternation of ``regex_tree``: read off the spellings when every option is a
    word of a group of words (most, and the longest), else option by option."""
    words = [spelled(body) for body in options]
    if None in words:
        return _branch([_sequence(body, bounds) for body in options])
    # What ``_branch`` makes of the words each read alone (``_sequence``), the same set built
    # the same way: a union of one-word sets.
    alone = [frozenset((_spell(word),)) for word in words if word is not None]
    return _branch_exact(frozenset().union(*alone))


def _branch(options: Sequence[_Info]) -> _Info:
    """Alternatives: their exact strings together, or else one set from each joined."""
    if all(o.exact is not None for o in options):
        return _branch_exact(frozenset().union(*(o.exact for o in options if o.exact is not None)))
    joined: set[str] = set()
    for option in options:
        sets = [_edges(option.exact)] if option.exact is not None else list(option.sets)
        held = [s for s in sets if "" not in s]
        if not held:
            return _ANYTHING
        best: frozenset[str] = held[0] if len(held) == 1 else min(held, key=_cost)
        joined.update(best)
    return _Info(None, (frozenset(joined),))


def _branch_exact(union: frozenset[str]) -> _Info:
    """Alternatives each spelled out: all their strings, or as a set to hold when too many."""
    if len(union) <= _LIMIT:
        return _Info(union)
    edged = _edges(union)
    return _ANYTHING if "" in edged else _Info(None, (edged,), union)


def _repeat(low: int, high: int, body: _Info) -> _Info:
    if low == high == 1:
        return body
    if low == 0:
        if high == 1 and body.exact is not None:
            return _Info(body.exact | {""})
        return _EMPTY if body.exact == _EMPTY.exact else _ANYTHING
    if body.exact is not None:
        held = _edges(body.exact)
        return _Info(None, (held,)) if "" not in held else _ANYTHING
    return _Info(None, body.sets)


class Prefilter:
    """The atoms of a list of regexes, and which regexes the atoms found in a text let through.

    ``atoms`` maps each atom to its marks, one bit for each set of a regex that holds it: the
    sets of regex ``i`` are bits ``i``, ``n + i``, ``2n + i``... for ``n`` regexes, its
    rarest set (the one that triggers it) first. A caller that already runs an automaton over
    the text adds the atoms as keys, ORs the marks of those found, and passes them to
    ``among``: an OR of Python ints per atom, and a few shifts for all regexes at once, cost
    far less than a union of sets and a test per regex.

    With ``boundaries`` the atoms hold only for ``clean`` texts, and are rarer there.
    """

    def __init__(self, patterns: Sequence[str], *, boundaries: bool = False) -> None:
        self.atoms: dict[str, int] = {}
        atoms, held = self.atoms, self.atoms.get  # bound once: a turn for each of 100,000s
        size = len(patterns)
        always = 0
        # Per set after the first, the regexes that have none there: they pass that plane.
        lacking = [(1 << size) - 1 for _ in range(_KEPT - 1)]
        for index, pattern in enumerate(patterns):
            sets = needs(pattern, boundaries) or ()
            if not sets:
                always |= 1 << index
            for number, atom_set in enumerate(sets):
                if number:
                    lacking[number - 1] &= ~(1 << index)
                bit = 1 << (number * size + index)
                for atom in atom_set:
                    atoms[atom] = held(atom, 0) | bit
        self._always = always
        self._regexes = (1 << size) - 1
        self._planes = [
            (number * size, missing)
            for number, missing in enumerate(lacking, start=1)
            if missing != self._regexes
        ]

    def among(self, held: int) -> int:
        """The regexes that may match a text whose atoms' marks OR to ``held``: bit ``i`` for
        regex ``i``."""
        triggered = held & self._regexes
        for shift, lacking in self._planes:
            triggered &= (held >> shift) | lacking
        return triggered | self._always


def clean(data: bytes) -> bool:
    """Whether a view text (its UTF-8) is padded and holds only RE2's word characters and
    spaces: there a ``\\b`` beside a word character is a space, as ``boundaries`` reads it."""
    return data[:1] == b" " and data[-1:] == b" " and not data.translate(None, _CLEAN_BYTES)


def indices(mask: int) -> list[int]:
    """The positions of a mask's set bits, lowest first, at two big-int operations a bit."""
    found: list[int] = []
    while mask:
        top = mask.bit_length() - 1
        found.append(top)
        mask ^= 1 << top
    found.reverse()
    return found
