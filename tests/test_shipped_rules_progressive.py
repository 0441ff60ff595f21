"""The shipped Don't Threaten rules on a threat told in the present progressive (round r25),
which English uses for a plan: "I'm stabbing you the minute you step outside". Near misses are
the same verbs for games, contact, a lawsuit, a play, kindness, a negation. Every sentence is
our own."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_guidelines

THREATS = [
    "I'm stabbing you the minute you step outside.",
    "I'm killing you when I see you.",
    "We're battering you on Saturday, wait and see.",
    "Honestly I'm strangling you next time you say that.",
    "Putting you in hospital first chance I get.",
    "I'm sending you to A&E, mark my words.",
]
NEAR_MISSES = [
    "I'm killing you at FIFA tonight.",
    "I'm hitting you up later.",
    "I'm shooting you a text now.",
    "I'm cutting you off, we're done.",
    "I'm kicking you out of the group chat.",
    "I'm beating you at chess again.",
    "I'm not hurting you, relax.",
    "In the play I'm stabbing you in act two, so bring the fake blood.",
    "I'm killing you with kindness from now on.",
    "Im slapping you with a lawsuit if you post my photo again.",
    "The doctor is putting you in hospital for tests, sorry love.",
    "Sending you to the hospital for a scan was the right call, the GP said.",
    "I'm putting you in touch with my manager.",
]


@pytest.mark.parametrize("text", THREATS)
def test_threat_in_the_progressive_is_caught(engine: Engine, text: str) -> None:
    assert "dont-threaten" in rule_guidelines(engine, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_in_the_progressive_is_not_flagged(engine: Engine, text: str) -> None:
    assert rule_guidelines(engine, text) == set()
