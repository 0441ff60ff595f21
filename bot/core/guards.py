"""Cancel the hits a rule's ``unless_context`` guards, a ``before`` guard kept to its sentence.

A ``before`` context ("he said", "I would never") cancels a hit of its rule that starts inside
the words after it; an ``after`` context ("..., she told police") one that ends inside the
words before it. The matcher finds them in a view, which has no punctuation; here a ``before``
context is mapped to the original text and cut at the end of its sentence, so "He said so. I
will kill you." keeps its threat while "he said he will kill you" does not. An ``after``
context is left whole: it often rebuts the sentence before it ("... a week. That's a myth").
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.matcher import Guards, Match
from bot.core.reach import Reach, reaches
from bot.core.sentences import Sentences

__all__ = ["unguarded"]

_Span = tuple[int, int]


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
    cut = _cut_at_next(sentences) if span else _uncut
    before = reaches((g.rule, *cut(to_text(g))) for g in guards.before)
    after = reaches((g.rule, *to_text(g)) for g in guards.after)
    kept = []
    for match in matches:
        rule_before, rule_after = before.get(match.rule), after.get(match.rule)
        if rule_before is None and rule_after is None:
            kept.append(match)
            continue
        start, end = to_text(match)
        if _holds(rule_before, start) or _holds(rule_after, end):
            continue
        kept.append(match)
    return kept


def _holds(reach: Reach | None, point: int) -> bool:
    """Whether some guard span holds ``point`` strictly inside (after its start, before its
    end): a ``before`` guard the hit's first character, an ``after`` guard its last."""
    return reach is not None and reach.overlaps(point, point)


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
