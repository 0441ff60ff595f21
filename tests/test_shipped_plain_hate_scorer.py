"""The shipped hate scorer (``rules/models/hate.json``) behind the ``plain-hate-scored`` flag rule.

The sentences are our own. The hateful ones below are caught under Be Nice by no shape and
not by the insult scorer, only by this scorer's flag rule; the same subjects in plain news
stay clean; its rate over the near-miss tables of every shipped rule test is
``test_shipped_scorer_rates.py``'s.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.rules import Action
from tests.shipped import PLAIN_HATE_SCORER

HATE = [
    "Blue badge bays all over town now. Half of them are on the fiddle and the other half "
    "shouldn't be out in public anyway.",
    "Care home staff are half foreign now, no wonder nobody can understand the poor residents.",
]
NEAR_MISSES = [
    "Blue badge bays are being widened in the town centre, the council says.",
    "Care home staff from abroad are taking English classes paid for by the county.",
    "The hospital opened a new prayer room for patients of every faith.",
]


@pytest.mark.parametrize("text", HATE)
def test_the_scorer_flags_hate_no_shape_nor_the_insult_scorer_reaches(
    engine: Engine, text: str
) -> None:
    hits = [h for h in engine.check_text(text) if h.guideline == "be-nice"]
    assert [(h.rule, h.action) for h in hits] == [(PLAIN_HATE_SCORER, Action.FLAG)]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_the_scorer_leaves_the_same_subjects_in_plain_news_alone(engine: Engine, text: str) -> None:
    assert engine.check_text(text) == []
