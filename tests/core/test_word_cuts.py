"""Plain-view matches that cut through a word written in pieces are dropped; whole ones stay."""

from __future__ import annotations

import pytest

from bot.core.matcher import Match
from bot.core.normalize import View
from bot.core.word_cuts import uncut


def _at(text: str, piece: str) -> Match:
    start = text.index(piece)
    return Match(0, start, start + len(piece), View.PLAIN)


def _span(match: Match) -> tuple[int, int]:
    return match.start, match.end


@pytest.mark.parametrize(
    ("text", "piece", "kept"),
    [
        ("eat g*ass now", "ass", False),
        ("deleted af*er an hour", "deleted af", False),
        ("shuttl*cocks", "cocks", False),
        ("this is sh*t", "sh*t", True),
        ("you idiot, g*ass", "idiot", True),
        ("no mask here", "mask", True),
        # a run of single letters: a match inside it at both ends is a piece of its word
        ("a c.h.e.e.r.f.u.l one", "f.u", False),
        ("what a f.u.c.k.i.n.g mess", "f.u.c.k", False),
        ("what the f.u.c.k", "f.u.c.k", True),
        ("she is a s l u t", "s l u t", True),
        ("f u mate", "f u", True),
    ],
)
def test_a_match_cutting_a_masked_word_is_dropped(text: str, piece: str, kept: bool) -> None:
    match = _at(text, piece)
    assert uncut([match], _span, text) == ([match] if kept else [])


def test_many_matches_and_masked_words_keep_their_order() -> None:
    text = "g*ass " * 200 + "ass"
    matches = [Match(0, i * 6 + 2, i * 6 + 5, View.PLAIN) for i in range(200)]
    last = Match(0, len(text) - 3, len(text), View.PLAIN)
    assert uncut([*matches, last], _span, text) == [last]


def test_a_hash_joining_words_is_no_mask_unless_the_word_reads() -> None:
    text = "#beat#that#bitch"
    match = _at(text, "bitch")
    assert uncut([match], _span, text) == [match]
    text = "eat g#ass"
    assert uncut([_at(text, "ass")], _span, text) == []


def test_a_match_may_end_after_the_one_letter_word_a_run_starts_with() -> None:
    text = "nothing but a c a m e l"
    match = _at(text, "nothing but a")
    assert uncut([match], _span, text) == [match]
