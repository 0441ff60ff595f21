"""The shipped Be Nice and Don't Threaten rules on short forms of plain hate (round r31).

A people told to "hurry up and die", a people sent "back on their boats", a verdict that
closes the message after a people's deed ("..., disgusting lot"), women in a role kept out of
it, and a woman said to hold a post for her looks. Near misses are buses and trends that should
die, a captain's order about boats, a market's cheese, a council called names, a coach's plan
and a woman praised for her work. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_guidelines

HATE = [
    ("Muslims should hurry up and die.", "dont-threaten"),
    ("Boomers should hurry up and die.", "dont-threaten"),
    ("You should hurry up and die.", "dont-threaten"),
    ("Put the Irish back on their boats.", "be-nice"),
    ("Send the Somalis back on their boats.", "be-nice"),
    ("Chinese people eat anything that moves, disgusting lot.", "be-nice"),
    ("Polish builders never turn up on time, thieving lot.", "be-nice"),
    ("Women drivers should be banned from motorways.", "be-nice"),
    ("Female referees should stick to the women's game.", "be-nice"),
    ("She's only a news anchor because she's pretty.", "be-nice"),
]

NEAR_MISSES = [
    "The bus should hurry up and die, it is forty years old.",
    "This trend should hurry up and die.",
    "The Irish put the boats back in the water after the storm.",
    "Put the women back in the boats first, said the captain.",
    "Put the children back on the boat, the tour is over.",
    "Chinese people love this market, it sells a smelly lot of cheese.",
    "Muslims came to help clean up after the flood, unlike that filthy lot in the council.",
    "Female players should stick to the training plan, said the coach.",
    "Female pilots should stick to their own airline's rules.",
    "She's only here because she's good at her job.",
    "She's only tired because she was up all night.",
]


@pytest.mark.parametrize(("text", "guideline"), HATE)
def test_short_form_is_caught(engine: Engine, text: str, guideline: str) -> None:
    assert guideline in rule_guidelines(engine, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert not rule_guidelines(engine, text) & {"be-nice", "dont-threaten"}
