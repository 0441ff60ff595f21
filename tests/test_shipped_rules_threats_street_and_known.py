"""The shipped Don't Threaten rules as round r37 widened them: street talk, death in a
euphemism, menace by what the writer knows, and harm on a condition or wished.

Round r37's moderator sets showed threats in text talk ("catch these hands", "he's on sight"),
deaths promised by the calendar or a box ("won't be seeing Easter"), a car or a child's school
day named with a hint ("I'd check under it"), and harm on a condition ("regret it with your
life"). The near misses are races, games, sad news, pets, safety advice, surgery and money.
Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_ids

CAUGHT = [
    ("threats-in-street-talk", "say that again in the car park and u catching these hands"),
    ("threats-in-street-talk", "that linesman is on sight after tonight, swear down"),
    ("threats-in-street-talk", "keep chatting, we bout to run up on that ref after the whistle"),
    ("threats-in-street-talk", "we gon wet him up if he shows his face at the park"),
    ("threats-in-street-talk", "lemme catch that reporter outside the studio, watch"),
    ("fate-in-a-euphemism", "That bailiff won't be seeing Easter if he knocks on our door again."),
    ("fate-in-a-euphemism", "Grasses round here have a habit of disappearing, just so you know."),
    ("fate-in-a-euphemism", "The chair of governors will be needing a pine box at this rate."),
    ("fate-in-a-euphemism", "That inspector needs to be quietly dealt with before the audit."),
    ("menace-in-what-they-know", "Nice red Golf you drive, councillor. I'd check under it first."),
    ("menace-in-what-they-know", "Your son finishes football at six on Thursdays. Just noticed."),
    (
        "menace-in-what-they-know",
        "Mates of mine drink in your local. Keeping an eye on you for me.",
    ),
    ("menace-in-what-they-know", "Your name's on the hit list now, editor. Added it myself."),
    (
        "harm-on-a-condition-or-a-wish",
        "Close the library and that planning officer is getting hurt.",
    ),
    (
        "harm-on-a-condition-or-a-wish",
        "Cut my benefits again and you'll regret it with your life, minister.",
    ),
    (
        "harm-on-a-condition-or-a-wish",
        "If he walks free I'll be sat outside the court with a machete.",
    ),
    (
        "harm-on-a-condition-or-a-wish",
        "Hope that landlord gets something horrible and wastes away.",
    ),
]

LEFT_ALONE = [
    (
        "threats-in-street-talk",
        "He told me I'd catch these hands, so I reported him to the police.",
    ),
    ("threats-in-street-talk", "I'll clap you at darts tonight, mate, bring your best arrows."),
    ("fate-in-a-euphemism", "Reporters who come here tend to disappear to London within a year."),
    ("fate-in-a-euphemism", "You'll be needing a box soon for all those old records."),
    ("fate-in-a-euphemism", "The vet says our old cat won't be seeing Christmas, sadly."),
    ("fate-in-a-euphemism", "The corner shop won't be seeing Christmas at this rate of trade."),
    ("menace-in-what-they-know", "You should check under your car for cats on cold mornings."),
    ("menace-in-what-they-know", "Keeping an eye on you for me is creepy, mate, stop it."),
    (
        "harm-on-a-condition-or-a-wish",
        "After the jaw surgery you'll be eating through a straw for a month.",
    ),
    (
        "harm-on-a-condition-or-a-wish",
        "Gamble at the bookies every week and you'll lose more than the money.",
    ),
]


@pytest.mark.parametrize(("rule", "text"), CAUGHT)
def test_street_talk_euphemism_and_menace_are_caught_by_their_rule(
    engine: Engine, rule: str, text: str
) -> None:
    assert rule in rule_ids(engine, text)


@pytest.mark.parametrize(("rule", "text"), LEFT_ALONE)
def test_games_sad_news_and_advice_are_left_alone(engine: Engine, rule: str, text: str) -> None:
    assert rule not in rule_ids(engine, text)
