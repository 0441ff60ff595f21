"""Render hits for the command line: the JSON contract of ``check``/``scan`` and human lines."""

from __future__ import annotations

import json
from collections.abc import Sequence
from json.encoder import encode_basestring_ascii
from typing import Any

from bot.core.rules import Mode
from bot.core.verdict import Hit

__all__ = ["CLEAN_TAIL", "hit_dict", "hit_line", "quote", "verdict_json"]

# json.dumps({"text": t, "violations": []}) is '{"text": ' + quote(t) + CLEAN_TAIL.
CLEAN_TAIL = ', "violations": []}'
quote = encode_basestring_ascii


def hit_dict(hit: Hit) -> dict[str, Any]:
    """One violation as the JSON contract spells it (plus mode and severity)."""
    return {
        "guideline": hit.guideline,
        "rule": hit.rule,
        "action": hit.action.value,
        "matched": hit.matched,
        "span": [hit.span[0], hit.span[1]],
        "view": hit.view,
        "mode": hit.mode.value,
        "severity": hit.severity,
    }


def verdict_json(text: str, hits: Sequence[Hit]) -> str:
    """The one-line JSON object for a text and its hits, as json.dumps writes it."""
    if not hits:
        return '{"text": ' + quote(text) + CLEAN_TAIL
    return json.dumps({"text": text, "violations": [hit_dict(h) for h in hits]})


def hit_line(hit: Hit) -> str:
    """One human-readable line describing a hit."""
    kind = "shadow" if hit.mode is Mode.SHADOW else "hit"
    return (
        f"{kind:<7}{hit.guideline}/{hit.rule}  action={hit.action.value}  "
        f"matched={json.dumps(hit.matched, ensure_ascii=False)}  "
        f"span={hit.span[0]}:{hit.span[1]}  view={hit.view}  severity={hit.severity}"
    )
