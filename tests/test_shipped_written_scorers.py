"""The shipped scorers of rounds r38 and r40 that learn the written sets alone, behind their
flag rules: the hate scorer (``rules/models/hate.json``, ``plain-hate-scored``), the harm scorer
(``harm.json``, ``plain-threat-scored``), the lewd scorer (``lewd.json``, ``lewd-scored``) and
the kind scorers of round r40: person (``person.json``, ``person-put-down-scored``), veiled
(``veiled.json``, ``veiled-threat-scored``) and smear (``smear.json``, ``smears-scored``).

The sentences are our own. Each comment below is caught under its guideline by no shape and by
no other scorer, only by its scorer's flag rule; the same subjects, words and jobs in plain news
stay clean. Their rate over the near-miss tables of every shipped rule test (written to look
like violations, many of them) is ``test_shipped_scorer_rates.py``'s.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.rules import Action
from tests.shipped import (
    LEWD_SCORER,
    PERSON_SCORER,
    PLAIN_HATE_SCORER,
    PLAIN_THREAT_SCORER,
    SMEAR_SCORER,
    VEILED_SCORER,
)

# (the flag rule, its guideline, a comment only that rule catches under the guideline)
CAUGHT_ONLY_BY_THE_SCORER = [
    (
        PLAIN_HATE_SCORER,
        "be-nice",
        "Chinese takeaway owners all know each other and fix the prices, everyone knows it.",
    ),
    (
        PLAIN_HATE_SCORER,
        "be-nice",
        "Care home staff are half foreign now, no wonder nobody can understand the poor residents.",
    ),
    (
        PLAIN_THREAT_SCORER,
        "dont-threaten",
        "Grasses on this estate tend to get their windows put through and worse.",
    ),
    (
        PLAIN_THREAT_SCORER,
        "dont-threaten",
        "Whoever tipped off the council had better hope their house is insured against fire.",
    ),
    (
        PERSON_SCORER,
        "be-nice",
        "Councillor Patel's daughter got the library job, funny how his sort look after "
        "each other.",
    ),
    (
        PERSON_SCORER,
        "be-nice",
        "That Hindu chap at the council only signs off permits for his own cousins.",
    ),
    (
        VEILED_SCORER,
        "dont-threaten",
        "Bins of people who moan to the council have a funny way of catching light.",
    ),
    (
        SMEAR_SCORER,
        "be-truthful",
        "The sergeant let his nephew off a drink driving charge, ask anyone at the station.",
    ),
    (
        LEWD_SCORER,
        "keep-it-clean",
        "Never mind the budget, the new treasurer can balance on my lap any evening she likes.",
    ),
    (
        LEWD_SCORER,
        "keep-it-clean",
        "Forget the roadworks, did you see the legs on the new planning officer? I'd let her "
        "survey my property all night.",
    ),
]
NEAR_MISSES = [
    "Blue badge bays are being widened in the town centre, the council says.",
    "Care home staff from abroad are taking English classes paid for by the county.",
    "The hospital opened a new prayer room for patients of every faith.",
    "Funny how the sheds at the allotments keep flooding every spring.",
    "The fire in the letterbox was started by a firework, the police said.",
    "People who talk to the papers about the estate want the council to listen.",
    "The treasurer balanced the books for the first time in a decade.",
    "The planning officer will survey the property on Monday.",
    "The lifeguard checked his pulse and started CPR until the ambulance came.",
    "The headteacher kept the pupils behind after school to finish the mural.",
    "The vicar hears confessions on Saturday mornings.",
    "Councillor Patel's daughter started at the library this week, welcome aboard.",
    "The deputy head is a Muslim and has run the school's Christmas play for six years.",
    "The new head of maths coaches the lads' football team on Saturdays.",
    "Bins of people on the estate will be collected on Wednesday this week, the council says.",
    "Folk who call the council about fly-tipping say the fences by the canal went up in flames "
    "last night.",
    "Our quiz team meets at the Red Lion on Fridays, all welcome.",
    "The sergeant's nephew was cleared of drink driving at the magistrates' court on Monday.",
    "That builder has been paying the inspector's fee on time for years, no complaints.",
    "Chinese takeaway owners in the town are raising money for the food bank this month.",
    "The council's Hindu chaplain signed off the new prayer room at the crematorium.",
    "Windows on the estate are being replaced by the housing association this month.",
]


@pytest.mark.parametrize(("scorer", "guideline", "text"), CAUGHT_ONLY_BY_THE_SCORER)
def test_the_scorer_flags_what_no_shape_nor_other_scorer_reaches(
    engine: Engine, scorer: str, guideline: str, text: str
) -> None:
    hits = [h for h in engine.check_text(text) if h.guideline == guideline]
    assert [(h.rule, h.action) for h in hits] == [(scorer, Action.FLAG)]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_the_scorers_leave_the_same_words_in_plain_news_alone(engine: Engine, text: str) -> None:
    assert engine.check_text(text) == []
