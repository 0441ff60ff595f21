"""The shipped Be Truthful rules on the marks a false claim carries whatever its topic (r24).

A truth said to be kept back ("the county knows it", "the papers won't print it", "passed on
the quiet"), figures said cooked or a "real figure" stated against the official one,
reporters said paid to lie or their stories made up, harm said done on purpose by the
powerful, settled science denied in plain words, a sweeping figure pinned on newcomers, a
disease said caused and sealed as fact. Near misses are the same words as opinion,
history, a hedge, a question, sport, a surprise party or a report. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import truthful_flagged

CLAIMS = [
    "The bridge collapse was sabotage and the whole council knows it.",
    "Every bus driver in the depot knows it, the route cuts were decided years ago.",
    "It was proven in court and the networks still won't air it.",
    "The parking charge doubled overnight, they passed it on the quiet.",
    "The health board buried the whole thing so nobody would ask questions.",
    "The ministry has the figures and won't release them.",
    "The statistics office cooks the numbers before every release.",
    "The real death toll from the heatwave is well over ten thousand.",
    "The jobless rate is a made up number, ask anyone on my street.",
    "That channel is paid by the party to lie about the strikes.",
    "The local rag makes up its quotes, none of those residents exist.",
    "The callers on that phone-in are all paid actors.",
    "The government flooded the farms on purpose so they could build on the land.",
    "The energy crisis is a plot by the banks to bankrupt ordinary families.",
    "The station fire was a false flag.",
    "Sea levels on this coast haven't risen an inch in a century.",
    "Nobody has ever walked on the moon.",
    "The planes that hit the towers were holograms.",
    "Every asylum seeker costs the taxpayer two million over a lifetime.",
    "One in four migrants in this city has a criminal record.",
    "Vaping causes dementia, that's a known fact.",
    "Masks cause brain damage in children, it's settled.",
]

NEAR_MISSES = [
    "Everyone knows the striker had an off night.",
    "The rail fares are a rip off and the minister knows it.",
    "I know it's hard to believe, but the library really is open on Sundays.",
    "Watergate was a real cover-up, and reporters brought it into the light.",
    "We kept the surprise party quiet until Saturday.",
    "Nobody knows the real death toll yet, the rescue is still going on.",
    "What's the real figure on the hospital waiting list?",
    "He was jailed for fiddling the figures at the credit union.",
    "The paper apologised for the made up quotes and sacked the reporter.",
    "Our winger dived on purpose and got booked for it.",
    "They culled the deer population by a third last winter.",
    "My wages haven't risen an inch in five years.",
    "Deniers claim the planet hasn't warmed a degree, the data say otherwise.",
    "Did the council really pass the new charge on the quiet?",
    "Half of all refugees are children, the UN says.",
    "The new tax on vapes is daylight robbery, full stop.",
    "I never told anyone about my diagnosis.",
    "He kept his mouth shut in the meeting and got promoted.",
    "I quietly ordered another pint.",
    "She is brilliant at her job and everybody knows it.",
    "Every teacher knows it takes patience.",
    "The real cost is more than the sticker price once you add insurance.",
    "The surprise party was planned months ahead.",
]


@pytest.mark.parametrize("text", CLAIMS)
def test_claim_with_a_mark_of_falsehood_is_flagged(engine: Engine, text: str) -> None:
    assert truthful_flagged(engine, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_is_not_flagged(engine: Engine, text: str) -> None:
    assert not truthful_flagged(engine, text)
