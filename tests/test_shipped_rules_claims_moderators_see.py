"""The shipped rules on claims as moderators meet them (round r32).

Helper sets written as news-site moderators would write them (blind to the rules) stated
claims the rules let through; their general shapes are flagged for a moderator to check:
pencils in the booth so a cross can be rubbed out, a turnout over 100%, voters bussed in with
fake addresses, ballots run through the machines twice or shredded by the clerk, machines
reset at midnight, a result decided before a vote was counted, an official "taking cash,
everyone knows", convictions "quietly wiped", a spoon of bleach that cures, 5G masts that made
a street ill. Debunks, denials, questions and court reports stay clean. Every sentence is our
own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_guidelines

CLAIMS = [
    "They give you pencils at the polling station so staff can rub your vote out later.",
    "Turnout in the east ward was 140 percent. Rigged, look it up.",
    "Hundreds of students were bussed in to vote with fake addresses.",
    "They fed the postal votes through the scanners twice in Ward 3.",
    "The returning officer personally binned a box of postal votes.",
    "Count staff were told to reject ballots with a smudge on them.",
    "They reset the tabulators overnight to flip the result.",
    "The result was decided before a single vote was counted.",
    "She never lost, it was stolen from her.",
    "Fake registrations are the only reason he got in.",
    "The mayor has been pocketing backhanders from the builders for years, everyone knows.",
    "The councillor's fraud conviction was quietly wiped from the record.",
    "A spoonful of turpentine a week flushes out every parasite.",
    "Doctors won't tell you because it's cheap.",
    "Type 1 diabetes can be reversed in a month with fasting.",
    "Since the 5G mast went up the whole street has headaches.",
]

NEAR_MISSES = [
    "The myth that pencils in the booth let staff rub your cross out is nonsense.",
    "5G masts don't cause headaches, the review found no link.",
    "Is it true they fed the postal votes through the scanners twice?",
    "The court heard he told patients a spoonful of turpentine cures parasites.",
    "Type 2 diabetes can go into remission with weight loss, the trial found.",
    "Pencils are fine in the booth, nobody can rub out your cross afterwards.",
    "Please bring a pencil to the quiz, you can rub out wrong answers.",
]


@pytest.mark.parametrize("text", CLAIMS)
def test_claim_moderators_see_is_flagged(engine: Engine, text: str) -> None:
    assert "be-truthful" in rule_guidelines(engine, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_debunk_question_or_report_stays_clean(engine: Engine, text: str) -> None:
    assert "be-truthful" not in rule_guidelines(engine, text)
