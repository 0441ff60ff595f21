"""Score modbot's rules beside better-profanity and alt-profanity-check on labelled dev sets.

Usage: ``python benchmarks/quality.py [DATA_DIR] [--rules DIR]``

``DATA_DIR`` (default ``../shared/data`` beside the repository) holds one folder per data set,
each with a ``dev.csv`` (column ``text`` and some of ``label_keep_it_clean``,
``label_dont_threaten``, ``label_be_nice``, ``label_any_violation``) and a ``SOURCE.md``
describing where the labels come from. All three systems judge the same rows in one run.

- modbot: a row is positive for a guideline when any rule of that guideline hits it;
  ``any_violation`` is positive when any rule hits at all (flags included).
- The peers only say "offensive or not", so that one prediction is scored against every column:
  better-profanity's ``contains_profanity`` and alt-profanity-check's ``predict_prob > 0.5``.
  A peer that is not installed is left out with a note; modbot's rules must load.

Printed per set and column: precision, recall and F1, the best F1 starred; then the
false-positive rate on clean rows (``label_any_violation == 0``) where the set has any.
The data is read in place and never copied into the repository.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.core.errors import RuleErrors  # noqa: E402 - after the path set-up above

COLUMNS = ("keep_it_clean", "dont_threaten", "be_nice", "any_violation")
ANY = "any_violation"

# A predictor maps texts to, per column, one boolean per text.
Predictions = dict[str, list[bool]]
Predictor = Callable[[Sequence[str]], Predictions]


@dataclass(frozen=True, slots=True)
class Scores:
    """Confusion counts of one system on one column, with the usual ratios."""

    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        """Share of predicted positives that are labelled positive."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Share of labelled positives that were predicted."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(predicted: Sequence[bool], gold: Sequence[int]) -> Scores:
    """Count true/false positives/negatives of ``predicted`` against 0/1 labels."""
    tp = sum(1 for p, g in zip(predicted, gold, strict=True) if p and g)
    fp = sum(1 for p, g in zip(predicted, gold, strict=True) if p and not g)
    fn = sum(1 for p, g in zip(predicted, gold, strict=True) if not p and g)
    return Scores(tp, fp, fn, len(gold) - tp - fp - fn)


def read_set(path: Path) -> tuple[list[str], dict[str, list[int]]]:
    """Read one dev.csv: the texts and, per guideline column present, its 0/1 labels."""
    csv.field_size_limit(1 << 24)
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    texts = [row["text"] for row in rows]
    labels = {
        col: [int(row[f"label_{col}"]) for row in rows]
        for col in COLUMNS
        if rows and f"label_{col}" in rows[0]
    }
    return texts, labels


def same_for_every_column(flags: Sequence[bool]) -> Predictions:
    """Spread a single offensive/not prediction over every column."""
    return {col: list(flags) for col in COLUMNS}


def better_profanity() -> Predictor:
    """better-profanity with its default word list."""
    from better_profanity import profanity

    profanity.load_censor_words()
    return lambda texts: same_for_every_column([profanity.contains_profanity(t) for t in texts])


def alt_profanity_check() -> Predictor:
    """alt-profanity-check's linear SVM, positive when its probability exceeds 0.5."""
    from profanity_check import predict_prob

    return lambda texts: same_for_every_column([p > 0.5 for p in predict_prob(list(texts))])


def modbot(rules_dir: Path) -> Predictor:
    """modbot's rule set through its Python API; raises if the rules fail to load."""
    from bot.core.engine import Engine
    from bot.rulesets import load_rules

    engine = Engine(load_rules(rules_dir))

    def predict(texts: Sequence[str]) -> Predictions:
        out: Predictions = {col: [] for col in COLUMNS}
        for text in texts:
            hit = {h.guideline.replace("-", "_") for h in engine.check_text(text)}
            for col in COLUMNS:
                out[col].append(bool(hit) if col == ANY else col in hit)
        return out

    return predict


def load_systems(rules_dir: Path) -> dict[str, Predictor]:
    """Build modbot (which must load) and each peer (left out, with a note, if missing)."""
    systems = {"modbot": modbot(rules_dir)}
    peers: dict[str, Callable[[], Predictor]] = {
        "better-profanity": better_profanity,
        "alt-profanity-check": alt_profanity_check,
    }
    for name, factory in peers.items():
        try:
            systems[name] = factory()
        except ImportError as exc:
            print(f"note: {name} left out ({exc}); pip install -e '.[bench]'", file=sys.stderr)
    return systems


def describe_set(folder: Path) -> str:
    """The title line of the set's SOURCE.md (what the text is and where labels come from)."""
    source = folder / "SOURCE.md"
    if not source.exists():
        return "(no SOURCE.md)"
    lines = source.read_text(encoding="utf-8").splitlines()
    return next((line.lstrip("# ").strip() for line in lines if line.startswith("#")), "")


def print_set(folder: Path, labels: dict[str, list[int]], preds: dict[str, Predictions]) -> None:
    """Print one set's table: P/R/F1 per column and system, then the clean-row FP rate."""
    n = len(next(iter(labels.values())))
    clean = [i for i, g in enumerate(labels.get(ANY, [])) if not g]
    print(f"\n== {folder.name}: {n} rows, {len(clean)} clean")
    print(f"   {describe_set(folder)}")
    print(f"{'column':<15} {'positives':>9}  {'system':<20} {'P':>6} {'R':>6} {'F1':>6}")
    for col, gold in labels.items():
        scores = {system: score(p[col], gold) for system, p in preds.items()}
        best = max(s.f1 for s in scores.values())
        for k, (system, s) in enumerate(scores.items()):
            head = f"{col:<15} {sum(gold):>9}" if k == 0 else " " * 25
            star = " *" if s.f1 == best and best > 0 else ""
            print(f"{head}  {system:<20} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}{star}")
    if not clean:
        print("false-positive rate on clean rows: n/a (no row has label_any_violation == 0)")
        return
    print(f"false-positive rate on {len(clean)} clean rows:")
    for system, p in preds.items():
        fp = sum(1 for i in clean if p[ANY][i])
        print(f"{'':<25}  {system:<20} {fp / len(clean):6.3f}  ({fp} rows)")


def main(argv: Sequence[str] | None = None) -> int:
    """Run every system over every DATA_DIR/*/dev.csv and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--rules", type=Path, default=REPO / "rules", help="rule directory")
    args = parser.parse_args(argv)
    sets = sorted(args.data_dir.glob("*/dev.csv"))
    if not sets:
        print(f"no */dev.csv under {args.data_dir}", file=sys.stderr)
        return 2
    try:
        systems = load_systems(args.rules)
    except RuleErrors as exc:
        print(f"modbot's rules in {args.rules} do not load:\n{exc}", file=sys.stderr)
        return 2
    seconds = dict.fromkeys(systems, 0.0)
    for path in sets:
        texts, labels = read_set(path)
        preds: dict[str, Predictions] = {}
        for system, predict in systems.items():
            print(f"{path.parent.name}: {system} ...", file=sys.stderr, flush=True)
            start = time.perf_counter()
            preds[system] = predict(texts)
            seconds[system] += time.perf_counter() - start
        print_set(path.parent, labels, preds)
    timing = ", ".join(f"{system} {t:.1f} s" for system, t in seconds.items())
    print(f"\n(* best F1 in its column; time judging all rows: {timing})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
