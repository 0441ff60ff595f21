"""The shipped Be Nice rules on hate as four more authors wrote it (r21).

A people sealed by "the whole bunch", called a nation of beggars, born to a vice, said to
bring crime, to be raised or wired that way, to lack hygiene, to smell, to steal every time,
to hate the west, to understand only force; the disabled and the poor called a burden or
"better locked away"; women told their place and what they were made for; a people sent
back to any country, by plane, by slogan ("Somalis out"), or told the country is not theirs;
a money trope by family or financier; rights, service and rent refused. Near misses are
counter-speech, reports, denials, travel and a nation's own choice. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import guidelines

HATE = [
    "Kenyans in this town, lazy and crooked the whole bunch of them.",
    "They've always been a nation of beggars and thieves.",
    "Somalis bring crime wherever they go.",
    "Lebanese lads steal, it's just how they're raised.",
    "Albanians just aren't wired for honest work.",
    "Romanians just don't value hard work.",
    "Pakistani families have no concept of hygiene.",
    "Moroccans steal whenever they can.",
    "People with autism are a burden on the taxpayer.",
    "Mentally ill people should all be locked away.",
    "Muslims round here all secretly hate the west.",
    "Hindus bow down to rats and expect respect.",
    "Their religion teaches them to lie to outsiders.",
    "Nigerians are born liars.",
    "Irish lads can't hold down a job.",
    "Arabs only understand force.",
    "Catholics are a bunch of sheep.",
    "Typical Dutch, arrogant and rude.",
    "Women were made for the kitchen, not the boardroom.",
    "Women don't understand the offside rule and never will.",
    "Politics is for men.",
    "Go back to Malaysia if you hate it here.",
    "Get on the next plane back home, the lot of you.",
    "Somalis out. Simple as.",
    "This country isn't yours and never will be.",
    "Britain is for the British only.",
    "Time for them all to go back to Poland.",
    "The Rothschilds are behind every war.",
    "They're importing migrants on purpose to replace us.",
    "We all know what religion they share, look at who owns the papers.",
    "Shops should have the right to refuse service to travellers.",
    "Landlords should be allowed to say no Nigerians.",
    "I would never hire a Ghanaian for my shop.",
    "Gay couples have no business raising children.",
    "Keep them away from decent families, those travellers.",
    "They multiply like cockroaches, those Afghans.",
]

NEAR_MISSES = [
    "Telling atheists they have no morals is cruel and wrong.",
    "Migrants are people, not a plague.",
    "Nazi propaganda films portrayed Jews as vermin, which is how it starts.",
    "A man on the tram told my son to go back to India. He was born in Leeds. Disgusting.",
    "Grandpa used to say the Jews run the banks and I spent years unlearning it.",
    "Ain't nobody proved Somalis are criminals.",
    "Telling Chinese people to go back to China is racism, plain and simple.",
    "We fly back to Malaysia in June to see my gran.",
    "Australia is for Australians to decide, not Brussels.",
    "It's not your place to tell me what to think.",
    "The Rothschild family owns a vineyard in Bordeaux.",
    "They donate to the food bank because their religion teaches them to.",
    "If the traffic is that bad, go home early.",
    "Don't like the drive? There's a bus every hour.",
    "Paris, that's where you should go for the honeymoon.",
    "The parcels were damaged, so I'll send every one of them back.",
    "We don't serve Chinese food on Mondays.",
    "You are guests here, so please enjoy the hotel.",
    "It's time for you to leave, the party is over.",
    "Women in my book club, all they do is talk about books.",
    "Muslim kids are not raised to hate the west, they're raised like ours.",
]


@pytest.mark.parametrize("text", HATE)
def test_hate_in_other_voices_is_caught(engine: Engine, text: str) -> None:
    assert "be-nice" in guidelines(engine, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert "be-nice" not in guidelines(engine, text)
