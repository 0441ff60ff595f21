"""The shipped Be Nice rules as round r37 widened them: women held beneath men, a people
barred or sent off, plots pinned on a people, and a group or a person degraded in other turns.

Round r37's moderator sets showed women sent back to the ironing or called property, a people
kept out of office or a street, a faith said to own the banks or to plan a replacement, and
disabled, gay and old people put away out of sight. The near misses are reports of the same
words condemned or denied, and families. Each near miss hits its rule once the rule's
contexts are removed, so it is left alone by a context, not by chance. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_ids

CAUGHT = [
    (
        "women-held-beneath-men",
        "A woman running the fire service? Should be at home doing the laundry.",
    ),
    ("women-held-beneath-men", "Put a woman in power and this is what you get, tears and chaos."),
    ("women-held-beneath-men", "Daughters are their father's property until they marry, simple."),
    ("women-held-beneath-men", "Women voters are sheep, they follow whatever the telly says."),
    ("people-barred-or-sent-off", "Somalis should never have been let in. Not one of them."),
    (
        "people-barred-or-sent-off",
        "No Sikh should ever sit on the police board, keep them out of office.",
    ),
    ("people-barred-or-sent-off", "Those school places belong to real Brits, not incomers."),
    ("people-barred-or-sent-off", "Trans nurses should be removed from every children's ward."),
    ("plots-pinned-on-a-people", "Who really controls the media here? The Jews, as always."),
    (
        "plots-pinned-on-a-people",
        "The editors all pray at the same synagogue, that explains the coverage.",
    ),
    (
        "plots-pinned-on-a-people",
        "Chinese money funds half the think tanks in Westminster.",
    ),
    ("group-degraded-in-other-turns", "Judaism isn't a real religion, it's a cult."),
    ("group-degraded-in-other-turns", "Every drag queen at that library event is a groomer."),
    (
        "group-degraded-in-other-turns",
        "Romanians with knives again, that's just what they are.",
    ),
    (
        "group-degraded-in-other-turns",
        "What use is a cripple on the planning committee?",
    ),
    ("group-degraded-in-other-turns", "He argues like a little girl, that new MP."),
]

LEFT_ALONE = [
    (
        "women-held-beneath-men",
        "The 1870 law said a wife is her husband's property; thankfully that changed.",
    ),
    ("women-held-beneath-men", "It is sexist to say a woman should be at home doing the laundry."),
    (
        "people-barred-or-sent-off",
        "The leaflet said put every last migrant on a bus south, and police are investigating.",
    ),
    (
        "people-barred-or-sent-off",
        "Agents claim values drop the minute they move in, which is racist nonsense.",
    ),
    (
        "plots-pinned-on-a-people",
        "There is no planned replacement of anyone, that's a racist myth.",
    ),
    ("plots-pinned-on-a-people", "It's a myth that the courts are run by a Jewish lobby."),
    (
        "group-degraded-in-other-turns",
        "Saying Albanians are violent and it's in their blood is racist, full stop.",
    ),
    (
        "group-degraded-in-other-turns",
        "Nobody wants to put granny in a care home already, they just can't cope.",
    ),
    (
        "group-degraded-in-other-turns",
        "My coach said he runs like a little girl, which is sexist rubbish.",
    ),
]


@pytest.mark.parametrize(("rule", "text"), CAUGHT)
def test_hate_in_these_turns_is_caught_by_its_rule(engine: Engine, rule: str, text: str) -> None:
    assert rule in rule_ids(engine, text)


@pytest.mark.parametrize(("rule", "text"), LEFT_ALONE)
def test_farming_policy_and_families_are_left_alone(engine: Engine, rule: str, text: str) -> None:
    assert rule not in rule_ids(engine, text)
