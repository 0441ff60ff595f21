"""The shipped Be Nice rules on a verdict passed on a whole people (r19).

A people placed and then judged ("X in this town are all ..."), judged with no verb or
sealed with "every one", their ways put down to blood or culture, a faith called the creed of
savages, women kept at home or "there to be looked at", the disabled called a burden, any
people kept from homes, jobs or schools, "back to where you came from", and a plot told by
its name or by the births it needs. Near misses use the same frames for sympathy, likeness,
objects, sport, courts and zoos. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import guidelines

HATE = [
    # a people placed, then judged
    "Romanians on our road are all the same, lazy and loud.",
    "Old women at the church are all nasty.",
    "Kurds in this town are all smelly and loud.",
    # judged with no verb, or sealed with "every one"
    "Albanians all crooks and drug dealers, no exceptions.",
    "Men are cheats, every last one.",
    # blood, culture, nature
    "Travellers never pay for anything, it's in the blood.",
    "Pakistanis have no feelings, never did.",
    "Women are just bodies with no brains.",
    # a faith called the creed of savages
    "Hinduism is a religion for primitive people.",
    "Sikhism is a faith for simpletons.",
    # women at home or there to be looked at
    "A wife's place is in the kitchen, not the boardroom.",
    "Female presenters are only there to be looked at.",
    # the disabled called a burden, or better unborn
    "Kids with Down syndrome are a drain on the NHS.",
    "It would be kinder if they were never born, honestly.",
    # kept from homes, jobs and schools
    "Foreigners should be banned from renting in this town.",
    "Lower caste people shouldn't be hired in restaurants.",
    "Children with autism shouldn't be in normal schools.",
    "Single mums like her shouldn't be allowed kids.",
    # sent back in the commonest words
    "Back to where you came from, the lot of you.",
    "Your lot belong back in Pakistan.",
    "You're not British and you never will be, go home.",
    "Those Poles should pack their bags and get out of Ireland.",
    "If you don't like how we do things here, go home.",
    # a plot told by its name, or by the births it needs
    "Love jihad is real and the police won't admit it.",
    "They're breeding like crazy to outnumber us, open your eyes.",
]

NEAR_MISSES = [
    "Refugees in the camp are all sick and hungry, please donate.",
    "Refugees from Syria are all the same as us, families wanting safety.",
    "Nurses on our ward are all exhausted after the winter.",
    "The cushions are only there for decoration.",
    "The Irish in the squad are all brilliant this season.",
    "Women are not cheats, and neither are men.",
    "He said that Islam is a religion of savages, and was rightly sacked.",
    "Women in the club are all the same age, more or less.",
    "The cost of caring for the elderly is a burden on families.",
    "Kids with autism shouldn't have to wait two years for a diagnosis.",
    "We packed our bags and left Dublin for Cork in May.",
    "If you don't like the coffee here, go back to the other café.",
    "My nan's place is in the kitchen most Sundays, she loves a roast.",
    "The paintings are only there to be looked at, please don't touch.",
    "The court found that love jihad is not a crime on any statute book.",
    "They are breeding the pandas to save the species.",
]


@pytest.mark.parametrize("text", HATE)
def test_sweeping_verdict_is_caught(engine: Engine, text: str) -> None:
    assert "be-nice" in guidelines(engine, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert "be-nice" not in guidelines(engine, text)
