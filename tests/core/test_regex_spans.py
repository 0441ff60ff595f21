"""Direct RE2 calls give exactly the spans of the ``re2`` module's ``search`` and ``finditer``,
empty matches and non-ASCII bytes included."""

from __future__ import annotations

import re2
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.regex_spans import first_span, match_spans, spans_from

PATTERNS = [r"a*", r"\bab?\b", r"(?:ab|b)+", r"é|ab", r" [a-z] ", r"x?", r"\b", r"b+$"]
TEXT = st.text("abé x", max_size=20)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(PATTERNS), TEXT, st.integers(0, 25))
def test_spans_are_the_modules_own(pattern: str, text: str, pos: int) -> None:
    regex = re2.compile(pattern)
    data = text.encode()
    assert list(match_spans(regex, data)) == [m.span() for m in regex.finditer(data)]
    found = regex.search(data, pos)
    assert first_span(regex, data, min(pos, len(data))) == (found and found.span())
    spans = [m.span() for m in regex.finditer(data)]
    if spans:
        assert spans_from(regex, data, *spans[0]) == spans
