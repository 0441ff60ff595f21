"""The scan's hand-written JSON lines must be exactly what json.dumps writes for the contract."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.rules import Action, Mode
from bot.core.verdict import Hit
from bot.hit_output import verdict_json

HITS = st.builds(
    Hit,
    guideline=st.text(max_size=12),
    rule=st.text(max_size=12),
    action=st.sampled_from(Action),
    mode=st.sampled_from(Mode),
    severity=st.integers(min_value=0, max_value=10),
    matched=st.text(max_size=20),
    span=st.tuples(st.integers(0, 10_000), st.integers(0, 10_000)),
    view=st.sampled_from(["plain", "folded", "collapsed", "squeezed"]),
)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.lists(HITS, max_size=3))
def test_verdict_json_is_json_dumps_of_the_contract(text: str, hits: list[Hit]) -> None:
    expected = json.dumps(
        {
            "text": text,
            "violations": [
                {
                    "guideline": h.guideline,
                    "rule": h.rule,
                    "action": h.action.value,
                    "matched": h.matched,
                    "span": list(h.span),
                    "view": h.view,
                    "mode": h.mode.value,
                    "severity": h.severity,
                }
                for h in hits
            ],
        }
    )
    assert verdict_json(text, hits) == expected


def test_echoed_text_is_escaped() -> None:
    line = verdict_json('say "hi"\n\u202e', [])
    assert line == '{"text": "say \\"hi\\"\\n\\u202e", "violations": []}'
    assert json.loads(line)["text"] == 'say "hi"\n\u202e'
