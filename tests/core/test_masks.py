"""Masks that end a short word: kept as two stars in the folded view, mapped to their span."""

from __future__ import annotations

import pytest

from bot.core.normalize import View, build
from bot.core.offsets import build_mapped, view_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("what the f*** is this", " what the f** is this "),
        ("f### the council", " f** the council "),
        ("f*#% that", " f** that "),
        ("piece of sh**", " piece of sh** "),
        ("sh*#%*^## show", " sh** show "),
        ("B****** again", " b** again "),
        ("(f***)", " f** "),
        ("f**", " f** "),
    ],
)
def test_a_mask_ending_a_short_word_stays_two_stars(text: str, expected: str) -> None:
    assert view_of(text, View.FOLDED) == expected
    assert build(text)[View.FOLDED] == expected


@pytest.mark.parametrize(
    ("text", "masked"), [("so f*** this", "f***"), ("sh** show", "sh**"), ("a b#### c", "b####")]
)
def test_two_stars_map_back_to_the_whole_mask(text: str, masked: str) -> None:
    mapped = build_mapped(text, View.FOLDED)
    start = mapped.text.index("**") - len(masked.rstrip("*#"))
    a, b = mapped.original_span(start, mapped.text.index("**") + 2)
    assert text[a:b] == masked
