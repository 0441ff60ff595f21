"""The regex reader builds re._parser's own tree, or declines: on every shipped regex, on
generated ones mixing the syntax it reads with what it leaves to re._parser, and on edge cases."""

from __future__ import annotations

import importlib
import re
import warnings
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core import regex_tree
from bot.core.regex_tree import tree
from tests.core.test_prefilter import PATTERN, SHIPPED

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

SHIPPED_PATTERNS = sorted(
    {
        pattern
        for rule in SHIPPED.ruleset.rules
        for patterns in (rule.regex, rule.unless_regex, rule.context_before, rule.context_after)
        for pattern in patterns
    }
)
PIECE = st.sampled_from(
    [
        "a", "b", "ab", " ", "you", ".", "^", "$", "\\b", "\\w", "\\A", "\\Z", "\\*", "\\.",
        "[ab]", "[^ ]", "[]a]", "[^]a]", "[a-]", "[\\]x]", "[a]", "[^a]", "\\d", "]", "}", "{",
        "{}", "#", "(?i)", "(?=a)", "\\1", "\\x41", "\\q", "(?P<n>a)", "(?#c)", "|", "(", ")",
    ]
)  # fmt: skip
QUANTIFIER = st.sampled_from(
    ["", "", "?", "*", "+", "??", "*?", "+?", "?+", "{2}", "{1,3}", "{2,}"]
)


def _regex(depth: int) -> st.SearchStrategy[str]:
    piece = st.tuples(PIECE, QUANTIFIER).map("".join)
    if depth == 0:
        return piece
    inner = _regex(depth - 1)
    sequence = st.lists(inner, min_size=1, max_size=4).map("".join)
    return st.one_of(
        piece,
        sequence,
        st.tuples(st.sampled_from(["(?:", "("]), st.lists(sequence, min_size=1, max_size=4))
        .map(lambda x: x[0] + "|".join(x[1]) + ")")
        .flatmap(lambda group: QUANTIFIER.map(lambda q: group + q)),
    )


def _same(read: Any, parsed: Any) -> bool:
    """Whether two parsed trees are equal, lists and tuples alike and each group's number only
    told apart from none; walked in place, as the shipped trees are too large to copy."""
    if isinstance(read, _parser.SubPattern):
        read = read.data
    if isinstance(parsed, _parser.SubPattern):
        parsed = parsed.data
    if not isinstance(read, list | tuple):
        return bool(read == parsed)
    if not isinstance(parsed, list | tuple) or len(read) != len(parsed):
        return False
    if len(read) == 2 and read[0] is _c.SUBPATTERN:
        if parsed[0] is not _c.SUBPATTERN:
            return False
        number, add, remove, body = read[1]
        other, other_add, other_remove, other_body = parsed[1]
        return (
            (number is None) == (other is None)
            and (add, remove) == (other_add, other_remove)
            and _same(body, other_body)
        )
    return all(_same(item, other) for item, other in zip(read, parsed, strict=True))


def _assert_same_tree(pattern: str) -> bool:
    """Whether the reader read ``pattern``, asserting it read it as re._parser does."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        read = tree(pattern)
        if read is None:
            return False
        assert _same(read, _parser.parse(pattern)), pattern
    return True


# Every shipped regex (5,441, 13.8 million characters with the rules' phrases and contexts)
# parsed twice and compared: the suite's slowest test, past its 120 s on one core of a loaded
# two-core machine before the trees were compared in place (round r41).
@pytest.mark.timeout(600)
def test_shipped_regexes_read_as_re_parser_reads_them() -> None:
    assert all([_assert_same_tree(re.sub(r"\\z", r"\\Z", p)) for p in SHIPPED_PATTERNS])


@settings(max_examples=500, deadline=None)
@given(st.one_of(_regex(3), PATTERN.map(lambda p: p.replace("\\z", "\\Z"))))
def test_generated_regexes_read_as_re_parser_reads_them(pattern: str) -> None:
    _assert_same_tree(pattern)


@pytest.mark.parametrize(
    ("pattern", "read"),
    [
        ("(?:ab)c|(?:ab)d", True),  # the unpacked group's letters move out as a prefix
        ("(?:a|b)x|(?:a|b)y", True),  # a group's branch is never a common prefix
        ("(?:a)|b|[cd]", True),  # one-character branches become a class
        ("(?:a)?b{2,}c{3}d+?", True),
        ("c{,2}", False),  # RE2 does not read ``{,2}`` as re._parser does
        ("a{3,2}", False),
        ("(?i)a", False),
        ("a(?=b)", False),
        ("(a)\\1", False),
        ("[a", False),
        ("a)", False),
        ("*a", False),
        ("a**", False),
        ("\\", False),
    ],
)
def test_edge_cases(pattern: str, read: bool) -> None:
    assert _assert_same_tree(pattern) is read


def test_shared_memo_keys_by_identity_and_starts_over_past_its_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(regex_tree, "_CACHE_LIMIT", 2)
    memo: regex_tree.Shared[str] = regex_tree.Shared()
    first = tree("(?:ab|cd)")
    assert first is not None
    assert memo.put(first, "read") == "read"
    assert memo.get(first) == "read"
    assert memo.get(tuple(list(first))) is None  # an equal tuple that is not the shared one
    for n in range(3):
        memo.put((n,), "other")
    assert memo.get(first) is None
