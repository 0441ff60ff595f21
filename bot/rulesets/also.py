"""Read a rule's ``also``: further guidelines each of its hits counts under besides its own."""

from __future__ import annotations

import difflib
from collections.abc import Set

from bot.rulesets.fields import FileContext, describe
from bot.rulesets.yaml_lines import LineList, LineMap

__all__ = ["read_also"]


def read_also(
    ctx: FileContext, data: LineMap, rule_id: str | None, own: str, known: Set[str]
) -> tuple[str, ...]:
    """The rule's ``also: [guideline, ...]``; the valid ids, each problem reported at its line.

    ``own`` is the rule's guideline, which its hits count under already; ``known`` holds the
    guideline ids of this load (every rule file is named for its guideline).
    """
    if "also" not in data:
        return ()
    value = data["also"]
    if not isinstance(value, LineList):
        hint = f"; write it as [{value}]" if isinstance(value, str) else ""
        message = f"'also' must be a list of guideline ids, not {describe(value)}{hint}"
        ctx.error(message, data.value_line("also"), rule_id)
        return ()
    found: list[str] = []
    for item, line in zip(value, value.item_lines, strict=True):
        problem = _problem(item, own, known, found)
        if problem:
            ctx.error(problem, line, rule_id)
        else:
            found.append(item)
    return tuple(found)


def _problem(item: object, own: str, known: Set[str], found: list[str]) -> str:
    """Why ``item`` cannot be one of the rule's ``also`` guidelines, or nothing."""
    if not isinstance(item, str):
        return f"'also' items must be guideline ids, not {describe(item)}"
    if item == own:
        return f"'also' names '{item}', the rule's own guideline: its hits count there already"
    if item in found:
        return f"'also' names '{item}' twice; keep one"
    if item not in known:
        close = difflib.get_close_matches(item, sorted(known), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        guidelines = ", ".join(sorted(known))
        return f"'also' names '{item}', which is no guideline here{hint}; guidelines: {guidelines}"
    return ""
