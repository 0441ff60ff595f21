"""The regex prefilter never drops a regex that matches: every regex RE2 finds a match for in a
text is among the prefilter's candidates, on random texts and random patterns, and on every
shipped regex over generated phrases."""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path

import ahocorasick
import re2
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core import prefilter
from bot.core.matcher import compile_regex
from bot.core.prefilter import Prefilter, clean, indices, needs
from bot.rulesets import load_engine

SHIPPED = load_engine(Path(__file__).resolve().parents[2] / "rules")
SHIPPED_REGEXES = [
    compiled
    for patterns in (rule.regex for rule in SHIPPED.ruleset.rules)
    for compiled in map(compile_regex, patterns)
]
SHIPPED_PREFILTER = Prefilter([compiled.pattern for compiled in SHIPPED_REGEXES])


@cache
def _automaton(prefilter: Prefilter) -> ahocorasick.Automaton:
    """An automaton of the prefilter's atoms alone (the matcher adds them to its own)."""
    automaton = ahocorasick.Automaton()
    for atom, marks in prefilter.atoms.items():
        automaton.add_word(atom, marks)
    automaton.make_automaton()
    return automaton


def candidates(prefilter: Prefilter, text: str) -> list[int]:
    """The prefilter's candidates for ``text``, its atoms found as the matcher finds them."""
    if not prefilter.atoms:
        return indices(prefilter.among(0))
    held = 0
    for _, marks in _automaton(prefilter).iter(text):
        held |= marks
    return indices(prefilter.among(held))


LETTERS = "abcdeiouy *'"
WORD = st.sampled_from(["a", "b", "ab", "ba", "abc", "cab", "you", "idiot", "oui", "yo", "e"])

# Regex pieces in the syntax RE2 and Python share, plus what RE2 alone reads.
ATOM = st.one_of(
    st.sampled_from(list(LETTERS)).map(lambda c: c.replace("*", "\\*")),
    WORD,
    st.sampled_from(
        ["[ab]", "[a-e]", "[^ ]", "[^ ]+", ".", "\\w", "\\b", "\\s", "(?:^ ?)", "(?: ?\\z)"]
    ),
)


def _regex(depth: int) -> st.SearchStrategy[str]:
    if depth == 0:
        return ATOM
    inner = _regex(depth - 1)
    return st.one_of(
        inner,
        st.lists(inner, min_size=1, max_size=4).map("".join),
        st.lists(inner, min_size=2, max_size=4).map(lambda xs: "(?:" + "|".join(xs) + ")"),
        st.tuples(inner, st.sampled_from(["?", "*", "+", "{2}", "{1,3}", "{0,2}"])).map(
            lambda x: "(?:" + x[0] + ")" + x[1]
        ),
    )


PATTERN = _regex(3)
TEXT = st.lists(st.one_of(WORD, st.text(LETTERS, max_size=6)), max_size=12).map(" ".join)


def _matching(regexes: list[re2._Regexp], text: str) -> set[int]:
    data = text.encode()
    return {i for i, regex in enumerate(regexes) if regex.search(data) is not None}


@settings(max_examples=400, deadline=None)
@given(st.lists(PATTERN, min_size=1, max_size=6), st.lists(TEXT, min_size=1, max_size=5))
def test_every_matching_regex_is_a_candidate(patterns: list[str], texts: list[str]) -> None:
    prefilter = Prefilter(patterns)
    regexes = [re2.compile(pattern) for pattern in patterns]
    for text in texts:
        padded = f" {text} "
        assert _matching(regexes, padded) <= set(candidates(prefilter, padded))


# Phrase-shaped regexes, as rule phrases compile (words, optional words, choices, gaps),
# each drawn with a text it matches by construction.
WORDS = ["a", "b", "ab", "abc", "cab", "you", "idiot", "oui", "yo", "kill", "all"]


@st.composite
def _phrase_and_text(draw: st.DrawFn) -> tuple[str, str]:
    regex, text = [" "], [" "]
    for _ in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(["word", "optional", "choice", "gap"]))
        if kind == "word":
            word = draw(st.sampled_from(WORDS))
            regex.append(word + " ")
            text.append(word + " ")
        elif kind == "optional":
            word = draw(st.sampled_from(WORDS))
            regex.append(f"(?:{word} )?")
            text.append(draw(st.sampled_from([word + " ", ""])))
        elif kind == "choice":
            words = draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=3, unique=True))
            regex.append("(?:" + "|".join(words) + ") ")
            text.append(draw(st.sampled_from(words)) + " ")
        else:
            most = draw(st.integers(1, 2))
            regex.append(f"(?:[^ ]+ ){{0,{most}}}")
            gap = draw(st.lists(st.sampled_from(WORDS), max_size=most))
            text.append("".join(word + " " for word in gap))
    return "".join(regex), "".join(text)


@settings(max_examples=300, deadline=None)
@given(_phrase_and_text(), st.lists(WORD, max_size=3).map(" ".join))
def test_phrase_shaped_regexes_keep_every_match(phrase: tuple[str, str], before: str) -> None:
    pattern, matching = phrase
    text = f" {before}{matching}" if before else matching
    assert re2.compile(pattern).search(text.encode()) is not None
    assert candidates(Prefilter([pattern]), text) == [0]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "you",
                "are",
                "an",
                "idiot",
                "i",
                "will",
                "kill",
                "the",
                "women",
                "stupid",
                "people",
                "like",
                "go",
                "die",
                "f",
                "u",
                "hope",
                "shoot",
                "them",
                "all",
                "should",
                "be",
                "hanged",
            ]
        ),
        max_size=14,
    )
)
def test_shipped_regexes_keep_every_match(words: list[str]) -> None:
    text = " " + " ".join(words) + " "
    assert _matching(SHIPPED_REGEXES, text) <= set(candidates(SHIPPED_PREFILTER, text))


def test_shipped_examples_keep_every_match() -> None:
    for rule in SHIPPED.ruleset.rules:
        for example in rule.examples_match + rule.examples_no_match:
            text = " " + " ".join(example.lower().split()) + " "
            matching = _matching(SHIPPED_REGEXES, text)
            assert matching <= set(candidates(SHIPPED_PREFILTER, text)), (rule.id, example)


def test_atoms_are_the_strings_every_match_holds() -> None:
    # "you idiots" holds "you idiot", which holds "u idiot": an atom that starts or ends with
    # another of its set is dropped.
    assert needs(r"\b(?:you|u) (?:idiot|moron)s?\b") == (frozenset({"u idiot", "u moron"}),)
    assert needs(r"\b(?:ya|a) (?:big )?idiot\b") == (frozenset({"a idiot", "a big idiot"}),)
    # RE2's end of text is Python's \Z; an escaped backslash before a z is a literal one.
    assert needs(r"kill(?: ?\z)") == (frozenset({"kill"}),)
    assert needs(r"dir\\zed") == (frozenset({"dir\\zed"}),)
    # Words after a gap are a set of their own, never spelled on from before the gap (only
    # the space every match has before them).
    assert needs(r" kill (?:[^ ]+ ){0,1}moron ") == (frozenset({" moron "}), frozenset({" kill "}))
    # A set of common words only ("him", "her") is not worth looking for beside a rarer one.
    assert needs(r"\bkill (?:[^ ]+ ){0,2}(?:him|her)\b") == (frozenset({"kill "}),)


def test_a_short_whole_word_is_an_atom_unless_a_common_one() -> None:
    # After a gap, " af " is as rare as a three-letter word; " is " or " ok " is in most texts,
    # and "af" inside a word ("afraid") is common.
    assert needs(r" (?:is |so )(?:[^ ]+ ){0,1}af ") == (frozenset({" af "}),)
    assert needs(r" (?:is |so )(?:[^ ]+ ){0,1}ok ") is None
    assert needs(r"(?:is|so)(?:[^ ]+ ){0,1}af") is None


def test_unreadable_or_atomless_regexes_are_always_candidates() -> None:
    patterns = [r"\pL+", r"(?i)idiot", r"[[:alpha:]]{3}", r"\w+ \w+", r"idiot"]
    assert [needs(p) is None for p in patterns] == [True, True, True, True, False]
    prefilter = Prefilter(patterns)
    assert candidates(prefilter, " nothing here ") == [0, 1, 2, 3]
    assert candidates(prefilter, " an idiot ") == [0, 1, 2, 3, 4]


def test_no_regex_no_candidates() -> None:
    assert candidates(Prefilter([]), " anything ") == []


def test_a_regex_is_a_candidate_only_where_each_of_its_sets_has_an_atom() -> None:
    patterns = [
        r" kill (?:[^ ]+ ){0,1}moron ",  # two sets: " kill " and " moron "
        r" hang (?:[^ ]+ ){0,1}traitors (?:[^ ]+ ){0,1}tonight ",  # three
        r" idiot ",  # one
    ]
    assert [len(needs(p) or ()) for p in patterns] == [2, 3, 1]
    prefilter = Prefilter(patterns)
    assert candidates(prefilter, " kill them idiot ") == [2]
    assert candidates(prefilter, " moron kill ") == [0]
    assert candidates(prefilter, " hang traitors now ") == []
    assert candidates(prefilter, " tonight hang traitors ") == [1]


# Clean texts: padded, nothing but ASCII word characters and spaces, as most views are.
CLEAN_TEXT = st.lists(st.one_of(WORD, st.text("abcdeiouy", min_size=1, max_size=6)), max_size=12)


@settings(max_examples=400, deadline=None)
@given(st.lists(PATTERN, min_size=1, max_size=6), st.lists(CLEAN_TEXT, min_size=1, max_size=5))
def test_boundaries_keep_every_matching_regex_in_clean_texts(
    patterns: list[str], texts: list[list[str]]
) -> None:
    prefilter = Prefilter(patterns, boundaries=True)
    regexes = [re2.compile(pattern) for pattern in patterns]
    for words in texts:
        padded = " " + " ".join(words) + " " if words else " "
        assert clean(padded.encode())
        assert _matching(regexes, padded) <= set(candidates(prefilter, padded))


def test_a_boundary_beside_a_word_character_is_a_space_in_clean_texts() -> None:
    assert needs(r"\brat\b") == (frozenset({"rat"}),)
    assert needs(r"\brat\b", boundaries=True) == (frozenset({" rat "}),)
    # Beside a space a boundary needs nothing more.
    assert needs(r"rat\b (?:\bpig)", boundaries=True) == (frozenset({"rat pig"}),)
    prefilter = Prefilter([r"\brat\b"], boundaries=True)
    assert candidates(prefilter, " rather a rate ") == []
    assert candidates(prefilter, " a rat ") == [0]


def test_only_padded_ascii_word_texts_are_clean() -> None:
    assert clean(b" a rat 2 ")
    assert not clean(" a ratж ".encode())
    assert not clean(" a ratü ".encode())
    assert not clean(b" f*ck ")
    assert not clean(b"a rat ")


def test_words_after_a_gap_are_held_with_the_space_before_them() -> None:
    # Every match has a space before "ears" (after "rip " or a gap word's space): " ears" is
    # looked for, which "years" lacks; a gap that may end in anything tells nothing.
    assert needs(r"rip (?:[^ ]+ ){0,2}(?:ears|face)") == (
        frozenset({" ears", " face"}),
        frozenset({"rip "}),
    )
    assert needs(r"\b(?:you|u)(?: a| so)* (?:stupid|dumb)\b", boundaries=True) == (
        frozenset({" stupid ", " dumb "}),
    )
    assert needs(r"rip \w*(?:ears|face)") == (frozenset({"ears", "face"}), frozenset({"rip "}))
    prefilter = Prefilter([r"rip (?:[^ ]+ ){0,2}(?:ears|face)"])
    assert candidates(prefilter, " rip the last years ") == []
    assert candidates(prefilter, " rip his big ears ") == [0]


def test_a_later_set_of_a_common_word_alone_is_not_looked_for() -> None:
    # Nearly every text holds " the ": looking for it costs a turn of the matcher's loop each
    # time, and narrows nothing; " the idiots " is rare enough.
    assert needs(r" kill (?:[^ ]+ ){0,2}the (?:[^ ]+ ){0,2}idiots ") == (
        frozenset({" idiots "}),
        frozenset({" kill "}),
    )
    assert frozenset({" the idiots "}) in (needs(r" kill (?:[^ ]+ ){0,2}the idiots ") or ())


def test_a_choice_of_too_many_words_to_multiply_is_held_with_its_neighbours() -> None:
    # 200 words are past what sets multiply, yet each is spelled out: held with the spaces
    # every match has beside it, " son " is looked for, which "reason" lacks.
    words = ["son", "ex", *(f"kin{n}" for n in range(198))]
    pattern = r"your (?:[^ ]+ )?(?:" + "|".join(words) + r")(?: s)?(?: \w+){0,3} now"
    sets = needs(pattern) or ()
    assert frozenset(f" {word} " for word in words) in sets
    prefilter = Prefilter([pattern])
    assert candidates(prefilter, " for some reason your car went now ") == []
    for text in (" your ex left now ", " your old son s dog now ", " your kin7 now "):
        assert re2.compile(pattern).search(text.encode()) is not None
        assert candidates(prefilter, text) == [0]


def _needs_read_off_re_parser(patterns: list[str]) -> list[object]:
    """Both readings of each pattern from re._parser's own trees, shared by nothing: read
    part by part, without the memos and shortcuts of ``regex_tree``'s shared trees."""
    needs.cache_clear()
    prefilter._parsed.cache_clear()
    real_tree = prefilter.tree
    prefilter.tree = lambda source: None  # type: ignore[assignment]
    try:
        return [(needs(p), needs(p, True)) for p in patterns]
    finally:
        prefilter.tree = real_tree
        needs.cache_clear()
        prefilter._parsed.cache_clear()


def test_shared_trees_read_as_unshared_ones_on_shipped_regexes() -> None:
    # A sample (re._parser reads the longest phrase regexes slowly), the same every run.
    sample = sorted({compiled.pattern for compiled in SHIPPED_REGEXES})[::5]
    shared = [(needs(p), needs(p, True)) for p in sample]
    assert _needs_read_off_re_parser(sample) == shared
    assert sum(1 for general, _ in shared if general) > len(sample) // 2


@settings(max_examples=200, deadline=None)
@given(st.lists(PATTERN, min_size=1, max_size=4), st.lists(WORD, min_size=2, max_size=140))
def test_shared_trees_read_as_unshared_ones(patterns: list[str], words: list[str]) -> None:
    # Groups of words, few or past what sets multiply, beside generated parts.
    group = "(?:" + "|".join(dict.fromkeys(words)) + ")"
    patterns = [*patterns, *(f"{p} {group}\\b" for p in patterns), f"\\b{group} (?:x|{group})"]
    needs.cache_clear()
    prefilter._parsed.cache_clear()
    shared = [(needs(p), needs(p, True)) for p in patterns]
    assert _needs_read_off_re_parser(patterns) == shared


ATOM_TEXT = st.lists(
    st.sampled_from(["", "the", "you", "a", "is", "ab", "b!", "x_y", "idiot", "re"]), max_size=4
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.frozensets(st.one_of(ATOM_TEXT, ATOM_TEXT.map(lambda a: f" {a} ")), min_size=1))
def test_set_measures_keep_their_plain_definitions(atoms: frozenset[str]) -> None:
    # The measures as first written, before they were made cheaper to work out.
    for atom in atoms:
        odds = (0.5 if w in prefilter._COMMON else 4.0 ** -len(w) for w in atom.split() or [""])
        assert prefilter._atom_cost(atom) == math.prod(odds)
    shortest = min(len(atom.strip(" ")) for atom in atoms)
    letters = shortest if shortest >= 3 else min(map(prefilter._letters, atoms))
    assert prefilter._long_enough(atoms) == (letters >= 3)
    kept: list[str] = []
    for atom in sorted(atoms):
        if not (kept and atom.startswith(kept[-1])):
            kept.append(atom)
    fewest: list[str] = []
    for atom in sorted(kept, key=lambda a: a[::-1]):
        if not (fewest and atom.endswith(fewest[-1])):
            fewest.append(atom)
    assert prefilter._fewest(atoms) == frozenset(fewest)
    assert list(prefilter._fewest(atoms)) == list(frozenset(fewest))
