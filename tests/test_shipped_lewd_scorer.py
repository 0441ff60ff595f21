"""The shipped lewd scorer (``rules/models/lewd.json``) behind the ``lewd-scored`` flag rule.

The sentences are our own. The lewd remarks below are caught by no Keep it Clean shape, only
by the scorer's flag rule; the same jobs and words in plain news stay clean, and across the
near-miss tables of every shipped rule test the scorer flags at most one in twenty.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.core.rules import Action
from tests.shipped import LEWD_SCORER

LEWD = [
    "Never mind the budget, the new treasurer can balance on my lap any evening she likes.",
    "Forget the roadworks, did you see the legs on the new planning officer? I'd let her "
    "survey my property all night.",
]
NEAR_MISSES = [
    "The treasurer balanced the books for the first time in a decade.",
    "The planning officer will survey the property on Monday.",
    "The lifeguard checked his pulse and started CPR until the ambulance came.",
    "The headteacher kept the pupils behind after school to finish the mural.",
    "The vicar hears confessions on Saturday mornings.",
]
TESTS = Path(__file__).resolve().parent
# Every near-miss list of the shipped rule tests: lists of sentences named ``*NEAR_MISSES``.
TABLE_NEAR_MISSES = sorted(
    {
        text
        for path in TESTS.glob("test_shipped_rules_*.py")
        for name, texts in vars(import_module(f"tests.{path.stem}")).items()
        if name.endswith("NEAR_MISSES") and isinstance(texts, list)
        for text in texts
        if isinstance(text, str)
    }
)


@pytest.mark.parametrize("text", LEWD)
def test_the_scorer_flags_lewd_remarks_no_shape_reaches(engine: Engine, text: str) -> None:
    hits = engine.check_text(text)
    assert [(h.rule, h.action) for h in hits] == [(LEWD_SCORER, Action.FLAG)]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_the_scorer_leaves_the_same_jobs_in_plain_news_alone(engine: Engine, text: str) -> None:
    assert engine.check_text(text) == []


def test_the_scorer_rarely_flags_the_near_misses_of_every_table(engine: Engine) -> None:
    """Sport, medicine, idiom, names, reports and the near misses of every other guideline:
    a flag costs a moderator a look, so at most one in twenty."""
    assert len(TABLE_NEAR_MISSES) > 1000
    flagged = [
        t for t in TABLE_NEAR_MISSES if any(h.rule == LEWD_SCORER for h in engine.check_text(t))
    ]
    assert len(flagged) <= len(TABLE_NEAR_MISSES) / 20
