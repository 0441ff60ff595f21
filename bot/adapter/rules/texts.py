"""The /rules commands' answers as text: rule lists, one rule, its evidence, versions, tests."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

import discord

from bot.adapter.shared.text import clip
from bot.core.cases import RuleCount
from bot.core.rule_record import RuleEvidence, RuleVersion
from bot.core.rules import ACTION_RANK, Mode, Rule, RuleSet, Scope
from bot.core.scorer import condition_text
from bot.core.verdict import Hit, also_note

__all__ = [
    "code",
    "evidence_lines",
    "hit_lines",
    "rule_lines",
    "ruleset_lines",
    "scope_text",
    "score_lines",
    "version_line",
]

SHOWN_TERMS = 20


def code(text: str, limit: int = 80) -> str:
    """User or rule text as inline code that cannot break out of its backticks."""
    short = clip(" ".join(text.split()).replace("`", "ˋ"), limit)
    return f"`{short}`" if short else "``"


def scope_text(scope: Scope) -> str:
    """Where a rule applies, in a few words."""
    parts = []
    if scope.channels:
        parts.append(f"only in {', '.join(sorted(scope.channels))}")
    if scope.exclude_channels:
        parts.append(f"not in {', '.join(sorted(scope.exclude_channels))}")
    if scope.exempt_roles:
        parts.append(f"roles exempt: {', '.join(sorted(scope.exempt_roles))}")
    parts.append("moderators exempt" if scope.exempt_moderators else "moderators included")
    return "; ".join(parts)


def _mode(rule: Rule) -> str:
    return " · **shadow**" if rule.mode is Mode.SHADOW else ""


def ruleset_lines(rules: RuleSet, counts: Iterable[RuleCount]) -> list[str]:
    """Each guideline, then its rules: action, mode, and hits per mode in the window."""
    hits: Counter[str] = Counter()
    shadow: Counter[str] = Counter()
    for count in counts:
        (shadow if count.mode is Mode.SHADOW else hits)[count.rule_id] += count.count
    lines = []
    for guideline in rules.guidelines:
        lines.append(f"**{discord.utils.escape_markdown(guideline.title)}** ({guideline.id})")
        for rule in guideline.rules:
            n = hits[rule.id] + shadow[rule.id]
            lines.append(f"• {code(rule.id)} {rule.action.value}{_mode(rule)} · {n} hits")
    return lines


def rule_lines(rule: Rule) -> list[str]:
    """Everything about one rule, as a moderator wants to read it."""
    lines = [
        f"**{rule.id}** in {rule.guideline} ({rule.source})",
        f"action: **{rule.action.value}**{_mode(rule)} · severity {rule.severity}",
    ]
    if rule.also:
        lines.append(f"also counts as: {', '.join(rule.also)} (acts once, under {rule.guideline})")
    if rule.description:
        lines.append(f"description: {discord.utils.escape_markdown(rule.description)}")
    if rule.words:
        shown = ", ".join(code(w, 40) for w in rule.words[:SHOWN_TERMS])
        more = (
            f" … and {len(rule.words) - SHOWN_TERMS} more" if len(rule.words) > SHOWN_TERMS else ""
        )
        lines.append(f"words ({len(rule.words)}): {shown}{more}")
    lines += [f"regex: {code(r, 200)}" for r in rule.regex]
    if rule.score is not None:
        lines.append(f"score: {condition_text(rule.score)}")
    if rule.unless:
        lines.append(f"unless: {', '.join(code(u, 40) for u in rule.unless)}")
    lines.append(f"scope: {scope_text(rule.scope)}")
    if rule.tell_author:
        lines.append(f"tells the author: {discord.utils.escape_markdown(rule.tell_author)}")
    if rule.examples_match or rule.examples_no_match:
        lines.append(
            f"examples: {len(rule.examples_match)} match, {len(rule.examples_no_match)} no_match"
        )
    return lines


def evidence_lines(evidence: RuleEvidence, rule: Rule | None, days: int) -> list[str]:
    """A rule's hits, and for its shadow hits what moderators and members did with the posts."""
    what = f"{rule.action.value}{_mode(rule)}" if rule else "not in the rules in force"
    lines = [
        f"**{evidence.rule_id}** ({what}), last {days} days:",
        f"• enforced hits: {evidence.enforce_hits} · shadow hits: {evidence.shadow_hits} "
        f"on {evidence.shadow_posts} posts",
    ]
    if evidence.shadow_posts:
        share = round(100 * evidence.confirmed / evidence.shadow_posts)
        lines += [
            f"• of those posts, later: {evidence.moderator_actioned} actioned by a moderator, "
            f"{evidence.enforced_elsewhere} acted on by an enforced rule, "
            f"{evidence.reported} reported by members",
            f"• confirmed: **{evidence.confirmed} of {evidence.shadow_posts} ({share}%)**; "
            "the rest drew no action",
        ]
        if rule is not None and rule.mode is Mode.SHADOW:
            lines.append("Promote it with `mode: enforce` once this share is high enough.")
    return lines


def version_line(version: RuleVersion, in_force: bool) -> str:
    """One rule version for /rules history."""
    who = f" by <@{version.loaded_by}>" if version.loaded_by else ""
    mark = " ← in force" if in_force else ""
    return (
        f"**#{version.id}** {discord.utils.format_dt(version.loaded_at, 'f')} · "
        f"{version.trigger.value}{who} · {version.rule_count} rules · {version.digest[:12]}{mark}"
        f"\n  {discord.utils.escape_markdown(version.summary)}"
    )


def hit_lines(rules: RuleSet, text: str, hits: list[Hit]) -> list[str]:
    """What would fire on a text and why: guideline, rule, action, matched text, span, view."""
    if not hits:
        return ["Nothing would fire on this text."]
    enforced = [h for h in hits if h.mode is Mode.ENFORCE]
    if enforced:
        worst = max((h.action for h in enforced), key=ACTION_RANK.__getitem__)
        lines = [f"Would act: **{worst.value}** ({len(hits)} hit{'s' if len(hits) > 1 else ''})"]
    else:
        lines = ["Only shadow rules hit: recorded, nothing done on Discord."]
    titles = {g.id: g.title for g in rules.guidelines}
    for hit in hits:
        rule = rules.rule(hit.rule)
        start, end = hit.span
        mode = " (shadow: recorded only)" if hit.mode is Mode.SHADOW else ""
        lines.append(
            f"• {titles.get(hit.guideline, hit.guideline)} / {code(hit.rule)} → "
            f"**{hit.action.value}**{mode}: matched {code(text[start:end])} at {start}–{end} "
            f"in the {hit.view} view"
            + (f" (+{hit.more} more places, not listed)" if hit.more else "")
            + (f"; {note}" if (note := also_note(hit, titles)) else "")
        )
        if rule is not None and rule.scope != Scope():
            lines.append(f"  scope: {scope_text(rule.scope)}")
    return lines


def behaviour_lines(rules: RuleSet, found: list[tuple[str, str]]) -> list[str]:
    """The behaviour rules a text breaks on its own (no rate or ``who`` counted), with why."""
    if not found:
        return []
    lines = ["Behaviour rules this text breaks on its own (who posts it and how often aside):"]
    for rule_id, why in found:
        rule = rules.rule(rule_id)
        action = f"**{rule.action.value}**" if rule is not None else "?"
        shadow = " (shadow: recorded only)" if rule and rule.mode is Mode.SHADOW else ""
        lines.append(f"• {code(rule_id)} → {action}{shadow}: {why}")
    return lines


def score_lines(scores: Mapping[str, float]) -> list[str]:
    """The scores of the scorer models that rules here use, if any, for /rules test."""
    if not scores:
        return []
    return ["scores: " + " · ".join(f"{code(n)} {v:.3f}" for n, v in scores.items())]
