"""The shipped Don't Threaten rules on death or violence wanted on someone named, or on a country.

A name is one word the rules cannot tell from any other, so these hits flag for a moderator
(``violence-on-named``): someone urged to shoot or stab a named person ("someone should shoot
Pelosi"), death hoped on one ("I hope Macron dies in a fire"), an execution for what they did,
and a country or city to be nuked, flattened or wiped off the map. Near misses put things,
time, idioms, nobody and elections in the name's place, report the words, or negate them.
Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import guidelines, rule_guidelines

NAMED = [
    "Someone should shoot Pelosi and be done with it.",
    "somebody needs to put a bullet in Musk",
    "Can't someone just strangle Farage already?",
    "Someone really needs to assassinate Trudeau.",
    "someone should kill soros tbh",
    "Someone should stab Starmer, honestly.",
    "Someone must lynch Bezos.",
    "Zelensky should be executed for treason.",
    "Biden deserves to be executed for what he did.",
    "Gove should be executed by firing squad.",
    "I hope Macron dies in a fire.",
    "Really hope Trudeau drops dead this week.",
    "Here's hoping Putin gets shot by his own guards.",
    "praying Albanese gets cancer",
    "I hope Boris chokes to death on his cake.",
    "Iran should be nuked.",
    "Just nuke Iran and be done with it.",
    "Nuke the whole country, problem solved.",
    "Gaza should be wiped off the map.",
    "Turn Gaza into a parking lot.",
    "We need to flatten Tehran.",
    "Russia deserves to be glassed.",
    "Let's carpet bomb Afghanistan again.",
    "Starve them all out.",
    "that whole country should be nuked from orbit",
]

NEAR_MISSES = [
    "Someone should shoot the messenger, but the figures are right.",
    "Somebody needs to kill this bill before it passes.",
    "Someone should shoot video of the council meeting.",
    "Someone should shoot hoops with the kids after school.",
    "Someone should hang these photos in the library.",
    "Somebody needs to kill time before the results come in.",
    "Someone should kill Trump's tax plan in committee.",
    "Someone should kill it at the talent show tonight.",
    "Someone should hang up on these scam callers.",
    "I hope nobody dies in this heat.",
    "I hope it dies down before the weekend.",
    "Hope everyone gets home safe tonight.",
    "I hope the hype dies down soon.",
    "I hope Covid dies out for good.",
    "Iran should be sanctioned harder.",
    "The US nuked Japan in 1945 and the debate never ended.",
    "Ahmadinejad vowed to wipe Israel off the map, the papers reported at the time.",
    "The plan should be executed for the benefit of all residents.",
    "Nuke the leftovers for two minutes.",
    "Starve them of oxygen and the weeds die back.",
    "We should never nuke Iran, whatever the hawks say.",
    "Critics say we should nuke Iran; that is insane.",
    "The trolls wrote that someone should shoot Pelosi, and they were banned.",
    "Someone should shoot first and ask questions later in the new game.",
    "Someone could kill two birds with one stone here.",
    "I hope Nan gets better soon.",
    "Someone should hang a banner across the high street.",
    "The order should be executed at dawn by the clerk.",
    "Someone should poison the weeds along the verge.",
    "Someone should kill Bill, the film, on streaming.",
    "Flatten the curve and the hospitals cope.",
    "The army levelled Grozny in the nineties.",
    "I hope Spurs get killed on Saturday, they deserve relegation.",
    "Our navy could turn that country into a wasteland in an afternoon, which is why nobody tries.",
    "I hope Labour gets killed at the polls next May.",
    "Hopefully Dad gets cancer treatment soon, the wait is awful.",
    "I hope Negan gets killed off in the next season.",
    "The US should bomb Iran's nuclear sites, says the senator.",
    "We need to level the playing field for small shops.",
    "I hope the jet gets shot down before it reaches the city.",
    "Someone would kill for a view like that.",
    "Couldn't someone just kill the lights on the way out?",
]


@pytest.mark.parametrize("text", NAMED)
def test_violence_wanted_on_someone_named_is_caught(engine: Engine, text: str) -> None:
    assert "dont-threaten" in guidelines(engine, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert "dont-threaten" not in rule_guidelines(engine, text)
