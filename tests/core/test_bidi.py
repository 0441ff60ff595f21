"""Text is also checked as it displays where bidi controls reorder it (UAX #9)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.bidi import displayed
from bot.core.engine import Engine
from bot.rulesets import load_engine

SHIPPED: Engine = load_engine(Path(__file__).resolve().parents[2] / "rules")
RLO, LRO, RLE, PDF = "\u202e", "\u202d", "\u202b", "\u202c"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        (f"{RLO}toidi uoy{PDF}", "you idiot"),
        (f"hello {RLO}toidi uoy{PDF} ok", "hello you idiot ok"),
        (f"{RLO}toidi uoy", "you idiot"),  # the paragraph's end closes the override
        (f"{RLO}{LRO}you{PDF} {LRO}toidi{PDF}{PDF}", "toidi you"),
        (f"x {RLI}{RLO}toidi{PDF}{PDI} y", "x idiot y"),
        (f"{RLO}ab {LRI}cd{PDI} ef{PDF}", "fe cd ba"),  # an isolate is not overridden
        (f"{RLO}ab{PDI} cd{PDF}", "dc ba"),  # a PDI without its isolate does nothing
        (f"{RLO}toidi{PDF}\n{RLO}uoy{PDF}", "idiot\nyou"),
        (f"{FSI}{RLO}ab{PDF}{PDI}", "ba"),
    ],
)
def test_display_order_follows_overrides_and_isolates(stored: str, shown: str) -> None:
    result = displayed(stored)
    assert result is not None
    text, order = result
    assert text == shown
    assert [stored[i] for i in order] == list(shown)


@pytest.mark.parametrize("text", ["you idiot", "naïve café", f"a {RLE}nice day{PDF} b", "שלום"])
def test_text_that_displays_in_stored_order_is_left_alone(text: str) -> None:
    assert displayed(text) is None


def test_a_reversed_insult_is_caught_with_its_stored_span() -> None:
    text = f"well {RLO}toidi uoy{PDF}!"
    (hit,) = SHIPPED.check_text(text)
    assert (hit.rule, hit.view, hit.span) == ("name-calling", "displayed plain", (6, 11))
    assert hit.matched == "toidi"


def test_a_place_hit_in_both_orders_counts_once() -> None:
    text = f"idiot {RLO}tob{PDF}"
    assert [(h.rule, h.view) for h in SHIPPED.check_text(text)] == [("name-calling", "plain")]


def test_deep_nesting_stays_within_the_depth_limit() -> None:
    text = RLO * 200 + "toidi" + PDF * 200
    result = displayed(text)
    assert result is not None
    assert result[0] == "idiot"


def test_every_reversed_place_is_kept_though_display_order_runs_backwards() -> None:
    hits = SHIPPED.check_text(f"{RLO}toidi toidi{PDF}")
    assert sorted(h.span for h in hits) == [(1, 6), (7, 12)]
