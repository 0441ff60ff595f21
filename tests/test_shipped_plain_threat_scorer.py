"""The shipped harm scorer (``rules/models/harm.json``) behind the ``plain-threat-scored`` flag
rule.

The sentences are our own. The veiled threats below are caught under Don't Threaten by no
shape and not by the threat scorer, only by this scorer's flag rule; the same words in plain
news stay clean; its rate over the near-miss tables of every shipped rule test (written to
look like threats, many of them) is ``test_shipped_scorer_rates.py``'s.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.rules import Action
from tests.shipped import PLAIN_THREAT_SCORER

THREATS = [
    "Houses of people who talk too much have a funny way of catching fire.",
    "Whoever tipped off the council had better hope their house is insured against fire.",
]
NEAR_MISSES = [
    "Funny how the sheds at the allotments keep flooding every spring.",
    "The fire in the letterbox was started by a firework, the police said.",
    "People who talk to the papers about the estate want the council to listen.",
]


@pytest.mark.parametrize("text", THREATS)
def test_the_scorer_flags_threats_no_shape_nor_the_threat_scorer_reaches(
    engine: Engine, text: str
) -> None:
    hits = [h for h in engine.check_text(text) if h.guideline == "dont-threaten"]
    assert [(h.rule, h.action) for h in hits] == [(PLAIN_THREAT_SCORER, Action.FLAG)]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_the_scorer_leaves_the_same_words_in_plain_news_alone(engine: Engine, text: str) -> None:
    assert engine.check_text(text) == []
