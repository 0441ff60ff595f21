"""The shipped Be Nice rules on a people judged in passing (round r26): a vice called "just
their culture" or done "like they breathe", a people named and then called "dirty people",
the disabled said to want special treatment, a world "better off without them", a woman sent
home to cook, a people barred, schooled apart or bred to replace. Near misses are the same
words about work, places, history, counter-speech and denial. Every sentence is our own."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_guidelines

HATE = [
    "Scamming tourists is just their culture over there.",
    "Albanians cheat like they breathe, never trust a handshake.",
    "Those people are just wired for violence, look at the news.",
    "Romanians on our estate, born pickpockets the whole lot.",
    "The Kurds who opened the car wash? Lazy and dishonest, I've seen it.",
    "Polish builders moved in next door. Filthy people, bins everywhere.",
    "Blind people always want special treatment at the council.",
    "Travellers living off the taxpayer again, same every summer.",
    "The world would honestly be better off without the mentally ill.",
    "The mayor should go home and cook her husband a meal instead.",
    "She only got the promotion cos she slept with the manager.",
    "Women never should have been given the vote.",
    "Muslims should be kept out of the police.",
    "Separate classrooms for the refugee kids, please.",
    "Ban all migration from the Middle East, no exceptions.",
    "They're funding the boats to replace white Britons, wake up.",
    "Syrian refugees are a trojan horse and everyone knows it.",
    "This is Texas not Somalia. Go home.",
    "Romanians are the laziest workers I've ever had.",
    "Albanians in the flats live like that back home too.",
    "Eritreans in our town are basically a crime wave.",
    "Poles on my street, half of them drunk and the other half on the dole.",
    "Thick as sin, the whole tribe of them.",
    "The camp by the river is crawling with vermin, and I don't just mean the rats.",
    "Every beggar on the high street is a lazy drunk.",
    "Any woman in a niqab is brainwashed or oppressed.",
    "Hire locals, and by locals I mean white ones.",
    "Girls can barely kick a ball straight, never mind read a game.",
    "The globalists cooked up covid to make money.",
    "The imams are converting our kids one by one.",
    "Send them all back so the white race can survive.",
    "This town must be swept clean of the Roma.",
]
NEAR_MISSES = [
    "Migrants take dirty and dangerous jobs nobody else wants.",
    "Refugees fled violent and cruel regimes to get here.",
    "Blaming all Somalis for one man's crime is lazy and cruel.",
    "Nazi posters portrayed Jews as vermin, which is how genocide starts.",
    "Nobody should call homeless people junkie trash who want handouts.",
    "Nobody is saying Romanians are born pickpockets, that's a slur.",
    "Separate toilets for staff and customers, please.",
    "Women won the vote in 1918 after years of protest.",
    "The team would be better off without them in midfield.",
    "I'm going home to make my husband dinner.",
    "Migrants paid dangerous people smugglers for the crossing.",
    "The Irish are the friendliest people I've met.",
    "Half of them were sick and the other half exhausted, the nurse said.",
    "Every migrant is a human being with a story.",
    "Stick to cooking, sweetheart, your soup is amazing.",
    "It's always the Irish who throw the best parties.",
    "Since the Somalis moved in, the corner shop is open till midnight.",
    "Ethnic cleansing of Muslims in Bosnia was a genocide.",
    "The council swept the square clean of litter after the parade.",
]


@pytest.mark.parametrize("text", HATE)
def test_verdict_in_passing_is_caught(engine: Engine, text: str) -> None:
    assert "be-nice" in rule_guidelines(engine, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_of_a_verdict_in_passing_is_not_flagged(engine: Engine, text: str) -> None:
    assert rule_guidelines(engine, text) == set()
