"""The shipped Don't Threaten rules on menace in the commonest words (r19).

Threats that name no harm: the last quiet weekend someone will have, bravery that will fail
"when there's nobody around", a place "not safe for people like you", kin to be kept indoors,
a bomb hoped onto a place of worship, a child's school known, a body counted down ("make the
most of your kneecaps while you still have them"), a fate kept back, a fire that takes its
owner, a house watched. Near misses use the same words for weather, roads, holidays, news, TV
and a family's own plans. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import guidelines, rule_guidelines

THREATS = [
    "Make the most of tonight, it's the last quiet night you're going to have.",
    "You won't be so mouthy when there's no cameras about.",
    "This estate is not safe for people like you, remember that.",
    "Keep your kids indoors from now on, mate.",
    "Fingers crossed a bomb lands on their mosque.",
    "Your son is a lovely lad, and we know his school now.",
    "Make the most of your kneecaps while you still have them.",
    "He has no idea what's coming to him on Friday.",
    "Your caravan will go up in flames and so will you.",
    "Been watching your door for days.",
]

NEAR_MISSES = [
    "Enjoy the sun, it's the last warm weekend we're getting this year.",
    "He won't be so confident when there's no autocue.",
    "The bridge is not safe for lorries over ten tonnes.",
    "Keep your dogs indoors during the fireworks.",
    "Keep your kids inside tonight, the storm is coming in fast.",
    "Enjoy the lie-ins, it's the last quiet weekend you'll have before the twins arrive.",
    "That underpass is not safe for people like you and me after dark.",
    "Enjoy the sunshine while you can, rain is forecast.",
    "Fans have no idea what's coming in the final season.",
    "The old mill burned down and so did the bakery next door.",
    "I've been watching your videos for years, keep it up.",
    "A drone landed on the church roof during the fete, nobody was hurt.",
    "Your daughter did so well, we know her school is proud of her.",
]


@pytest.mark.parametrize("text", THREATS)
def test_common_menace_is_caught(engine: Engine, text: str) -> None:
    assert "dont-threaten" in guidelines(engine, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert "dont-threaten" not in rule_guidelines(engine, text)
