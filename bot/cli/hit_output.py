"""Render hits for the command line: the JSON contract of ``check``/``scan`` and human lines."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from json.encoder import encode_basestring_ascii

from bot.core.rules import Mode
from bot.core.verdict import Hit, also_note

__all__ = [
    "CLEAN_TAIL",
    "hit_json",
    "hit_line",
    "printable",
    "quote",
    "scores_line",
    "verdict_json",
    "with_scores",
]

# json.dumps({"text": t, "violations": []}) is '{"text": ' + quote(t) + CLEAN_TAIL.
CLEAN_TAIL = ', "violations": []}'
quote = encode_basestring_ascii


def hit_json(hit: Hit) -> str:
    """One violation as the JSON contract spells it (plus mode and severity, ``more``: how many
    further places of its rule were counted but not listed, and ``also``: the further
    guidelines it counts under, each when there are any).

    Written out directly rather than through ``json.dumps``, which costs several times more
    per hit in a scan; a test keeps the two equal.
    """
    return (
        f'{{"guideline": {quote(hit.guideline)}, "rule": {quote(hit.rule)}, '
        f'"action": {quote(hit.action)}, "matched": {quote(hit.matched)}, '
        f'"span": [{hit.span[0]:d}, {hit.span[1]:d}], "view": {quote(hit.view)}, '
        f'"mode": {quote(hit.mode)}, "severity": {hit.severity:d}'
        + (f', "more": {hit.more:d}' if hit.more else "")
        + (f', "also": [{", ".join(map(quote, hit.also))}]}}' if hit.also else "}")
    )


def verdict_json(text: str, hits: Sequence[Hit], line: int | None = None) -> str:
    """The one-line JSON object for a text and its hits (a scan's first key is its input line)."""
    head = '{"text": ' if line is None else f'{{"line": {line:d}, "text": '
    if not hits:
        return head + quote(text) + CLEAN_TAIL
    return head + quote(text) + ', "violations": [' + ", ".join(map(hit_json, hits)) + "]}"


def printable(text: str) -> str:
    """``text`` quoted for a terminal: JSON escapes for every control, bidi or invisible character.

    Echoing a user's U+202E or an escape sequence raw would let the text reorder or restyle the
    line around it; non-ASCII letters stay readable.
    """
    quoted = json.dumps(text, ensure_ascii=False)
    if quoted.isprintable():
        return quoted
    return "".join(c if c.isprintable() else quote(c)[1:-1] for c in quoted)


def hit_line(hit: Hit) -> str:
    """One human-readable line describing a hit."""
    kind = "shadow" if hit.mode is Mode.SHADOW else "hit"
    return (
        f"{kind:<7}{hit.guideline}/{hit.rule}  action={hit.action.value}  "
        f"matched={printable(hit.matched)}  "
        f"span={hit.span[0]}:{hit.span[1]}  view={hit.view}  severity={hit.severity}"
        + (f"  (+{hit.more} more places of this rule, not listed)" if hit.more else "")
        + (f"  ({note})" if (note := also_note(hit)) else "")
    )


def with_scores(verdict: str, scores: Mapping[str, float]) -> str:
    """A verdict object with ``"scores"`` (per scorer model the rules use) added last."""
    if not scores:
        return verdict
    rounded = {name: round(value, 4) for name, value in scores.items()}
    return verdict[:-1] + ', "scores": ' + json.dumps(rounded) + "}"


def scores_line(scores: Mapping[str, float]) -> str:
    """The scorer models' scores as one human-readable line."""
    return "scores " + "  ".join(f"{name}={value:.3f}" for name, value in scores.items())
