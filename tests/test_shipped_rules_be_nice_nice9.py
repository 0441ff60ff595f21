"""Shipped Be Nice rules of nice9: sexism, ableism and classism, religious hate, insults, slurs.

Sentences are our own, written in the site's voice; none is copied from a data set.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine

# Each must break Be Nice.
BE_NICE = [
    # sexism: a sex told what it cannot do or be
    "Women have no business commentating on the men's game.",
    "Lads shouldn't be midwives, it isn't natural.",
    "Blokes don't have the nurturing gene, simple as that.",
    "Every male is a born predator, teach your girls that.",
    "Give women a little authority and they become tyrants.",
    "Clearly her time of the month, the way she snapped at the panel.",
    "All wives ever do is nag and spend their husbands money.",
    "Women's rugby is a waste of airtime.",
    "Female drivers round here are a hazard.",
    "Can't expect women to understand a spreadsheet.",
    "Women just aren't calm enough to lead a country.",
    "Girls can't aim, they just scream on voice chat.",
    "Real men don't ask for help.",
    # ableism and classism
    "You'd have to be soft in the head to back that budget.",
    "Is the chairman brain dead or just lazy?",
    "Benefit scroungers are nothing but leeches.",
    "Hillbillies, all they do is breed and drink.",
    "Deaf people shouldn't be allowed to drive.",
    "The homeless are homeless because they're lazy.",
    "He belongs on the short bus.",
    # religious hate
    "Buddhists are a bunch of brainwashed sheep.",
    "Jews will never be truly loyal to this country.",
    "Their scripture tells them to deceive us.",
    "Never trust a Mormon with your money.",
    "Christians have no ethics whatsoever.",
    "Hijabs make them look like walking tents.",
    "Typical bible thumpers, trying to ban books again.",
    # insults at the one addressed
    "You're the densest commenter on this site.",
    "Oh give over, you daft pillock.",
    "You've got the reading comprehension of a toddler.",
    "You're about as bright as a broken torch.",
    "Did your mum drop you as a baby?",
    "No wonder you're still single, mate.",
    # slurs for peoples, spelt plainly, masked or spread out
    "Bloody gyppos nicked the lead off the church roof.",
    "p1keys camped on the playing field again",
    "w-o-g-s everywhere at the beach",
]

# Each must not break Be Nice: reports, denials, plain descriptions and idioms.
CLEAN = [
    # sexism reported, denied or answered
    "The tribunal heard he told her women have no business commentating.",
    "The myth that men lack the nurturing instinct has been debunked.",
    "Women should be allowed to referee at every level of the game.",
    "Plenty of blokes are nurses and brilliant at it.",
    "Women's rugby is a joy to watch this season.",
    "About a fifth of married men cheat, the survey found.",
    "She threw the javelin like a champion.",
    # disability and poverty described, not thrown
    "Her son was left brain damaged after the crash and needs care.",
    "I don't think people on benefits are lazy, most are working.",
    "Disabled people shouldn't have to wait a year for a ramp.",
    "The homeless are dying in the cold, the charity warned.",
    # faith without contempt
    "Sikhs ran the food kitchen after the flood.",
    "Atheists are not immoral, and the survey backs that up.",
    "Many Catholics are sick of the scandals in their church.",
    "The claim that Jews can't be loyal citizens is an antisemitic trope.",
    # insults named or denied, and look-alikes
    "Nobody is calling you a muppet, relax.",
    "A galah landed on the fence this morning.",
    "You are not a drongo for asking about the tariff.",
    "She's as sharp as a tack, that new treasurer.",
    "As a wog kid from Adelaide, I loved this piece.",
    "ABO blood group testing is routine before surgery.",
    "The word 'pikey' was shouted at him, the court heard.",
]


@pytest.mark.parametrize("text", BE_NICE)
def test_degrading_generalisations_and_insults_break_be_nice(engine: Engine, text: str) -> None:
    assert "be-nice" in {hit.guideline for hit in engine.check_text(text)}


@pytest.mark.parametrize("text", CLEAN)
def test_reports_denials_and_plain_descriptions_pass_be_nice(engine: Engine, text: str) -> None:
    assert "be-nice" not in {hit.guideline for hit in engine.check_text(text)}
