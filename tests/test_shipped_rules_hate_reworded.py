"""The shipped Be Nice rules on hate worded around the usual shapes (r18).

A new author's plain-word hate that the shapes before missed: a genocide praised or wished
finished ("Hitler had the right idea", "the settlers did the right thing wiping out the
natives"), a vice said to be born in a people ("violent by nature", "crime is in their DNA"),
a people cast as a foreign power's spies, a woman sent back to the kitchen, and a commenter's
life or mind mocked. Near misses use the same words for history, roads, talent, a kitchen and
counter-speech, and a trope quoted after "the" ("the 'Jews run the media' nonsense"). Every
sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import guidelines

HATE = [
    # a genocide praised or wished finished
    "Hitler had the right idea about that lot.",
    "The Nazis should have finished the job, honestly.",
    "Someone needs to finish what Hitler started.",
    "The colonists did the world a favour wiping out the natives.",
    "Srebrenica was just nature taking out the trash.",
    # a vice said to be born in a people
    "Those people are thieves by nature, every one of them.",
    "Somalis are violent by birth, it's not the poverty.",
    "Thieving is in their blood, look at the stats.",
    # cast as a foreign power's spies
    "The Chinese students here are spies waiting for orders from Beijing.",
    "Those Somali lads are basically spies for the mosque.",
    # sent back to the kitchen
    "Go back to the kitchen where you belong, sweetheart.",
    "Get back to making sandwiches, darling, leave the footy to us.",
    # a commenter's life or mind mocked
    "No wonder you're still single with opinions like that.",
    "Your post reads like it was written by a lobotomised chimp.",
]

NEAR_MISSES = [
    "The Nazis had the right idea about motorways, said the historian.",
    "Nobody sane thinks Hitler had the right idea.",
    "Music is in their blood, the whole family plays.",
    "Cats are hunters by nature, keep the birds away.",
    "I went back to the kitchen to finish the washing up.",
    "No wonder you're tired, you worked a double shift.",
    "The 'Jews run the media' nonsense is centuries old and still doing harm.",
    "He admitted to being a spy for Moscow in the nineties.",
]


@pytest.mark.parametrize("text", HATE)
def test_reworded_hate_is_caught(engine: Engine, text: str) -> None:
    assert "be-nice" in guidelines(engine, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert "be-nice" not in guidelines(engine, text)
