"""Dialect spellings read as standard words, each read character pointing at what it reads."""

from __future__ import annotations

import pytest

from bot.core.readings import Readings

READINGS = Readings.of(
    {
        "ye": "you",
        "ah'll": "i'll",
        "yer": "your",
        "mi": "i",
        "mi a go": "i am going to",
        "am gonnae": "i'm going to",
        "gonnae": "going to",
        "an'": "and",
        "heid": "head",
    },
    dropped_g=True,
)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Ah'll find ye", "i'll find you"),
        ("Ah\u2019ll find ye", "i'll find you"),  # a curly apostrophe reads as a straight one
        ("mi a go find yer heid", "i am going to find your head"),  # the longest spelling wins
        ("mi a", "i a"),
        ("Am gonnae find ye", "i'm going to find you"),
        ("am\ngonnae", "i'm going to"),  # any white space between a spelling's words
        ("am, gonnae", "am, going to"),  # but not punctuation
        ("walkin hame an' stabbin", "walking hame and stabbing"),
        ("I was walkin' alone", "I was walking alone"),
        ("said 'ye' twice", "said 'you' twice"),  # quotation marks around a spelling
        ("\u201cye\u201d", "\u201cyou\u201d"),
        ("YE", "you"),
    ],
)
def test_spellings_are_read_as_their_standard_words(text: str, read: str) -> None:
    found = READINGS.read(text)
    assert found is not None
    assert found[0] == read


@pytest.mark.parametrize(
    "text",
    [
        "I will find you",
        "again and again, within the cabin",  # words ending in -in that are words of their own
        "thin chin",  # too short to have dropped a g
        "an apple",  # "an'" only with its apostrophe
        "yeti, yearly, mine",  # spellings only as whole words
        "",
    ],
)
def test_text_without_a_listed_spelling_is_not_read(text: str) -> None:
    assert READINGS.read(text) is None


def test_each_read_character_points_into_the_word_it_reads() -> None:
    text = "Ah'll stab ye."
    found = READINGS.read(text)
    assert found is not None
    read, stored = found
    assert len(stored) == len(read)
    assert stored == sorted(stored)  # the read text keeps the order of the words
    at = read.index("you")
    assert {text[i] for i in stored[at : at + 3]} <= set("ye")
    assert (stored[at], stored[at + 2] + 1) == (text.index("ye"), text.index("ye") + 2)
    assert [text[i] for i in stored[read.index("stab") :][:4]] == list("stab")


def test_readings_of_the_same_spellings_are_equal_and_hash_alike() -> None:
    one = Readings.of({"ye": "you", "yer": "your"})
    other = Readings.of({"yer": "your", "ye": "you"})
    assert one == other
    assert hash(one) == hash(other)
    assert one != Readings.of({"ye": "you", "yer": "your"}, dropped_g=True)


def test_without_dropped_g_a_dropped_g_is_not_read() -> None:
    assert Readings.of({"ye": "you"}).read("walkin hame") is None
