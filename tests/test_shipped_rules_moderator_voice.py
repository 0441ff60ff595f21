"""The shipped rules on comments written as a news-site moderator would write them (round r31).

A helper, blind to the rules, wrote example comments of the kind moderators see each week; the
shapes they missed are written here as general forms: a man who won't leave "on his own two
feet", nobody "responsible for what happens to him", "I'm not saying who'll put him there", "a
few hot ones to the dome", guns to "use on" the commissioners, why "nobody is torching" a
hotel, a committee lined up and shot, a chamber stormed and its members dragged out; women sent
to the kitchen in passing, "Don't like it? Go back home.", crowds and newcomers called vermin;
an outcome "programmed into the machines", numbers changed "that's how" a party got in; from a
second set, a woman hired "as box ticking", "never vote a woman in as treasurer", "isn't a
real man", "a shrill, nagging harpy", "that's what women do when they lose an argument",
working mums blamed, a school run "on feelings", a people's cheating called "cultural with
them", a weapon emoji put where the verb goes ("I will 🔪 you"). Near misses use the same
words for surgery, photos, games, gardening, farms, playgrounds, grants, restaurants, a bad
day, a book club, a nursery, a panto, onions and a budget, and fact checks that deny a claim
in so many words stay clean. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_guidelines

VIOLATIONS = [
    (
        "The councillor won't walk away from this one. Not on his own two feet anyway.",
        "dont-threaten",
    ),
    (
        "The mayor's got a few weeks before people stop being polite. After that nobody's "
        "responsible for what happens to him.",
        "dont-threaten",
    ),
    (
        "Landlord keeps this up he'll end up in A&E. I'm not saying who'll put him there.",
        "dont-threaten",
    ),
    ("that cop should catch a few hot ones to the dome ngl. he knows what he did", "dont-threaten"),
    (
        "Folks in this county got guns for a reason. Time to use em on the commissioners who "
        "voted for this.",
        "dont-threaten",
    ),
    (
        "Why is nobody torching the hotel they're housing them in? Petrol's cheap enough.",
        "dont-threaten",
    ),
    (
        "Line the whole planning committee up against a wall and shoot them.",
        "dont-threaten",
    ),
    (
        "Protesting is useless. Storm the council chamber, drag them out and give em a hiding.",
        "dont-threaten",
    ),
    (
        "These councillors should be dragged through the high street by their ankles.",
        "dont-threaten",
    ),
    (
        "Whoever spots the magistrate in Tesco, do us all a favour and put him on the floor.",
        "dont-threaten",
    ),
    ("Ladies, the kitchen is that way.", "be-nice"),
    ("Don't like it? Go back home.", "be-nice"),
    ("Those protesters are cockroaches. Turn the lights on and they scatter.", "be-nice"),
    ("The new arrivals are monkeys, swinging off the bus shelters all night.", "be-nice"),
    (
        "Don't bother voting in November, the outcome is already programmed into the machines.",
        "be-truthful",
    ),
    ("The AEC changed the numbers overnight, that's how Labor got in.", "be-truthful"),
    ("Hiring a woman as fire chief is pure box ticking. She couldn't carry a hose.", "be-nice"),
    ("Lads, never vote a woman in as treasurer. They spend money like water.", "be-nice"),
    (
        "Any man who stays home with the kids while the wife goes out to work isn't a real man.",
        "be-nice",
    ),
    ("What a shrill, nagging harpy the opposition leader is.", "be-nice"),
    (
        "Of course she cried at the meeting. That's what women do when they lose an argument.",
        "be-nice",
    ),
    ("Working mums are the reason kids are running riot in the town centre.", "be-nice"),
    ("Another female head teacher running the school on feelings.", "be-nice"),
    ("The Chinese students at the uni cheat on every exam, it's cultural with them.", "be-nice"),
    ("someone oughta 🔫 the planning officer. no more hearings.", "dont-threaten"),
    ("Cross me again and I will 🔪 you, mate.", "dont-threaten"),
]

NEAR_MISSES = [
    "After the op he won't be walking on his own two feet for a month, the surgeon said.",
    "Line the kids up and take the photo, please.",
    "Storm the castle, drag the banner down and plant ours, that's the game.",
    "Time to use them on the roses, the new secateurs are great.",
    "The children's parade was dragged through the town square by the brass band.",
    "Why has nobody bombed the bridge in this film yet, it's two hours long.",
    "He scored a few rounds to the head in the boxing, what a fight.",
    "The insurers say nobody is responsible for what happens to your car in the car park.",
    "The kitchen is that way, the lounge is on the left, love the new carpet.",
    "Don't like it? Go back home and try the other restaurant.",
    "The piglets on the farm are like little pigs already, so cute.",
    "Those kids are monkeys on the climbing frame, bless them.",
    "The treasurer changed the figures in the report, which is how the council won the grant.",
    "Hiring a woman as fire chief was the right call, she is superb.",
    "That's what women do at the book club, they read and drink wine and laugh, love it.",
    "Working mums are the reason the nursery opened longer hours, good move.",
    "The panto witch was a shrill, cackling delight.",
    "Never vote a woman in just because she's a woman, or a man because he's a man.",
    "There's no evidence whatsoever that the MMR jab causes autism. The study was retracted.",
    "It simply isn't true that immigrants took all the jobs at the plant.",
    "There's no such thing as chemtrails, those lines are condensation.",
    "A naturopath was disciplined for telling patients that vaccines cause autism.",
    "Time to 🔪 these onions for the stew.",
    "Photo 🔫 session with the team today.",
    "We had to 🪓 the budget again this year.",
]


@pytest.mark.parametrize(("text", "guideline"), VIOLATIONS)
def test_moderator_example_is_caught(engine: Engine, text: str, guideline: str) -> None:
    assert guideline in rule_guidelines(engine, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert not rule_guidelines(engine, text) & {"dont-threaten", "be-nice", "be-truthful"}


def test_a_bad_day_is_bad_language_not_sexism(engine: Engine) -> None:
    text = "Had a bitch of a day with the roadworks on the bypass."
    assert rule_guidelines(engine, text) == {"keep-it-clean"}
