"""The shipped rules on hate and menace in the words two more authors used (r23).

Hate: a hidden hand left unnamed ("the same people control it all"), a lobby choosing who
rules, a takeover seat by seat, wars bankrolled by one family, a plan to replace a people; a
people said to fall short or to sell their own, a virtue mocked ("hard working X my foot"),
"more like animals than people", "never finished evolving", an illness called made up; women
made "for the home", crying "like a little girl", without "the nerve" for a job; a people
barred from office, penned in camps, told to paddle back; a people denied humanity after
"not". Menace: on the way to do it, a condition and its price, a flood wished on someone, a
fate that "catches up with" snitches.
Near misses are the same words reported, denied (a verdict with "not" before it), named as a
stereotype, or about a game.
Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_guidelines

HATE = [
    "Banks, papers, telly, the same people control it all and everyone knows it.",
    "The Zionist lobby decides who gets to be president in that country.",
    "They're taking over the town council one seat at a time.",
    "Sharia courts street by street, they're colonising us street by street.",
    "It's a slow takeover and nobody in Westminster has the guts to stop it.",
    "The Rothschilds financed both world wars and they'll fund the next one.",
    "Muslims have a plan to islamise the whole of Europe.",
    "Globalists are working hard to replace white people with cheap labour.",
    "Give it a generation and Birmingham will be under sharia.",
    "That jab was cooked up to reduce the African population.",
    "Somalis just aren't as bright as the rest of us, sorry.",
    "Peaceful Muslims my arse.",
    "Albanians would sell their own kids for a few quid.",
    "Romanians in this town, not one of them you can trust.",
    "Thieves the lot, it's in their blood.",
    "They behave more like wild animals than human beings.",
    "Honestly that lot never finished evolving.",
    "ADHD is just bad parenting with a fancy label.",
    "Anxiety isn't a real illness, just get on with it.",
    "Any woman who wears a skirt that short is a slag.",
    "God made women to serve their husbands.",
    "Girls only go to uni to bag a rich husband.",
    "He was crying like a little girl after the final whistle.",
    "Women can't handle real pressure, look at the cabinet.",
    "Women haven't got the stomach for front line work.",
    "Ban Muslims from public office, simple as.",
    "Immigrants shouldnt be allowed council houses.",
    "Round up the illegals in camps and be done with it.",
    "Get back in your dinghy, nobody invited you.",
    "This is our country, not yours.",
    "Somalis aren't even human, animals the lot of them.",
    "Muslims are not people, they are vermin.",
]

THREATS = [
    "I'm heading over to Dundee to batter you myself.",
    "Keep it up and I'll drive round there and kill you.",
    "Say that again and you're dead meat.",
    "Post my address one more time and I'll come for you.",
    "I hope the next storm drowns you.",
    "Somebody should beat him until he can't walk.",
    "Accidents have a way of happening to snitches.",
    "Folk like you don't usually see their next birthday.",
    "A brick through your window is the least you'll get.",
    "Drug dealers should be necklaced, no trial.",
]

NEAR_MISSES = [
    "The same people run the tuck shop every summer.",
    "The film is about a secret plot to take over the world.",
    "In 1942 the government put Japanese Americans in camps.",
    "Jim Crow laws kept black folks from voting for decades.",
    "He'd sell his own mother for a pint, that one.",
    "Honestly, the pitch was a pig's ear by the second half.",
    "My niece's teacher told her girls can't do maths, so we complained.",
    "Can we stop with the lazy immigrants line, it's nonsense.",
    "I don't believe the Jews control the banks, it's an old smear.",
    "The man was jailed for posting that refugees should be shot.",
    "My son kept shouting I'm going to kill you at his mate in Fortnite.",
    "A stranger told a woman in a hijab to go back where she came from.",
    "Calling poor folk scum says more about you than them.",
    "The great replacement is a racist conspiracy theory.",
    "I'm driving to Leeds to see my nan.",
    "I hope the new season doesn't kill you with spoilers.",
    "Sikhs are not terrorists, and saying so in 2026 is embarrassing.",
    "Refugees aren't criminals, most of them are fleeing criminals.",
    "Poles aren't taking our jobs, they're doing the ones nobody else would.",
]


@pytest.mark.parametrize("text", HATE)
def test_hate_in_other_words_is_caught(engine: Engine, text: str) -> None:
    assert "be-nice" in rule_guidelines(engine, text)


@pytest.mark.parametrize("text", THREATS)
def test_menace_in_other_words_is_caught(engine: Engine, text: str) -> None:
    assert "dont-threaten" in rule_guidelines(engine, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert rule_guidelines(engine, text) == set()
