"""Rule regexes spelt for the squeezed view: literal letter runs once, all else as written."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.normalize import LETTER_RUN
from bot.core.squeezed_regex import squeezed_regex


@pytest.mark.parametrize(
    ("pattern", "spelt"),
    [
        (r"\bkill (?:you|all)\b", r"\bkil (?:you|al)\b"),
        ("will+", "will+"),  # the second l's quantifier: `wil`, `will`, `willl` stay apart
        ("kill?", "kill?"),
        ("goood", "god"),
        (r"\bbad", r"\bbad"),  # the b of \b is no letter of the word
        (r"\x{ff}ff", r"\x{ff}f"),
        ("[ll]ll", "[ll]l"),
        ("[^ ]*ee", "[^ ]*e"),
        ("(?P<kill>ll)", "(?P<kill>l)"),
        ("(?i:good)", "(?i:god)"),
        (r"\Qkill\Ekill", r"\Qkill\Ekil"),
        ("a{2}bb", "a{2}b"),
        ("l(?:l|x)", "l(?:l|x)"),  # letters apart in the pattern may meet in a match: kept
    ],
)
def test_literal_runs_are_spelt_once(pattern: str, spelt: str) -> None:
    assert squeezed_regex(pattern) == spelt


WORDS = st.lists(st.text(alphabet="aeiklmost", min_size=1, max_size=6), min_size=1, max_size=5)


@given(WORDS)
def test_a_literal_phrase_finds_its_squeezed_text(words: list[str]) -> None:
    # Squeezing the text and spelling the regex commute for literal phrases, as phrases are.
    pattern = r"\b" + " ".join(map(re.escape, words)) + r"\b"
    text = " " + " ".join(words) + " "
    assert re.search(squeezed_regex(pattern), LETTER_RUN.sub(r"\1", text))
