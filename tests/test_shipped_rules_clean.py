"""Shipped Keep it Clean rules on swearing in other shapes: initials, crude body talk, vulgar names.

Sentences are our own, written in the site's voice; none is copied from a data set.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine

GUIDELINE = "keep-it-clean"

VULGAR = [
    # swearing clipped to its initials
    "stfu about the roadworks, we get it",
    "Honestly gtfo with that excuse, the bins were never collected",
    "ctfu at the council's new logo",
    "DILLIGAF what the columnist thinks",
    "tf is this parking fine for",
    "that ref is one lying mf",
    "pos landlord raised the rent again",
    "That lying SOB took the pension pot",
    # crude body talk: the runs, snot, a man's parts on show, sweating or missing
    "That takeaway gave me the trots all weekend",
    "Kid behind me was flicking boogers at the screen",
    "Some clown got his todger out on the last train",
    "Stood in that queue so long my balls were sweating",
    "Grow some balls and answer the question, minister",
    "Grow a pair, referee",
    "The man's brain is in his trousers",
    "Nearly spewed my ring up on the ferry",
    "As welcome as a fart in a lift, this budget",
    # vulgar names and taunts, British and Irish
    "The new gaffer is an absolute fanny",
    "You knob, you parked across two spaces",
    "She's a right slag and everyone on the estate knows it",
    "What a cnut move by the landlord",
    "Go screw yourself and your parking permits",
    "Up yours, Ticketmaster",
    "Council tax up again, bend over and take it",
    "Bunch of arsewipes at head office",
    # misspelt and masked before their endings
    "this is fcuking ridiculous",
    "an utter ****ing shambles at the station",
    "fawk off with your parking fines",
]

NEAR_MISSES = [
    "What a sob story the developer told the committee.",
    "She started to sob when the verdict was read.",
    "The till uses a POS terminal from the bank.",
    "Put a TF card in the dashcam before the trip.",
    "The MF band carries the old coastguard radio.",
    "Trotting at the county show starts at two.",
    "The twins grew a pair of giant sunflowers for the show.",
    "He bowled three no balls in a single over.",
    "She pulled her sleeves out of the tumble dryer.",
    "Add a knob of butter and stir until glossy.",
    "The old slag heap above the mine is a nature reserve now.",
    "Fanny Craddock cooked on television in the fifties.",
    "King Cnut could not turn back the tide.",
    "Screw the lid on tight and shake the jar.",
    "Staff bent over backwards to help the family.",
    "The Speaker asked him to withdraw the word gobshite, and he did.",
    "Every ING branch in the town is closing.",
    # fp1: faggots that are kindling, told by the fire and the wood around them
    "We cut a bundle of faggots for the fire before the frost came.",
    "She tied the hazel faggots and stacked them by the hearth.",
    # r18: a name that starts like a spelling of the f-word
    "Guy Fawkes was caught under Parliament with the gunpowder.",
]


@pytest.mark.parametrize("text", VULGAR)
def test_vulgar_shapes_break_keep_it_clean(engine: Engine, text: str) -> None:
    assert GUIDELINE in {hit.guideline for hit in engine.check_text(text)}


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_are_not_keep_it_clean(engine: Engine, text: str) -> None:
    assert GUIDELINE not in {hit.guideline for hit in engine.check_text(text)}
