"""The shipped Don't Threaten rules on plain menace and parts torn off (r20).

A condition with a house in flames or a pet that "won't last", a stretcher or an ambulance
promised, "I'll come find you" after a warning, a home known with a warning after it, a
collapse or a fire wished with someone inside, a blow wished from someone else, a body part
torn off or gouged out, "let me" at someone, a township killing called for by name, and calls
made by "the locals" or "the community". Near misses use the same words for sport, idiom, DIY,
favours, friendship and a call heard shouted and reported. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import guidelines, rule_guidelines

THREATS = [
    "Park in my spot again and your car goes up in flames.",
    "Your cat won't last the month if you keep calling the RSPCA on us.",
    "Keep mouthing off and you'll be leaving in an ambulance.",
    "Say that again and I'll come and find you.",
    "We know exactly where the editor lives. He should think carefully before printing that.",
    "I'd love to watch his shop burn down with him still inside.",
    "Hope some bloke breaks both your arms.",
    "Someone should rip his tongue out.",
    "Tear her ears off, she deserves it.",
    "Let me at him, let me strangle him.",
    "Lemme slap her in the face.",
    "The locals should necklace him.",
    "The residents should shoot them on sight.",
    "Next round I'm going to blow his head off.",
]

NEAR_MISSES = [
    "You need to pull your finger out and finish the fence.",
    "Just cut your nose off to spite your face then.",
    "This song will rip your heart out.",
    "We laughed our heads off at the panto.",
    "Don't bite my head off, I only asked.",
    "Let me shoot you an email about the meeting.",
    "Let me cut you a slice of cake.",
    "Let me stab him in the back? Never, he's my mate.",
    "I know exactly where he lives, he's my neighbour.",
    "I know exactly where she lives, I think it's the blue house.",
    "I watched the old mill collapse with them still inside, horrible.",
    "Leave the chip pan on and your house goes up in flames.",
    "Your dog won't last the afternoon in a hot car, crack a window.",
    "Your family won't last another year on that wage.",
    "Your car goes up in value if you keep the service history.",
    "Say that again and I'll come and find you a better deal.",
    "The old cinema will collapse if the council keeps ignoring it.",
    "She wore a lovely necklace to the awards.",
    "I heard a fan yell that the keeper should be shot, disgraceful.",
    "A man screamed that the mayor should be strung up, and police arrested him.",
]


@pytest.mark.parametrize("text", THREATS)
def test_plain_menace_is_caught(engine: Engine, text: str) -> None:
    assert "dont-threaten" in guidelines(engine, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert "dont-threaten" not in rule_guidelines(engine, text)
