"""The shipped rule set, for the tables of sentences that test it (``test_shipped_rules_*``)."""

from __future__ import annotations

from pathlib import Path

from bot.core.engine import Engine

SHIPPED_RULES = Path(__file__).resolve().parent.parent / "rules"


def guidelines(engine: Engine, text: str) -> set[str]:
    """The guidelines of every hit on ``text`` (a rule's ``also`` not included)."""
    return {hit.guideline for hit in engine.check_text(text)}
