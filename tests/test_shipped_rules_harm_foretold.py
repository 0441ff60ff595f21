"""The shipped Don't Threaten rules on harm foretold in plain words (round r26): "you're
getting your legs broken", "you'll be breathing through a tube", "I'll send you to meet your
maker", "if I catch you near my house I'm shooting", and veiled forms flagged for a moderator
("enjoy your last weekend, pal"), and the old coded forms ("sleeping with the fishes", "a dose of
lead poisoning", a drive only one comes back from). Near misses are sport, surgery,
photography, news, holidays and advice.
Every sentence is our own."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_guidelines

THREATS = [
    "Keep lying about me and you're getting your legs broken.",
    "Touch my car again and you'll be breathing through a tube.",
    "I'm going to send you to meet your maker, pal.",
    "Your cat will be floating in the canal by Friday.",
    "If we catch you near the shop again we're shooting.",
    "Say that to my sister again and I'm caving in your skull.",
    "Seriously, somebody shoot him already.",
    "I hope you get knifed on the way home.",
    "Enjoy your last weekend, pal.",
    "Your missus would love a visit from me while you're at work.",
    "Tell your wife to sleep with one eye open.",
    "Your kids should be scared. Very scared.",
    "Keep talking and you'll be sleeping with the fishes.",
    "That grass deserves a healthy dose of lead poisoning.",
    "Someone should take the councillor for a drive up the moors and come back alone.",
    "I'd throw a party if his private jet fell out of the sky.",
    "May the new stand collapse on him during the opening ceremony.",
    "I pray their whole family gets cholera.",
    "Keep the body bag ready for that pundit.",
    "Plenty of moorland up here where a reporter could disappear.",
    "Accidents happen to mouthy journalists, you know.",
    "When I catch you I'm kicking you to death, simple.",
    "Gonna light him up with my glock when he comes out.",
    "Hope you get hit by the night bus.",
    "Wish a bin lorry would flatten him.",
    "Post that again and you're going off the bridge.",
    "Keep it up and they'll be fishing you out of the canal.",
    "Anyone with a van, plough through those marchers.",
    "Throw them off the balcony, the lot of them.",
    "Go down there tonight and break some heads.",
    "Better start looking over your shoulder, mate.",
    "Come to the ground on Saturday? You better bring backup.",
    "One night you'll wake up and I'll be standing at the foot of your bed.",
    "People round here have long memories. You'll find out.",
    "Keep your daughter inside this weekend.",
    "Tell him to kiss his kids goodbye.",
    "His van will be at the bottom of the harbour, and you with it.",
]
NEAR_MISSES = [
    "If you play rugby long enough you'll get your nose broken.",
    "After the op you'll be breathing through a tube for a few days.",
    "If I see you at the match I'm shooting photos for the club.",
    "Seriously, someone shoot the video for the wedding.",
    "He got knifed outside the chip shop, police said.",
    "Enjoy your last weekend before term starts!",
    "Tell him to watch his back in the scrum, their flanker is a menace.",
    "Enjoy your final days of freedom before the baby comes, mate!",
    "Enjoy your last weekend as a single man, buddy, the wedding's Saturday.",
    "Your kids should be scared of what the heat will do to the planet.",
    "I'm not breaking your legs, it's a sports massage.",
    "Swimming with the fishes on the reef was the best part of the holiday.",
    "Two kids in the flats were treated for lead poisoning from old paint.",
    "We took the dog for a long drive to the beach.",
    "The old roof may collapse on them if the council does nothing.",
    "Accidents happen, especially to people who skip the safety briefing.",
    "Keep your kids inside tonight, the storm is coming in.",
    "You won't be walking out of that sale without a bargain.",
    "They should throw him off the team after that.",
    "Let's go and break some records this season.",
    "The doctor decided to put him in the hospital overnight.",
    "If you see him faint, get him to the hospital.",
    "I hope the driver who hit her gets a long ban.",
    "Party at mine on Saturday, better bring friends!",
    "Elephants have long memories, you'll find out if you visit the sanctuary.",
    "Kiss your kids goodbye at the gate and go, the teacher said.",
    "They'll be fishing you out of the pub at closing time again.",
    "Jump every puddle you see, kids, it's fun.",
]


@pytest.mark.parametrize("text", THREATS)
def test_harm_foretold_is_caught(engine: Engine, text: str) -> None:
    assert "dont-threaten" in rule_guidelines(engine, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_of_harm_foretold_is_not_flagged(engine: Engine, text: str) -> None:
    assert rule_guidelines(engine, text) == set()
