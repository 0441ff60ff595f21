"""The shipped Don't Threaten rules on menace as threat authors wrote it (r21).

A person who "won't make it back to his car", who regrets it "from a hospital bed", made to
pay, bid "sleep well" after an address, wished dead with relish, hit by a taxi, crashed into a
lamppost or never waking up; a blade brought, a beating "you'll never forget", a house that
"can burn as easily", a weapon taken to the knees, a body nobody would find, those who snitch
disappearing, an "unfortunate fall", petrol at the door, a pet that eats what it shouldn't,
kin and their routine, a quiet word round the back, a lightning strike or a fall from a roof
wished. Near misses are warnings, sport, cooking, favours, bills and kind visits. Every
sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_guidelines

THREATS = [
    "Ref, one more dodgy call and you won't make it back to your car.",
    "Cross me again and you'll regret it from a hospital bed.",
    "You won't be smiling by the time I'm done with you.",
    "I'll find out who you are and make you pay.",
    "I'll make you pay for what you wrote.",
    "Journalists who dig like that sometimes don't make it home.",
    "Got your street and your reg now. Sleep well.",
    "Nothing would make me happier than seeing that judge dead.",
    "I hope the mayor gets hit by a taxi.",
    "Hope he wraps his car round a lamppost.",
    "I hope that referee never wakes up.",
    "If you see any of them in the pub, glass them.",
    "I'm coming for you tonight with the machete.",
    "Pay up by Friday or you'll get a beating you'll never forget.",
    "Tell him his house can burn as easily as mine did.",
    "Hope your own kids get cancer.",
    "Hope that winger snaps his ankle.",
    "Let these corrupt ministers starve.",
    "I'm taking a hammer to your kneecaps, Gary.",
    "You'll find out what a crowbar does to a skull.",
    "Plenty of bog land out there, nobody would ever find you.",
    "People who talk to the police tend to disappear round here.",
    "Be a shame if your mum had an unfortunate fall one night.",
    "The last reporter who asked questions ended up in intensive care.",
    "You'll never walk this town in one piece again.",
    "We'll come round to your house with petrol.",
    "Make sure he can't walk again.",
    "Keep reporting us and your dog will eat something it shouldn't.",
    "Your son's bus stop is on Elm Road. Think about that before you vote.",
    "Give that ref a kicking he won't forget.",
    "Don't call the police, just finish him.",
    "We'll have a quiet word with him round the back.",
    "May that ref catch something incurable.",
    "Pray he gets struck by lightning.",
    "Hope he falls off his own roof.",
    "Would be hilarious if he cracked his head open.",
    "Wishing every one of them ends up in intensive care.",
    "Everyone knows which route you walk home.",
]

NEAR_MISSES = [
    "Ski that run drunk and you'll be leaving in an ambulance.",
    "Swim past the flags and you'll be going home in a body bag.",
    "I hope no one ends up in hospital after this heatwave.",
    "We'll come round to your house with cake.",
    "I'll make you pay for dinner next time.",
    "Your dog might eat something it shouldn't at the barbecue, keep an eye on him.",
    "He won't make it back to his car before the rain.",
    "The last guy who tried this recipe ended up in hospital with food poisoning.",
    "Nobody would ever find you in that crowd.",
    "People who move to London tend to disappear from village life.",
    "You'll be limping for a week after that hike.",
    "We'll come to the house with a torch to look for the cat.",
    "Hope you like it with no windows, the new office is a basement.",
    "You should pay a visit to your mum this weekend, she misses you.",
    "The undertaker had the coffin measured on Tuesday.",
    "Tell your dad to get his affairs in order before the operation.",
    "I hope the old oak doesn't get struck by lightning.",
    "I hope the stage doesn't collapse on them again.",
    "I hope you don't end up in hospital again this winter.",
    "Time to beat the chicken breast flat with a rolling pin.",
    "I hope he never plays for us again.",
]


@pytest.mark.parametrize("text", THREATS)
def test_menace_in_other_voices_is_caught(engine: Engine, text: str) -> None:
    assert "dont-threaten" in rule_guidelines(engine, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert rule_guidelines(engine, text) == set()
