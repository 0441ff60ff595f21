"""The shipped rules on a vice pinned on every one of a people (round r32).

Helpers writing as news-site moderators, blind to the rules, wrote plain stereotypes mostly in
one shape: a people named (or one person named for a people), then a vice swept over all of
them in the next breath: "they're all ...", "... the lot of them", "every single one", "that's
what they do", "X = Y". Near misses name the same peoples warmly, deny the stereotype, or call
it out. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_guidelines

VIOLATIONS = [
    "Albanian lads in the car park again. Crooks the lot of them.",
    "Bike nicked outside the library, she was Romanian, they're all thieves.",
    "Of course he dodged the fare, he's Nigerian, they all do it.",
    "Bulgarians = pickpockets, keep your phone in your pocket.",
    "Kosovars and knives, name a more iconic duo.",
    "Let me guess, Albanian? They're all drug dealers.",
    "Not surprised the driver was Lithuanian, shoddy every last one of them.",
    "Typical Greek landlord, after every last penny of the deposit.",
    "Turkish barbers in this town all do cash in hand and fiddle their taxes.",
    "Every one of those migrants at the barracks is a freeloader.",
    "Scots lads on a stag do, they can't hold their drink, never could.",
    "Somalis at the chicken shop are the reason the high street has gone downhill.",
    "Greeks drink like fish and drive like maniacs.",
    "Vietnamese place shut by the council. They'll cook anything.",
    "Another Albanian driver, another crash on the ring road.",
    "Romanian gang caught shoplifting. Shocked, said nobody ever.",
    "Takeaway shut for rats, look who owns it. Filthy.",
    "Gypsies camped by the bypass again, we all know what they're like.",
    "Put a mosque in the town and watch the crime go up.",
    "That religion breeds nothing but terrorists.",
]

NEAR_MISSES = [
    "Albanian lads cleared the snow off the car park, legends the lot of them.",
    "It's a lie that Romanians are all thieves, my neighbour is the most honest woman I know.",
    "No way are all Bulgarians pickpockets, that's a nasty thing to say.",
    "Calling Somalis vermin is how the worst of history started. Stop it.",
    "Polish builders did our roof and they all worked hard, top job.",
    "Greeks and sunshine, name a better combo.",
    "The Lithuanian choir were brilliant, every single one of them.",
    "Every one of those migrants at the barracks is a volunteer at the food bank now.",
    "Scots aren't naturally tight with money, that's an old joke.",
    "Another Kenyan runner, another course record.",
]


@pytest.mark.parametrize("text", VIOLATIONS)
def test_vice_pinned_on_all_of_a_people_is_caught(engine: Engine, text: str) -> None:
    assert "be-nice" in rule_guidelines(engine, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_warm_or_denied_generalisation_stays_clean(engine: Engine, text: str) -> None:
    assert "be-nice" not in rule_guidelines(engine, text)
