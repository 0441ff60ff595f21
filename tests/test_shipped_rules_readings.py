"""The shipped Don't Threaten rules on threats in dialect spellings (round r25): Scots, Patois,
run-together and dropped-g forms read as the standard words the rules are written in
(``rules/lists/readings.yaml``). Each threat is caught through the read text; the near misses
are everyday sentences in the same spellings. Every sentence is our own."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import SCORERS, rule_guidelines

THREATS = [
    "Ah'm gonnae batter yer heid in when ah see ye.",
    "Mi know weh yuh live an mi a go burn it down.",
    "Hope ye die slow in a burnin hoose.",
    "Keep postin an ah'll come roond wi a hammer.",
    "We're comin fur ye, every one o ye.",
    "Ah'd love tae see ye get yer heid kicked in.",
    "Ah'll be waitin ootside yer hoose wi a bat.",
    "Somebody needs tae put a bullet in yer heid.",
    "Ah hope yer hoose burns doon wi ye in it.",
]
NEAR_MISSES = [
    "Ah'll see ye at the game on Saturday, save me a seat.",
    "Ye'll be walkin hame in the rain if ye miss the last bus.",
    "Mi a go cook some rice an peas fi di family.",
    "Yer maw makes the best soup in the street.",
    "Ah'm gonnae smash that exam, nae bother.",
    "Ye olde tea shoppe is open again on the high street.",
    "Gonnae no dae that, ye'll break the telly.",
    "Ah'll kill fur a bacon roll right noo.",
    "We were walkin an talkin till the sun came up.",
    "Ah'm gonnae murder that curry the night.",
]


@pytest.mark.parametrize("text", THREATS)
def test_threat_in_dialect_is_caught_through_the_read_text(engine: Engine, text: str) -> None:
    read = [
        hit
        for hit in engine.check_text(text)
        if hit.view.startswith("read ")
        and hit.rule not in SCORERS
        and "dont-threaten" in (hit.guideline, *hit.also)
    ]
    assert read, text


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_in_dialect_is_not_flagged(engine: Engine, text: str) -> None:
    assert rule_guidelines(engine, text) == set()
