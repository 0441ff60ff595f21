"""The shipped lewd scorer (``rules/models/lewd.json``) behind the ``lewd-scored`` flag rule.

The sentences are our own. The lewd remarks below are caught by no Keep it Clean shape, only
by the scorer's flag rule; the same jobs and words in plain news stay clean; its rate over the
near-miss tables of every shipped rule test is ``test_shipped_scorer_rates.py``'s.
"""

from __future__ import annotations

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


@pytest.mark.parametrize("text", LEWD)
def test_the_scorer_flags_lewd_remarks_no_shape_reaches(engine: Engine, text: str) -> None:
    hits = engine.check_text(text)
    assert [(h.rule, h.action) for h in hits] == [(LEWD_SCORER, Action.FLAG)]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_the_scorer_leaves_the_same_jobs_in_plain_news_alone(engine: Engine, text: str) -> None:
    assert engine.check_text(text) == []
