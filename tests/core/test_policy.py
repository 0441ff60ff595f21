"""The policy: harshest action wins, warnings escalate to a timeout, shadow hits only recorded."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.core.policy import Escalation, plan
from bot.core.post import Post
from bot.core.rules import Action, Mode
from bot.core.verdict import Hit, Verdict

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
ESCALATION = Escalation(warnings=3, window=timedelta(hours=24), timeout=timedelta(minutes=10))


def hit(action: Action, rule: str = "r", mode: Mode = Mode.ENFORCE) -> Hit:
    return Hit("g", rule, action, mode, 2, "word", (0, 4), "plain")


def verdict(*hits: Hit) -> Verdict:
    return Verdict(Post(text="word"), hits)


@pytest.mark.parametrize(
    ("hits", "warnings", "actions"),
    [
        ((), 0, ()),
        ((hit(Action.FLAG),), 0, (Action.FLAG,)),
        ((hit(Action.WARN),), 0, (Action.WARN,)),
        ((hit(Action.WARN),), 1, (Action.WARN,)),
        ((hit(Action.WARN),), 2, (Action.WARN, Action.TIMEOUT)),
        ((hit(Action.HIDE),), 5, (Action.HIDE,)),
        (
            (hit(Action.FLAG), hit(Action.HIDE, "h"), hit(Action.WARN, "w")),
            0,
            (Action.HIDE, Action.FLAG),
        ),
        ((hit(Action.WARN, "w"), hit(Action.FLAG)), 2, (Action.WARN, Action.FLAG, Action.TIMEOUT)),
        ((hit(Action.TIMEOUT),), 0, (Action.HIDE, Action.TIMEOUT)),
        ((hit(Action.HIDE, mode=Mode.SHADOW),), 0, ()),
    ],
)
def test_steps(hits: tuple[Hit, ...], warnings: int, actions: tuple[Action, ...]) -> None:
    result = plan(verdict(*hits), warnings=warnings, escalation=ESCALATION, now=NOW)
    assert result.actions == actions


def test_only_the_harshest_hits_are_cited_and_shadow_hits_kept() -> None:
    shadow = hit(Action.HIDE, "s", Mode.SHADOW)
    result = plan(
        verdict(hit(Action.WARN, "w"), hit(Action.HIDE, "h"), shadow),
        warnings=0,
        escalation=ESCALATION,
        now=NOW,
    )
    (step,) = result.steps
    assert [h.rule for h in step.hits] == ["h"]
    assert step.reason == "g/h: 'word' (plain)"
    assert result.shadow == (shadow,)


def test_timeout_lasts_the_configured_time_from_the_post() -> None:
    result = plan(verdict(hit(Action.WARN)), warnings=2, escalation=ESCALATION, now=NOW)
    assert result.steps[-1].until == NOW + timedelta(minutes=10)
    assert result.steps[-1].reason == "warning 3 within the window"


def test_a_hit_counting_under_further_guidelines_acts_once_and_its_reason_says_so() -> None:
    threat = hit(Action.HIDE, "t")._replace(also=("be-nice",))
    result = plan(verdict(threat), warnings=0, escalation=ESCALATION, now=NOW)
    (step,) = result.steps
    assert step.hits == (threat,)
    assert step.reason == "g/t: 'word' (plain), also counts as be-nice"
