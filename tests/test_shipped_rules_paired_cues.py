"""The shipped rules that read a pair of cues rather than one stock phrase (round r33).

Round r33's focused moderator sets (lewd remarks, sexism, stereotypes, veiled threats, false
claims) showed each writer hinting in words of their own, so no one phrase carried over. These
five rules each pair two classes within a few words: the writer's interest and a sexual cue, a
hint and a harm that befalls someone, a people named and an insinuation about all of it, a sex
named and a slight pinned on it, a claim's topic and the proof or cover-up it is vouched by.
Each half alone is everyday talk, so the near misses use one half, or both answered, reported
or said of oneself. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_ids

CAUGHT = [
    ("lewd-innuendo-at-a-person", "I'd happily keep that new newsreader up till sunrise."),
    ("lewd-innuendo-at-a-person", "Bet the vicar's wife is a right goer."),
    ("lewd-innuendo-at-a-person", "That councillor can take minutes in my bedroom any night."),
    ("lewd-innuendo-at-a-person", "The swim coach has lips made for more than shouting at kids."),
    ("lewd-innuendo-at-a-person", "She got that promotion on her knees, the whole depot knows."),
    ("menace-by-hint", "Be a real shame if the chairman's car caught fire one night."),
    ("menace-by-hint", "Accidents happen. Something for the referee to think about."),
    ("menace-by-hint", "We know where the assessor drinks on a Friday. Just saying."),
    ("menace-by-hint", "If I were that councillor I'd be checking under my car every day."),
    ("stereotype-by-insinuation", "Albanian lads back at the car wash. Lock your vans."),
    ("stereotype-by-insinuation", "Roma families at the shelter again, it's how they're raised."),
    ("stereotype-by-insinuation", "Somali youths at the pool, no respect for the law, never will."),
    ("stereotype-by-insinuation", "Pakistani barbers, half of them can barely spell their names."),
    ("sexism-by-insinuation", "Another female fire chief. Watch the station fall apart."),
    ("sexism-by-insinuation", "Lady bus drivers? They can't even reverse into the depot."),
    ("sexism-by-insinuation", "Put a woman in charge and nothing will ever get decided."),
    ("sexism-by-insinuation", "Men are overgrown toddlers, keep them off the school board."),
    ("sexism-by-insinuation", "Girls on the apprenticeship? They'll quit to have babies."),
    ("claims-vouched-for", "The harbour master was convicted of fraud and they hushed it up."),
    ("claims-vouched-for", "Fluoride is why the town votes the same way, look it up."),
    ("claims-vouched-for", "The turnout figure went up on the site and then quietly vanished."),
]

LEFT_ALONE = [
    ("lewd-innuendo-at-a-person", "Bet he's still in bed after the count."),
    ("lewd-innuendo-at-a-person", "I'd love to see the pool open after hours for the swim club."),
    ("lewd-innuendo-at-a-person", "The physio had me bent over a bench for twenty minutes."),
    ("lewd-innuendo-at-a-person", "Our gran can keep the kids after school any day, she loves it."),
    ("menace-by-hint", "It would be a shame if the library closed, it's the only warm room."),
    ("menace-by-hint", "Accidents happen on that junction every winter, grit it."),
    ("menace-by-hint", "Would be a shame not to paint that front wall before you sell."),
    ("menace-by-hint", "The fire service said the barn caught fire after a lightning strike."),
    ("stereotype-by-insinuation", "Roma families moved in and the volunteers helped them settle."),
    ("stereotype-by-insinuation", "Polish builders did the extension, every one of them on time."),
    ("stereotype-by-insinuation", "We Somalis joke that being late is our national sport."),
    ("stereotype-by-insinuation", "Indian families in the town always bring food to the gala."),
    ("sexism-by-insinuation", "Women aren't too emotional to lead, look at the council chair."),
    ("sexism-by-insinuation", "As a woman who can't reverse park, I salute the bin lorry driver."),
    ("sexism-by-insinuation", "The tribunal heard her boss said women are not built for nights."),
    ("sexism-by-insinuation", "My mum can't parallel park either, neither can my dad."),
    ("claims-vouched-for", "Fluoride does not cause cancer, the studies are there, look it up."),
    ("claims-vouched-for", "The court heard he was convicted of fraud in 2016 and kept it quiet."),
    ("claims-vouched-for", "Everybody knows the bypass will be late, it always is."),
]


@pytest.mark.parametrize(("rule", "text"), CAUGHT)
def test_the_pair_is_caught_by_its_rule(engine: Engine, rule: str, text: str) -> None:
    assert rule in rule_ids(engine, text)


@pytest.mark.parametrize(("rule", "text"), LEFT_ALONE)
def test_one_half_or_an_answered_pair_is_left_alone(engine: Engine, rule: str, text: str) -> None:
    assert rule not in rule_ids(engine, text)
