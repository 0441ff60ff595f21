"""The shipped Don't Threaten rules as round r36 widened them: threats in every form.

Round r36's moderator sets showed punishments no court gives called for ("flog him in the
square"), deaths celebrated ahead ("the day he croaks I'll throw a party"), mobs sent armed or
sent to a building ("burn the hostel down and see how fast they leave"), a watcher at the
door, a routine recited back with a hint ("vary your routine, councillor"), and harm promised
in plain turns ("the first warden I see is going in the river"). The near misses are idioms,
games, farms, kitchens, history, lawful protest and friendly lifts. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_ids

CAUGHT = [
    ("harm-promised-in-plain-turns", "Whoever wrote this should be strung up."),
    ("harm-promised-in-plain-turns", "The reporter who wrote this, I know where you live."),
    ("menace-in-the-details", "He'll stop digging into my business one way or another."),
    (
        "menace-in-the-details",
        "Welcome to the new hall, imam. Old timber buildings go up so easily though.",
    ),
    (
        "menace-in-the-details",
        "Got her work address and her reg plate now. Not saying anything else.",
    ),
    ("punishment-no-court-gives", "Horsewhip him outside the town hall and let everyone watch."),
    ("punishment-no-court-gives", "That bent councillor wants hanging from the nearest lamppost."),
    ("punishment-no-court-gives", "Bring back public floggings for the lot who ran this trust."),
    (
        "death-celebrated-in-advance",
        "When that landlord kicks the bucket we'll be dancing in the street.",
    ),
    ("death-celebrated-in-advance", "If that coroner drops dead on the bench I'll have a party."),
    (
        "mob-armed-and-sent",
        "Lads, grab your pitchforks, the hostel on Mill Lane won't empty itself.",
    ),
    ("mob-armed-and-sent", "Enough talk. Go in armed on Saturday and make them listen."),
    ("menace-at-your-door", "Drove past your house last night, Provost. Curtains open, lights on."),
    (
        "menace-at-your-door",
        "Your daughter trains at the leisure centre on Tuesdays, right? Small world.",
    ),
    ("menace-in-the-details", "You should really vary your routine, councillor."),
    ("menace-in-the-details", "Got some lovely photos of your front door now. Real quiet street."),
    ("menace-in-the-details", "Careful, editor. People round here have long memories."),
    (
        "harm-promised-in-plain-turns",
        "Shut the library and the first librarian I see is going in the river.",
    ),
    ("harm-promised-in-plain-turns", "No court in this country will protect you when I find you."),
    ("mob-sent-to-a-place", "Torch the encampment by the ring road. Simple."),
    ("mob-sent-to-a-place", "The planning office wants storming and every desk smashed."),
    ("mob-sent-to-a-place", "Somebody with a Molotov and a good arm could sort that clinic out."),
]

LEFT_ALONE = [
    ("harm-promised-in-plain-turns", "Nobody is saying whoever wrote this should be shot."),
    ("punishment-no-court-gives", "Hang the lanterns from the lampposts before the carnival."),
    (
        "punishment-no-court-gives",
        "Public hangings of traitors were held on this green in Georgian times.",
    ),
    (
        "punishment-no-court-gives",
        "The referee needs shooting for that penalty decision, figuratively.",
    ),
    (
        "death-celebrated-in-advance",
        "Nobody is saying that if the judge dropped dead we'd throw a party.",
    ),
    ("mob-armed-and-sent", "Grab your knives and forks, Sunday dinner is on the table."),
    ("mob-armed-and-sent", "Police went in armed after reports of a gun at the depot."),
    (
        "menace-at-your-door",
        "The troll posted that he drove past your house and the lights were on.",
    ),
    (
        "menace-at-your-door",
        "Your daughter trains at the leisure centre on Tuesdays, right? So does mine.",
    ),
    (
        "menace-in-the-details",
        "I'm not saying be careful because people talk, I'm saying check your facts.",
    ),
    ("menace-in-the-details", "I'll be waiting outside your house at eight to give you a lift."),
    (
        "harm-promised-in-plain-turns",
        "If the snow keeps up, one of those commuters won't make it home before dark.",
    ),
    ("mob-sent-to-a-place", "Police found a lighter and some petrol by the hostel door."),
    (
        "mob-sent-to-a-place",
        "In this town it's never boots not ballots, we settle it at the polls.",
    ),
]


@pytest.mark.parametrize(("rule", "text"), CAUGHT)
def test_threats_in_every_form_are_caught_by_their_rule(
    engine: Engine, rule: str, text: str
) -> None:
    assert rule in rule_ids(engine, text)


@pytest.mark.parametrize(("rule", "text"), LEFT_ALONE)
def test_idioms_history_and_lawful_protest_are_left_alone(
    engine: Engine, rule: str, text: str
) -> None:
    assert rule not in rule_ids(engine, text)
