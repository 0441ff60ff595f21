"""Check many posts in one or more processes: JSON lines, or counts and label scores."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import TextIO

from bot.cli.hit_output import CLEAN_TAIL, quote, verdict_json
from bot.cli.scan_input import Row
from bot.cli.scan_jobs import in_order
from bot.core.engine import Engine
from bot.core.rules import Mode, RuleSet

__all__ = [
    "ANY_VIOLATION",
    "Confusion",
    "Tally",
    "json_lines",
    "label_column",
    "label_columns",
    "scan_json",
    "scan_tally",
    "tally_rows",
]

ANY_VIOLATION = "any_violation"

Progress = Callable[[int], None]


def label_column(guideline_id: str) -> str:
    """The CSV label column of a guideline: ``be-nice`` → ``label_be_nice``."""
    return "label_" + guideline_id.replace("-", "_")


def label_columns(ruleset: RuleSet) -> tuple[str, ...]:
    """The label columns a scan scores: one per guideline, then any_violation."""
    return (*(label_column(g.id) for g in ruleset.guidelines), label_column(ANY_VIOLATION))


def json_lines(engine: Engine, rows: Iterable[Row]) -> str:
    """The JSON lines of some rows, one object per row, in their order."""
    check, lines = engine.check_text, []
    for number, text, _ in rows:
        hits = check(text)
        if hits:
            lines.append(verdict_json(text, hits, number) + "\n")
        else:
            lines.append(f'{{"line": {number:d}, "text": {quote(text)}{CLEAN_TAIL}\n')
    return "".join(lines)


def scan_json(
    engine: Engine, rows: Iterator[Row], out: TextIO, progress: Progress, jobs: int = 1
) -> int:
    """Write one JSON object per row, in input order; the number of rows.

    Lines are written a chunk at a time for speed; a bad row stops the scan only after every
    row before it is written and flushed (``in_order`` hands out those chunks first).
    """
    done = 0
    try:
        for count, text in in_order(engine, rows, jobs, json_lines):
            out.write(text)
            done += count
            progress(done)
    finally:
        out.flush()
    return done


@dataclass
class Confusion:
    """Predictions against labels for one guideline."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def merge(self, other: Confusion) -> None:
        """Add another chunk's counts."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.tn += other.tn

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

    def merge(self, other: Tally) -> None:
        """Add a later chunk's tally to this one."""
        self.posts += other.posts
        self.hit_posts += other.hit_posts
        self.enforced_posts += other.enforced_posts
        self.by_guideline.update(other.by_guideline)
        self.by_rule.update(other.by_rule)
        for name, confusion in other.scores.items():
            self.scores[name].merge(confusion)


def tally_rows(engine: Engine, rows: Iterable[Row], labels: tuple[str, ...]) -> Tally:
    """Check some rows, counting hits and scoring the given label columns."""
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
    return tally


def scan_tally(
    engine: Engine, rows: Iterator[Row], labels: tuple[str, ...], progress: Progress, jobs: int = 1
) -> Tally:
    """Check every row, counting hits and scoring the given label columns.

    Chunks are tallied apart and merged in input order, so counters list their keys in the
    order one pass would have met them.
    """
    tally = Tally(scores={name: Confusion() for name in labels})
    for _, part in in_order(engine, rows, jobs, partial(tally_rows, labels=labels)):
        tally.merge(part)
        progress(tally.posts)
    return tally
