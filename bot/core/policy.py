"""Turn a verdict into the steps to take on Discord: harshest action wins, warnings escalate."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core.post import Post
from bot.core.rules import ACTION_RANK, Action
from bot.core.verdict import Hit, Verdict, also_note

__all__ = ["Escalation", "Plan", "Step", "plan"]


@dataclass(frozen=True, slots=True)
class Escalation:
    """``warnings`` active warnings within ``window`` lead to a ``timeout``."""

    warnings: int = 3
    window: timedelta = timedelta(hours=24)
    timeout: timedelta = timedelta(minutes=10)


@dataclass(frozen=True, slots=True)
class Step:
    """One thing to do on Discord, with the hits that call for it."""

    action: Action
    hits: tuple[Hit, ...]
    reason: str
    until: datetime | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    """Everything to do about a post; shadow hits are only recorded."""

    post: Post
    steps: tuple[Step, ...] = ()
    shadow: tuple[Hit, ...] = ()

    @property
    def actions(self) -> tuple[Action, ...]:
        """The actions of the steps, in order."""
        return tuple(step.action for step in self.steps)


def _reason(hits: tuple[Hit, ...]) -> str:
    return "; ".join(_why(h) for h in hits)


def _why(hit: Hit) -> str:
    """One hit in a case's reason; a hit counting under further guidelines says so."""
    note = also_note(hit)
    return f"{hit.guideline}/{hit.rule}: {hit.matched!r} ({hit.view})" + (
        f", {note}" if note else ""
    )


def plan(verdict: Verdict, *, warnings: int, escalation: Escalation, now: datetime) -> Plan:
    """Decide the steps for a verdict whose hits have not acted on this content before.

    ``warnings`` counts the author's active warnings within the escalation window, before
    this post. Hide and timeout rules both hide the post; a timeout rule also times the author
    out; a warning that reaches the escalation threshold adds a timeout. Flag hits still reach
    the moderators' queue when a harsher action is taken.
    """
    enforced = verdict.enforced
    if not enforced:
        return Plan(verdict.post, (), verdict.shadow)
    action = max((h.action for h in enforced), key=ACTION_RANK.__getitem__)
    acting = tuple(h for h in enforced if h.action is action)
    reason = _reason(acting)
    steps: list[Step] = []
    if action is Action.FLAG:
        steps.append(Step(Action.FLAG, acting, reason))
    elif action is Action.WARN:
        steps.append(Step(Action.WARN, acting, reason))
    else:
        steps.append(Step(Action.HIDE, acting, reason))
    flagged = tuple(h for h in enforced if h.action is Action.FLAG)
    if flagged and action is not Action.FLAG:
        # A flag asks for a moderator's judgement; a harsher action must not swallow it.
        steps.append(Step(Action.FLAG, flagged, _reason(flagged)))
    escalates = action is Action.WARN and warnings + 1 >= escalation.warnings
    if action is Action.TIMEOUT or escalates:
        why = reason if action is Action.TIMEOUT else f"warning {warnings + 1} within the window"
        steps.append(Step(Action.TIMEOUT, acting, why, until=now + escalation.timeout))
    return Plan(verdict.post, tuple(steps), verdict.shadow)
