"""Lay a guild's own rule files over the shared ones: override by rule id, disable, or add."""

from __future__ import annotations

from dataclasses import replace

from bot.core.errors import RuleError
from bot.core.rules import Source
from bot.rulesets.guideline import ParsedGuideline

__all__ = ["apply_layer"]


def apply_layer(
    shared: list[ParsedGuideline], layer: list[ParsedGuideline], errors: list[RuleError]
) -> list[ParsedGuideline]:
    """The shared guidelines with a guild's layer files applied.

    A layer file named like a shared guideline adds its rules to it; a rule whose id is a
    shared rule's replaces that rule; ``disable`` drops shared rules; a layer file with a new
    guideline id adds a guideline (which then needs a title and summary).
    """
    shared_ids = {r.id: p.guideline.id for p in shared for r in p.guideline.rules if r.id}
    dropped = _overrides(layer, shared_ids, errors) | _disabled(layer, shared_ids, errors)
    extra = {p.guideline.id: p for p in layer}
    merged = [_merge(p, extra.pop(p.guideline.id, None), dropped) for p in shared]
    for p in extra.values():
        g = p.guideline
        for key in ("title", "summary"):
            if not getattr(g, key).strip():
                message = f"guideline '{g.id}' is not a shared one, so it needs a {key}"
                errors.append(RuleError(message, g.source))
        merged.append(p)
    return merged


def _overrides(
    layer: list[ParsedGuideline], shared_ids: dict[str, str], errors: list[RuleError]
) -> set[str]:
    """Ids of shared rules the layer redefines; each must stay in its own guideline."""
    found = set()
    for p in layer:
        for rule in p.guideline.rules:
            home = shared_ids.get(rule.id)
            if home is None:
                continue
            if home != p.guideline.id:
                message = (
                    f"rule '{rule.id}' belongs to the shared guideline '{home}'; "
                    f"override it in this directory's {home}.yaml"
                )
                errors.append(RuleError(message, rule.source, rule.id))
            found.add(rule.id)
    return found


def _disabled(
    layer: list[ParsedGuideline], shared_ids: dict[str, str], errors: list[RuleError]
) -> set[str]:
    """Ids of shared rules the layer turns off; naming an unknown rule is an error."""
    found = set()
    redefined = {r.id for p in layer for r in p.guideline.rules}
    for p in layer:
        for rule_id, line in p.disable:
            where = Source(p.guideline.source.file, line)
            if rule_id not in shared_ids:
                message = f"cannot disable '{rule_id}': there is no shared rule with that id"
                errors.append(RuleError(message, where, rule_id))
            elif rule_id in redefined:
                message = f"'{rule_id}' is both disabled and redefined here; keep one"
                errors.append(RuleError(message, where, rule_id))
            found.add(rule_id)
    return found


def _merge(
    shared: ParsedGuideline, layer: ParsedGuideline | None, dropped: set[str]
) -> ParsedGuideline:
    """One shared guideline without the dropped rules, plus the layer file's rules."""
    g = shared.guideline
    rules = tuple(r for r in g.rules if r.id not in dropped)
    checkable = tuple(r for r in shared.checkable if r.id not in dropped)
    if layer is None:
        return ParsedGuideline(replace(g, rules=rules), checkable)
    top = layer.guideline
    merged = replace(
        g,
        title=top.title if top.title.strip() else g.title,
        summary=top.summary if top.summary.strip() else g.summary,
        rules=rules + top.rules,
    )
    return ParsedGuideline(merged, checkable + layer.checkable)
