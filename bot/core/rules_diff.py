"""Compare two rule sets: which rules were added, removed or changed, and what changed."""

from __future__ import annotations

from dataclasses import dataclass, fields

from bot.core.readings import Readings
from bot.core.rules import Guideline, Rule, RuleSet, Scope
from bot.core.scorer import condition_text

__all__ = ["RuleChange", "RulesDiff", "diff_rulesets", "rule_changes"]

# Rule fields compared one by one; ``source`` is left out so moving a rule is no change.
_SCALARS = ("guideline", "action", "mode", "severity", "unless_quoted")
_TEXTS = ("description", "tell_author")
_LISTS = (
    "words",
    "regex",
    "unless",
    "unless_regex",
    "context_before",
    "context_after",
    "examples_match",
    "examples_no_match",
)


@dataclass(frozen=True, slots=True)
class RuleChange:
    """One rule present in both sets whose definition differs; ``details`` say how."""

    rule_id: str
    details: tuple[str, ...]

    @property
    def fields(self) -> tuple[str, ...]:
        """The names of the changed fields, e.g. ``("action", "words")``."""
        return tuple(detail.split(":", 1)[0] for detail in self.details)


@dataclass(frozen=True, slots=True)
class RulesDiff:
    """What a reload changes: rule ids added, removed and changed, and changed guidelines."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: tuple[RuleChange, ...] = ()
    guidelines: tuple[str, ...] = ()  # "be-nice: summary edited", "be-kind: added"

    @property
    def empty(self) -> bool:
        """True when the two sets behave the same."""
        return not (self.added or self.removed or self.changed or self.guidelines)

    def summary(self) -> str:
        """One line, e.g. ``1 added (new-rule); 1 changed (slur)``, or ``no rule changes``."""
        parts = [
            f"{len(ids)} {what} ({', '.join(ids)})"
            for what, ids in (
                ("added", self.added),
                ("removed", self.removed),
                ("changed", tuple(c.rule_id for c in self.changed)),
            )
            if ids
        ]
        if self.guidelines:
            parts.append(f"guidelines: {', '.join(self.guidelines)}")
        return "; ".join(parts) or "no rule changes"

    def lines(self) -> list[str]:
        """One line per added, removed or changed rule and per changed guideline."""
        out = [f"+ {rule_id}" for rule_id in self.added]
        out += [f"- {rule_id}" for rule_id in self.removed]
        out += [f"~ {c.rule_id}: {'; '.join(c.details)}" for c in self.changed]
        out += [f"~ guideline {change}" for change in self.guidelines]
        return out


def diff_rulesets(old: RuleSet, new: RuleSet) -> RulesDiff:
    """How ``new`` differs from ``old``, by rule id, in file order."""
    before = {rule.id: rule for rule in old.rules}
    after = {rule.id: rule for rule in new.rules}
    changed = []
    for rule_id, rule in after.items():
        if rule_id in before:
            details = rule_changes(before[rule_id], rule)
            if details:
                changed.append(RuleChange(rule_id, details))
    return RulesDiff(
        added=tuple(r for r in after if r not in before),
        removed=tuple(r for r in before if r not in after),
        changed=tuple(changed),
        guidelines=_guideline_changes(old.guidelines, new.guidelines),
    )


def rule_changes(old: Rule, new: Rule) -> tuple[str, ...]:
    """What differs between two versions of a rule, one short phrase per field."""
    details = [
        f"{name}: {getattr(old, name)} -> {getattr(new, name)}"
        for name in _SCALARS
        if getattr(old, name) != getattr(new, name)
    ]
    if old.also != new.also:
        details.append(f"also: {', '.join(old.also) or 'none'} -> {', '.join(new.also) or 'none'}")
    details += [f"{name}: edited" for name in _TEXTS if getattr(old, name) != getattr(new, name)]
    for name in _LISTS:
        if getattr(old, name) != getattr(new, name):
            was, now = set(getattr(old, name)), set(getattr(new, name))
            details.append(f"{name}: {_counts(len(now - was), len(was - now))}")
    if old.scope != new.scope:
        details.append(f"scope: {_scope_changes(old.scope, new.scope)}")
    if old.readings != new.readings:
        details.append(f"readings: {_readings_changes(old.readings, new.readings)}")
    old_score, new_score = condition_text(old.score), condition_text(new.score)
    if old_score != new_score:  # a retrained model changes behaviour as much as a new threshold
        details.append(f"score: {old_score} -> {new_score}")
    return tuple(details)


def _counts(added: int, removed: int) -> str:
    """``2 added, 1 removed``, or ``reordered`` when neither."""
    parts = [f"{n} {what}" for n, what in ((added, "added"), (removed, "removed")) if n]
    return ", ".join(parts) or "reordered"


def _readings_changes(old: Readings | None, new: Readings | None) -> str:
    """Spellings added and removed (``2 added``), and ``dropped_g on`` or ``off``."""
    was = set(old.spellings) if old else set()
    now = set(new.spellings) if new else set()
    parts = [_counts(len(now - was), len(was - now))] if was != now else []
    dropped_g = bool(new and new.dropped_g)
    if bool(old and old.dropped_g) != dropped_g:
        parts.append(f"dropped_g {'on' if dropped_g else 'off'}")
    return ", ".join(parts)


def _scope_changes(old: Scope, new: Scope) -> str:
    """The scope fields that differ and their new values."""
    out = []
    for f in fields(Scope):
        was, now = getattr(old, f.name), getattr(new, f.name)
        if was != now:
            shown = (", ".join(sorted(now)) or "none") if isinstance(now, frozenset) else now
            out.append(f"{f.name}={shown}")
    return "; ".join(out)


def _guideline_changes(old: tuple[Guideline, ...], new: tuple[Guideline, ...]) -> tuple[str, ...]:
    """``id: added``, ``id: removed`` or ``id: title, summary`` for each guideline that changed."""
    before = {g.id: g for g in old}
    after = {g.id: g for g in new}
    out = [f"{g}: added" for g in after if g not in before]
    out += [f"{g}: removed" for g in before if g not in after]
    for gid, guideline in after.items():
        was = before.get(gid)
        edited = [
            name
            for name in ("title", "summary")
            if was is not None and getattr(was, name) != getattr(guideline, name)
        ]
        if edited:
            out.append(f"{gid}: {', '.join(edited)} edited")
    return tuple(out)
