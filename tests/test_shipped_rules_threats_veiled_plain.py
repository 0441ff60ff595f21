"""The shipped Don't Threaten rules on veiled menace in plain words (r29).

Two new blind authors (an Australian nurse and fisherman; Midwest news moderators) let through
menace with no verb of harm: the wrong people met "would be a shame", things that catch up
with people like the reader, justice "not from the police", the last one who snitched heard
from no more, a face the lads have all seen, a brick tied on, protesters to drive through, "it
won't just be your windows", fed to the crocs, a one-way trip with a spade, concrete boots,
street justice on its way, a storm that missed "maybe next time", a wait for someone to take
out a governor, a routine kept tabs on. The near misses use the same words for a past, a
satnav, a wedding photo, news, a garden, a film. Every sentence is our own, none copied from
the written sets.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_guidelines

VEILED_THREATS = [
    "Would be a shame if you bumped into the wrong crowd on your way home.",
    "Accidents have a way of happening to people like you.",
    "Things have a way of catching up with lads like you round here.",
    "You'll get sorted, and it won't be by the police.",
    "The last guy who snitched on us doesn't talk much anymore.",
    "Took us ten minutes to find where you live now.",
    "The lads have all seen your face now.",
    "Your dog's going in the lake with a brick tied to its collar.",
    "Those climate protesters on the bridge, just plough through them.",
    "Drive straight through the protesters, they asked for it.",
    "Someone go burn down the mosque.",
    "Next time it won't just be your windows we smash.",
    "Feed that ref to the crocs.",
    "A one way trip to the woods, bring a spade.",
    "He'll be fitted for concrete boots.",
    "Street justice is coming your way.",
    "Shame the hurricane missed your house.",
    "Maybe next time the bus gets you.",
    "Can't wait until someone finally takes out the governor.",
    "We've been keeping tabs on what time you leave the gym.",
]

VEILED_NEAR_MISSES = [
    "Ran into the wrong crowd at uni and it took me years to get sober.",
    "Lies have a way of catching up with people, the truth always comes out.",
    "He got justice in the end, though not from the courts: the inquiry cleared his name.",
    "The last guy who talked to the press about it doesn't work there anymore.",
    "Took us ten minutes to find your house, the satnav was useless.",
    "The boys have all seen your photo from the wedding, gorgeous!",
    "The diver went down with a weight belt tied around his waist.",
    "Police said the driver ploughed into the crowd at the market, killing three.",
    "Someone burned down the old church in 1902, the plaque says.",
    "It won't just be your tyres that need replacing, the brakes are gone too.",
    "They fed the scraps to the pigs on the farm.",
    "A one way ticket to Perth and a shovel for the garden, that's my retirement.",
    "Concrete shoes are a mob cliche from old films.",
    "The wreck is still at the bottom of the harbour.",
    "Shame the storm missed us, the garden needed the rain.",
    "Can't wait until someone finally takes out the trash in this house.",
    "We've been watching what time the sun sets, it's getting earlier.",
    "Street justice is a theme in the new Netflix drama.",
]


@pytest.mark.parametrize("text", VEILED_THREATS)
def test_veiled_threat_is_caught(engine: Engine, text: str) -> None:
    assert "dont-threaten" in rule_guidelines(engine, text)


@pytest.mark.parametrize("text", VEILED_NEAR_MISSES)
def test_veiled_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert "dont-threaten" not in rule_guidelines(engine, text)
