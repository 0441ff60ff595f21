"""The shipped Keep it Clean rules on lewd remarks in plain words, round r19 (lewd-remarks-plain).

Sex with someone wished, imagined or told without a listed word ("I'd take her to bed
tonight", "had a cheeky shag", "do dirty things to you"), a body described on display, crude body
talk as an insult, and double meanings flagged another way ("and I don't mean the two
ministers", "preferably horizontally"). Near misses use the same words for courts, clinics,
markets, carpets, budgets and sport. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import guidelines

LEWD = [
    "I'd have sex with the new weather girl in a heartbeat.",
    "Honestly I'd take her to bed tonight, look at her.",
    "Your new profile pic makes me want to do dirty things to you.",
    "Word is they had a quick shag behind the clubhouse.",
    "Bet she gave him a bit of head after the awards.",
    "Her cleavage was practically spilling out on live TV.",
    "Look at the baps on her, proper melons.",
    "Imagine those thighs wrapped round your face.",
    "The ref's head is so far up his own backside it's dark in there.",
    "This place smells like sweaty crotches and regret.",
    "Nice pair on the front page today, and I don't mean the candidates.",
    "Happy to finish this argument in private, preferably horizontally.",
]

NEAR_MISSES = [
    "The inquiry will hear oral evidence from the chief constable.",
    "Anal cancer screening saves lives, the charity says.",
    "Fresh baps and melons at the farmers' market this Saturday.",
    "Their old shag carpet went to the tip at last.",
    "Imagine him in charge of the Treasury, heaven help us.",
    "The ball was practically spilling out of his hands all game.",
    "She wrapped her arms round the trophy and wept.",
    "The committee will take the bill to a vote tonight.",
    "Nobody wants to work in a place where your head is always down.",
]


@pytest.mark.parametrize("text", LEWD)
def test_plain_lewd_remark_is_caught(engine: Engine, text: str) -> None:
    assert "keep-it-clean" in guidelines(engine, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert "keep-it-clean" not in guidelines(engine, text)
