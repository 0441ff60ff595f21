"""Anchors in rule regexes mean the start and end of the text, though views are padded; a
start anchor alone also means the start of each sentence."""

from __future__ import annotations

import pytest
import re2
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from bot.core.anchors import anchored
from bot.core.engine import Engine
from bot.core.rules import Action, Guideline, Rule, RuleSet, Source


def fires(pattern: str, text: str) -> bool:
    """Whether the engine finds the regex in a text (through every view, as in production)."""
    rule = Rule(
        id="r",
        guideline="g",
        action=Action.FLAG,
        regex=(pattern,),
        source=Source("g.yaml", 1),
    )
    engine = Engine(RuleSet((Guideline("g", "G", "g", (rule,)),)))
    return bool(engine.check_text(text))


def _longest(pattern: str) -> re2._Regexp:
    options = re2.Options()
    options.longest_match = True
    return re2.compile(pattern, options)


def matches_somewhere(compiled: re2._Regexp, text: str) -> bool:
    """Whether some match, boundary spaces trimmed, is non-empty: the longest match at each
    start, so an empty match (``^`` in ``(?:^|a)``) cannot hide a longer one."""
    for start in range(len(text)):
        found = compiled.match(text, start)
        if found is not None and found.group().strip(" "):
            return True
    return False


def hits_on_padded(pattern: str, text: str) -> bool:
    """Whether the rewritten regex matches a padded view of the text."""
    return matches_somewhere(_longest(anchored(pattern)), f" {text} ")


def hits_on_text(pattern: str, text: str) -> bool:
    """Whether the regex as written matches the bare text."""
    return matches_somewhere(_longest(pattern), text)


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        ("^buy now$", "Buy now!", True),
        ("^buy now$", "please buy now", False),
        ("^buy now$", "buy now or never", False),
        ("\\Abuy\\z", "buy", True),
        ("\\Abuy\\z", "buy it", False),
        ("^(?:buy|sell)|free$", "get it free", True),
        ("^(?:buy|sell)|free$", "free stuff to sell", False),
        ("(?m)^buy", "line one buy", False),  # views have no lines
        # A start anchor alone also holds where a sentence starts; with an end anchor too, a
        # regex means a post that says only that.
        ("^buy", "line one\nbuy", True),
        ("^buy", "Sold out. Buy the next one!", True),
        ("^buy", "Sold out? Buy the next one!", True),
        ("^buy", "sold out, buy the next one", False),
        ("^buy", "Mr. Buy was here", False),
        ("^buy$", "Sold out. Buy", False),
        ("\\Abuy", "Sold out. Buy it", True),
        ("\\^buy\\$", "buy", False),
        ("[a-c]uy$", "buy", True),
        ("(?:^|\\bplease) buy", "buy it", True),  # written for padded views: still works
        ("(?:^|\\bplease) buy", "please buy it", True),
        ("(?:^|\\bplease) buy", "do buy it", False),
        ("\\Q^\\Ebuy", "buy", False),
        ("^buy [^ ]+$", "buy now", True),  # a negated class naming the space stays off it
        ("^buy [^ ]+$", "buy it now", False),
    ],
)
def test_anchors_in_the_engine(pattern: str, text: str, expected: bool) -> None:
    assert fires(pattern, text) is expected


@pytest.mark.parametrize(
    "pattern",
    [
        "^\\W+buy",
        "^.*buy",
        "buy\\s*$",
        "^[^a-z]",
        "^[ a]b",
        "buy[\\x00-\\x7f]$",
        "\\A\\pZ",
        "x\\p{Common}$",
        "^\\Bbuy",
    ],
)
def test_an_anchor_beside_what_can_match_a_space_is_refused(pattern: str) -> None:
    with pytest.raises(ValueError, match="can match the space the engine puts at each end"):
        anchored(pattern)


def test_patterns_without_anchors_are_unchanged() -> None:
    for pattern in ("buy\\W", "[$^]x", "\\$5", "a\\^b", "\\Q$\\E", "[[:^alpha:]]", "x[]^]"):
        assert anchored(pattern) == pattern


WORDS = st.sampled_from(["a", "b", "ab", "ba", "aa", "1"])
TEXTS = st.lists(WORDS, min_size=1, max_size=5).map(" ".join)
ATOMS = st.sampled_from(
    [
        "a", "b", "ab", "a b", "ba a", "\\w", "\\w+", "[ab]", "[a-z]+", "\\d", "\\b", "\\B",
        "\\^", "\\$", "[$^]", "[a^]", "\\Qa^\\E", ".", "\\s", "\\W", "[^a]", "[ a]", "\\D",
        "[^ ]", "[^ a]+",
    ]
)  # fmt: skip
ANCHORS = st.sampled_from(["^", "$", "\\A", "\\z"])


def _regexes(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Concatenations, alternations and repetitions of smaller regexes."""
    return st.one_of(
        st.lists(children, min_size=2, max_size=3).map("".join),
        st.lists(children, min_size=2, max_size=3).map(lambda xs: "(?:" + "|".join(xs) + ")"),
        st.tuples(children, st.sampled_from(["?", "*", "+", "{1,2}"])).map(
            lambda x: f"(?:{x[0]}){x[1]}"
        ),
    )


PATTERNS = st.tuples(
    st.sampled_from(["", "(?m)", "(?i)"]),
    st.recursive(st.one_of(ATOMS, ANCHORS), _regexes, max_leaves=6),
).map("".join)


@settings(max_examples=400, deadline=None)
@given(PATTERNS, TEXTS)
def test_anchored_on_padded_view_agrees_with_re2_on_the_bare_text(pattern: str, text: str) -> None:
    """Whenever a rewrite is made, it fires on the padded view exactly when RE2 fires on the
    bare text."""
    try:
        assume(anchored(pattern) != pattern)
    except ValueError:
        return
    assert hits_on_padded(pattern, text) == hits_on_text(pattern, text)
