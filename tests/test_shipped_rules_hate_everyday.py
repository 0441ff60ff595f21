"""The shipped Be Nice rules on hate in everyday shapes (r28, ``hate-in-everyday-shapes``).

New blind authors let through degrading generalisations with no slur and no "X are all Y": a
vice and a word that sweeps a whole people, a woman named and then a pronoun that slights her,
a plot to dilute a people, a people said to live or breed like beasts, the next flight home,
natives first by law, disability called a burden or an excuse, a faith said to breed killers.
The near misses use the same sweeping words for praise, animals, a denial and a rebuttal.
Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_guidelines

EVERYDAY_HATE = [
    "Greedy and two faced, the whole race of them.",
    "Albanians are crooked by nature, simple as.",
    "The Bulgarians round here are thieving, every one of them.",
    "Always drunk, that's just how they are like, it's in their blood.",
    "Force is the only language those people understand.",
    "Shoplifting is a national sport for that lot.",
    "Never met a Scouser who could keep a job.",
    "Moldovans only come over here to beg and claim benefits.",
    "The Poles moved in and the whole street went downhill.",
    "A woman running the port? She's far too emotional for it.",
    "Ladies just don't have the temperament for surgery.",
    "Stick a woman behind the wheel of the bus and watch it go to pieces.",
    "Woman driver. Enough said.",
    "Any bloke who cooks for his wife isn't a real man.",
    "The migrants were brought in deliberately to breed out the natives.",
    "The media is owned by a certain tribe, everybody knows it.",
    "Every foreign student here is a spy.",
    "It's sharia by stealth in our schools.",
    "They breed like rabbits and live like pigs.",
    "Swarms of them outside the station like locusts.",
    "Ship the lot of them on the next boat home and good riddance.",
    "Refugees should be at the back of the queue for every council house.",
    "British first for jobs, by law.",
    "Disabled people are just a drain on the rest of us.",
    "ADHD is an excuse for lazy people.",
    "That religion breeds fanatics.",
    "The country is full, go home.",
    "Women belong in the kitchen, not in the cabinet.",
    "Travellers will rob you blind if you let them near the van.",
    "Every single Moldovan is on benefits.",
    "Catholics are all paedo enablers.",
]

EVERYDAY_NEAR_MISSES = [
    "Brilliant and generous, every one of them.",
    "Feral cats killed the birds, every one of them.",
    "I'm lazy by nature, always have been.",
    "Nobody should say women are too emotional for the job.",
    "Disabled people are not a drain, they pay tax like everyone else.",
    "The myth that migrants are sent to dilute us is racist propaganda.",
    "Rabbits breed like rabbits, that's the whole point of them.",
    "Never met a referee who could please both sets of fans.",
    "The next flight home leaves at six, good riddance to this airport.",
    "She runs the port and she's brilliant at it.",
    "Depression is real and it is not an excuse for anything.",
    "Locals first in the queue for the new bakery, it sells out by nine.",
    "The hotel is full, go home and try tomorrow.",
    "The pasta belongs in the kitchen cupboard, not the fridge.",
    "Telling women they belong in the kitchen is lazy sexism.",
]


@pytest.mark.parametrize("text", EVERYDAY_HATE)
def test_everyday_hate_is_caught(engine: Engine, text: str) -> None:
    assert "be-nice" in rule_guidelines(engine, text)


@pytest.mark.parametrize("text", EVERYDAY_NEAR_MISSES)
def test_everyday_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert "be-nice" not in rule_guidelines(engine, text)
