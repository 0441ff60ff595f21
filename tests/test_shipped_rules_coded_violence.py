"""The shipped Don't Threaten rules on violence in euphemism and street slang (round r26):
"fit him for concrete shoes", "put one in his head", "ice the witness" (hidden), and slang a
moderator should judge ("he's getting clapped", "spin the block on them": flagged). Near
misses are the dead remembered, news, politics, sport, cooking and the vet. Every sentence is
our own."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.rules import Action
from tests.shipped import SCORERS, rule_guidelines


def threat_actions(engine: Engine, text: str) -> set[Action]:
    """What the hand-written Don't Threaten rules would do about ``text``."""
    return {
        hit.action
        for hit in engine.check_text(text)
        if hit.guideline == "dont-threaten" and hit.rule not in SCORERS
    }


HIDDEN = [
    "That informer needs fitting for concrete shoes.",
    "Give it a month and he'll be pushing up daisies.",
    "You'll be taking a dirt nap if you show your face here.",
    "Somebody put two in his chest and be done with it.",
    "They should bump her off before she testifies.",
    "Whack the snitch, nobody will miss him.",
    "Kneecap that tout and leave him on the steps.",
    "Keep it up and you'll wake up dead one morning.",
    "There's a bullet out there with your name on it.",
    "He's gonna eat lead the second he walks out.",
    "Give that ref a Chelsea smile after the match.",
    "They'll need dental records to identify him when we're done.",
]
FLAGGED = [
    "That ref is getting clapped next time he's in the car park.",
    "We finna slide on them after school.",
    "That landlord won't live to see another Christmas.",
    "Time for that grass to go for a swim in the canal.",
]
NEAR_MISSES = [
    "Dad's been pushing up daisies since 2009, miss him every day.",
    "The coroner used dental records to identify the driver.",
    "The party bumped him off the ballot last week.",
    "In The Sopranos they whack the snitch in season two.",
    "He got capped for England at nineteen.",
    "Pop them in the oven for twenty minutes.",
    "He got smoked in the 200m final by the American.",
    "Nan won't see another birthday, the doctors said, so we're all flying home.",
    "We put him to sleep for good at the vet, RIP old boy.",
    "We had to put him to sleep for good last week, he was 14.",
    "The cuts kneecapped the bus service.",
]


@pytest.mark.parametrize("text", HIDDEN)
def test_euphemism_for_violence_is_hidden(engine: Engine, text: str) -> None:
    assert Action.HIDE in threat_actions(engine, text)


@pytest.mark.parametrize("text", FLAGGED)
def test_slang_for_violence_is_flagged_not_hidden(engine: Engine, text: str) -> None:
    assert threat_actions(engine, text) == {Action.FLAG}


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_of_coded_violence_is_not_flagged(engine: Engine, text: str) -> None:
    assert rule_guidelines(engine, text) == set()
