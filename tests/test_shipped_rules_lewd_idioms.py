"""The shipped rules on sexual remarks about a person in everyday idioms (round r32).

Four helper sets written as news-site moderators would write them (blind to the rules) held
lewd comments with no swear word the rules let through; their idioms are flagged: "the rack
on her", "goes like a rabbit", "hasn't been laid in years", "a good root", someone "on her
back", "nothing on under that dress", "my bedroom anytime", "a tiny pecker", "lick every inch",
"moans louder in bed". Near misses use the same words of lamb, cars, scones, Christmas trees,
club members and a council vote. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_guidelines

LEWD = [
    "Look at the rack on the weather girl.",
    "Wouldn't mind getting my hands on those thighs after the match.",
    "Bet the new vicar goes like a rabbit.",
    "The manager looks like he hasn't been laid in years.",
    "Someone give that councillor a good root.",
    "I'd have that presenter on her back before the news ended.",
    "The only thing she's good at she does on her knees.",
    "Bet she's got nothing on under that dress.",
    "The cheerleaders can come to my bedroom anytime.",
    "Nobody wants to see his tiny pecker.",
    "I'd lick every inch of that lifeguard.",
    "You can see right through her blouse to her nipples.",
    "Bet she moans louder in bed than in the chamber.",
    "His wife ties him to the bed and spanks him I bet.",
    "I'd pay good money to watch them go at it.",
    "He should keep his mickey in his trousers.",
]

NEAR_MISSES = [
    "The butcher had a lovely rack of lamb on the counter.",
    "My new car goes like a train on the motorway.",
    "The cooling rack on the bench is full of scones.",
    "Nothing on under the tree yet, the kids are gutted.",
    "Small member states lost the vote in Brussels.",
    "The new bridge goes like a rabbit warren under the town.",
    "The council hasn't been paid in months by the contractor.",
]


@pytest.mark.parametrize("text", LEWD)
def test_lewd_idiom_about_a_person_is_caught(engine: Engine, text: str) -> None:
    assert "keep-it-clean" in rule_guidelines(engine, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_same_words_in_plain_use_stay_clean(engine: Engine, text: str) -> None:
    assert "keep-it-clean" not in rule_guidelines(engine, text)
