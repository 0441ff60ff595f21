"""The shipped Don't Threaten rules on threats in everyday and slang words (r28).

Seven new blind authors let through threats with no "I will kill you" in them: a death looked
forward to (an obituary, a ditch, a disease told to hurry), slang for a killing ("six feet
under", "a hot one", "the business end of my shotgun", a memorial t-shirt), menace in passing
(a last day out, a quiet street with no cameras, a car checked underneath, "tick tock",
"you'll see me before you hear me"), a crowd told to burn a place or pick people off, and a
consequence with no verb of harm ("next time it's petrol", "you'll lose the hand"). The near
misses use the same words for a safety tip, a game, a report, an electrician's warning, sport
and a joke. Every sentence is our own, none copied from the written sets.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_guidelines

EVERYDAY_THREATS = [
    # a death looked forward to or prayed for
    "Honestly can't wait to read her obituary, the sooner the better.",
    "Go die in a fire, you absolute waste of space.",
    "Hope the cancer hurries up and takes him.",
    "Whoever did it, I hope it was slow and painful.",
    "I'd crack open a beer if that councillor got run over tomorrow.",
    "Wouldn't shed a tear if the landlord dropped dead.",
    "Praying a storm takes out every last one of those protesters.",
    "Every night I pray the mayor catches a stray.",
    "Hope somebody knocks the living daylights out of you.",
    "I hope you OD in a bus shelter.",
    # slang for a killing
    "Keep grassing and you'll end up six feet under.",
    "He's gonna catch a hot one if he shows his face again.",
    "Say that again and meet the business end of my shotgun.",
    "Bring your mouth round here and meet my friend Smith and Wesson.",
    "Snitches get stitches, remember that.",
    "They're gonna air him out the minute he leaves the club.",
    "You'll be on a memorial t-shirt by Easter.",
    "He's getting his wig pushed back, trust.",
    "That grass wants a Glasgow smile and he's due one.",
    "He'll be pushing up daisies before Christmas.",
    "Keep grassing and you'll be feeding the crabs.",
    "They'll be carrying him out in a pine box.",
    "You'll be wearing a wooden overcoat by Easter.",
    "He'll be a chalk outline on the high street.",
    "Better start picking out his headstone.",
    "He'll end up like Hoffa if he keeps talking.",
    "Fill that grass full of lead.",
    "He's gonna get topped, mark my words.",
    "Imma drill him when he steps out.",
    "It's lights out for you, pal.",
    "You never know who's watching you, sweetheart.",
    "I've got a few mates who'd love to meet you.",
    "I wouldn't walk anywhere alone if I were you.",
    "We've all got your photo now.",
    "The only good journalist is a dead journalist.",
    "Time to take back our streets, bring bats.",
    "Burn their flags and then their homes.",
    "Somebody run that cyclist off the road.",
    "What this town needs is a good old fashioned lynching.",
    # menace in passing
    "Enjoy the parade, might be your last day out.",
    "Lovely quiet lane you live on, no cameras either, just saying.",
    "I wouldn't start your car in the morning without looking underneath, pal.",
    "Tick tock, you know what you did.",
    "You'll see me before you hear me.",
    "Nobody's gonna miss you when you stop turning up, think about that.",
    "Mouthing off like that gets people hurt round here.",
    "A lot of mouth for someone whose wife drives a red Fiesta.",
    "Your dog's going in the canal if it barks again.",
    "Next time it's petrol through your letterbox.",
    "Touch my van again and you'll lose the hand.",
    "Next time we meet you're not walking out of there.",
    # a crowd called out
    "Burn down the hostel lads, it's the only way they'll listen.",
    "Time we started knifing these dealers ourselves.",
    "Go down to the march and start swinging.",
    "Patriots should start picking them off one at a time.",
    "Someone bottle that ref on his way to the car park.",
    "I swear I'll burn the council offices to the ground.",
]

EVERYDAY_NEAR_MISSES = [
    "Check under your car for cats in winter if I were you.",
    "I wrote her obituary for the paper, it was an honour.",
    "Six feet under is a great series, the ending still gets me.",
    "The plants died in a ditch by the motorway, sad sight.",
    "Lead poisoning from old pipes is still a problem in Flint.",
    "Swap that outlet with the breaker on or you'll get lit up.",
    "We'll batter them on Saturday, three nil.",
    "Nobody's going to miss the old car park, it was an eyesore.",
    "You're a dead man walking if the coach sees that miss, lol.",
    "We know which pub you drink in, see you there for the quiz!",
    "Tick tock, the sale ends Friday.",
    "Consider this a friendly warning: the bridge is closed all week.",
    "Our cat's going to the vet next time it limps.",
    "Next time it's my round, I promise.",
    "Police said he told the victim her obituary was already written.",
    "The lads went down to the pitch and started training.",
    "I'd celebrate if the council fixed the potholes.",
    "Snitch is a lovely little bird in the Harry Potter game.",
    "Top him up, he's driving home after.",
    "My bike got clipped by a car on the ring road.",
    "The lads got drilled hard in training today.",
    "Lights out for you kids at nine, no arguing.",
    "Grandad was carried out in a pine box in 1998, God rest him.",
    "They'll be feeding the fishes at the aquarium at noon.",
    "The Hoffa film with De Niro is too long.",
    "She got splashed by a bus going through a puddle.",
    "Imma dip my chips in mayo.",
    "Brown bread and butter with the soup please.",
    "The only good slug is a dead one, says every gardener.",
    "We've got your photo for the yearbook.",
    "I wouldn't walk home alone if I were you, the path is icy.",
    "The museum has a room on Kristallnacht and the pogroms.",
    "Why would anyone say the only good immigrant is a dead immigrant?",
    "You're walking out of the pub with a smile tonight.",
    "You're getting out of here early today?",
]


@pytest.mark.parametrize("text", EVERYDAY_THREATS)
def test_everyday_threat_is_caught(engine: Engine, text: str) -> None:
    assert "dont-threaten" in rule_guidelines(engine, text)


@pytest.mark.parametrize("text", EVERYDAY_NEAR_MISSES)
def test_everyday_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert "dont-threaten" not in rule_guidelines(engine, text)
