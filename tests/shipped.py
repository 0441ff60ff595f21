"""The shipped rule set, for the tables of sentences that test it (``test_shipped_rules_*``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from bot.core.engine import Engine

SHIPPED_RULES = Path(__file__).resolve().parent.parent / "rules"


# The learned scorers' flag rules: the near-miss tables hold the hand-written rules to no hit
# at all, and each scorer to a rate (``test_shipped_threat_scorer.py``,
# ``test_shipped_insult_scorer.py``, ``test_shipped_claims_scorer.py``,
# ``test_shipped_written_scorers.py``).
THREAT_SCORER = "threat-scored"
HATE_SCORER = "hate-scored"
CLAIMS_SCORER = "claims-scored"
LEWD_SCORER = "lewd-scored"
PLAIN_HATE_SCORER = "plain-hate-scored"
PLAIN_THREAT_SCORER = "plain-threat-scored"
PERSON_SCORER = "person-put-down-scored"
VEILED_SCORER = "veiled-threat-scored"
SMEAR_SCORER = "smears-scored"
# The scorers that learn the written sets alone (rounds r38 and r40): each may flag at most one
# in twenty of the near-miss tables (``test_shipped_scorer_rates.py``).
WRITTEN_SCORERS = (
    LEWD_SCORER,
    PLAIN_HATE_SCORER,
    PLAIN_THREAT_SCORER,
    PERSON_SCORER,
    VEILED_SCORER,
    SMEAR_SCORER,
)
# The scorers whose flags the near-miss tables leave to their own rate.
RATED_SCORERS = frozenset({HATE_SCORER, CLAIMS_SCORER, *WRITTEN_SCORERS})
SCORERS = RATED_SCORERS | {THREAT_SCORER}


def guidelines(engine: Engine, text: str) -> set[str]:
    """The guidelines of every hit on ``text`` (a rule's ``also`` not included) but the
    rated scorers', whose flags the near-miss tables leave to their own rate."""
    return {hit.guideline for hit in engine.check_text(text) if hit.rule not in RATED_SCORERS}


def rule_guidelines(engine: Engine, text: str) -> set[str]:
    """The guidelines of every hit on ``text`` but the learned scorers'."""
    return {hit.guideline for hit in engine.check_text(text) if hit.rule not in SCORERS}


def truthful_flagged(engine: Engine, text: str) -> bool:
    """Whether any rule flags ``text`` under Be Truthful (its rules only ever flag)."""
    return "be-truthful" in guidelines(engine, text)


def rule_ids(engine: Engine, text: str) -> set[str]:
    """The ids of every rule that hits ``text``, the learned scorers' included: the tables
    that pin a rule by its id, so that no other rule's hit can pass for it."""
    return {hit.rule for hit in engine.check_text(text)}


def shape_tests(
    hits: Sequence[tuple[str, str, str]], near_misses: Sequence[str]
) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests of a round's table: each ``(guideline, rule, text)`` of ``hits`` caught
    by its rule under its guideline, each near miss clean of every rule but the rated scorers.
    A module binds them to ``test_*`` names for pytest to collect."""

    @pytest.mark.parametrize(("guideline", "rule", "text"), hits)
    def catches(engine: Engine, guideline: str, rule: str, text: str) -> None:
        found = engine.check_text(text)
        assert rule in {hit.rule for hit in found if hit.guideline == guideline}

    @pytest.mark.parametrize("text", near_misses)
    def stays_clean(engine: Engine, text: str) -> None:
        assert guidelines(engine, text) == set()

    return catches, stays_clean
