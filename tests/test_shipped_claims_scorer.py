"""The shipped claims scorer (``rules/models/claims.json``, the ``claims-scored`` flag rule).

The sentences are our own. The claims below are caught by no Be Truthful phrase, only by the
scorer's flag rule; the near misses (the same subjects reported, sourced or plain news) stay
clean, and across the Be Truthful tables the scorer flags at most one near miss in twenty.
"""

from __future__ import annotations

from importlib import import_module

import pytest

from bot.core.engine import Engine
from bot.core.rules import Action
from tests.shipped import CLAIMS_SCORER

CLAIMS = [
    "The county coroner is hiding hundreds of vaccine deaths, every one logged as unknown "
    "cause so the numbers look clean.",
    "The postal votes were all filled in by the same hand, that's how she won.",
]
NEAR_MISSES = [
    "The coroner's report on the crash is out, the driver had been drinking.",
    "The hospital has 400 beds and most were full over Christmas, the board said.",
    "Police say burglaries in town fell by a fifth last year.",
    "The council survey closes on Friday, every resident got a letter.",
    "The blackout last week was caused by a fault at the substation, the network says.",
    "The conference on pandemics was held in the city months before the outbreak, by coincidence.",
]
# The Be Truthful tables whose near misses the scorer is held to (every list named
# ``*NEAR_MISSES`` in tests/test_shipped_rules_<name>.py).
TABLES = ("truthful", "truthful_plain", "claims_more", "truth_marks")
TRUTHFUL_NEAR_MISSES = [
    text
    for name in TABLES
    for attr, texts in vars(import_module(f"tests.test_shipped_rules_{name}")).items()
    if attr.endswith("NEAR_MISSES")
    for text in texts
]


@pytest.mark.parametrize("text", CLAIMS)
def test_the_scorer_flags_claims_no_phrase_reaches(engine: Engine, text: str) -> None:
    hits = engine.check_text(text)
    assert [(h.rule, h.action) for h in hits] == [(CLAIMS_SCORER, Action.FLAG)]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_the_scorer_leaves_the_same_subjects_in_plain_news_alone(engine: Engine, text: str) -> None:
    assert engine.check_text(text) == []


def test_the_scorer_rarely_flags_our_truthful_near_misses(engine: Engine) -> None:
    """Claims reported, denied, sourced or questioned, and idioms ("made up the shortfall"):
    a flag costs a moderator a look, so at most one in twenty."""
    assert len(TRUTHFUL_NEAR_MISSES) > 300
    flagged = [
        t
        for t in TRUTHFUL_NEAR_MISSES
        if any(h.rule == CLAIMS_SCORER for h in engine.check_text(t))
    ]
    assert len(flagged) <= len(TRUTHFUL_NEAR_MISSES) / 20
