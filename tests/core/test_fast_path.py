"""The engine's fast path against the general path that maps every view through offset tables.

Most posts keep one character per character in their plain and folded views; the engine then
maps spans by counting words and scans the collapsed and squeezed views only when the RE2 set
says they could differ. Hits must be exactly what the general path finds.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.engine import Engine, _MappedSpans
from bot.core.normalize import View, build, one_to_one, padded
from bot.core.offsets import build_mapped, simple_span, stepped_view, view_of, views_of
from bot.core.sentences import Sentences
from bot.rulesets import load_engine

ENGINE: Engine = load_engine(Path(__file__).resolve().parents[2] / "rules")

WORDS = st.sampled_from(
    [
        *[
            "you",
            "are",
            "an",
            "idiot",
            "stupid",
            "moron",
            "i",
            "will",
            "kill",
            "said",
            "never",
            "fuck",
            "shit",
            "ass",
            "class",
            "f",
            "u",
            "c",
            "k",
            "a",
            "b",
        ],
        "sh1t",
        "@ss",
        "a$$",
        "f**k",
        "zq**x",
        "f*ck",
        "fuuuck",
        "shiiit",
        "2020",
        "café",
        "Ｆｕｃｋ",
        "ﬁ",
        "😀",
        "idíot",
        "\u200b",
    ]
)
SEPARATORS = st.sampled_from([" ", "  ", ". ", ", ", "!", "?!", "\n", "-", "*", "'", "", "..."])
TEXTS = st.lists(st.tuples(WORDS, SEPARATORS), max_size=12).map(
    lambda parts: "".join(word + sep for word, sep in parts)
)
SIMPLE_TEXTS = TEXTS.filter(lambda text: one_to_one(text) is not None)


def general_hits(text: str) -> list[object]:
    """The reference: every view built and mapped with offset tables, sentences found through
    them, quotes and guards honoured alike; each hit carries its rule's ``also``, as
    ``Places`` puts it on; score conditions applied last, with no one-to-one shortcut."""
    sentences = Sentences(text)
    found = ENGINE._scan_views(build(text), _MappedSpans(text), sentences)
    return ENGINE.scoring.apply(
        text, "text", list(ENGINE._placed(text, "text", found, sentences)), None
    )


@pytest.mark.parametrize(
    "text",
    [
        "you are an idiot",
        "what a load of sh1t, you m0ron",
        "i will kill you",
        "f u c k you idiot",
        "fuuuuck this, you stupid idiot",
        "Quelle idée, you idiot 😀",
        "f**k off",
        "zq**x off, idiot",
        # Folded `aaashole` squeezes to `ashole`, the plain view's very text: one scan of
        # both views, so the squeezed-only `asshole` hit comes first, as in the text.
        "@@ashole idiot",
        # A rule that lets quoted words stand, in both paths.
        "😀'you stupid' and you idiot",
        # An order opening a later sentence, and a guard kept to its own sentence.
        "you. kill you ",
        "café, he said so. kill them all",
    ],
)
def test_hits_equal_the_general_path(text: str) -> None:
    hits = ENGINE.check_text(text)
    assert hits
    assert hits == general_hits(text)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_fast_path_hits_equal_general_path_hits(text: str) -> None:
    assert ENGINE.check_text(text) == general_hits(text)


@pytest.mark.parametrize(
    ("text", "simple"),
    [
        ("you idiot!!", True),
        ("sh1t and @ss", True),
        ("café 😀", True),
        # a mask run no word fits is made one star; a read one keeps its length
        ("zq**x", False),
        ("f**k", True),
        ("ﬁne", False),
        ("zero\u200bwidth", False),
    ],
)
def test_which_texts_take_the_fast_path(text: str, simple: bool) -> None:
    assert (one_to_one(text) is not None) is simple


def word_spans(view_text: str) -> Iterator[tuple[int, int]]:
    """Every span of a view that starts and ends on a word character, as matches do."""
    for start in range(1, len(view_text) - 1):
        for end in range(start + 1, len(view_text)):
            if " " not in (view_text[start], view_text[end - 1]):
                yield start, end


@settings(max_examples=300, deadline=None)
@given(SIMPLE_TEXTS)
def test_word_counting_spans_equal_offset_table_spans(text: str) -> None:
    pres = one_to_one(text)
    assert pres is not None
    for view, pre in zip((View.PLAIN, View.FOLDED), pres, strict=True):
        view_text = padded(pre)
        mapped = build_mapped(text, view)
        assert mapped.text == view_text
        for start, end in word_spans(view_text):
            assert simple_span(view_text, pre, start, end) == mapped.original_span(start, end)


@settings(max_examples=300, deadline=None)
@given(SIMPLE_TEXTS)
def test_stepped_views_map_like_offset_tables(text: str) -> None:
    pres = one_to_one(text)
    assert pres is not None
    for view in (View.COLLAPSED, View.SQUEEZED):
        stepped = stepped_view(view, padded(pres[1]), pres[1])
        mapped = build_mapped(text, view)
        assert stepped.text == mapped.text
        for start, end in word_spans(mapped.text):
            assert stepped.original_span(start, end) == mapped.original_span(start, end)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_term_keys_equal_the_mapped_views(text: str) -> None:
    assert dict(views_of(text)) == {view: view_of(text, view).strip() for view in View}
