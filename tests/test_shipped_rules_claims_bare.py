"""The shipped Be Truthful rules as round r35 widened them: claims waved through bare.

Round r35's Be Truthful sets showed a report waved away in a post of its own ("Fake news.",
"Pack of lies."), stock false claims in stock turns ("rigged from start to finish", "the flu
jab injects you with the flu") and accusations vouched for by a cover-up ("got it sealed before
she ran", "the station buried it"). The near misses are the same words reported, denied or
used of something else, or told as someone else's with the teller some words before (the
Be Truthful rules look up to eight words back). Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_ids

CAUGHT = [
    ("claims-said-bare", "Pack of lies."),
    ("claims-said-bare", "Staged, obviously."),
    ("claims-said-bare", "Rigged from start to finish, that by-election."),
    ("claims-said-bare", "The flu jab injects you with the flu, that's why you feel rough."),
    ("claims-said-bare", "They spray the fields at night to keep us docile."),
    (
        "claims-vouched-for",
        "The treasurer has a fraud conviction and got it sealed before he stood.",
    ),
    ("claims-vouched-for", "Postal ballots were binned on the night, I watched it happen."),
    ("wake-up-sheeple", "The Great Replacement is happening, look around you."),
]

LEFT_ALONE = [
    ("claims-said-bare", "Staged over three nights, the festival drew record crowds."),
    ("claims-said-bare", "Callers said the count was rigged from start to finish; it wasn't."),
    ("claims-said-bare", "Masks don't starve anyone of oxygen, surgeons wear them all day."),
    ("claims-said-bare", "Nobody is testing anything on us, it's a phone mast."),
    (
        "claims-vouched-for",
        "The treasurer was convicted of fraud, the court heard, and the record is public.",
    ),
    # told as someone else's, the teller up to eight words before the claim
    (
        "hoax-claims",
        "A caller on the radio this morning said the shooting was done with crisis actors.",
    ),
    ("hoax-claims", "My uncle swears on his life that the moon landings were filmed in a studio."),
    # a hoax the police name, a claim a relative keeps passing on, a theory named to be condemned
    (
        "hoax-claims",
        "Police say the bomb threat at the leisure centre was a hoax, all back inside.",
    ),
    (
        "health-misinformation",
        "My uncle keeps forwarding me that fluoride causes cancer. Any study?",
    ),
    ("wake-up-sheeple", "The Great Replacement is a white nationalist myth and MPs should say so."),
]


@pytest.mark.parametrize(("rule", "text"), CAUGHT)
def test_bare_claims_are_caught_by_their_rule(engine: Engine, rule: str, text: str) -> None:
    assert rule in rule_ids(engine, text)


@pytest.mark.parametrize(("rule", "text"), LEFT_ALONE)
def test_reported_denied_and_other_uses_are_left_alone(
    engine: Engine, rule: str, text: str
) -> None:
    assert rule not in rule_ids(engine, text)
