"""Match every term and regex of a rule set against a view text in one pass each.

Terms of all rules and all views go into ONE Aho-Corasick automaton; each entry remembers the
views whose normalisation produced its key, so a message whose views are all the same text is
scanned once. Keys carry the boundary spaces of the padded views, so a term only ever
matches whole words (``ass`` never fires inside ``class``); a ``*`` at either end of a term
drops that boundary. Regexes run in RE2 (linear time) behind a prefilter (``prefilter``) that
finds the literal atoms each regex's matches must hold in one Aho-Corasick pass, and lets RE2
run only the regexes whose atoms are there. The same passes tell, through sentinel patterns
and keys, whether a folded view needs the collapsed and squeezed views.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any, NamedTuple

import ahocorasick
import re2

from bot.core.anchors import anchored, starts_only
from bot.core.errors import RuleError
from bot.core.normalize import LETTER_RUN, MAYBE_SINGLE_LETTERS, ORDER, View
from bot.core.offsets import views_of
from bot.core.prefilter import Prefilter, clean, indices
from bot.core.reach import reaches
from bot.core.regex_spans import UNANCHORED, first_span, spans_from
from bot.core.rules import Rule
from bot.core.squeezed_regex import squeezed_regex
from bot.core.symbols import SymbolTerms, symbol_term
from bot.core.unmask import MASKS, is_listed

__all__ = [
    "MADE_PER_RULE",
    "Match",
    "Matcher",
    "Scan",
    "compile_regex",
    "not_allowed",
    "view_mask",
]

_PLAIN_TERM = re.compile(r"[\w\s'\-.]+")


def _re2_options(*, longest: bool) -> re2.Options:
    """RE2's options for rule regexes: quiet, 8 MB each, leftmost-first or leftmost-longest."""
    options = re2.Options()
    options.log_errors = False
    options.max_mem = 8 << 20
    options.longest_match = longest
    return options


_RE2_OPTIONS = _re2_options(longest=False)
# A context's phrases are alternatives ("chanting" or "chanting that they'll"): leftmost-first
# would stop at the first listed, and the words it reaches start from there, short of a hit
# the longer phrase is within reach of. A context takes the longest phrase at each start.
_RE2_LONGEST = _re2_options(longest=True)
_BIT = {view: 1 << i for i, view in enumerate(ORDER)}
# Sentinels flag a folded view that needs the collapsed or squeezed view, as
# ``normalize.more_views`` checks it: a letter three times over (`fuuuck`), keys in the
# automaton, and a run of three single letters (`f u c k`, or `k 1 l l` with a leet digit:
# ``normalize.MAYBE_SINGLE_LETTERS``), a regex run only where the automaton found two single
# letters in a row (most posts have none; every run the regex finds has two).
_SINGLE_LETTERS = re2.compile(MAYBE_SINGLE_LETTERS.pattern, _RE2_OPTIONS)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_RUN_KEYS = tuple(letter * 3 for letter in _LETTERS)
_PAIR_KEYS = tuple(f" {first} {second} " for first in _LETTERS for second in _LETTERS)
_ALL_VIEWS = (1 << len(ORDER)) - 1
_SENTINEL, _MAYBE_SINGLE = -1, -2
# Which hits an allow-list regex cancels: those it overlaps, or (contexts) those that start
# after it starts, or end before it ends.
_Side = int
_OVERLAP, _BEFORE, _AFTER = 0, 1, 2
# Matches made per rule and view text before further ones are only counted. Only for rules
# without allow lists, outside the squeezed view: there every match is a hit of its rule
# (a new place or a repeat of one), so what is left out cannot change the verdict.
MADE_PER_RULE = 20
_SQUEEZED = 1 << ORDER.index(View.SQUEEZED)
_UNSQUEEZED = _ALL_VIEWS & ~_SQUEEZED


class Match(NamedTuple):
    """A raw match in view coordinates, before mapping back to the original text.

    A named tuple, not a dataclass: matches are made per message, and tuples cost the least.
    """

    rule: int
    start: int
    end: int
    view: View


# Where a view's sentences after the first start: the offset of the space before each one's
# first word, in order (``bot.core.sentences``).
SentenceStarts = Callable[[], Sequence[int]]


class Guards(NamedTuple):
    """A view's context matches that may cancel hits (``bot.core.guards``): ``before`` and
    ``after`` contexts, each spanning its phrase and the words it reaches."""

    before: list[Match]
    after: list[Match]


class Scan(NamedTuple):
    """What one view text holds: matches made, whether the collapsed and squeezed views are
    needed, per rule the matches counted but not made (``MADE_PER_RULE``), the contexts
    that may cancel some of the matches once they are placed in sentences, and the view."""

    matches: list[Match]
    needs_more: bool
    counted: dict[int, int]
    guards: Guards | None = None
    view: View = View.PLAIN  # the lightest view whose text was scanned
    # A heavier view's allowed matches, to cancel in the lighter views (``cancels``).
    allowed: list[Match] | None = None


@dataclass(frozen=True, slots=True)
class _Entry:
    rule: int
    allow: bool
    wild_left: bool
    wild_right: bool
    views: int
    counts_only: bool = False


class Matcher:
    """Compiled terms and regexes of a list of rules; raises RuleError lists at build."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.errors: list[RuleError] = []
        self._symbols = SymbolTerms(MADE_PER_RULE)
        self._regexes: list[tuple[int, re2._Regexp]] = []
        # A bit per regex anchored to the text's start and not its end (``^kill him``): such a
        # regex also runs on each sentence of a view, as each starts like a text. One anchored
        # at both ends (``^you've been warned$``) means a post that says only that, which a
        # sentence of a longer post does not.
        self._anchored = 0
        # Allow-list regexes by rule, with their side and their number among the prefilter's
        # patterns: they run only for rules that hit, where the prefilter found their atoms.
        self._allow_regexes: dict[int, list[tuple[re2._Regexp, _Side, int]]] = {}
        # Rules whose matches, past MADE_PER_RULE, are only counted: those without allow lists
        # (an allowed match, or a quoted one, is no hit, so later matches must still be made).
        countable = [
            not (rule.unless or _allow_lists(rule) or rule.unless_quoted) for rule in rules
        ]
        entries: dict[str, dict[tuple[int, bool, bool, bool], int]] = {}
        for index, rule in enumerate(rules):
            for term in rule.words:
                self._add_term(entries, index, rule, term, allow=False)
            for term in rule.unless:
                self._add_term(entries, index, rule, term, allow=True)
            for pattern in rule.regex:
                self._add_regex(index, rule, pattern, allow=False)
            for side, patterns in enumerate(_allow_lists(rule)):
                for pattern in patterns:
                    self._add_regex(index, rule, pattern, allow=True, side=_Side(side))
        for sentinel, keys in ((_SENTINEL, _RUN_KEYS), (_MAYBE_SINGLE, _PAIR_KEYS)):
            for key in keys:
                entries.setdefault(key, {})[(sentinel, False, True, True)] = _ALL_VIEWS
        prefiltered = [compiled.pattern for _, compiled in self._regexes]
        # Per rule, the prefilter's bits of its allow-list regexes: a rule none of whose
        # atoms a text holds is passed over with one AND.
        self._allow_bits: dict[int, int] = {}
        for owner, listed in self._allow_regexes.items():
            for number, (compiled, side, _) in enumerate(listed):
                listed[number] = (compiled, side, len(prefiltered))
                self._allow_bits[owner] = self._allow_bits.get(owner, 0) | 1 << len(prefiltered)
                prefiltered.append(compiled.pattern)
        # Two readings of the regexes, each in an automaton with the terms: one pass of the
        # one that fits a view text finds its terms and atoms. A clean text (most) reads
        # ``\b`` as a space and lets far fewer regexes through.
        self._prefilters = (Prefilter(prefiltered), Prefilter(prefiltered, boundaries=True))
        # RE2's own search of each regex, bound once: the engine's most frequent call.
        self._searches = [compiled._regexp.Match for _, compiled in self._regexes]
        # The prefilter's bits for the rules' own regexes; those past them are allow lists'.
        self._regex_bits = (1 << len(self._regexes)) - 1
        values = {
            key: tuple(
                _Entry(r, a, wl, wr, views, r >= 0 and countable[r])
                for (r, a, wl, wr), views in by_entry.items()
            )
            for key, by_entry in entries.items()
        }
        self._automata = tuple(_automaton(values, p.atoms) for p in self._prefilters)
        self._countable = countable
        self._allow_of = self._allow_regexes.__getitem__
        self._squeezed = _SqueezedRegexes(self._regexes, self._allow_regexes, self._prefilters)

    def _add_term(
        self,
        entries: dict[str, dict[tuple[int, bool, bool, bool], int]],
        index: int,
        rule: Rule,
        term: str,
        *,
        allow: bool,
    ) -> None:
        wild_left, wild_right = term.startswith("*"), term.endswith("*")
        core = term.strip("*").strip()
        symbol = None if allow or wild_left or wild_right else symbol_term(core)
        if symbol is not None:
            self._symbols.add(symbol, index)
            return
        keys = [(view, key) for view, key in views_of(core) if key]
        if not core or not keys:
            what = "allow-list entry" if allow else "term"
            self.errors.append(
                RuleError(f"{what} {term!r} has no letters or digits", rule.source, rule.id)
            )
            return
        folded = dict(keys).get(View.FOLDED, "")
        read = _read_as(core, folded)
        if read is not None:
            self.errors.append(
                RuleError(
                    f"term {term!r} reads as {read!r}: the engine reads a masked word in a post "
                    "as the word that fits it, so list that word itself, or rebuild "
                    "bot/core/unmask_words.py (benchmarks/build_unmask_words.py) to keep the "
                    "mask for this term",
                    rule.source,
                    rule.id,
                )
            )
            return
        if not MASKS.isdisjoint(core) and MASKS.isdisjoint(folded):
            # Read as a list word (`f*ck` as `fuck`): that word written out is the term too.
            keys.append((View.PLAIN, folded))
        for view, key in keys:
            if view is View.PLAIN and key != folded and not _PLAIN_TERM.fullmatch(core):
                continue
            full = ("" if wild_left else " ") + key + ("" if wild_right else " ")
            slot = entries.setdefault(full, {})
            ident = (index, allow, wild_left, wild_right)
            slot[ident] = slot.get(ident, 0) | _BIT[view]

    def _add_regex(
        self, index: int, rule: Rule, pattern: str, *, allow: bool, side: _Side = 0
    ) -> None:
        try:
            compiled = compile_regex(pattern, longest=side != _OVERLAP)
        except ValueError as exc:
            message = f"in unless_regex, {exc}" if allow else str(exc)
            self.errors.append(RuleError(message, rule.source, rule.id))
            return
        if allow:
            self._allow_regexes.setdefault(index, []).append((compiled, side, -1))
        else:
            if starts_only(compiled.pattern):
                self._anchored |= 1 << len(self._regexes)
            self._regexes.append((index, compiled))

    def symbol_scan(self, text: str) -> Scan | None:
        """Matches of the symbol terms (emoji) in ``text`` as written, at its own offsets in
        the plain view's name; None when there are none."""
        found, counted = self._symbols.find(text)
        if not found:
            return None
        return Scan(
            [Match(rule, start, end, View.PLAIN) for rule, start, end in found], False, counted
        )

    def scan(self, text: str, views: Iterable[View]) -> Scan:
        """Matches in ``text``, which every view in ``views`` produced; allow lists applied."""
        return self.scan_view(text, text.encode(), view_mask(*views))

    def scan_view(
        self, text: str, data: bytes, mask: int, starts: SentenceStarts | None = None
    ) -> Scan:
        """Matches in a view text (``data`` is its UTF-8) that the views in ``mask`` produced.

        Allow lists are applied. ``needs_more`` says whether the text has runs of single
        letters or of one letter, which only the collapsed and squeezed views handle.
        ``starts`` gives where the view's later sentences start, asked only when a regex
        anchored to a text's start and not its end (``^kill him``) is a candidate.
        """
        hits: list[Match] = []
        allowed: list[Match] = []
        needs_more = maybe_single = False
        words: _Words | None = None  # the word around wildcard matches, remembered
        made = [0] * len(self._countable)
        counted: dict[int, int] = {}
        held = 0  # the marks of the prefilter's atoms found
        reading = clean(data)
        for end, value in self._automata[reading].iter(text):
            if value.__class__ is int:
                held |= value
                continue
            length, entries, marks = value
            held |= marks
            for entry in entries:
                if entry.rule < 0:
                    needs_more = needs_more or entry.rule == _SENTINEL
                    maybe_single = maybe_single or entry.rule == _MAYBE_SINGLE
                    continue
                shared = entry.views & mask
                if not shared:
                    continue
                if entry.counts_only and shared & _UNSQUEEZED:
                    if made[entry.rule] >= MADE_PER_RULE:
                        counted[entry.rule] = counted.get(entry.rule, 0) + 1
                        continue
                    made[entry.rule] += 1
                if entry.wild_left or entry.wild_right:
                    words = words or _Words(text)
                    found = _term_match(words, end + 1 - length, end + 1, entry, shared)
                else:  # the key without its boundary spaces, inline: the common case
                    found = Match(entry.rule, end + 2 - length, end, _LIGHTEST[shared])
                (allowed if entry.allow else hits).append(found)
        if maybe_single and not needs_more:
            needs_more = first_span(_SINGLE_LETTERS, data) is not None
        regexes_of, searches, allow_of = self._regexes, self._searches, self._allow_of
        if mask == _SQUEEZED:
            # Regexes spell `will kill`, the squeezed view `wil kil`: its own atoms and regexes.
            squeezed = self._squeezed
            which = self._prefilters[reading].among(squeezed.held(text, reading))
            squeezed.compile(which & self._regex_bits)
            regexes_of, searches, allow_of = squeezed.own, squeezed.searches, squeezed.allowed
        else:
            which = self._prefilters[reading].among(held)
        regexes = which & self._regex_bits
        if regexes:
            into = _Found(hits, made, counted)
            self._regex_matches(text, data, indices(regexes), mask, into, regexes_of, searches)
            anchored = regexes & self._anchored
            if anchored and starts is not None:
                self._sentence_matches(indices(anchored), mask, into, _Slices(text, starts))
        guards = None
        if hits and which > self._regex_bits:
            sides: tuple[list[Match], list[Match], list[Match]] = (allowed, [], [])
            self._allow_matches(text, data, mask, hits, sides, which, allow_of)
            if sides[_BEFORE] or sides[_AFTER]:
                guards = Guards(sides[_BEFORE], sides[_AFTER])
        view = _LIGHTEST[mask]
        if view is View.PLAIN:
            if allowed and hits:
                hits = not_allowed(hits, allowed)
            return Scan(hits, needs_more, counted, guards if hits else None)
        # A heavier view's contexts and allowed matches cancel in the lighter views too
        # (``cancels``), whatever is left of its own matches.
        if allowed and hits:
            hits = not_allowed(hits, allowed)
        return Scan(hits, needs_more, counted, guards, view, allowed or None)

    def _regex_matches(
        self,
        text: str,
        data: bytes,
        which: Sequence[int],
        mask: int,
        found: _Found,
        regexes: Sequence[tuple[int, re2._Regexp]],
        searches: Sequence[Callable[..., Any]],
    ) -> None:
        """Add matches of the regexes the prefilter let through to ``found``; RE2 gets UTF-8.
        ``regexes`` (and their bound ``searches``) are the rules' own, or as the squeezed view
        spells them."""
        to_char = None if len(data) == len(text) else _CharOffsets(data)
        view = _LIGHTEST[mask]
        size = len(data)
        for index in which:
            # Most candidates match nothing: one call into RE2 tells, with no Python between.
            first, last = searches[index](UNANCHORED, data, 0, size)[0]
            if first < 0:
                continue
            rule, compiled = regexes[index]
            spans = spans_from(compiled, data, first, last)
            _add(found, rule, mask, view, text, to_char, spans, 0, self._countable)

    def _sentence_matches(
        self, which: Sequence[int], mask: int, found: _Found, slices: _Slices
    ) -> None:
        """Add the matches of start-anchored regexes at the start of each later sentence.

        Only a match at a sentence's start is new: ``_regex_matches`` finds the rest. Each
        sentence gets an unanchored search, not ANCHOR_START, which RE2 runs some regexes
        forty times slower with.
        """
        view, countable = _LIGHTEST[mask], self._countable
        for index in which:
            rule, search = self._regexes[index][0], self._searches[index]
            for offset, part, part_data, part_to_char in slices.parts():
                span = search(UNANCHORED, part_data, 0, len(part_data))[0]
                if span[0] == 0:
                    _add(found, rule, mask, view, part, part_to_char, [span], offset, countable)

    def _allow_matches(
        self,
        text: str,
        data: bytes,
        mask: int,
        hits: list[Match],
        sides: tuple[list[Match], list[Match], list[Match]],
        present: int,
        allow_of: Callable[[int], list[tuple[re2._Regexp, _Side, int]]],
    ) -> None:
        """Add matches of the allow-list regexes of the rules that hit to ``sides``: those that
        cancel the hits they overlap, and the ``before`` and ``after`` contexts, which cancel
        hits once ``bot.core.guards`` has cut them at sentence ends.

        They run only for rules with hits, and only where the prefilter found their atoms
        (``present``, a bit per prefiltered regex): most posts hit nothing, and a context
        regex (a phrase and the words around it, repeated for each rule using it) costs a call
        into RE2 each.
        """
        ascii_only = len(data) == len(text)
        view = _LIGHTEST[mask]
        allow_bits = self._allow_bits
        for rule in {hit.rule for hit in hits}:
            if not present & allow_bits.get(rule, 0):
                continue
            for compiled, side, number in allow_of(rule):
                if not present >> number & 1:
                    continue
                into = sides[side]
                to_char = None if ascii_only else _CharOffsets(data)
                for start, end in _word_starts_matches(compiled, data):
                    if to_char is not None:
                        # Starts only grow; a match's end is its start plus its own length.
                        end = to_char(start) + len(data[start:end].decode(errors="ignore"))
                        start = to_char(start)
                    if start < end and (text[start] == " " or text[end - 1] == " "):
                        start, end = _trim(text, start, end)
                    if start < end:
                        into.append(Match(rule, start, end, view))


def _automaton(
    values: dict[str, tuple[_Entry, ...]], atoms: dict[str, int]
) -> ahocorasick.Automaton:
    """One automaton of the terms' keys and a prefilter's atoms: an atom alone (the most
    found key) has its marks as its value; a key with entries, its length, entries and marks."""
    automaton = ahocorasick.Automaton()
    for key, marks in atoms.items():
        if key not in values:
            automaton.add_word(key, marks)
    for key, value in values.items():
        automaton.add_word(key, (len(key), value, atoms.get(key, 0)))
    automaton.make_automaton()
    return automaton


def _word_starts_matches(compiled: re2._Regexp, data: bytes) -> Iterator[tuple[int, int]]:
    """A match from each word where one starts, not only non-overlapping ones.

    A context regex (a cue and the words after it) must not swallow a closer cue: in "the
    report quotes a post that said X", the match from "the report" stops short of X, and
    ``finditer`` would resume after it, past "said". Each search resumes at the next word
    after the last match's start; a search reads on only to its match's end, so the whole
    stays linear in the text for the bounded contexts rules compile to.
    """
    pos = 0
    while (span := first_span(compiled, data, pos)) is not None:
        start, end = span
        if start < end:
            yield start, end
        pos = data.find(b" ", start + 1)
        if pos < 0:
            return


# A rule set's regexes are compiled when the loader checks them and again by the matcher, and
# again on each reload though few change: a compiled regex is immutable, so keep the recent ones.
# Room for several times the shipped rules' 4,624: at 4,096 they evicted one another, and a
# reload of unchanged rules compiled every regex again (13.4 s against 4.6 s).
REGEX_CACHE = 16384


@lru_cache(maxsize=REGEX_CACHE)
def compile_regex(pattern: str, *, longest: bool = False) -> re2._Regexp:
    """A rule regex compiled by RE2 (``longest``: leftmost-longest, for a context); ValueError
    saying why when RE2 rejects it."""
    try:
        return re2.compile(anchored(pattern), _RE2_LONGEST if longest else _RE2_OPTIONS)
    except re2.error as exc:
        reason = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else exc
        raise ValueError(f"regex {pattern!r} rejected by RE2: {reason}") from exc


def view_mask(*views: View) -> int:
    """The bit mask a matcher uses for a set of views."""
    mask = 0
    for view in views:
        mask |= _BIT[view]
    return mask


@dataclass(slots=True)
class _Found:
    """Where one view's regex matches go: hits, and per rule the matches made and those only
    counted."""

    hits: list[Match]
    made: list[int]
    counted: dict[int, int]


# A sentence of a view: its offset in the view, its text, UTF-8 and byte-to-character map.
_Part = tuple[int, str, bytes, "_CharOffsets | None"]


class _Slices:
    """A view's sentences after the first, each as a padded view of its own (`` w1 w2 ``)
    with its offset in the view: cut once, on first use, from where ``starts`` says they
    start (the space before their first word)."""

    __slots__ = ("_parts", "_starts", "_text")

    def __init__(self, text: str, starts: SentenceStarts) -> None:
        self._text = text
        self._starts = starts
        self._parts: list[_Part] | None = None

    def parts(self) -> list[_Part]:
        """Each later sentence: its offset, text, UTF-8 and byte-to-character map (None if
        ASCII); none when the view has one sentence."""
        if self._parts is None:
            cuts = [*self._starts(), len(self._text) - 1]
            self._parts = []
            if len(cuts) > 1:
                for start, end in pairwise(cuts):
                    part = self._text[start : end + 1]
                    data = part.encode()
                    to_char = None if len(data) == len(part) else _CharOffsets(data)
                    self._parts.append((start, part, data, to_char))
        return self._parts


def _read_as(core: str, folded: str) -> str | None:
    """The word a masked term reads as in the folded view, when it is no list word: a term
    `sp*c` read as `spec` would flag every `spec` (``unmask``)."""
    if MASKS.isdisjoint(core) or not MASKS.isdisjoint(folded):
        return None
    read = [word for word in folded.split() if not is_listed(word)]
    return " ".join(read) if read else None


class _SqueezedRegexes:
    """The rules' regexes and allow-list regexes as the squeezed view spells them
    (``squeezed_regex``), numbered as the rules' own, behind the rules' own prefilter.

    The prefilter's atoms are looked for as the squeezed view spells them (`kill` as `kil`),
    each with the marks of every atom spelt so: a text a squeezed regex matches holds the
    squeezed atoms its own regex needs, so no candidate is lost. Only a post with a
    stretched letter has a squeezed view, so that is a pass of its own, made only then; and
    each regex is spelt and compiled the first time it is a candidate, since most never are
    (spelling and compiling all of the shipped ones would add seconds to each load and about
    120 MB, and a prefilter of their own twice that).
    """

    def __init__(
        self,
        regexes: list[tuple[int, re2._Regexp]],
        allow: dict[int, list[tuple[re2._Regexp, _Side, int]]],
        prefilters: Sequence[Prefilter],
    ) -> None:
        self.own: list[tuple[int, re2._Regexp]] = list(regexes)
        self.searches = [compiled._regexp.Match for _, compiled in regexes]
        self._made = [False] * len(regexes)
        self._allow = allow
        self._allowed: dict[int, list[tuple[re2._Regexp, _Side, int]]] = {}
        self._automaton = _squeezed_atoms([p.atoms for p in prefilters])

    def held(self, text: str, reading: int) -> int:
        """The marks of the atoms ``text`` holds as the squeezed view spells them, for the
        rules' prefilter of ``reading``."""
        held = 0
        automaton = self._automaton
        if automaton is not None:
            for _, marks in automaton.iter(text):
                held |= marks[reading]
        return held

    def compile(self, which: int) -> None:
        """Make ``own`` and ``searches`` hold the regexes in ``which`` in the squeezed
        spelling, compiling those not compiled yet."""
        for index in indices(which):
            if not self._made[index]:
                rule, own = self.own[index]
                compiled = _squeezed_compiled(own)
                self.own[index] = (rule, compiled)
                self.searches[index] = compiled._regexp.Match
                self._made[index] = True

    def allowed(self, rule: int) -> list[tuple[re2._Regexp, _Side, int]]:
        """A rule's allow-list regexes in the squeezed spelling, compiled on first use."""
        listed = self._allowed.get(rule)
        if listed is None:
            listed = [
                (_squeezed_compiled(compiled), side, number)
                for compiled, side, number in self._allow[rule]
            ]
            self._allowed[rule] = listed
        return listed


def _squeezed_atoms(readings: list[dict[str, int]]) -> ahocorasick.Automaton | None:
    """One automaton of the atoms of the prefilters of each reading, as the squeezed view
    spells them, each with the marks of every atom spelt so, per reading (one automaton, not
    one per reading: they share most of their 135,000 atoms); None when there are none."""
    spelt: dict[str, list[int]] = {}
    for reading, atoms in enumerate(readings):
        for atom, marks in atoms.items():
            key = LETTER_RUN.sub(r"\1", atom)
            held = spelt.setdefault(key, [0] * len(readings))
            # The atom's own marks where no other is spelt the same: no new number to keep.
            held[reading] = held[reading] | marks if held[reading] else marks
    if not spelt:
        return None
    automaton = ahocorasick.Automaton()
    for key, per_reading in spelt.items():
        automaton.add_word(key, tuple(per_reading))
    automaton.make_automaton()
    return automaton


def _squeezed_compiled(compiled: re2._Regexp) -> re2._Regexp:
    spelt = squeezed_regex(compiled.pattern)
    return compiled if spelt == compiled.pattern else re2.compile(spelt, compiled.options)


def _add(
    found: _Found,
    rule: int,
    mask: int,
    view: View,
    text: str,
    to_char: _CharOffsets | None,
    spans: list[tuple[int, int]],
    offset: int,
    countable: list[bool],
) -> None:
    """Add a regex's matches in ``text`` (RE2's byte spans) at ``offset`` in the view."""
    capped = countable[rule] and bool(mask & _UNSQUEEZED)
    for start, end in spans:
        if start == end:
            continue
        if capped and found.made[rule] >= MADE_PER_RULE:
            found.counted[rule] = found.counted.get(rule, 0) + 1
            continue
        if to_char is not None:
            start, end = to_char(start), to_char(end)
        if start < end and (text[start] == " " or text[end - 1] == " "):
            start, end = _trim(text, start, end)
        if start < end:
            found.hits.append(Match(rule, offset + start, offset + end, view))
            found.made[rule] += capped


class _CharOffsets:
    """Character offsets of byte offsets into non-ASCII UTF-8, counted on from the last one.

    A regex's matches come in order, so each byte is counted about once per regex, not once
    per match. After an empty match RE2's iterator steps one byte, which can land inside a
    character; such offsets count the whole characters before them.
    """

    __slots__ = ("_byte", "_char", "_data")

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._byte = self._char = 0

    def __call__(self, offset: int) -> int:
        if offset < self._byte:
            self._byte = self._char = 0
        chunk = self._data[self._byte : offset]
        self._char += len(chunk) - len(chunk.translate(None, _LEAD_BYTES))
        self._byte = offset
        inside = offset < len(self._data) and 0x80 <= self._data[offset] < 0xC0
        return self._char - inside


# Every byte that starts a UTF-8 character: deleting them leaves the continuation bytes.
_LEAD_BYTES = bytes(b for b in range(256) if not 0x80 <= b < 0xC0)


class _Words:
    """The word around a position of a view text, remembered while matches stay inside it.

    Wildcard terms widen to the whole word; a long word holding many matches is searched
    for its ends once, not once per match.
    """

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._start = self._end = 0

    def around(self, at: int) -> tuple[int, int]:
        """Start and end of the word holding the character at ``at``."""
        if not self._start <= at < self._end:
            self._start = self._text.rfind(" ", 0, at) + 1
            end = self._text.find(" ", at)
            self._end = len(self._text) if end < 0 else end
        return self._start, self._end


def _term_match(words: _Words, start: int, end: int, entry: _Entry, views: int) -> Match:
    """Drop boundary spaces from a key's span; widen wildcard ends to the whole word."""
    start = words.around(start)[0] if entry.wild_left else start + 1
    end = words.around(end - 1)[1] if entry.wild_right else end - 1
    return Match(entry.rule, start, end, _LIGHTEST[views])


def _lightest_of(mask: int) -> View:
    return next(view for view in ORDER if mask & _BIT[view])


# The lightest view of each non-empty mask, looked up rather than searched per match.
_LIGHTEST = [ORDER[0], *(_lightest_of(mask) for mask in range(1, 1 << len(ORDER)))]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] == " ":
        start += 1
    while end > start and text[end - 1] == " ":
        end -= 1
    return start, end


def not_allowed(hits: list[Match], allowed: list[Match]) -> list[Match]:
    """Hits that overlap no allowed match of their rule: one sort and a bisection per hit."""
    spans = reaches((rule, start, end) for rule, start, end, _ in allowed)
    kept: list[Match] = []
    for hit in hits:
        reach = spans.get(hit.rule)
        if reach is None or not reach.overlaps(hit.start, hit.end):
            kept.append(hit)
    return kept


def _allow_lists(rule: Rule) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """A rule's allow-list regexes by side: overlap, ``before`` context, ``after`` context."""
    return rule.unless_regex, rule.context_before, rule.context_after
