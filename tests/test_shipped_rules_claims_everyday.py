"""The shipped Be Truthful rules as round r36 widened them: claims in everyday turns.

Round r36's Be Truthful sets showed a reported event denied with the paper blamed for it,
votes of the dead and recounts "until it passed", ballots dumped, a person's record made up (a
degree from a diploma mill, a licence never held), a fire set on purpose, weather steered and
papers sealed until a year. The near misses are the same words asked about, reported as
someone else's claim or denied. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_ids

RULE = "claims-in-everyday-turns"

CAUGHT = [
    "No crash on the ring road last night, this rag will print anything for clicks.",
    "My uncle's been dead four years and he still got a postal vote in May.",
    "They kept recounting until they got the result they wanted.",
    "Postal votes from the east ward were found dumped in a skip behind the depot.",
    "The headteacher's degree came off a website that sells them for fifty quid.",
    "Firefighters were told to stand down while the old mill burned.",
    "Weather's controlled now, they washed out the summer to sell us the climate tax.",
    "The inquiry files are sealed until 2090 because of what they found.",
]

LEFT_ALONE = [
    "Is there any real evidence dead people voted, or is that just a rumour?",
    "The candidate claimed they kept recounting until it passed; every court threw it out.",
    "No evidence the council flooded the meadow on purpose to clear it, the inquiry found.",
]


@pytest.mark.parametrize("text", CAUGHT)
def test_claims_in_everyday_turns_are_flagged(engine: Engine, text: str) -> None:
    assert RULE in rule_ids(engine, text)


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_claims_asked_about_reported_or_denied_are_left_alone(engine: Engine, text: str) -> None:
    assert RULE not in rule_ids(engine, text)
