"""The shipped Be Nice rules on plain verdicts about any people (r20).

One verdict on a whole people with no "all" ("Kenyan blokes are dishonest") or a clause
between ("Sikh men who drive taxis round here are crooks"), a people named by its vice ("a
violent people"), a vice put in their culture, a people kept from work, a home or a trade,
women kept from what matters, and conspiracy tropes that leave the people unsaid. Every
nation and many peoples are named (class ``r20_peoples``). Near misses use the same words for
some of a people, praise, policy argued civilly, news, idiom, history, a slur reported ("when
a councillor calls migrants vermin"), counter-speech and a people the writer belongs to.
Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import guidelines, rule_guidelines

HATEFUL = [
    "Eritrean lads are violent, it's a fact everyone here knows.",
    "Bolivians are dishonest by nature, watch your wallet.",
    "Honestly they're just a lazy people, always have been.",
    "Cheating is baked into their culture, don't do business with them.",
    "Stealing cars is just what that nation does.",
    "Hmong families walking round the market in groups are a menace.",
    "Ghanaian women are brainwashed zombies for their pastors.",
    "The Swiss are arrogant, the lot of them.",
    "Never trust a Moldovan builder with cash.",
    "Ecuadorian workers are lazy, everyone on site says so.",
    "Sikh men who drive taxis round here are crooks.",
    "Roma families camped by the river are filthy.",
    "Pakistani lads that hang about the station are thugs.",
    "Stop hiring Nigerians at the depot.",
    "Landlords should refuse to rent to Somali families, simple as that.",
    "I would never rent my flat to Pakistanis.",
    "Tongans should be turned away from our hospitals.",
    "Afghans must not be allowed to open takeaways here.",
    "Women shouldn't be let anywhere near the club's accounts.",
    "That's what you get when you give women a say in anything.",
    "Women are only good for one thing and it isn't politics.",
    "Girls are far too emotional to run a business.",
    "Same bloodline controls the banks, look it up.",
    "The council is importing a new population on purpose to outvote us.",
    "We all know which tribe I'm talking about when I say the media lies.",
]

NEAR_MISSES = [
    "Eritrean runners are brilliant, they win everything.",
    "Refugees are not violent, the figures say so.",
    "Stop housing asylum seekers in hotels, it costs a fortune.",
    "Boats should be turned back at the border, that's the policy.",
    "Landlords refuse to rent to families with pets, it's a scandal.",
    "Women are too often ignored by their doctors.",
    "Corruption is baked into the system, whoever wins.",
    "The Irish are thick on the ground in Boston.",
    "A violent storm hit the coast overnight.",
    "The box jellyfish is a dangerous species.",
    "Helping each other is just what that community does.",
    "Pregnant women shouldn't be allowed near the X-ray room.",
    "My knee replacement is happening on Monday, wish me luck.",
    "Women are only good for the game if clubs pay them properly.",
    "When a councillor calls migrants vermin, the whole town pays for it.",
    "The minister branded refugees cockroaches and kept his job.",
    "Israeli settlers are violent, says the UN report.",
    "Albanian gangs are violent and the police know it.",
    "Comments calling migrants parasites are disgusting.",
    "Blaming all Muslims for one man's crime is lazy and cruel.",
    "Back then women were treated as slaves, and it was wrong.",
    "Kenyan runners who train at altitude are unbeatable.",
    "We Aussies are lazy on a Sunday, and proud of it.",
]


@pytest.mark.parametrize("text", HATEFUL)
def test_plain_verdict_is_caught(engine: Engine, text: str) -> None:
    assert "be-nice" in guidelines(engine, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert "be-nice" not in rule_guidelines(engine, text)
