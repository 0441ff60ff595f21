"""Shipped Be Nice rules of round nice8 (issue 12): control tropes, rights denied, "go back",
contempt for a whole people and dehumanising shapes that carry from one author to another.

Sentences are our own, written in the site's voice; none is copied from a data set.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import SCORERS

# Each must break Be Nice.
BE_NICE = [
    # a people said to run or take over institutions, answer to a foreign power, replace us
    "Open your eyes, the Catholics run the police and the courts in this town.",
    "The Irish have quietly taken over every council up north.",
    "Wake up, the Jews own the papers and the telly.",
    "Muslims answer to Mecca first and this country second.",
    "It's all part of the plan to replace the locals, plain as day.",
    "They are breeding us out and the government just watches.",
    "Soros puppets, every one of them on the front bench.",
    # a people denied a vote, a say, work, office or rights
    "Polish people shouldn't be allowed to vote here, ever.",
    "Muslims should have no say in how our schools are run.",
    "Gay men should not be allowed to teach.",
    "Ban the Romanians from renting council flats.",
    "No more Hindu councillors, this is a Christian country.",
    "Take the vote away from women and watch things improve.",
    "No more mosques in this county.",
    # go back, sent back, remigration
    "Don't like Australia? Go back then, nobody is stopping you.",
    "Put them on the next flight home to Lagos, the lot of them.",
    "Send the lot back on the next boat.",
    "Go home Romanians.",
    "Remigration now, before it's too late.",
    "Back to the jungle with them, I say.",
    "Get out of our country if you can't respect it.",
    "Love it or leave it, mate.",
    "This is England, speak English.",
    "They should all be deported, every last one.",
    # contempt for a whole people
    "Honestly I cannot stand Germans.",
    "Poles ruin everything they touch.",
    "The Welsh are loud and all the same.",
    "Lithuanians ruin every pub they drink in.",
    # dehumanising in more than one word
    "That crowd are more animal than human.",
    "The whole block is full of human garbage.",
    "Why are we importing hordes of savages?",
    "Albanians pour in like rats every summer.",
    "Those scroungers are leeches feeding off the taxpayer.",
    "Romanians are nothing but vermin.",
    "Gypsies are a plague on this town.",
]

# Near misses: each must stay clear of Be Nice.
NOT_BE_NICE = [
    "It's not the Poles buying up every house, it's landlords and funds.",
    "The claim that the Jews control the banks is an old antisemitic lie.",
    "The Saudi government bought the club last year.",
    "The council has a plan to replace the old bridge.",
    "Catholics weren't allowed to sit in Parliament until 1829.",
    "Faith schools shouldn't get state funding, whatever the faith.",
    "Women couldn't vote in Switzerland until 1971.",
    "Refugees shouldn't have to wait a year for a decision.",
    "People who say immigrants shouldn't get a vote are wrong.",
    "The airline flew him home to his family after the crash.",
    "The court heard he told the victim to go back to Africa.",
    "Send them back to the shop if the shoes don't fit.",
    "We should go back to Greece next summer, the food was lovely.",
    "The party's remigration plan was condemned by every bishop.",
    "I can't stand the French team's defending.",
    "Men aren't all the same, my brother is lovely.",
    "Not all migrants are the same, most work harder than me.",
    "Human waste was found in the river again.",
    "Ticks feeding on deer carry Lyme disease.",
    "Cartoons drew Irish immigrants as more ape than human.",
    "Muslims aren't taking over anything, they're running corner shops.",
]


@pytest.mark.parametrize("text", BE_NICE)
def test_nice8_shapes_break_be_nice(engine: Engine, text: str) -> None:
    assert "be-nice" in {g for hit in engine.check_text(text) for g in hit.guidelines}


@pytest.mark.parametrize("text", NOT_BE_NICE)
def test_nice8_near_misses_stay_clear_of_be_nice(engine: Engine, text: str) -> None:
    hits = [hit for hit in engine.check_text(text) if hit.rule not in SCORERS]
    assert "be-nice" not in {g for hit in hits for g in hit.guidelines}
