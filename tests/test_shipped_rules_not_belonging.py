"""The shipped Be Nice rules of round r34: told they do not belong, and crime pinned on a people.

Round r34's focused moderator sets of plain-language hate showed a people told to leave in
words with no "go back" in them ("people like her don't belong in our Parliament", "there's a
flight to Shanghai every morning, get on it", "should be banned from standing for Stormont"),
and a town's crime pinned on a people ("check the names", "crime jumped the year they
arrived"). The near misses are policy, counter-speech, reports and plain uses of the same
words. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_ids

CAUGHT = [
    (
        "told-they-do-not-belong",
        "Somali families on our estate? People like them don't belong here.",
    ),
    ("told-they-do-not-belong", "Polish builders doing fine, but this isn't their country."),
    ("told-they-do-not-belong", "Refugees should be banned from standing for the council, ever."),
    ("told-they-do-not-belong", "Romanians in the hostel: the ferry leaves every day, one way."),
    ("told-they-do-not-belong", "No landlord should have to rent to travellers."),
    ("crime-pinned-on-a-people", "Migrants are behind nearly all the burglaries in town."),
    ("crime-pinned-on-a-people", "Every stabbing this summer, check the names. Albanians."),
    ("crime-pinned-on-a-people", "Break-ins doubled the year the new families moved in."),
    (
        "group-scorned-plainly",
        "Albanians round the station are like rats, one turns up and ten follow.",
    ),
    (
        "group-scorned-plainly",
        "Deaf people at the council meeting should stay home and let us talk.",
    ),
    ("group-scorned-plainly", "Everyone on PIP is faking it, half of them anyway."),
    ("group-scorned-plainly", "Mormons at the door again. Brainwashed, every single one."),
]

LEFT_ALONE = [
    (
        "told-they-do-not-belong",
        "Telling refugees they don't belong here is racist, plain and simple.",
    ),
    ("told-they-do-not-belong", "Those wheelie bins don't belong on the pavement."),
    (
        "told-they-do-not-belong",
        "Whoever says one race doesn't belong here should read some history.",
    ),
    (
        "told-they-do-not-belong",
        "Non-nationals can vote in council elections here, the law says so.",
    ),
    (
        "crime-pinned-on-a-people",
        "Police say a gang from Leeds is behind the burglaries in the village.",
    ),
    ("crime-pinned-on-a-people", "Burglaries fell the year the new streetlights went in."),
    ("crime-pinned-on-a-people", "It is a myth that migrants are behind the rise in knife crime."),
    ("group-scorned-plainly", "The pigeons at the station are like rats with wings."),
    (
        "group-scorned-plainly",
        "Disabled people aren't scroungers, my brother waited a year for PIP.",
    ),
    ("group-scorned-plainly", "Old cartoons drew Irish navvies as apes; the museum shows them."),
    ("group-scorned-plainly", "Folk calling the homeless parasites should try a winter outside."),
    ("group-scorned-plainly", "Catholics aren't brainwashed, they just see it differently."),
]


@pytest.mark.parametrize(("rule", "text"), CAUGHT)
def test_told_to_leave_or_blamed_is_caught_by_its_rule(
    engine: Engine, rule: str, text: str
) -> None:
    assert rule in rule_ids(engine, text)


@pytest.mark.parametrize(("rule", "text"), LEFT_ALONE)
def test_policy_reports_and_plain_uses_are_left_alone(engine: Engine, rule: str, text: str) -> None:
    assert rule not in rule_ids(engine, text)


# Near misses of round r34's hate sets that older rules flagged, beside the hate they must
# still catch: a plant named for a people, a limit "capped", a business run, a side sent
# back to its old formation.
NAMED_THINGS = [
    ("Japanese knotweed spreading like a disease along the towpath again.", False),
    ("Japanese are spreading like a disease.", True),
    ("Student visa numbers should be capped at what each uni can house.", False),
    ("He should be capped, the grass.", True),
    ("The Muslim lads who run the chippy fed half the street in the snow.", False),
    ("The Muslims run the BBC.", True),
    ("Palace should go back where they came from: the 4-4-2 that won games.", False),
    ("Send that umpire back where he came from: the minor leagues.", False),
    ("Somalis should go back where they came from.", True),
]


@pytest.mark.parametrize(("text", "flagged"), NAMED_THINGS)
def test_things_named_for_a_people_are_not_the_people(
    engine: Engine, text: str, flagged: bool
) -> None:
    assert bool(rule_ids(engine, text)) is flagged
