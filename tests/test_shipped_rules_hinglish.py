"""The shipped Don't Threaten rules on threats in Hinglish (round r25): a harm verb in the
first person's future at a person, their body or kin, or with a weapon; a call on others to
harm; death or harm wished; veiled menace ("tujhe dekh lunga", flagged). Near misses are the
same verbs for food, sport, games, pests, a laugh, a negation, a meeting or a threat reported.
Every sentence is our own."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_guidelines

THREATS = [
    "Tujhe toh main jaan se maar dunga, Karol Bagh aa ja bas.",
    "Tera sar phod denge agli baar dikha toh.",
    "Is reporter ko goli maar do, tabhi sudhrega.",
    "Dhoond ke maarunga tujhe, chahe kahin bhi chhup ja.",
    "Bhagwan kare is neta ko lakwa maar jaye.",
    "Tera bhi wahi haal hoga jo uska hua tha.",
    "Teri gaadi jala denge raat ko, dekh lena.",
    "Uski taangein tod ke nadi mein fek denge.",
    "Koi isko truck ke neeche kuchal de.",
    "Jinda nahi bachega tu agar phir se aaya.",
    "Tujhe toh main dekh lunga, yaad rakhna.",
    "Tera time aa gaya hai beta, bas intezaar kar.",
    "Tera khoon pee jaunga main.",
]
NEAR_MISSES = [
    "Aaj toh poori pizza maar dunga, bhookh lagi hai.",
    "Kal ke match mein unko zinda gaad denge, 250 chase karenge.",
    "Main usko kabhi nahi maarunga, woh mera dost hai.",
    "Usne bola 'tera sar phod dunga', maine FIR kar di.",
    "Machchar bahut hai, sabko maar do spray se.",
    "PUBG mein aaj poori squad ko dhoond ke maarunga, bas ek round.",
    "Garmi se log mar rahe hai, ghar pe raho.",
    "Mat bolo aise ki usko jala do, ye galat hai.",
    "Bhai tujhe toh main gudgudi kar kar ke maar dunga haha.",
    "Record tod denge is baar, pakka.",
    "Kal match mein tujhe dekh lunga stadium mein.",
    "Paise ka hisaab kal karenge, abhi jaldi mein hu.",
]


@pytest.mark.parametrize("text", THREATS)
def test_threat_in_hinglish_is_caught(engine: Engine, text: str) -> None:
    assert "dont-threaten" in rule_guidelines(engine, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_in_hinglish_is_not_flagged(engine: Engine, text: str) -> None:
    assert rule_guidelines(engine, text) == set()
