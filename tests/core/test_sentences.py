"""Where sentences end in a text as written: the bounds a guard may not reach across."""

from __future__ import annotations

import pytest

from bot.core.normalize import one_to_one, padded
from bot.core.sentences import Sentences


def ends(text: str) -> list[int]:
    """Every sentence end, found by asking for the next one until there is none."""
    sentences, found, at = Sentences(text), [], -1
    while (end := sentences.end_between(at, len(text) + 1)) is not None:
        found.append(end)
        at = end
    return found


def test_an_end_between_two_places_is_found_only_there() -> None:
    text = "He said so. I will go. Now"
    first, second = text.index(".") + 1, text.index("go.") + 3
    assert Sentences(text).end_between(0, len(text)) == first
    assert Sentences(text).end_between(first, len(text)) == second
    assert Sentences(text).end_between(0, first - 1) is None  # the mark itself is past stop
    assert Sentences(text).end_between(first, second - 1) is None


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("He is fine. I am not.", ["He is fine."]),
        ("Really?! No way", ["Really?!"]),
        ("she said no. just do it", ["she said no."]),
        ("first line\nsecond line", ["first line\n"]),
        ('"I will win." Then he left.', ['"I will win."']),
        ("Wait... What happened", ["Wait..."]),
        ("Wait\u2026 What happened", ["Wait\u2026"]),
    ],
)
def test_a_sentence_ends_after_its_marks(text: str, after: list[str]) -> None:
    found = ends(text)
    assert [text[:end] for end in found[: len(after)]] == after


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Smith and Dr. Jones met",
        "troops from the U.S. arrived",
        "apples, pears etc. and more",
        "J. Smith wrote it",
        "he wrote:\nsee you soon",
        '"I will win." he said',
        "I mean... kill the lights",
        "version 2.5 is out",
        "no punctuation at all",
    ],
)
def test_titles_initials_quotes_and_colons_go_on(text: str) -> None:
    assert ends(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("!" * 200_000 + "x", 0),
        (('!!!"' * 50_000) + "x", 0),
        (("a" + " " * 5_000 + "\n") * 40, 40),
        ("x." * 100_000 + "!" * 100_000 + " end", 1),
    ],
)
def test_hostile_runs_are_looked_at_once(text: str, count: int) -> None:
    """A run of marks before a letter is tried from its first mark only: tried from each of
    200,000 marks it would run for many minutes, past the suite's timeout."""
    assert len(ends(text)) == count


@pytest.mark.parametrize(
    ("text", "firsts"),
    [
        ("He left. She stayed.", ["she"]),
        ("Wait!!! Who said that? No one...", ["who", "no"]),
        ("one\ntwo\n\nthree", ["two", "three"]),
        ("Mr. Smith left. The end", ["the"]),
        ("no ends here", []),
        ("trailing end. ", []),
        ("caf\u00e9 closed. Sad", ["sad"]),
    ],
)
def test_view_starts_are_the_spaces_before_each_later_sentence(
    text: str, firsts: list[str]
) -> None:
    pres = one_to_one(text)
    assert pres is not None
    for pre in pres:
        view = padded(pre)
        starts = Sentences(text).view_starts(pre)
        assert all(view[at] == " " for at in starts)
        assert [view[at + 1 :].split(" ", 1)[0] for at in starts] == firsts
