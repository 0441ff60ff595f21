"""Emoji and other symbol terms: which terms count as symbols, found as written, bounded."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.errors import RuleErrors
from bot.core.rules import Action, Guideline, Rule, RuleSet
from bot.core.symbols import SymbolTerms, symbol_term


@pytest.mark.parametrize(
    ("term", "searched"),
    [
        ("🖕", "🖕"),
        ("🖕\ufe0f", "🖕"),  # the variation selector is optional in the text
        (" 🍆💦 ", "🍆💦"),
        ("👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"),  # a joined sequence stays whole
        ("fuck", None),
        ("🖕 off", None),
        ("!!!", None),  # punctuation is no symbol
        ("🏽", None),  # a skin tone alone is a modifier, not an emoji
        ("", None),
    ],
)
def test_only_terms_made_of_symbols_are_symbol_terms(term: str, searched: str | None) -> None:
    assert symbol_term(term) == searched


def test_found_as_written_with_a_skin_tone_after_and_capped_per_term() -> None:
    terms = SymbolTerms(most=20)
    terms.add("🖕", 0)
    terms.add("🍆💦", 1)
    found, counted = terms.find("🖕🏽 to you and 🍆💦 " + "🖕" * 25)
    assert found[:1] == [(0, 0, 1)]
    assert (1, 14, 16) in found
    assert sum(rule == 0 for rule, _, _ in found) == 20
    assert counted == {0: 6}
    assert terms.find("plain ascii text has none") == ([], {})
    assert terms.find("an aubergine 🍆 alone") == ([], {})


def make_engine(*rules: Rule) -> Engine:
    return Engine(RuleSet((Guideline("keep-it-clean", "Keep it Clean", "", rules),)))


GESTURE = Rule("gesture", "keep-it-clean", Action.WARN, words=("🖕", "idiot"))


def test_the_engine_reports_symbol_hits_at_their_place_in_the_text() -> None:
    hits = make_engine(GESTURE).check_text("Dear café owners 🖕🏻 and you idiot")
    assert sorted((hit.span, hit.matched) for hit in hits) == [
        ((17, 18), "🖕"),
        ((28, 33), "idiot"),
    ]


def test_a_symbol_in_an_allow_list_is_still_refused() -> None:
    rule = Rule("bad", "keep-it-clean", Action.WARN, words=("idiot",), unless=("🖕",))
    with pytest.raises(RuleErrors, match="allow-list entry '🖕' has no letters or digits"):
        make_engine(rule)
