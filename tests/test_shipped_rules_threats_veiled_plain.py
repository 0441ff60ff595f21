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

# From general knowledge: threats at officials and public figures in the idiom of political
# menace (round r28's rules miss nineteen of these thirty), and near misses in the same words.
POLITICAL_MENACE = [
    "Councillors who voted for this should watch their backs.",
    "If the school board passes this, there will be blood.",
    "There will be consequences, and not at the ballot box.",
    "Sounds like it's time for some Second Amendment remedies.",
    "The tree of liberty needs watering again, if you know what I mean.",
    "The day of the rope is coming for these traitors.",
    "Ballot box failed, cartridge box next.",
    "We'll be waiting in the car park after the meeting, councillor.",
    "Somebody should teach him a lesson he won't forget.",
    "He'd better pray I never see him in person.",
    "Someone needs to give that judge what he gave that kid.",
    "A few of us are going to pay the councillor a visit at home.",
    "I know what car you drive and where you park it.",
    "Don't make me come down there and sort you out.",
    "Enjoy your last term in office, and I mean last.",
    "People like him end up in a ditch eventually.",
    "If I ever meet that reporter, she won't be writing again.",
    "Next council meeting I'm bringing my rifle, just so you know.",
    "Every one of those cops deserves a bullet.",
    "That landlord's going to wake up to his building on fire one day.",
    "Keep it up and you'll be eating through a straw.",
    "Whoever gets to him first, make it hurt.",
    "I've got a box of ammo with his name on it.",
    "He should sleep with one eye open from now on.",
    "Mark my words, someone is going to hurt that man and I won't be sorry.",
    "The mayor will get what's coming to him, one way or another.",
    "Let's see how brave you are without your bodyguards.",
    "Tell the sheriff we've got more guns than he does.",
    "Somebody ought to slash the tyres on every one of their vans.",
    "You have no idea who you're messing with, but you'll find out.",
]
POLITICAL_NEAR_MISSES = [
    "Cyclists should watch their backs on that road, the lorries come fast.",
    "There Will Be Blood is still the best film Daniel Day-Lewis made.",
    "If you cut your finger on that mandoline there will be blood, trust me.",
    "There will be consequences at the ballot box in May, mark my words.",
    "The Second Amendment protects the right to bear arms, the court said.",
    "Jefferson wrote that the tree of liberty must be refreshed with"
    " blood; historians still argue about it.",
    "We'll be waiting in the car park after the match to give you a lift home.",
    "You'd better pray the weather holds for the wedding.",
    "Give that nurse exactly what she deserves: a pay rise.",
    "We're going to pay the new councillor a visit at her surgery on"
    " Friday to talk about potholes.",
    "Don't make me come down there and fix the router again, mum.",
    "Next meeting I'm bringing my laptop so we can look at the budget.",
    "Woke up to my neighbour's shed on fire, the fire brigade came fast.",
    "Whoever gets to the bakery first, grab me a croissant.",
    "There's a cake with her name on it in the fridge.",
    "Someone is going to hurt themselves on that broken step.",
    "Let's see how brave you are without your stabilisers, said dad to my son.",
    "The farmers have more guns than the police in some counties, the report says.",
    "Someone let down the tyres on every car in the street last night,"
    " police are appealing for witnesses.",
    "The senator said critics should watch their backs, and was condemned for it.",
]


@pytest.mark.parametrize("text", VEILED_THREATS + POLITICAL_MENACE)
def test_veiled_threat_is_caught(engine: Engine, text: str) -> None:
    assert "dont-threaten" in rule_guidelines(engine, text)


@pytest.mark.parametrize("text", VEILED_NEAR_MISSES + POLITICAL_NEAR_MISSES)
def test_veiled_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert "dont-threaten" not in rule_guidelines(engine, text)
