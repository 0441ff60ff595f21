"""Check many posts in one pass: JSON lines out, or counts and label scores for a summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TextIO

from bot.core.engine import Engine
from bot.core.rules import Mode, RuleSet
from bot.hit_output import CLEAN_TAIL, quote, verdict_json
from bot.scan_input import Row

__all__ = [
    "ANY_VIOLATION",
    "Confusion",
    "Tally",
    "label_column",
    "label_columns",
    "scan_json",
    "scan_tally",
]

ANY_VIOLATION = "any_violation"
CHUNK = 4096  # rows per write and per progress update

Progress = Callable[[int], None]


def label_column(guideline_id: str) -> str:
    """The CSV label column of a guideline: ``be-nice`` → ``label_be_nice``."""
    return "label_" + guideline_id.replace("-", "_")


def label_columns(ruleset: RuleSet) -> tuple[str, ...]:
    """The label columns a scan scores: one per guideline, then any_violation."""
    return (*(label_column(g.id) for g in ruleset.guidelines), label_column(ANY_VIOLATION))


def scan_json(engine: Engine, rows: Iterator[Row], out: TextIO, progress: Progress) -> int:
    """Write one JSON object per row, in input order; the number of rows.

    Lines are written CHUNK at a time for speed, and whatever is pending is written and flushed
    however the loop ends, so a bad row stops the scan only after every row before it is out.
    """
    check, done = engine.check_text, 0
    lines: list[str] = []
    try:
        for number, text, _ in rows:
            hits = check(text)
            if hits:
                lines.append(verdict_json(text, hits, number) + "\n")
            else:
                lines.append(f'{{"line": {number:d}, "text": {quote(text)}{CLEAN_TAIL}\n')
            done += 1
            if done % CHUNK == 0:
                out.write("".join(lines))
                lines.clear()
                progress(done)
    finally:
        out.write("".join(lines))
        out.flush()
    return done


@dataclass
class Confusion:
    """Predictions against labels for one guideline."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, predicted: bool, actual: bool) -> None:
        """Count one row."""
        if predicted:
            if actual:
                self.tp += 1
            else:
                self.fp += 1
        elif actual:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float | None:
        """Share of predicted positives that are labelled positive; None with none predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """Share of labelled positives that were predicted; None with none labelled."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def false_positive_rate(self) -> float | None:
        """Share of labelled negatives that were predicted; None with none labelled."""
        return self.fp / (self.fp + self.tn) if self.fp + self.tn else None

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall; None when either is undefined or both 0."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p is not None and r is not None and p + r else None


@dataclass
class Tally:
    """What a scan found: posts, posts hit per guideline and rule, and label scores."""

    posts: int = 0
    hit_posts: int = 0
    enforced_posts: int = 0
    by_guideline: Counter[str] = field(default_factory=Counter)
    by_rule: Counter[str] = field(default_factory=Counter)
    scores: dict[str, Confusion] = field(default_factory=dict)


def scan_tally(
    engine: Engine, rows: Iterator[Row], labels: tuple[str, ...], progress: Progress
) -> Tally:
    """Check every row, counting hits and scoring the given label columns."""
    tally = Tally(scores={name: Confusion() for name in labels})
    guideline_of = {label_column(g.id): g.id for g in engine.ruleset.guidelines}
    targets = [(tally.scores[name], guideline_of.get(name)) for name in labels]
    check = engine.check_text
    for _, text, truths in rows:
        hits = check(text)
        guidelines = {h.guideline for h in hits}
        enforced = any(h.mode is Mode.ENFORCE for h in hits)
        if hits:
            tally.hit_posts += 1
            tally.enforced_posts += enforced
            tally.by_guideline.update(guidelines)
            tally.by_rule.update({h.rule for h in hits})
        for (confusion, guideline), truth in zip(targets, truths, strict=True):
            confusion.add(enforced if guideline is None else guideline in guidelines, truth)
        tally.posts += 1
        if tally.posts % CHUNK == 0:
            progress(tally.posts)
    return tally
