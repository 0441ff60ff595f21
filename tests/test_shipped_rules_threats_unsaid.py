"""The shipped Don't Threaten rules as round r35 widened them: threats that never say kill.

Round r35's moderator sets of threats without the stock verbs showed deaths and injuries
wished in other words ("I hope she loses an eye", "pray every night that your heart gives
out"), a named official told to die, consequences promised on a vote ("you'll need a
bodyguard"), a watcher's menace ("I've watched you leave the chambers three nights running")
and killings in euphemism ("meet the river", "a lead injection"). The near misses are wishes
for recovery or defeat, warnings, holidays, reports, and wishes of death condemned. Every
sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_ids

CAUGHT = [
    ("harm-at-a-role", "Councillor Reid should just die. Not resign, die."),
    ("harm-at-a-role", "The columnist who wrote this needs to get shot, simple as."),
    ("bad-end-wished", "I hope the planning officer loses an eye over this."),
    ("bad-end-wished", "Praying every night that his heart gives out in the chamber."),
    ("bad-end-wished", "Hope his whole family ends up on a ventilator."),
    ("bad-end-wished", "May she be in a box before the next election."),
    ("harm-on-a-condition", "Approve that incinerator and you'll need a bodyguard, Provost."),
    ("harm-on-a-condition", "Vote for the closure and don't count on getting home in one piece."),
    ("menace-by-hint", "I've watched you leave the depot every night. You never look behind you."),
    ("menace-by-hint", "Witnesses have a way of going missing round here. Think on."),
    ("death-in-euphemism", "Time the harbourmaster went to meet the river."),
    ("death-in-euphemism", "Give that magistrate a lead injection, free of charge."),
    ("wishes-harm", "Wishing cancer on you and your whole family."),
    ("intimidation", "Watch your back on the walk home from the depot tonight, councillor."),
]

LEFT_ALONE = [
    ("harm-at-a-role", "The councillor's plan should die in committee, and good riddance."),
    ("bad-end-wished", "Praying every night that she recovers and gets off the ventilator."),
    ("bad-end-wished", "I hope he loses his seat at the next election."),
    ("harm-on-a-condition", "Cycle that road in the dark and you'll need a helmet and lights."),
    ("menace-by-hint", "We know which pub you drink in, see you there for the quiz!"),
    ("menace-by-hint", "Someone should pay the mayor a visit about the potholes."),
    ("death-in-euphemism", "Let's go jump off the bridge into the lake this summer."),
    ("death-in-euphemism", "Concrete shoes are a mob cliche from old films."),
    # wishing death named as what others do, and condemned
    ("wishes-harm", "Wishing cancer on a councillor because you lost a vote is sick."),
    ("wishes-harm", "Stop wishing death on the bus driver, let the court deal with it."),
    ("wishes-harm", "Comments here wishing death on the judge have been reported."),
    # a hazard warned of
    ("intimidation", "Watch your back crossing the river path tonight, the ice is lethal."),
    (
        "intimidation",
        "Pickpockets all over the Christmas market, hold your bag and watch your back.",
    ),
]


@pytest.mark.parametrize(("rule", "text"), CAUGHT)
def test_threats_without_the_stock_verbs_are_caught_by_their_rule(
    engine: Engine, rule: str, text: str
) -> None:
    assert rule in rule_ids(engine, text)


@pytest.mark.parametrize(("rule", "text"), LEFT_ALONE)
def test_wishes_warnings_and_plans_are_left_alone(engine: Engine, rule: str, text: str) -> None:
    assert rule not in rule_ids(engine, text)
