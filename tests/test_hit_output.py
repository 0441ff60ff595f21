"""The scan's hand-written JSON lines must be exactly what json.dumps writes for the contract."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.cli.hit_output import hit_line, printable, verdict_json
from bot.core.rules import Action, Mode
from bot.core.verdict import Hit

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
    more=st.integers(0, 3),
    also=st.lists(st.text(max_size=12), max_size=2).map(tuple),
)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.lists(HITS, max_size=3), st.none() | st.integers(1, 10**9))
def test_verdict_json_is_json_dumps_of_the_contract(
    text: str, hits: list[Hit], line: int | None
) -> None:
    expected = json.dumps(
        {
            **({} if line is None else {"line": line}),
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
                    **({"more": h.more} if h.more else {}),
                    **({"also": list(h.also)} if h.also else {}),
                }
                for h in hits
            ],
        }
    )
    assert verdict_json(text, hits, line) == expected


def test_echoed_text_is_escaped() -> None:
    line = verdict_json('say "hi"\n\u202e', [])
    assert line == '{"text": "say \\"hi\\"\\n\\u202e", "violations": []}'
    assert json.loads(line)["text"] == 'say "hi"\n\u202e'


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_printable_is_a_json_string_safe_on_a_terminal(text: str) -> None:
    shown = printable(text)
    assert shown.isprintable()
    assert json.loads(shown) == text


def test_hit_line_escapes_what_would_reorder_or_restyle_the_terminal() -> None:
    hit = Hit(
        guideline="be-nice",
        rule="r",
        action=Action.WARN,
        mode=Mode.ENFORCE,
        severity=1,
        matched="a\u202eb\x1b[2Jc\u2028é\U000e0001",
        span=(0, 9),
        view="plain",
    )
    assert 'matched="a\\u202eb\\u001b[2Jc\\u2028é\\udb40\\udc01"' in hit_line(hit)


def test_a_capped_rule_says_how_many_places_it_did_not_list() -> None:
    hit = Hit("be-nice", "r", Action.WARN, Mode.ENFORCE, 1, "idiot", (4, 9), "plain", more=10)
    assert hit_line(hit).endswith("  (+10 more places of this rule, not listed)")
    assert json.loads(verdict_json("text", [hit]))["violations"][0]["more"] == 10


def test_a_hit_counting_under_further_guidelines_names_them() -> None:
    hit = Hit(
        "dont-threaten", "r", Action.HIDE, Mode.ENFORCE, 3, "x", (0, 1), "plain", also=("be-nice",)
    )
    assert hit_line(hit).endswith("severity=3  (also counts as be-nice)")
    assert json.loads(verdict_json("x", [hit]))["violations"][0]["also"] == ["be-nice"]
