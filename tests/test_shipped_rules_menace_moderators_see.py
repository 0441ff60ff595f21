"""The shipped rules on threats and sexism in the forms moderators meet each week (round r32).

Two helper sets written as news-site moderators would write them (blind to the rules) showed
threats and sexism the rules let through; their general shapes are flagged: an illness or a
noose wished on someone, "the sooner he drops dead the better", a board lined up against a
wall, "he should get the needle", a town hall stormed, kin told to watch themselves or take
another way home, a house that "would go up fast in this heat", "it won't be an accident";
women who report rape called liars, a crash blamed on a woman driver, jobs that "need a man",
women's sport as men's in slow motion, "no real man would", a dried-up spinster. Near misses
use the same words for photos, house prices, storms, vans, bakeries and football. Every
sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_guidelines

THREATS = [
    "The planning officer wants to catch something incurable.",
    "Some people deserve cancer and that judge is one of them.",
    "The sooner that headteacher drops dead the better.",
    "I hope the landlord is found hanging in his cell.",
    "Line the whole council up against a wall.",
    "He should get the needle, no appeal.",
    "Public execution is what that monster deserves.",
    "I'd want him hanged, drawn and quartered.",
    "Get him the day he comes out of prison.",
    "Storm the town hall, nobody can stop us.",
    "Go and pay the magistrates a visit, make sure they never forget it.",
    "People like you don't last long around here.",
    "Got your name and your rego. See you round.",
    "This town has a long memory and a short temper, the mayor will learn.",
    "People know where she parks.",
    "The head of housing should think very carefully about walking home alone.",
    "Enjoy your last season in charge. And I don't just mean the job.",
    "Your day is closer than you think, councillor.",
    "You'll have a crowd at your door carrying more than placards.",
    "Your wife works at the bakery doesn't she. Tell her to watch herself.",
    "Your son should think about a different route home from school.",
    "Your kids are easy to recognise at the school gate.",
    "That house with the blue door would go up fast in this heat.",
    "It won't be an accident when it happens.",
    "I've got a rifle and a free afternoon. Your office is ten minutes away.",
    "I'll strangle the next courier who blocks my drive.",
    "Keep it up and he's not making it to his car.",
    "If there's any justice the developer burns with his offices.",
    "We'll all dance at the bishop's funeral, hopefully soon.",
    "Firing squad for the lot of them, no trial needed.",
    "He should be taken out the back of the courthouse and shot.",
    "I'm bringing a hurley to the next meeting and it's not for hurling.",
    "Put the rent up again and you're going through your window.",
    "Let him out on bail and he won't make it to the hearing.",
    "If there is a God that developer won't see Christmas.",
    "The town gets better the day that landlord stops breathing.",
    "Wish the whole council had been standing on that pier when it collapsed.",
    "I pray every single night the commissioner drops dead.",
    "Your family photo is lovely, councillor. Very easy to find.",
    "Your kids look happy at the park, Minister. Enjoy it while it lasts.",
    "He walks the dog along the river every night about eleven. Awful dark down there.",
    "s h o o t   t h e   j u d g e",
    "w e  w i l l  b u r n  y o u r  h o u s e",
]

SEXISM = [
    "Most women who cry rape are lying to get attention.",
    "I'd bet money the driver in that pile-up was a woman.",
    "Some jobs need a man and fire chief is one of them.",
    "Women's rugby is just men's rugby in slow motion, boring.",
    "Women belonged in the home and the country ran better for it.",
    "No real man would work in a nursery.",
    "The magistrate is a dried up old spinster.",
    "The new councillor is a gobby tart with nothing between her ears.",
    "Another woman fire chief, another disaster.",
    "Give a woman a clipboard and she thinks she's the queen.",
    "A woman reading the cricket scores is like a dog walking on its hind legs.",
    "Send her back to the kitchen and let a man read the results.",
    "Men are naturally better leaders, that's just biology.",
    "The women on the board are ruining the club.",
    "Everyone knows who she slept with to get that promotion.",
    "The council should go back to all men.",
    "He wasn't man enough to be a doctor so he's a nurse.",
    "Female umpires at the county final, what's next?",
    "She only got the anchor job because she's easy on the eye.",
    "Another female chair, another club run into the ground.",
    "Stick to the bake sale, sweetheart.",
]

NEAR_MISSES = [
    "Line the kids up against the wall for the team photo.",
    "Nobody deserves cancer, not even him.",
    "House prices will go up fast this year.",
    "The storm will not be an accident of nature, the forecasters say.",
    "Shame the rain didn't get them out of the house.",
    "The idea that women who report rape are lying is a dangerous myth.",
    "Some jobs need a man with a van, so I hired one.",
    "Women's football is brilliant to watch, the final was packed.",
    "The new bakery does a lovely jam tart.",
    "Storm Ciara battered the town hall roof overnight.",
    "Gran won't see Christmas at home this year, she's in the care home now.",
    "I'm bringing a bat to the school fete for the cricket match.",
    "The firing squad scene in the film was harrowing.",
    "Grandad's funeral was lovely, we danced at the wake like he asked.",
]


@pytest.mark.parametrize("text", THREATS)
def test_menace_moderators_see_is_caught(engine: Engine, text: str) -> None:
    assert "dont-threaten" in rule_guidelines(engine, text)


@pytest.mark.parametrize("text", SEXISM)
def test_sexism_moderators_see_is_caught(engine: Engine, text: str) -> None:
    assert "be-nice" in rule_guidelines(engine, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_same_words_in_plain_use_stay_clean(engine: Engine, text: str) -> None:
    assert not rule_guidelines(engine, text) & {"dont-threaten", "be-nice"}
