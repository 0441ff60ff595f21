"""Cancel the hits a rule's ``unless_context`` guards, a ``before`` guard kept to its sentence.

A ``before`` context ("he said", "I would never") cancels a hit of its rule that starts inside
the words after it; an ``after`` context ("..., she told police") one that ends inside the
words before it. The matcher finds them in a view, which has no punctuation; here a ``before``
context is mapped to the original text and cut at the end of its sentence, so "He said so. I
will kill you." keeps its threat while "he said he will kill you" does not. An ``after``
context is left whole: it often rebuts the sentence before it ("... a week. That's a myth").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import NamedTuple

from bot.core.matcher import Guards, Match
from bot.core.sentences import Sentences

__all__ = ["unguarded"]

_Span = tuple[int, int]


class _Reach(NamedTuple):
    """One rule's guard spans sorted by start, with the furthest end reached so far."""

    starts: list[int]
    ends: list[int]


def unguarded(
    matches: list[Match],
    guards: Guards,
    span: Callable[[Match], _Span] | None,
    sentences: Sentences,
) -> list[Match]:
    """The matches no guard of their rule cancels.

    ``span`` maps a view match to the original text, where sentence ends are known; None
    (a text shown in another order than stored) keeps view coordinates and whole guards.
    Only hits of rules with guards are mapped here, and only in views where a guard matched.
    """
    to_text = span or _as_is
    before = _reaches(guards.before, to_text, _cut_at_next(sentences) if span else _uncut)
    after = _reaches(guards.after, to_text, _uncut)
    kept = []
    for match in matches:
        rule_before, rule_after = before.get(match.rule), after.get(match.rule)
        if rule_before is None and rule_after is None:
            kept.append(match)
            continue
        start, end = to_text(match)
        if _inside(rule_before, start) or _inside(rule_after, end):
            continue
        kept.append(match)
    return kept


def _reaches(
    guards: Sequence[Match], to_text: Callable[[Match], _Span], cut: Callable[[_Span], _Span]
) -> dict[int, _Reach]:
    by_rule: dict[int, list[_Span]] = {}
    for guard in guards:
        by_rule.setdefault(guard.rule, []).append(cut(to_text(guard)))
    reaches = {}
    for rule, spans in by_rule.items():
        spans.sort()
        starts: list[int] = []
        ends: list[int] = []
        for start, end in spans:
            starts.append(start)
            ends.append(max(end, ends[-1]) if ends else end)
        reaches[rule] = _Reach(starts, ends)
    return reaches


def _inside(reach: _Reach | None, point: int) -> bool:
    """Whether some guard span holds ``point`` strictly inside (after its start, before its
    end): the last one starting before it reaches furthest."""
    if reach is None:
        return False
    before = bisect_left(reach.starts, point)
    return before > 0 and reach.ends[before - 1] > point


def _cut_at_next(sentences: Sentences) -> Callable[[_Span], _Span]:
    """A ``before`` guard reaches no further than the end of the sentence it starts in."""

    def cut(span: _Span) -> _Span:
        end = sentences.end_between(span[0], span[1])
        return span if end is None else (span[0], end)

    return cut


def _as_is(match: Match) -> _Span:
    return match.start, match.end


def _uncut(span: _Span) -> _Span:
    return span
