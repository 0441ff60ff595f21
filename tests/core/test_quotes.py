"""Quoted passages of the original text, and rules that let quoted words stand."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.engine import Engine
from bot.core.quotes import mentioned, quoted_spans, within_quotes
from bot.core.rules import Action, Guideline, Rule, RuleSet


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('he said "you idiot" to me', ["you idiot"]),
        ("don't call me an 'idiot', ok", ["idiot"]),
        ("the kids' toys, don't", []),  # apostrophes are not quotation marks
        ("“fake news” he said, «nul» and „Idiot“", ["fake news", "nul", "Idiot"]),
        ("it’s ‘rubbish’, isn’t it", ["rubbish"]),
        # a quotation may open on a masked word, in straight quotes as in double ones
        ("he shouted '**** off' and left", ["**** off"]),
        ('he shouted "**** off" and left', ["**** off"]),
        ("the sign read '#### the council'", ["#### the council"]),
        ("rated '5*' by critics, it's ok", ["5*"]),
        ('an "unclosed quote', []),
        # a post that is nothing but quotations answers no one, as with block quotes
        ('"you are vermin"', []),
        (" “you are vermin” !! ", []),
        ('"one" and "two"', ["one", "two"]),
        ('> you are vermin\n"so are you"', []),  # quotes and quotations, no words of its own
        ('"line one\nline two"', []),  # a quotation stays on one line
        ("'" + "a" * 400 + "'", []),  # and is at most 300 characters
        # Discord block quotes, when the post has words of its own beside them
        ("> you are vermin\nmods, look at this", ["you are vermin"]),
        ("look:\n> one\n> two\nawful", ["one", "two"]),
        ("see this\n>>> one\ntwo", ["one\ntwo"]),
        ('> he said "idiot" twice\nreally?', ['he said "idiot" twice']),
        ("> you are vermin", []),  # nothing but a quote: no answer to anyone
        ("> a\n> b", []),
        (">no space\nok", []),
        ("a > b\nok", []),
    ],
)
def test_quoted_spans(text: str, quoted: list[str]) -> None:
    assert [text[start:end] for start, end in quoted_spans(text)] == quoted


def test_within_quotes_needs_the_whole_span_inside() -> None:
    spans = quoted_spans('he said "you idiot" to me')
    assert within_quotes(spans, 13, 18)
    assert not within_quotes(spans, 13, 22)
    assert not within_quotes([], 0, 1)


def test_block_quotes_are_quotations_only_beside_the_posts_own_words() -> None:
    quoted = Rule("quoted", "g", Action.WARN, words=("vermin",), unless_quoted=True)
    engine = Engine(RuleSet((Guideline("g", "", "", (quoted,)),)))
    assert engine.check_text("> you are all vermin\nReported, this is vile.") == []
    assert [h.rule for h in engine.check_text("> you are all vermin")] == ["quoted"]
    assert [h.rule for h in engine.check_text("> fine\nyou are all vermin")] == ["quoted"]


def test_a_post_of_nothing_but_quotations_counts() -> None:
    quoted = Rule("quoted", "g", Action.WARN, words=("vermin",), unless_quoted=True)
    engine = Engine(RuleSet((Guideline("g", "", "", (quoted,)),)))
    assert [h.rule for h in engine.check_text('"you are all vermin"')] == ["quoted"]
    assert engine.check_text('"you are all vermin" is what he wrote') == []


def test_quotations_are_found_in_linear_time() -> None:
    """The words outside the quotations are looked for once, gap by gap."""
    assert len(quoted_spans('"a" ' * 50_000 + "ok")) == 50_000
    assert quoted_spans('"a" ' * 50_000) == []


def test_block_quotes_are_found_in_linear_time() -> None:
    """A line at a time: a post of many short lines is read once, however many it has."""
    text = "> a\n" * 50_000 + "ok"
    assert len(quoted_spans(text)) == 50_000


def test_a_rule_with_unless_quoted_lets_quoted_hits_stand() -> None:
    quoted = Rule("quoted", "g", Action.WARN, words=("idiot",), unless_quoted=True)
    plain = Rule("plain", "g", Action.WARN, words=("moron",))
    engine = Engine(RuleSet((Guideline("g", "", "", (quoted, plain)),)))
    rules = [h.rule for h in engine.check_text('he called me an "idiot" and a "moron"')]
    assert rules == ["plain"]
    assert [h.rule for h in engine.check_text("you idiot")] == ["quoted"]
    assert [h.rule for h in engine.check_text('"what an" idiot')] == ["quoted"]


@given(
    st.lists(st.integers(0, 80), max_size=12, unique=True).map(sorted),
    st.integers(0, 80),
    st.integers(0, 10),
)
def test_within_quotes_agrees_with_checking_every_span(
    points: list[int], start: int, length: int
) -> None:
    spans = list(zip(points[::2], points[1::2], strict=False))
    expected = any(first <= start and start + length <= last for first, last in spans)
    assert within_quotes(spans, start, start + length) is expected


@pytest.mark.parametrize("quoted_first", [5, 25, 60])
def test_quoted_words_cannot_use_up_the_places_a_rule_lists(quoted_first: int) -> None:
    """Past the listing cap, a real hit after many quoted ones is still found and listed."""
    rule = Rule("quoted", "g", Action.WARN, words=("idiot",), unless_quoted=True)
    engine = Engine(RuleSet((Guideline("g", "", "", (rule,)),)))
    text = '"idiot" ' * quoted_first + "you idiot"
    hits = engine.check_text(text)
    assert [h.span for h in hits] == [(len(text) - 5, len(text))]


@pytest.mark.parametrize(
    ("text", "hit", "quoted"),
    [
        ('he said "you idiot" to me', "you idiot", True),
        ("the 'Jews control the banks' rubbish", "the 'Jews control the banks", True),
        ("The “women are inferior” line", "The “women are inferior", True),
        ("the 'Jews' control the banks", "the 'Jews' control the banks", False),
        ("they 'Jews control the banks' said", "they 'Jews control the banks", False),
        ("the Jews control the banks", "the Jews control the banks", False),
    ],
)
def test_an_article_before_the_opening_mark_is_outside_the_quotation(
    text: str, hit: str, quoted: bool
) -> None:
    """The article opens the phrase around the quotation, so the words after it are quoted."""
    start = text.index(hit)
    assert mentioned(text, quoted_spans(text), start, start + len(hit)) is quoted
