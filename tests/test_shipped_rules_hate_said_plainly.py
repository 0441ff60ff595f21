"""The shipped Be Nice rules on stereotypes and tropes said plainly (r29).

Two new blind authors (Midwest news moderators; a Kansas City deacon and an Austin tester)
let through hate with no slur in it: a vice then "that's just how they are", a people said not
to know how to live "in a civilised country", a vice said to run in a community, "of course
the robber turned out to be ...", "they come over here, don't work", a mosque said to mean
terrorists, a cabal that "runs" things, the demographics changed by plan, "human vermin", a
plane home for one named, disabled children kept from "normal" ones, a woman's job said got
"on her back", "women and maths don't mix"; and from general knowledge a guest told to get
out, a kind not welcome, "you people need to go home", and twenty-five sexist comments. The
near misses are praise, family talent, news, denial, history, a census, support, a festival,
a friend seen off and equal pay. Every sentence is our own, none copied from the written
sets.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_guidelines

PLAIN_HATE = [
    "You're a guest in this country, act like it or get out.",
    "Your kind isn't welcome in this town.",
    "Don't let the door hit you on the way back to Pakistan.",
    "You people need to go home.",
    "We don't want your sort round here.",
    "The Romanians on our street leave rubbish everywhere, that's just how they are.",
    "Nigerians moved in next door. Loud music till 3am, that's just how those people live.",
    "Those people just don't know how to live in a civilised country.",
    "Violence runs in that community, you can see it in the stats.",
    "Lying is just normal for those people.",
    "Of course the robber turned out to be Albanian.",
    "Funny how every stabbing story has a Somali name.",
    "They come over here, don't work, and live off the taxpayer.",
    "Pakistanis don't want jobs, they want benefits.",
    "Another mosque in town means more terrorists. Simple.",
    "Catholics are priest-protecting child abusers, all of them.",
    "Same little group runs the banks and the press, always them.",
    "The whole system is controlled by the Rothschilds.",
    "The Jewish lobby runs our foreign policy.",
    "It's a plan to change the demographics of the whole country.",
    "We'll be a minority in our own country in thirty years.",
    "Once they have the numbers they'll take over and impose their law.",
    "Those people are human vermin.",
    "Migrants are a plague on this town.",
    "Next they'll infest our schools.",
    "She should be put on a plane back to where she came from.",
    "If you hate Britain so much there's a flight leaving for Lagos every day.",
    "Your country is that way, across the border.",
    "Mentally ill people belong locked away in an asylum.",
    "Disabled kids should be kept away from normal children.",
    "Immigrants should stick to their own part of town.",
    "Keep those people out like the old days.",
    "She got that job on her back.",
    "Women and maths don't mix.",
    "Females are dumber upstairs, science says so.",
    "Men who cry aren't real men, they're little girls.",
]

PLAIN_NEAR_MISSES = [
    "Your sort are welcome here anytime.",
    "Your kind is welcome here, come in.",
    "You're a guest in this country, so learn the local customs, the guidebook says.",
    "Their kind of music isn't welcome at this festival, apparently.",
    "We don't want your sort of negativity in the group chat, cheer up!",
    "Don't let the door hit you on the way out, Gary, see you Monday.",
    "Have a safe flight back to Spain, don't let the door hit you on the way, ha.",
    "Nobody says your kind isn't welcome here; this town has always welcomed refugees.",
    "A man at the match called a disabled boy a freak and got thrown out, good.",
    "Filipino nurses work double shifts without complaint, that's just how they are.",
    "Toddlers don't know how to behave in a civilised restaurant, bless them.",
    "Hard work is baked into the Scottish character, my gran used to say.",
    "Musical talent runs in that family.",
    "Of course the owner is Italian, the pasta is incredible.",
    "The suspect was described as a white male in his forties.",
    "It is a myth that immigrants come over here and don't work.",
    "The new mosque will bring more parking problems to Elm Street.",
    "Nobody says Catholics are child abusers; the scandal was the bishops' cover-up.",
    "A small group runs the parish council and they do a great job.",
    "The idea that the Rothschilds control the world is an antisemitic conspiracy theory.",
    "Census figures show the demographics of the city changed over twenty years.",
    "Rats are a plague on the allotments this year.",
    "Our country is that way, said the guide, pointing north.",
    "My brother has autism and he's the smartest person I know.",
    "Autistic kids should be included in normal classrooms with support.",
    "She earned that promotion through twenty years of hard work.",
    "Women in maths are underrepresented, and schools should fix that.",
    "Real men cry, and men who go to therapy are brave.",
]

# From general knowledge: twenty-five canonical sexist comments (round r28's rules miss four)
# and near misses in the same words.
SEXISM = [
    "Women are too emotional to be in charge of anything important.",
    "A woman's place is in the home, raising kids.",
    "Women only get hired because of diversity quotas.",
    "She only got the job because she's a woman.",
    "Typical woman driver, can't park to save her life.",
    "Women can't do maths, it's just biology.",
    "Female referees have no business in men's football.",
    "Girls are naturally worse at science.",
    "Women belong barefoot and pregnant.",
    "All women are gold diggers.",
    "Feminists are just ugly women who can't get a man.",
    "She must be on her period, that's why she's so angry.",
    "Women shouldn't be allowed to vote on things they don't understand.",
    "Women should obey their husbands.",
    "Make me a sandwich, love.",
    "Get back in the kitchen where you belong.",
    "Women are only good for one thing.",
    "A woman president would start a war over a bad hair day.",
    "Female politicians are all hysterical.",
    "She's just a dumb blonde, ignore her.",
    "Women lie about rape to get attention.",
    "Most women are shallow and only care about money.",
    "Women can't handle pressure, that's why they don't make good leaders.",
    "No woman should ever be a surgeon, they crack under stress.",
    "Every woman secretly wants to be dominated.",
]
SEXISM_NEAR_MISSES = [
    "No woman should ever be afraid to walk home at night.",
    "Female referees have no business being abused by fans, the FA said.",
    "Every woman deserves to be paid the same as a man for the same job.",
    "A woman president would be a first for the country and a good one.",
    "Women in STEM face barriers; nobody should say women crack under stress.",
    "Most women want to be listened to, not lectured, says the survey.",
]


@pytest.mark.parametrize("text", PLAIN_HATE + SEXISM)
def test_plain_hate_is_flagged(engine: Engine, text: str) -> None:
    assert "be-nice" in rule_guidelines(engine, text)


@pytest.mark.parametrize("text", PLAIN_NEAR_MISSES + SEXISM_NEAR_MISSES)
def test_plain_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert "be-nice" not in rule_guidelines(engine, text)
