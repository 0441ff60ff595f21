"""How often the scorers of rounds r38 and r40 flag the near misses of every shipped rule test.

The harm, hate, lewd, person, veiled and smear scorers learn the written sets against every
other written row, so the near-miss tables of every guideline (sport, medicine, idiom, reports,
counter-speech, neighbourly words built to look like threats) are theirs to leave alone: a flag
costs a moderator a look, so each may flag at most one in twenty.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

import pytest

from bot.core.engine import Engine
from tests.shipped import WRITTEN_SCORERS

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


@pytest.mark.parametrize("scorer", WRITTEN_SCORERS)
def test_the_scorer_rarely_flags_the_near_misses_of_every_table(
    engine: Engine, scorer: str
) -> None:
    assert len(TABLE_NEAR_MISSES) > 1000
    flagged = [t for t in TABLE_NEAR_MISSES if any(h.rule == scorer for h in engine.check_text(t))]
    assert len(flagged) <= len(TABLE_NEAR_MISSES) / 20
