"""The shipped Don't Threaten rules on threats worded around the usual shapes (r18).

A new author's threats that the shapes before missed: the person named by what they did ("I
hope the reporter who wrote this gets hit by a bus"), a wish put on what provoked it ("this
makes me want to punch her"), regret that nobody has done it yet or that a gunman missed, a
killing with no harm verb ("feed them to the sharks", "thrown in front of a train"), and
menace told as no surprise, as health counted down or as a brick through a window. Near
misses use the same words for races, vets, accidents, crime warnings and jail. Every sentence
is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import guidelines, rule_guidelines

THREATS = [
    # the person named by what they did
    "I hope the editor who signed this off gets hit by a bus.",
    "Really hope the woman who reported me dies in a fire.",
    "May the councillor who voted for this burn in a house fire.",
    "i pray that the guy who keyed my car gets run over",
    "hope every one of those strikers gets beaten to death",
    "Waiting for the day he gets what's coming, hopefully a bullet in the head.",
    # the wish put on what provoked it
    "This interview makes me want to strangle him.",
    "Her smug face made me want to punch her.",
    # regret that it has not happened
    "Too bad nobody has strangled that landlord yet.",
    "How come no one has taken a shot at him yet?",
    "Shame nobody has run that idiot off the road.",
    "Pity the sniper missed.",
    "Someone should have put her down at birth.",
    # a killing with no harm verb
    "Feed the whole cabinet to the sharks.",
    "Just throw him under a train and be done.",
    "That bent copper should be thrown in front of a bus.",
    "These looters deserve to have their skulls smashed in.",
    # menace told as no surprise, health counted down, a brick through a window
    "Wouldn't be surprised if someone torched your shop one night.",
    "Don't be shocked when something happens to your kids.",
    "Keep posting my name and see how long you stay in one piece.",
    "Shame if a brick went through your front window, eh.",
    "You'll pay for this for the rest of your very short life.",
    "come near my brother again and i'll bury you, swear down",
]

NEAR_MISSES = [
    "We'll hunt them down in the last few laps, the tyres are fresher.",
    "I hope the man who found my dog gets a reward.",
    "I hope the kids who were hurt recover quickly.",
    "I hope the driver who hit him rots in jail.",
    "Amazed nobody has hit him yet, he cycles without lights.",
    "Shame the striker missed, we needed that goal.",
    "The vet should have put the dog down years ago, it was suffering.",
    "The minister was thrown under the bus by his own party.",
    "He should be thrown under the bus for this, politically.",
    "Just throw the chairman under the bus, the party always does.",
    "Don't be surprised if someone nicks your bike in that car park.",
    "Eat well and see how long you stay healthy after eighty.",
    "Fans fed the manager to the wolves after the defeat.",
    "We will bury them in the polls next May.",
    "We will bury you in the polls.",
    "Hopefully a bullet-proof vest was standard issue.",
    "This weather makes me want to stay in bed.",
]


@pytest.mark.parametrize("text", THREATS)
def test_reworded_threat_is_caught(engine: Engine, text: str) -> None:
    assert "dont-threaten" in guidelines(engine, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert "dont-threaten" not in rule_guidelines(engine, text)
