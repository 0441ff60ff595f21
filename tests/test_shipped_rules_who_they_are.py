"""The shipped Be Nice rules of round r35: one person put down for who they are.

Round r35's moderator sets showed the weakest kind of the mixed queue: a person degraded for
their sex, race, faith, sexuality, origin, age or disability rather than for what they did
("the new MP is a Muslim so we know where his loyalties lie", "senile old bat should be in a
care home", "a man in a dress reading the news"). The near misses are the same people named
with respect, rude criticism of their conduct, reports of abuse, and counter-speech. Every
sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_ids

CAUGHT = [
    (
        "judged-by-who-they-are",
        "The new harbour master is a Sikh, so we all know whose side he'll take.",
    ),
    ("judged-by-who-they-are", "A woman running the bowls club accounts. No wonder we're skint."),
    ("judged-by-who-they-are", "He only got the chair because he's black, let's be honest."),
    ("judged-by-who-they-are", "That's what happens when you let a lesbian coach the under-12s."),
    (
        "judged-by-who-they-are",
        "Judge Adeyemi is Nigerian, so naturally they look after their own.",
    ),
    ("judged-by-who-they-are", "A woman can't run a fire station, end of."),
    ("judged-by-who-they-are", "Box-ticking again. Diversity hire on the parish council."),
    (
        "put-down-for-age-or-disability",
        "Senile old duffer on the bench again. Put him in a care home.",
    ),
    (
        "put-down-for-age-or-disability",
        "How's a bloke in a wheelchair supposed to run a fire station?",
    ),
    ("put-down-for-age-or-disability", "The autistic lad on the youth panel is a waste of a seat."),
    ("put-down-for-age-or-disability", "Coffin dodger like him shouldn't be on the roads."),
    ("put-down-for-age-or-disability", "Is the clerk deaf or just thick? Same answer every time."),
    (
        "mocked-in-words-that-wound",
        "The new planner is a bloke in a wig and we all have to pretend.",
    ),
    (
        "mocked-in-words-that-wound",
        "Fresh off the boat and already telling us how to run the harbour.",
    ),
    ("mocked-in-words-that-wound", "Rep. Kaur with the tea towel on her head wants to lecture us."),
    ("mocked-in-words-that-wound", "Another welfare queen on the housing board, fancy that."),
    ("mocked-in-words-that-wound", "The new head talks like she swam over last week."),
]

LEFT_ALONE = [
    (
        "judged-by-who-they-are",
        "The new harbour master is a Sikh and a former navy officer, a great appointment.",
    ),
    (
        "judged-by-who-they-are",
        "Saying she only got the job because she's black is racist and untrue.",
    ),
    (
        "judged-by-who-they-are",
        "She's the first Muslim mayor of the town, which says a lot about us.",
    ),
    (
        "judged-by-who-they-are",
        "Just because she's a female ref doesn't mean the call was wrong.",
    ),
    ("judged-by-who-they-are", "We should go back to Greece next summer, the food was lovely."),
    (
        "put-down-for-age-or-disability",
        "My nan loves the bingo at her care home, she's 91 and sharp as a tack.",
    ),
    (
        "put-down-for-age-or-disability",
        "The councillor in a wheelchair asked why the town hall lift is still broken.",
    ),
    (
        "put-down-for-age-or-disability",
        "Nobody gets to call the commissioner a senile old fossil here, he's sharper than most.",
    ),
    ("put-down-for-age-or-disability", "The war left him a cripple, his memoir says."),
    ("put-down-for-age-or-disability", "The strike cripples the buses again tomorrow."),
    (
        "mocked-in-words-that-wound",
        "Fans chanting 'fresh off the boat' at the winger should be banned for life.",
    ),
    ("mocked-in-words-that-wound", "Put the tea towel on the rail when you're done drying up."),
    (
        "mocked-in-words-that-wound",
        "The trans teacher said parents called her a bloke in a dress at the gates. Shameful.",
    ),
]


@pytest.mark.parametrize(("rule", "text"), CAUGHT)
def test_a_person_put_down_for_who_they_are_is_caught_by_its_rule(
    engine: Engine, rule: str, text: str
) -> None:
    assert rule in rule_ids(engine, text)


@pytest.mark.parametrize(("rule", "text"), LEFT_ALONE)
def test_respect_reports_and_counter_speech_are_left_alone(
    engine: Engine, rule: str, text: str
) -> None:
    assert rule not in rule_ids(engine, text)


# Round r35's near misses, each kind beside what still counts: a body's conduct called a clown
# show is no name-calling (a person called a clown still is); a sweep answered, denied, asked
# back and rebutted, or reported as someone's rant; women running things; the slurs the lists
# missed and their homonyms. Each row names what it watches: rule ids, or "be-nice" for any
# hit of the guideline.
NAME_CALLING = frozenset({"name-calling", "insulting-labels"})
SWEEP = frozenset({"sweeping-verdicts"})
SLUR = frozenset({"degrading-slurs", "mocked-in-words-that-wound"})
BE_NICE = frozenset({"be-nice"})
NEAR_MISS_KINDS = [
    (NAME_CALLING, "What a clown show at the parish council again.", False),
    (NAME_CALLING, "This comment thread is a clown show, read the article first.", False),
    (NAME_CALLING, "The planning chair is a clown.", True),
    (
        SWEEP,
        "Some of the comments about Somalis on this story are vile, they're our neighbours.",
        False,
    ),
    (SWEEP, "People on here talk about Romanians like they are vermin.", False),
    (SWEEP, "It is false that Afghans are lazy, look at the market traders.", False),
    (SWEEP, "Somalis are vile.", True),
    (SLUR, "mouth-breathing window licker in the bus lane again", True),
    (SLUR, "Taigs out of the estate, simple as.", True),
    (SLUR, "Dirty thieving knackers every one of them.", True),
    (SLUR, "Scratching his knackers on live telly, lovely.", False),
    (SLUR, "Calling travellers knackers isn't banter, it's a slur.", False),
    (SLUR, "Thanks hun, see you at the bingo.", False),
    (
        BE_NICE,
        "Go back to your own country? She was born in the Royal Infirmary same as me.",
        False,
    ),
    (BE_NICE, "Immigrants are criminals? Study after study shows they offend less.", False),
    (
        BE_NICE,
        "A man on the bus was ranting that the Jews run the banks. Nobody said a word.",
        False,
    ),
    (
        BE_NICE,
        "My son was told at school that all Muslims are terrorists. We saw the head today.",
        False,
    ),
    (BE_NICE, "Women run this city, best councillors we've had.", False),
    (BE_NICE, "Women in our church run every ministry that works.", False),
    (BE_NICE, "Go back to your own country.", True),
    (BE_NICE, "Women secretly run the whole show through their husbands.", True),
]


@pytest.mark.parametrize(("watched", "text", "flagged"), NEAR_MISS_KINDS)
def test_near_miss_kinds_are_left_alone_beside_what_still_counts(
    engine: Engine, watched: frozenset[str], text: str, flagged: bool
) -> None:
    hits = engine.check_text(text)
    found = {hit.rule for hit in hits} | {hit.guideline for hit in hits}
    assert bool(found & watched) is flagged
