"""The shipped Be Nice rules as round r36 widened them: group hate in plain words, and one
person put down for who they are.

Round r36's moderator sets showed a people swept under one vice ("never met an honest
Albanian"), a group sent back, kept apart or stopped from having children, women put down as
a sex, a faith damned whole, gay and disabled people called perverts or less than whole,
control and animals in other words ("the Zionist lobby picks every judge"), and one person
mocked for their accent, name, dress, age, disability, sex or sexuality. The near misses are
parcels, pets, jars, history, fiction, self-mockery, a lift and counter-speech. Every sentence
is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_ids

CAUGHT = [
    (
        "put-down-for-age-body-or-sex",
        "He got hired because he's gay, nothing to do with talent.",
    ),
    ("put-down-for-age-body-or-sex", "How is a cripple supposed to know what the pavements need?"),
    ("group-swept-in-plain-words", "Somali fathers never stick around, that's the whole problem."),
    ("group-swept-in-plain-words", "Never once met a hardworking Albanian in this town."),
    (
        "group-swept-in-plain-words",
        "Drug dealing on the estate again, and we all know which families.",
    ),
    (
        "group-kept-out-or-put-away",
        "Ship every Somali back on the next boat, and the lot of them can take their families.",
    ),
    ("group-kept-out-or-put-away", "Stick to your own kind and keep away from our daughters."),
    (
        "women-put-down-as-a-sex",
        "Women these days only care about their phones and their eyelashes.",
    ),
    (
        "women-put-down-as-a-sex",
        "We should never have given women the vote, look at the state of us.",
    ),
    ("faith-damned-whole", "Their holy book is a manual for hating everyone who isn't them."),
    (
        "gay-or-disabled-put-away",
        "Drag queens are basically deviants, keep them away from the library.",
    ),
    (
        "gay-or-disabled-put-away",
        "People with learning disabilities aren't really all there, are they.",
    ),
    ("control-and-hate-in-other-words", "The Zionist lobby picks every judge in this state."),
    (
        "control-and-hate-in-other-words",
        "Migrants are being bussed in so the council can change how we vote in ten years.",
    ),
    (
        "mocked-for-accent-name-or-dress",
        "Councillor Adeyemi, learn English before you chair a meeting.",
    ),
    ("mocked-for-accent-name-or-dress", "The new vicar wears his collar like a walking letterbox."),
    (
        "put-down-for-age-body-or-sex",
        "The new transport boss is 29. A child playing dress up in his dad's suit.",
    ),
    (
        "put-down-for-age-body-or-sex",
        "A male midwife at the maternity unit? Creepy. Get a real job.",
    ),
    (
        "put-down-for-age-body-or-sex",
        "Of course the gay councillor backed the funding. Looking after his own.",
    ),
]

LEFT_ALONE = [
    (
        "group-kept-out-or-put-away",
        "The parcels were damaged, so send the lot back home to the manufacturer.",
    ),
    ("group-kept-out-or-put-away", "Catch the feral cats and neuter them before spring."),
    (
        "women-put-down-as-a-sex",
        "The idea that women got the vote and look where it got us is a tired old joke.",
    ),
    (
        "faith-damned-whole",
        "The claim that the Bible is a manual for violence was rejected by the panel.",
    ),
    (
        "gay-or-disabled-put-away",
        "Anyone saying drag queens are groomers should meet the lovely lot at our library.",
    ),
    (
        "control-and-hate-in-other-words",
        "The myth that the Jewish lobby runs the media is centuries old and still wrong.",
    ),
    (
        "mocked-for-accent-name-or-dress",
        "My Welsh is rubbish, I sound like a strangled cat saying Llanelli.",
    ),
    ("put-down-for-age-body-or-sex", "Me, a grown man, crying at the cup final. Pathetic really."),
    (
        "put-down-for-age-body-or-sex",
        "I'm 70 and too old to understand TikTok, and happy that way.",
    ),
    (
        "put-down-for-age-body-or-sex",
        "Telling the female ref to get back in the kitchen isn't banter.",
    ),
]


@pytest.mark.parametrize(("rule", "text"), CAUGHT)
def test_group_and_personal_hate_in_plain_words_is_caught_by_its_rule(
    engine: Engine, rule: str, text: str
) -> None:
    assert rule in rule_ids(engine, text)


@pytest.mark.parametrize(("rule", "text"), LEFT_ALONE)
def test_reports_self_mockery_and_ordinary_uses_are_left_alone(
    engine: Engine, rule: str, text: str
) -> None:
    assert rule not in rule_ids(engine, text)
