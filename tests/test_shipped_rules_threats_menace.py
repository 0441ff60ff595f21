"""The shipped Don't Threaten rules on menace written by authors the rules were not built from.

Four kinds (issue 12, threats11): conditional threats in everyday words ("touch my van again
and I'll snap both your legs"), veiled menace ("shame if he had a little fall"), doxxing and
stalking ("posting his home address, pay him a visit", "I'll follow you home") and menace to a
family or a home ("your brother's next", "I'll slash your tyres"). Each has near misses that
must stay clean: warnings about danger, sanctions, lifts home, forms, news and court reports,
games, advice. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import guidelines

THREATS = [
    # conditional: a condition, then a blow in everyday words or an outcome
    "Block my garage one more time and I'll break both your legs.",
    "next time u scratch my car im cracking ur skull",
    "Any more of your lies and you'll be going home in a body bag.",
    "One more complaint about my dog and you'll need a surgeon.",
    "Keep parking there and it'll be you in the canal next.",
    "come near my shop again n ur gettin a kicking",
    "If I catch you round my street again I'll put you through the window.",
    "Another word about my sister and I'll rip your head off.",
    "ill batter ye senseless if i see ye again",
    "I swear I'll beat the living daylights out of you.",
    "Should you ever show up here again you'll go home in pieces.",
    "Keep talking and they'll need dental records to identify you.",
    # doxxing and stalking
    "Found where you live from your running app. See you soon.",
    "Here's his home address, do what you like with it.",
    "Posting the umpire's home address, let the fans pay him a visit.",
    "Anyone want the address of the woman who wrote this? DM me.",
    "I'm going to find out where this blogger lives and post it for everyone.",
    "I'll follow you home after your shift.",
    "Every single night I'll be parked outside your house.",
    "I'll be sat outside your office every morning until you quit.",
    "I'll turn up at your work and make sure you regret it.",
    "We've got your work, your gym and your mum's address. Sleep tight.",
    # veiled menace
    "Shame if that reporter had a nasty fall on the way home.",
    "Would be a pity to lose someone in that lake, wouldn't it.",
    "Enjoy your walks by the river while you still can.",
    "You're on borrowed time, pal.",
    "keep counting your days, snitch",
    "He'd better watch his back after what he wrote.",
    "You won't always be behind a keyboard, you know.",
    "I know you jog through the park every morning on your own.",
    # family and home
    "Your brother's next, then your dad.",
    "Your missus had better watch herself on that school run.",
    "Your kids get the bus on their own, don't they. Not for long.",
    "Hope your little boy likes hospital food.",
    "Your wife's getting a visit from the lads tonight.",
    "Your cat'll be found in the river one of these days.",
    "We're gonna put a brick through your front window tonight.",
    "I'll slash every tyre on that van of yours.",
    "I'm going to key your car and then start on you.",
    "We'll burn that shed of yours to the ground.",
]

NOT_THREATS = [
    # conditional: danger, a sanction, sport, a report
    "Walk on that frozen lake and you'll break your neck.",
    "Keep ignoring that toothache and you'll need a dentist.",
    "Park on my drive again and I'll ring the council.",
    "We're going to batter you on Saturday at the derby.",
    "The court heard he said he'd break both her legs.",
    "If I see you at the gym again I'll buy you a coffee.",
    "I'll put you down for two tickets then.",
    # doxxing and stalking in everyday senses
    "Put your home address on the form and we'll post the tickets.",
    "I'll follow you home to make sure you get in safe.",
    "Whoever shared her home address should be banned.",
    "Man jailed for sharing his ex's home address online.",
    "Do you know where he lives now? I owe him a card.",
    "We Know Where You Sleep is a great thriller.",
    # veiled menace in everyday senses
    "Enjoy the long weekend while it lasts.",
    "Your days as treasurer are numbered, the members want a change.",
    "That old boiler is on borrowed time.",
    "Shame about the weather for the fete.",
    "You'd better watch yourself on those icy steps.",
    # family and home in everyday senses
    "Your daughter is next in the queue for the vaccine.",
    "Police say he put a brick through the window of the chippy.",
    "I'd never key your car, whatever you think of me.",
    "Your kids will love the new play park.",
    "Burn the old leaves in a bin, not on the grass.",
]


@pytest.mark.parametrize("text", THREATS)
def test_threat_is_caught(engine: Engine, text: str) -> None:
    assert "dont-threaten" in guidelines(engine, text)


@pytest.mark.parametrize("text", NOT_THREATS)
def test_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert "dont-threaten" not in guidelines(engine, text)
