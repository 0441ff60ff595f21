"""The shipped rules on words with a masked letter (``k*ll``, ``an*mals``) or spelt out
(``a.l.l.o.w.e.d``), read as the word.

A member who masks one letter of the word a rule hangs on got past every phrase rule: the
folded view kept `k*ll`, the plain view read `k ll`. And a masked letter in an ordinary word
made a false hit: `f*und` read as a masked swear, `g*ass` as `ass` in the plain view. A word
spelt out letter by letter after `a` was written both as `a llowed` and `allowed`, which
broke the phrase on one side, and the plain view found `f u` inside `c.h.e.e.r.f.u.l`. Every
sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import guidelines

MASKED_VIOLATIONS = [
    ("I will k*ll you and your family", "dont-threaten"),
    ("he should be h*nged for what he did", "dont-threaten"),
    ("go b*ck to Africa", "be-nice"),
    ("refugees are an*mals, all of them", "be-nice"),
    ("you absolute id*ot", "be-nice"),
    ("what a load of b*llocks", "keep-it-clean"),
    ("sh*t journalism again", "keep-it-clean"),
]

# Ordinary words with a masked letter, some beside a word a rule lists.
MASKED_CLEAN = [
    "The study f*und nothing new",
    "i'd rather eat g*ass than do my taxes",
    "The tweet was deleted af*er an hour",
    "Burns Nig*t at the club was a delight",
    "Moby D*ck is a slog but worth it",
    "sh*w me the report",
    "I will not k*ll anyone, I promise",
    "Beat the eggs then fold in the f*our",
]


@pytest.mark.parametrize(("text", "guideline"), MASKED_VIOLATIONS)
def test_a_masked_letter_does_not_hide_the_word(engine: Engine, text: str, guideline: str) -> None:
    assert guideline in guidelines(engine, text)


@pytest.mark.parametrize("text", MASKED_CLEAN)
def test_an_ordinary_word_with_a_masked_letter_stays_clean(engine: Engine, text: str) -> None:
    assert engine.check_text(text) == []


def test_the_hit_spans_the_masked_word_as_written(engine: Engine) -> None:
    text = "I will k*ll you"
    spans = {text[slice(*hit.span)] for hit in engine.check_text(text)}
    assert "I will k*ll you" in spans


# A word masked as a list's masked term is kept for that term: one mask there may stand for
# several letters, and the k-word is listed only masked (spelt out it names a lime).
def test_a_word_masked_as_a_listed_term_still_hits_that_term(engine: Engine) -> None:
    assert "vulgar-slurs" in {hit.rule for hit in engine.check_text("stupid ni*ers")}
    assert "regional-slurs" in {hit.rule for hit in engine.check_text("Those k*ffirs again")}
    assert engine.check_text("Add a kaffir lime leaf to the soup") == []


SPELT_OUT_VIOLATIONS = [
    ("Refugees shouldn't be a.l.l.o.w.e.d to vote here", "be-nice"),
    ("ur a w.a.s.t.e of oxygen", "be-nice"),
    ("Give a w.o.m.a.n power and she turns into a tyrant", "be-nice"),
]

SPELT_OUT_CLEAN = [
    "Violence against anyone is wrong, f.u.l.l stop",
    "What a c.h.e.e.r.f.u.l little village",
    "Protest p.e.a.c.e.f.u.l.l.y or go home",
]


@pytest.mark.parametrize(("text", "guideline"), SPELT_OUT_VIOLATIONS)
def test_a_word_spelt_out_after_a_reads_in_its_phrase(
    engine: Engine, text: str, guideline: str
) -> None:
    assert guideline in guidelines(engine, text)


@pytest.mark.parametrize("text", SPELT_OUT_CLEAN)
def test_letters_inside_a_word_spelt_out_are_no_match(engine: Engine, text: str) -> None:
    assert engine.check_text(text) == []
