"""Format a scan's tally: posts hit per guideline and rule, then precision/recall/F1 by label."""

from __future__ import annotations

from bot.cli.scan import ANY_VIOLATION, Confusion, Tally
from bot.cli.scan_input import BadRows
from bot.core.rules import Mode, RuleSet

__all__ = ["format_summary", "skipped_line"]


def _share(part: int, whole: int) -> str:
    """A percentage with one decimal, or '-' when there is no whole."""
    return f"{100 * part / whole:.1f}%" if whole else "-"


def _score(value: float | None) -> str:
    """A score with three decimals, or 'n/a' when it is undefined."""
    return "n/a" if value is None else f"{value:.3f}"


def skipped_line(bad: BadRows) -> str:
    """How many bad rows were skipped, and where the first one was."""
    return f"skipped {bad.count:,} bad row(s); the first: {bad.first}"


def format_summary(tally: Tally, ruleset: RuleSet, source: str, bad: BadRows) -> str:
    """The human summary of a scan, ending with a newline."""
    lines = [
        f"Scanned {tally.posts:,} posts from {source}",
        f"  {tally.hit_posts:,} hit any rule ({_share(tally.hit_posts, tally.posts)}), "
        f"{tally.enforced_posts:,} an enforced rule "
        f"({_share(tally.enforced_posts, tally.posts)})",
        *([f"  {skipped_line(bad)}"] if bad.count else []),
        "",
        f"{'guideline / rule':<40}{'posts hit':>10}{'share':>9}",
    ]
    for guideline in ruleset.guidelines:
        count = tally.by_guideline[guideline.id]
        lines.append(f"{guideline.id:<40}{count:>10,}{_share(count, tally.posts):>9}")
        for rule in guideline.rules:
            shadow = " (shadow)" if rule.mode is Mode.SHADOW else ""
            name = f"  {rule.id}{shadow}"
            lines.append(f"{name:<40}{tally.by_rule[rule.id]:>10,}")
    if tally.scores:
        lines += ["", *_score_lines(tally.scores)]
    return "\n".join(lines) + "\n"


def _score_lines(scores: dict[str, Confusion]) -> list[str]:
    """The label table: counts, precision, recall and F1 per label column."""
    lines = [
        "Against the labels: a guideline is predicted when any of its rules hit (shadow",
        f"included); {ANY_VIOLATION} is predicted when an enforced rule hits. FPR is the",
        "share of posts labelled clean for that label that were predicted anyway.",
        f"{'label':<28}{'labelled':>9}{'predicted':>10}{'TP':>7}{'FP':>7}{'FN':>7}"
        f"{'precision':>11}{'recall':>8}{'F1':>7}{'FPR':>7}",
    ]
    for name, c in scores.items():
        lines.append(
            f"{name:<28}{c.tp + c.fn:>9,}{c.tp + c.fp:>10,}{c.tp:>7,}{c.fp:>7,}{c.fn:>7,}"
            f"{_score(c.precision):>11}{_score(c.recall):>8}{_score(c.f1):>7}"
            f"{_score(c.false_positive_rate):>7}"
        )
    return lines
