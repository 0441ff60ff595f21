"""The shipped threat rules of round r34: threats in plain words at whoever they name.

Round r34's focused moderator sets (direct threats, wishes, calls, veiled and conditional
threats, threats to family and property, coded threats) showed threats missed when they named
their target by a role ("that DA", "the paedo"), wished an end that was not a stock phrase
("a head-on collision"), promised harm on a condition ("and he's a dead man"), pointed at
someone's home or children, urged a crowd, or hid the killing in a euphemism. The near misses
are the same words in sport, idiom, news, history, household chores and counter-speech. Every
sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_ids

CAUGHT = [
    ("harm-at-a-role", "I'd shoot that bent magistrate the day he walks out of court."),
    ("harm-at-a-role", "Someone needs to string up the whole planning committee."),
    ("harm-at-a-role", "That traffic warden should be run over, slowly."),
    ("harm-at-a-role", "Kill the nonce. No trial needed."),
    ("harm-at-a-role", "We're going to lynch every last one of the town councillors."),
    ("bad-end-wished", "Hope the new sheriff wraps his truck around a pole on the way home."),
    ("bad-end-wished", "The chair of the board deserves a slow painful death for this."),
    ("bad-end-wished", "Praying that landlord gets cancer, a big slow one."),
    ("bad-end-wished", "Wouldn't shed a tear if the whole council were wiped out in a fire."),
    ("harm-on-a-condition", "Shut our surgery and the health boss is a dead man."),
    ("harm-on-a-condition", "If that mast goes up, the engineer gets a brick to the head."),
    ("harm-on-a-condition", "One more parking ticket and there will be blood on the office floor."),
    ("harm-on-a-condition", "If they evict my nan, none of them are getting home in one piece."),
    ("harm-to-what-is-yours", "Lovely barn you've got, Councillor. One match and it's gone."),
    ("harm-to-what-is-yours", "Your kids walk to school alone every day, eh. Easy targets."),
    ("harm-to-what-is-yours", "Nice van, mate. Shame if the brake lines got cut."),
    ("violence-urged-plainly", "Time the village took matters into its own hands and found him."),
    ("violence-urged-plainly", "Chase that family off the estate, by force if it comes to it."),
    ("violence-urged-plainly", "Any man with a rifle and nothing to lose, the MP is at the fete."),
    ("violence-urged-plainly", "Lads, go round tonight and sort him out properly."),
    ("death-in-euphemism", "The new coach needs a long walk off a short pier."),
    ("death-in-euphemism", "That assessor wants fitting for a pine box, and soon."),
    ("death-in-euphemism", "Time the inspector got a dose of lead poisoning."),
    ("death-in-euphemism", "The treasurer should be unalived, simple as."),
    ("menace-by-hint", "Funny how people who print that sort of thing stop writing altogether."),
    ("menace-by-hint", "You jog the same canal path at six every morning. Small world."),
    ("menace-by-hint", "I'll be at Thursday's meeting. So will my shotgun."),
]

LEFT_ALONE = [
    ("harm-at-a-role", "I'll shoot the magistrate an email about the hearing date."),
    ("harm-at-a-role", "We'll drown the planning committee in objections."),
    ("harm-at-a-role", "Let's kill the committee's plan for the bypass at the next vote."),
    ("harm-at-a-role", "Nobody should lynch the referee over one penalty."),
    ("bad-end-wished", "Hope the driver in the head-on collision pulls through."),
    ("bad-end-wished", "Praying for everyone caught in the head-on collision on the ring road."),
    ("bad-end-wished", "Nobody deserves a slow painful death, not even him."),
    ("bad-end-wished", "I hope this awful app dies a slow death."),
    ("harm-on-a-condition", "If the bridge closes, the bus takes an hour longer."),
    ("harm-on-a-condition", "If you drink and drive on that road, you will crash."),
    ("harm-on-a-condition", "Close the old mill and run the bypass past it, the survey says."),
    ("harm-on-a-condition", "If they lose Saturday, the manager is a dead man walking."),
    ("harm-to-what-is-yours", "Your woodburner will love that oak, it burns slow and hot."),
    ("harm-to-what-is-yours", "Nice van! Did you get the brakes done at the garage on Mill Lane?"),
    ("harm-to-what-is-yours", "Your kids can get the school bus from the end of the lane now."),
    ("harm-to-what-is-yours", "I'll be watching your lad's match on Saturday, good luck!"),
    (
        "harm-to-what-is-yours",
        "The driver's daughter didn't make it home that night, the inquest heard.",
    ),
    ("violence-urged-plainly", "Drive them out of office at the next election, whatever it takes."),
    ("violence-urged-plainly", "With nothing to lose, the Rovers took their shot at the title."),
    ("violence-urged-plainly", "Residents took matters into their own hands and cleared the path."),
    ("death-in-euphemism", "Grandad asked for a plain pine coffin and a pint after."),
    ("death-in-euphemism", "Kids on the app say unalive because the word suicide gets hidden."),
    ("death-in-euphemism", "After the night shift I need a long nap."),
    ("menace-by-hint", "Funny how the council found money for the mayor's car, not books."),
    ("menace-by-hint", "Small world, the new vicar went to school with my sister."),
    ("menace-by-hint", "I'll be at Thursday's meeting to ask about the bins."),
    ("menace-by-hint", "Funny how the team had such bad luck this season."),
    ("harm-at-a-role", "I'm told the jury will hang the foreman out to dry."),
]


@pytest.mark.parametrize(("rule", "text"), CAUGHT)
def test_the_plain_threat_is_caught_by_its_rule(engine: Engine, rule: str, text: str) -> None:
    assert rule in rule_ids(engine, text)


@pytest.mark.parametrize(("rule", "text"), LEFT_ALONE)
def test_the_same_words_innocently_are_left_alone(engine: Engine, rule: str, text: str) -> None:
    assert rule not in rule_ids(engine, text)
