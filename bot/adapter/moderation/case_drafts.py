"""The cases a plan records, drafted before they are stored: one per shadow hit and step."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from bot.config import Config
from bot.core.cases import Case, CaseKind, NewCase, Outcome
from bot.core.policy import Plan, Step
from bot.core.post import Post
from bot.core.rules import Action, Mode
from bot.core.verdict import Hit, also_note

__all__ = ["KINDS", "plan_cases", "step_case"]

KINDS = {
    Action.WARN: CaseKind.WARN,
    Action.HIDE: CaseKind.HIDE,
    Action.FLAG: CaseKind.FLAG,
    Action.TIMEOUT: CaseKind.TIMEOUT,
}


def plan_cases(config: Config, plan: Plan, content_hash: str, warned: Case | None) -> list[NewCase]:
    """The cases a plan records: its shadow hits', then its steps' (but a recorded warning)."""
    post = plan.post
    now = post.created_at or datetime.now(UTC)
    news = [_shadow(post, hit, content_hash, now) for hit in plan.shadow]
    todo = plan.steps[1:] if warned is not None else plan.steps
    return news + [step_case(config, post, step, content_hash, now) for step in todo]


def step_case(config: Config, post: Post, step: Step, content_hash: str, now: datetime) -> NewCase:
    """The case of one step of a plan, with the expiry its kind has."""
    expiry = config.guild(post.guild_id).warning_expiry
    if step.action is Action.TIMEOUT:
        expires_at = step.until
    elif step.action is Action.WARN and expiry:
        expires_at = now + expiry
    else:
        expires_at = None
    new = _rule_case(post, step.hits[0], now, content_hash)
    kind = KINDS[step.action]
    return replace(new, kind=kind, reason=step.reason, expires_at=expires_at)


def _rule_case(post: Post, hit: Hit, now: datetime, content_hash: str) -> NewCase:
    """The case of a rule acting on a post, before its kind-specific fields."""
    return NewCase(
        guild_id=post.guild_id or 0,
        kind=KINDS[hit.action],
        created_at=now,
        target_id=post.author_id,
        channel_id=post.channel_id,
        message_id=post.message_id,
        guideline=hit.guideline,
        rule_id=hit.rule,
        content_hash=content_hash,
    )


def _shadow(post: Post, hit: Hit, content_hash: str, now: datetime) -> NewCase:
    """The case of a shadow-mode hit: recorded, nothing done on Discord."""
    new = _rule_case(post, hit, now, content_hash)
    note = also_note(hit)
    return replace(
        new,
        reason=f"shadow: {hit.matched!r} ({hit.view})" + (f", {note}" if note else ""),
        mode=Mode.SHADOW,
        outcome=Outcome.OK,
        outcome_detail="shadow mode: nothing done on Discord",
    )
