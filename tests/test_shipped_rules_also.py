"""The shipped threat rules count as Be Nice too (issue 12), on sentences of our own.

A threat aimed at a person or a group degrades them, as the Be Nice guideline and the labelled
sets (HateCheck, ETHOS, ConvAbuse) count it; each threat rule says so with ``also``. The hit
still acts once, under Don't Threaten. A near miss (idiom, news report, a threat reported or
denied) counts under neither.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine

# One or more per threat rule, each aimed at a person or a group: (rule, sentence).
THREATS = [
    ("threat-of-violence", "I'm going to break your neck if you post that again."),
    ("wishes-harm", "I hope that referee gets hit by a bus on his way home."),
    ("deserves-violence", "That judge deserves a bullet for this ruling."),
    ("deserves-violence", "Journalists like her should be hanged for treason."),
    ("calls-to-violence", "Someone needs to shoot that governor."),
    ("calls-to-violence", "Let's get rid of those foreigners once and for all."),
    ("calls-to-violence", "Round them up and put them against a wall."),
    ("intimidation", "I know where you live, so mind what you post."),
    ("intimidation", "Keep writing this rubbish and you'll end up in a hospital bed."),
]

NEAR_MISSES = [
    "This heat is killing me.",
    "The striker absolutely murdered that free kick.",
    "The gunman was shot dead by police on Tuesday.",
    "She was sacked for saying the mayor should be hanged.",
    "No one deserves to be shot for a parking ticket.",
    "Kill the bill before it reaches the Senate.",
    "Watch your back on those icy steps outside the station.",
]


@pytest.mark.parametrize(("rule", "text"), THREATS)
def test_a_threat_at_a_person_or_group_also_counts_as_be_nice(
    engine: Engine, rule: str, text: str
) -> None:
    hits = [h for h in engine.check_text(text) if h.rule == rule]
    assert hits, f"{rule} does not catch {text!r}"
    assert all(h.guidelines == ("dont-threaten", "be-nice") for h in hits)


def test_every_threat_rule_counts_as_be_nice(engine: Engine) -> None:
    """Every shipped threat rule aims at a person or a group; a new one must say if it does."""
    threat_rules = [r for r in engine.ruleset.rules if r.guideline == "dont-threaten"]
    assert [r.id for r in threat_rules if r.also != ("be-nice",)] == []


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_a_near_miss_counts_under_neither(engine: Engine, text: str) -> None:
    assert not {g for h in engine.check_text(text) for g in h.guidelines}
