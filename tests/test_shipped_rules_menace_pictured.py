"""The shipped Don't Threaten rules on menace pictured rather than spoken (round r31).

A person pictured in a coffin or a ditch, a favour done by ending someone, a place of worship or
a home that "wouldn't take much" to burn, "you're dead, wait till Friday", kin who "know where
you live", a car foretold as a fireball, a death foretold "if I have anything to do with it",
a wish to "put the mayor out of our misery", executions of "corrupt councillors" called for,
someone "going to follow the editor home", "I've buried better men than you", rope got out
for a board, "a faceful of buckshot". Near misses use the same words for clothes, seasons,
taxes, repairs, candles, weather, a parcel, a vet, a recall notice, a bill, a film shoot, a
tug of war, paint dust, a meal and an undertaker, and a chant reported in the third person
stays clean. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_guidelines

THREATS = [
    "Your wife and kids would look good in a ditch.",
    "He would look good in a coffin.",
    "You'd look better in a body bag, mate.",
    "That judge would look lovely on a spike.",
    "Do the world a favour and end him.",
    "Somebody do us all a favor and finish her off.",
    "Wouldn't take much to torch the mosque on Elm Street, would it?",
    "Wouldn't take long to set fire to their shop, just saying.",
    "Ur dead m8. Wait till friday.",
    "you're so dead, just wait till I see you",
    "We're singing that we'll smash your head in, ref.",
    "My cousin knows where you work. Just so you know.",
    "Your car will be a fireball by morning.",
    "This councillor won't live to see the next election if I have anything to do with it.",
    "Wish someone would put the mayor out of our misery.",
    "We should start executing corrupt councillors in the town square.",
    "One of these days somebody's going to follow the editor home.",
    "I've buried better men than you.",
    "Time to get the rope out for the school board.",
    "Any cop who comes to my door is getting a faceful of buckshot.",
]

NEAR_MISSES = [
    "You'd look good in a red dress for the gala.",
    "He'd look better in a wheelchair-friendly car honestly, his knees are shot.",
    "The dog would look great in a hat.",
    "The old quarry would look nice on a postcard.",
    "Do us all a favour and end this farce of a season.",
    "Do the world a favour and end the tax on pensions.",
    "It wouldn't take much to fix the church roof.",
    "Wouldn't take much to burn the house down with those candles, be careful.",
    "If you go out in that storm you're dead, wait until it passes.",
    "Fans chanting that they'll smash the ref's head in is a disgrace.",
    "Fans shouting that they will smash the ref's head in should be banned.",
    "The away end was singing that they would kill the keeper.",
    "My mum knows where you live, she'll drop the parcel round.",
    "The vet put the dog out of its misery, poor thing.",
    "I hope someone puts this season out of its misery.",
    "Your car will be on fire by morning if you leave the charger in, the recall notice says.",
    "That bill won't survive the committee stage if I have anything to do with it.",
    "We should start shooting the second half of the film in March.",
    "Get the rope out for the tug of war, the kids are waiting.",
    "I got a mouthful of lead paint dust when sanding the old door.",
    "Don't be surprised if you end up in hospital after eating that.",
    "I've buried better men than him, said the undertaker, who has seen it all.",
    "The dog will follow the kids home from school every day.",
]


@pytest.mark.parametrize("text", THREATS)
def test_pictured_menace_is_caught(engine: Engine, text: str) -> None:
    assert "dont-threaten" in rule_guidelines(engine, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert "dont-threaten" not in rule_guidelines(engine, text)
