"""The shipped rule set, for the tables of sentences that test it (``test_shipped_rules_*``)."""

from __future__ import annotations

from pathlib import Path

from bot.core.engine import Engine

SHIPPED_RULES = Path(__file__).resolve().parent.parent / "rules"


def guidelines(engine: Engine, text: str) -> set[str]:
    """The guidelines of every hit on ``text`` (a rule's ``also`` not included)."""
    return {hit.guideline for hit in engine.check_text(text)}


# The learned threat scorer's flag rule: the near-miss tables hold the hand-written rules to
# no hit at all, and the scorer to a rate (``test_shipped_threat_scorer.py``).
THREAT_SCORER = "threat-scored"


def rule_guidelines(engine: Engine, text: str) -> set[str]:
    """The guidelines of every hit on ``text`` but the learned threat scorer's."""
    return {hit.guideline for hit in engine.check_text(text) if hit.rule != THREAT_SCORER}


def truthful_flagged(engine: Engine, text: str) -> bool:
    """Whether any rule flags ``text`` under Be Truthful (its rules only ever flag)."""
    return "be-truthful" in guidelines(engine, text)
