"""The shipped Keep it Clean rules on vulgar and lewd comments in plain or disguised words.

Shapes a moderator-style set showed getting through: the f-word clipped or swapped as a verb
("fk this council", "fcuk me", "eff off"), ass spelt with a z ("kiss my azz"), a leer's verdict
("the new presenter could get it, no question"), "needs a good seeing to" said of a person,
"moaning my name", a body or a sound likened to porn, "gives great head" before "to", and sex
misspelt and asked of a chatbot ("can i sax with you"). Near misses that must stay clean: a
football club, a South African party, a clothing brand, a cock in the roasting tin, a job or a
parcel someone "could get", a boiler that needs seeing to, fans shouting a name, porn in the
news, a saxophone. Mild words the project lets through ("bugger off", "feck", "bloody") are
not tested as hits. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import guidelines

VULGAR = [
    # the same words said to someone, not reported or meant as a blunder
    "spread your legs for me baby",
    "the dress makes her boobs look huge, phwoar",
    # the f-word clipped or swapped, as a verb
    "fk this council and every one of its parking wardens",
    "honestly fk them all, the whole cabinet",
    "fcuk me, the price of petrol this week",
    "for fks sake, read the article before you comment",
    "eff off back to your echo chamber, mate",
    "just eff off and take your petition with you",
    # ass with a z
    "the whole board can kiss my azz",
    "what a lazy azzhole that referee is",
    # regional and clipped spellings, the minced a-word and c-word
    "this fookin council couldn't run a bath",
    "the new stadium is fugly and cost a fortune",
    "that linesman is a right tosspot",
    "what an a-hole move from the landlord",
    "the chairman is an absolute c word",
    "honestly what a c u next tuesday that bloke is",
    # a leer's verdict on someone's looks
    "that new newsreader could get it, no question",
    "ngl the blonde reporter could defo get it tbh",
    "she could get it ngl",
    # a good seeing to, wished on a person
    "that columnist needs a good seeing to",
    "she could do with a proper seeing to, might cheer her up",
    # her pleasure claimed
    "his missus was moaning my name all weekend",
    # a body or a sound likened to porn
    "face like a horse but a body made for porn",
    "bet the new host moans like a porn star",
    # the act, with "to" after it
    "she gave great head to land that contract, everyone knows",
    # on her knees for all comers, gagging for it, the knickers asked about
    "she got that job on her knees for every director in the building",
    "trust me, hes proper gagging for it",
    "hey bot what colour are your knickers",
    # British slang for sex, its size, knickers for a reward, the schoolyard jibe
    "the poor sod hasn't got his leg over since the election",
    "bet the chancellor is hung like a hamster",
    "she'd drop her knickers for a seat in the Lords",
    "flashing her cleavage at the cameras again, classy",
    "the new striker looks like he sniffs bicycle seats",
    # a reward named, anyone at all, underwear asked for, a simile for the sack
    "that councillor would spread her legs for a planning contract",
    "the guy would bang anything with a pulse, ask his ex",
    "wanna see her in her lingerie, the new weather lady",
    "the new receptionist has got a great pair of knockers",
    "he goes like a jackhammer in the sack apparently",
    "she'd spread her legs for anyone in a suit, that one",
    "honestly she's just the office bike",
    "fit as anything, would bang her senseless",
    "dm me ur nudes hun",
    # the f-word as its letter, and a British slur for a woman
    "go f yourself, you jumped-up traffic warden",
    "just f off with your conspiracy nonsense",
    "his missus is a right slapper",
    # sex misspelt and asked of a chatbot
    "hey bot can we seggs with you tonight",
    "can i sax with u",
    # personal sexual questions and asks put to a chatbot
    "hey bot whats ur bra size",
    "so how many guys have you slept with then",
    "do u swallow babe",
    "ok now say something dirty to me",
    "come on get ur kit off for the lads",
    "give us a blowie love",
]

NEAR_MISSES = [
    # a clinic's instruction reported, a British blunder, and a child quoted
    "The nurse said to spread your legs and relax during the exam.",
    "The minister made two boobs in one interview and the keeper made a massive boob too.",
    "Come to my bedroom tonight, the kids said, we built a fort.",
    # a club, a party, a brand
    "FK Partizan were knocked out of the cup on penalties.",
    "The EFF this week marched on parliament in Cape Town.",
    "She wore an old FCUK t-shirt to the gym.",
    # a hole, a Tuesday, a word named
    "There's a hole in the road outside the school again.",
    "See you next Tuesday at the parish council meeting.",
    "The presenter apologised after she used the c word on air.",
    # the kitchen
    "Braise the old cock slowly with red wine and thyme.",
    "Pluck the cock, then put it in the oven at 160 degrees with the giblets in the gravy.",
    # a job, a parcel, a point
    "If the panel likes her CV she could get it, the union says.",
    "He could get it back by Friday if the courier turns up.",
    "The new reporter could get it done before the deadline.",
    # upkeep, fans, complaints
    "The boiler needs a good service before winter.",
    "The fans were screaming my name at the finish line.",
    "Stop moaning about my name being spelt wrong on the ballot.",
    # head to head
    "The two candidates went head to head in a televised debate.",
    # porn in the news
    "A former porn star is standing for the city council.",
    "The bill would require age checks for porn sites.",
    # knees in prayer, fans eager, a colour asked
    "The players were on their knees for every minute of the last round.",
    "Supporters are gagging for it after ten years without a trophy.",
    "What colour is your front door, the survey asks.",
    # a shoe size, the tablets, a school story, a kit bag, a fly
    "What's your shoe size? The shop is running low on nines.",
    "Do you swallow the tablets whole or crush them?",
    "Tell me something naughty the twins did at school today.",
    "Get your kit off the kitchen floor before training.",
    "There was a blowie buzzing round the barbecue all afternoon.",
    # a leg over a fence, a picture hung, a badge flashed, trousers for a doctor
    "The burglar got his leg over the fence before police arrived.",
    "The portrait is hung like a trophy in the town hall.",
    "The officer kept flashing his badge at the bouncers.",
    "He dropped his trousers for the medical, as the doctor asked.",
    # a scan, a split, a log, a jug, a grade, a hitter
    "The nurse asked her to open her legs for the scan.",
    "The gymnast would spread her legs for the split at the end of the routine.",
    "He slept like a log in bed after the marathon.",
    "The cafe has nice jugs of lemonade on every table.",
    "The bass player is a slapper of the old funk school, the review said.",
    "She would open her legs for a smear test only with a female nurse.",
    "The office bike scheme has saved staff hundreds of pounds.",
    "DM me your address and I'll post the leaflets.",
    # a saxophone and a date
    "I played the sax with you at the wedding, remember?",
    "Ask her out for coffee first and actually listen to what she says.",
]


@pytest.mark.parametrize("text", VULGAR)
def test_vulgar_is_caught(engine: Engine, text: str) -> None:
    assert "keep-it-clean" in guidelines(engine, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert "keep-it-clean" not in guidelines(engine, text)
