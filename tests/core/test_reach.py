"""Spans per rule, and whether one overlaps a place: one bisection against checking each."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.core.reach import reaches

SPANS = st.lists(st.tuples(st.integers(0, 2), st.integers(0, 40), st.integers(1, 12)), max_size=12)


@given(SPANS, st.integers(0, 2), st.integers(0, 50), st.integers(0, 10))
def test_overlaps_agrees_with_checking_every_span(
    spans: list[tuple[int, int, int]], rule: int, start: int, length: int
) -> None:
    listed = [(r, s, s + n) for r, s, n in spans]
    reach = reaches(listed).get(rule)
    end = start + length
    expected = any(r == rule and s < end and e > start for r, s, e in listed)
    assert (reach is not None and reach.overlaps(start, end)) == expected


def test_a_point_must_lie_strictly_inside() -> None:
    reach = reaches([(0, 5, 10)])[0]
    assert reach.overlaps(6, 6)
    assert not reach.overlaps(5, 5)
    assert not reach.overlaps(10, 10)
