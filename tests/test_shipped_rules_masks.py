"""Shipped Keep it Clean rules: swear words masked to the end of the word (issue 12).

Sentences are our own, written in the site's voice; none is copied from a data set.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine

# Missed before: a mask ran to the end of the word and was dropped, or hid a compound.
MASKED = [
    ("what the f*** is this", "f***"),
    ("f*** this headline", "f***"),
    ("F*** this", "F***"),
    ("honestly f### that", "f###"),
    ("the rollout was a clusterf**k", "clusterf**k"),
    ("another sh** show at the depot", "sh**"),
    ("that plan is a piece of sh**", "sh**"),
    ("what a load of s***", "s***"),
    ("b****", "b****"),
]


@pytest.mark.parametrize(("text", "masked"), MASKED)
def test_a_word_masked_to_its_end_breaks_keep_it_clean(
    engine: Engine, text: str, masked: str
) -> None:
    hits = [hit for hit in engine.check_text(text) if hit.rule == "masked-profanity"]
    assert [text[slice(*hit.span)] for hit in hits] == [masked]


# A mask for each letter reads as the word whose letters it keeps (``bot.core.unmask``): the
# swear word itself, Keep it Clean's profanity.
READ = [
    ("ph*ck this", "ph*ck"),
    ("all the bad b*****s in this thread", "b*****s"),
    ("total horses**t from the minister", "horses**t"),
]


@pytest.mark.parametrize(("text", "masked"), READ)
def test_a_word_masked_letter_for_letter_reads_as_the_swear_word(
    engine: Engine, text: str, masked: str
) -> None:
    hits = [hit for hit in engine.check_text(text) if hit.rule == "profanity"]
    assert [(text[slice(*hit.span)], hit.view) for hit in hits] == [(masked, "folded")]


# An x where the vowel was is a mask typed with a letter: fxck, shxt, bxtch.
X_FOR_VOWEL = [
    "fxck this council",
    "what a load of shxt",
    "side bxtches everywhere",
]

# Words with a real x stay clean.
REAL_X = [
    "The niqab debate is back in parliament.",
    "The fox took a chick from the coop.",
    "Shoot the box score over to me.",
    "Bxl is Brussels",
]


@pytest.mark.parametrize("text", X_FOR_VOWEL)
def test_an_x_for_the_vowel_is_still_profanity(engine: Engine, text: str) -> None:
    assert "profanity" in {hit.rule for hit in engine.check_text(text)}


def test_the_middle_finger_emoji_is_profanity_in_any_skin_tone(engine: Engine) -> None:
    hits = engine.check_text("🖕🏿 to the whole planning committee")
    assert [(hit.rule, hit.span) for hit in hits] == [("profanity", (0, 1))]


def test_a_q_for_the_g_in_the_n_word_is_still_a_slur(engine: Engine) -> None:
    assert "vulgar-slurs" in {hit.rule for hit in engine.check_text("stupid niqqers")}


@pytest.mark.parametrize("text", REAL_X)
def test_words_with_a_real_x_stay_clean(engine: Engine, text: str) -> None:
    assert engine.check_text(text) == []


# A hyphen or a dot where the letters were, as papers print it: f--k, f-ck, sh-t, bulls**t.
DASHED = [
    "what the f--k is the council doing",
    "go f-ck yourself",
    "f--k off, councillor",
    "this plan is sh-t",
    "a f--king disgrace",
    "stop b-tching about the buses",
    "a reactionary bulls**tter",
]

# Initials and abbreviations with the same letters stay clean.
DASHED_CLEAN = [
    "Smith, f/k/a Jones, filed the suit.",
    "The report by F. King is due in May.",
    "Form F-K, section 2, is optional.",
    "Section F-K of the form is optional.",
]


@pytest.mark.parametrize("text", DASHED)
def test_a_word_masked_with_dashes_breaks_keep_it_clean(engine: Engine, text: str) -> None:
    assert "masked-profanity" in {hit.rule for hit in engine.check_text(text)}


@pytest.mark.parametrize("text", DASHED_CLEAN)
def test_initials_with_the_same_letters_stay_clean(engine: Engine, text: str) -> None:
    assert engine.check_text(text) == []


# Evasions the views now read (round norm1): a one-letter word ending spaced letters, a leet
# digit among spaced letters, a `1` for an `l`, and a lone letter split off with a hyphen, dot
# or underscore. Missed before, each by the rule named.
NOW_READ = [
    ("i will b e a t u up after school", "threats-at-people"),
    ("you are d 3 a d when i find you", "threat-carried-over"),
    ("go k 1 l l yourself", "wishes-harm"),
    ("i have a bul1et with your name on it", "intimidation"),
    ("ki1l yourself", "wishes-harm"),
    ("ki11 yourself", "wishes-harm"),
    ("what a 1oser", "name-calling"),
    ("shut up you s1ut", "name-calling"),
    ("shut up you k-ike", "degrading-slurs"),
    ("shut up you c.unt", "name-calling"),
    ("nobody asked you r_etard", "degrading-slurs"),
]

# Real words, names and lists that look like those evasions stay clean.
LOOK_ALIKES = [
    "Send me an e-mail about the x-ray results.",
    "My grandad served on a U-boat.",
    "Take I-95 north to exit 4.",
    "The A1 was jammed, so we watched the F1 race at home.",
    "Take vitamin B12 with breakfast.",
    "See you at 11 am.",
    "Answer a 1 b, then 2 c.",
    "Route 1 is closed for the parade.",
    "Options a, b, c are all fine.",
    "J. R. R. Tolkien wrote it.",
    "The U S A team won the relay.",
    "Check the I/O port first.",
    "He was suspended for using the n-word in class.",
    "She wore a t-shirt to her a-level exam.",
    "The k.o. punch came in round 3.",
    "Look it up on www.x.com today.",
]


@pytest.mark.parametrize(("text", "rule"), NOW_READ)
def test_an_evasion_the_views_now_read_is_caught(engine: Engine, text: str, rule: str) -> None:
    assert rule in {hit.rule for hit in engine.check_text(text)}


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_words_that_look_like_those_evasions_stay_clean(engine: Engine, text: str) -> None:
    assert engine.check_text(text) == []
