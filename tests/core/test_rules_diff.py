"""Diffs of two rule sets: ids added, removed and changed, and what changed in each."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.core.rules import Action, Guideline, Mode, Rule, RuleSet, Scope, Source
from bot.core.rules_diff import RuleChange, RulesDiff, diff_rulesets, rule_changes

SLUR = Rule("slur", "keep-it-clean", Action.HIDE, words=("slurword",), source=Source("a.yaml", 3))
SWEAR = Rule("swear", "keep-it-clean", Action.WARN, words=("darn", "heck"))
TRY = Rule("try-me", "be-nice", Action.HIDE, words=("dimwit",), mode=Mode.SHADOW)


def ruleset(*rules: Rule, summary: str = "Keep it clean.") -> RuleSet:
    """The rules grouped into their guidelines, in order."""
    ids = dict.fromkeys(r.guideline for r in rules)
    return RuleSet(
        tuple(
            Guideline(g, g.title(), summary, tuple(r for r in rules if r.guideline == g))
            for g in ids
        )
    )


def test_identical_sets_have_an_empty_diff() -> None:
    diff = diff_rulesets(ruleset(SLUR, SWEAR), ruleset(SLUR, SWEAR))
    assert diff == RulesDiff() and diff.empty
    assert diff.summary() == "no rule changes" and diff.lines() == []


def test_moving_a_rule_in_its_file_is_no_change() -> None:
    moved = replace(SLUR, source=Source("a.yaml", 30))
    assert diff_rulesets(ruleset(SLUR, SWEAR), ruleset(SWEAR, moved)).empty


def test_added_removed_and_changed_by_id() -> None:
    old = ruleset(SLUR, SWEAR)
    new = ruleset(replace(SLUR, action=Action.TIMEOUT, words=("slurword", "other")), TRY)
    diff = diff_rulesets(old, new)
    assert diff.added == ("try-me",) and diff.removed == ("swear",)
    assert diff.changed == (RuleChange("slur", ("action: hide -> timeout", "words: 1 added")),)
    assert diff.changed[0].fields == ("action", "words")
    assert diff.guidelines == ("be-nice: added",)
    assert diff.summary() == (
        "1 added (try-me); 1 removed (swear); 1 changed (slur); guidelines: be-nice: added"
    )
    assert diff.lines() == [
        "+ try-me",
        "- swear",
        "~ slur: action: hide -> timeout; words: 1 added",
        "~ guideline be-nice: added",
    ]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"mode": Mode.ENFORCE}, ("mode: shadow -> enforce",)),
        ({"severity": 3}, ("severity: 2 -> 3",)),
        ({"also": ("dont-threaten",)}, ("also: none -> dont-threaten",)),
        ({"tell_author": "Stop."}, ("tell_author: edited",)),
        ({"words": ("dimwit", "nitwit", "halfwit")}, ("words: 2 added",)),
        ({"words": ()}, ("words: 1 removed",)),
        ({"regex": (r"\bdim\b",)}, ("regex: 1 added",)),
        ({"unless": ("dimwit box",)}, ("unless: 1 added",)),
        ({"examples_match": ("you dimwit",)}, ("examples_match: 1 added",)),
        (
            {"scope": Scope(channels=frozenset({"news", "comments"}), exempt_moderators=False)},
            ("scope: channels=comments, news; exempt_moderators=False",),
        ),
        ({"description": "x", "guideline": "keep-it-clean"}, None),
    ],
)
def test_each_field_change_is_named(change: dict[str, object], expected: tuple[str, ...]) -> None:
    details = rule_changes(TRY, replace(TRY, **change))  # type: ignore[arg-type]
    if expected is None:
        assert details == ("guideline: be-nice -> keep-it-clean", "description: edited")
    else:
        assert details == expected


def test_reordered_terms_are_reported_as_such() -> None:
    assert rule_changes(SWEAR, replace(SWEAR, words=("heck", "darn"))) == ("words: reordered",)


def test_guideline_title_and_summary_edits() -> None:
    diff = diff_rulesets(ruleset(SLUR), ruleset(SLUR, summary="Clean, please."))
    assert diff.guidelines == ("keep-it-clean: summary edited",) and not diff.empty
    removed = diff_rulesets(ruleset(SLUR, TRY), ruleset(SLUR))
    assert removed.removed == ("try-me",) and removed.guidelines == ("be-nice: removed",)
