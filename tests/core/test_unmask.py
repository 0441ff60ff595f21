"""Reading masked words: one letter per mask, the best-ranked listed word that fits."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.unmask import LONGEST, _Lexicon, reading


@pytest.mark.parametrize(
    ("word", "read"),
    [
        ("k*ll", "kill"),
        ("sh#w", "show"),
        ("f**k", "fuck"),
        ("f*und", "found"),
        # a common word beats a rarely used slur of the same shape
        ("th*t", "that"),
        # masked as a list's masked term (`ni*er*`): kept for it, one mask may be two letters
        ("ni*er", None),
        # ...unless a list word fits it
        ("p*ssy", "pussy"),
        # nothing fits, or nothing is masked, or no letter is shown
        ("zq**x", None),
        ("kill", None),
        ("***", None),
    ],
)
def test_a_masked_word_reads_as_the_word_that_fits(word: str, read: str | None) -> None:
    assert reading(word) == read


def test_a_word_longer_than_any_listed_is_not_looked_up() -> None:
    assert reading("a*" * LONGEST) is None


# The bit sets find what a linear search of the ranked list finds: the best-ranked word that
# fits the mask, or none.
@given(
    st.lists(st.text("abc", min_size=3, max_size=6), min_size=1, max_size=40, unique=True),
    st.text("abc*", min_size=3, max_size=6),
)
def test_the_reading_is_the_best_ranked_word_that_fits(ranked: list[str], masked: str) -> None:
    fits = re.compile(re.escape(masked).replace(r"\*", "[a-z]"))
    best = next((w for w in ranked if len(w) == len(masked) and fits.fullmatch(w)), None)
    assert _Lexicon(ranked, set()).first_fit(masked) == best
