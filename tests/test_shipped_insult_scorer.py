"""The shipped insult scorer (``rules/models/insult.json``) behind the ``hate-scored`` flag rule.

The sentences are our own. The hateful one below is caught by no Be Nice shape, only by the
scorer's flag rule; the near misses of the shipped hate tests (reports, denials, counter-speech,
kind words) stay below its threshold but for a few.
"""

from __future__ import annotations

from importlib import import_module

import pytest

from bot.core.engine import Engine
from bot.core.rules import Action
from tests.shipped import HATE_SCORER, PLAIN_HATE_SCORER

# The hate tables whose near misses the scorer is held to (tests/test_shipped_rules_<name>.py).
TABLES = (
    "hate",
    "hate_other_voices",
    "hate_reworded",
    "more_voices",
    "other_words",
    "plain_verdicts",
    "sexism_plain",
    "sweeping",
)
HATE_NEAR_MISSES = [
    text
    for name in TABLES
    for text in import_module(f"tests.test_shipped_rules_{name}").NEAR_MISSES
]


def test_the_scorer_flags_hate_no_shape_reaches(engine: Engine) -> None:
    text = "Sikhs are hot-headed by nature, every one a hooligan waiting for an excuse."
    # the hate scorer (round r38) flags it too
    hits = [h for h in engine.check_text(text) if h.rule != PLAIN_HATE_SCORER]
    assert [(h.rule, h.action) for h in hits] == [(HATE_SCORER, Action.FLAG)]


@pytest.mark.parametrize(
    "text",
    [
        "Sikhs are generous people, the langar feeds anyone who walks in.",
        "Nigerians are the hardest working people I know.",
        "The ref was hot-headed all match, a hooligan with a whistle.",
    ],
)
def test_the_scorer_leaves_the_same_words_in_kind_or_sport_alone(engine: Engine, text: str) -> None:
    assert all(h.rule != HATE_SCORER for h in engine.check_text(text))


def test_the_scorer_rarely_flags_our_hate_near_misses(engine: Engine) -> None:
    """A flag costs a moderator a look, so at most one near miss in twenty."""
    flagged = [
        t for t in HATE_NEAR_MISSES if any(h.rule == HATE_SCORER for h in engine.check_text(t))
    ]
    assert len(HATE_NEAR_MISSES) > 100
    assert len(flagged) <= len(HATE_NEAR_MISSES) / 20
