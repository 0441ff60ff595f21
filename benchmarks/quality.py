"""Score modbot's rules and scorer beside better-profanity and alt-profanity-check on dev sets.

Usage: ``python benchmarks/quality.py [DATA_DIR] [--rules DIR] [--skip SYSTEM] [--sample N]
[--no-cross] [--above P]``

``DATA_DIR`` (default ``../shared/data`` beside the repository) holds one folder per data set,
each with a ``dev.csv`` (column ``text`` and some of ``label_keep_it_clean``,
``label_dont_threaten``, ``label_be_nice``, ``label_any_violation``) and a ``SOURCE.md``
describing where the labels come from. All systems judge the same rows in one run.

- modbot: a row is positive for a guideline when any rule of that guideline hits it, or a rule
  whose ``also`` names it (a threat rule with ``also: [be-nice]`` counts under both);
  ``any_violation`` is positive when any rule hits at all (flags included).
- scorer: learned heads (``train_scorer.py``), one per column, positive above 0.5, trained in
  memory on every trainable set's dev split: on those sets its figures are in-sample.
- The peers only say "offensive or not", so that one prediction is scored against every column:
  better-profanity's ``contains_profanity`` and alt-profanity-check's ``predict_prob > 0.5``.
  A peer that is not installed is left out with a note; modbot's rules must load.
  ``--sample N`` has better-profanity (slow) judge only N evenly spaced rows per set.

Printed per set and column: precision, recall and F1, the best F1 starred; then the
false-positive rate on clean rows (``label_any_violation == 0``) where the set has any.
Then the cross-set view (see ``cross_view``): each system on text it was not built from.
The data is read in place and never copied into the repository.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from train_scorer import (  # noqa: E402
    CLASS_OF,
    HEADS,
    TRAINABLE,
    WRITTEN,
    join,
    read_rows,
    read_written,
    train,
    tune_half,
    written_files,
)

from bot.core.errors import RuleErrors  # noqa: E402 - after the path set-up above
from bot.core.scorer import Model, features  # noqa: E402
from bot.core.verdict import Hit  # noqa: E402

COLUMNS = ("keep_it_clean", "dont_threaten", "be_nice", "any_violation")
ANY = "any_violation"
HEAD_OF = {col: name for name, col in HEADS.items()}
SLOW = "better-profanity"
NEVER_TUNED = ("ethos", "jigsaw_toxic_samples")  # measuring only: no rule or model sees them
ABOVE = 0.9  # the scorer threshold of the rules+scorer system (a flag rule per column)

# A predictor maps texts to, per column, one boolean per text (None: the row was not judged).
Predictions = dict[str, list[bool | None]]
Predictor = Callable[[Sequence[str]], Predictions]
# Per column, one score in [0, 1] per text.
ScoreTable = dict[str, list[float]]


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


def score(predicted: Sequence[bool | None], gold: Sequence[int], rows: Sequence[int]) -> Scores:
    """Count true/false positives/negatives over ``rows``, skipping rows not judged."""
    pairs = [(predicted[i], gold[i]) for i in rows if predicted[i] is not None]
    tp = sum(1 for p, g in pairs if p and g)
    fp = sum(1 for p, g in pairs if p and not g)
    fn = sum(1 for p, g in pairs if not p and g)
    return Scores(tp, fp, fn, len(pairs) - tp - fp - fn)


def false_positive_rate(predicted: Sequence[bool | None], clean: Sequence[int]) -> str:
    """The share of judged clean rows predicted positive, with the count."""
    judged = [i for i in clean if predicted[i] is not None]
    fp = sum(1 for i in judged if predicted[i])
    return f"{fp / len(judged):6.3f}  ({fp} rows)" if judged else "   n/a"


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


def same_for_every_column(flags: Sequence[bool | None]) -> Predictions:
    """Spread a single offensive/not prediction over every column."""
    return {col: list(flags) for col in COLUMNS}


def better_profanity(sample: int | None) -> Predictor:
    """better-profanity with its default word list, on at most ``sample`` rows per set."""
    from better_profanity import profanity

    profanity.load_censor_words()

    def predict(texts: Sequence[str]) -> Predictions:
        step = max(1, len(texts) // sample) if sample else 1
        return same_for_every_column(
            [None if i % step else profanity.contains_profanity(t) for i, t in enumerate(texts)]
        )

    return predict


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
            positive = columns(engine.check_text(text))
            for col in COLUMNS:
                out[col].append(col in positive)
        return out

    return predict


def columns(hits: Sequence[Hit]) -> set[str]:
    """The columns a text's hits make positive: every guideline each hit counts under (its own
    and its rule's ``also``), and any_violation when there is any hit."""
    found = {guideline.replace("-", "_") for hit in hits for guideline in hit.guidelines}
    return found | {ANY} if hits else found


def scorer_scores(models: Mapping[str, Model], texts: Sequence[str]) -> ScoreTable:
    """Each column's head score per text (0 where no head was trained for the column)."""
    out: ScoreTable = {col: [] for col in COLUMNS}
    for text in texts:
        feats = features(text, CLASS_OF)
        for col in COLUMNS:
            model = models.get(HEAD_OF[col])
            out[col].append(model.score_features(feats) if model else 0.0)
    return out


def above(scores: ScoreTable, threshold: float) -> Predictions:
    """The scorer as a system: a column is positive where its head scores above the threshold."""
    return {col: [s > threshold for s in values] for col, values in scores.items()}


def rules_and_scorer(rules: Predictions, scores: ScoreTable, threshold: float) -> Predictions:
    """modbot's rules plus one flag rule per column on its head (``score: above threshold``)."""
    out: Predictions = {
        col: [bool(r) or s > threshold for r, s in zip(rules[col], scores[col], strict=True)]
        for col in COLUMNS
    }
    out[ANY] = [any(out[col][i] for col in COLUMNS) for i in range(len(out[ANY]))]
    return out


def load_systems(rules_dir: Path, skip: Sequence[str], sample: int | None) -> dict[str, Predictor]:
    """Build modbot (which must load) and each peer (left out, with a note, if missing)."""
    systems = {"modbot": modbot(rules_dir)}
    peers: dict[str, Callable[[], Predictor]] = {
        SLOW: lambda: better_profanity(sample),
        "alt-profanity-check": alt_profanity_check,
    }
    for name, factory in peers.items():
        if name in skip:
            continue
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
    every = range(n)
    clean = [i for i, g in enumerate(labels.get(ANY, [])) if not g]
    print(f"\n== {folder.name}: {n} rows, {len(clean)} clean")
    print(f"   {describe_set(folder)}")
    print(f"{'column':<15} {'positives':>9}  {'system':<20} {'P':>6} {'R':>6} {'F1':>6}")
    for col, gold in labels.items():
        scores = {system: score(p[col], gold, every) for system, p in preds.items()}
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
        print(f"{'':<25}  {system:<20} {false_positive_rate(p[ANY], clean)}")


@dataclass(frozen=True, slots=True)
class SetRun:
    """One set's rows, labels, the predictions of every system and the scorer's scores."""

    name: str
    texts: list[str]
    labels: dict[str, list[int]]
    preds: dict[str, Predictions]
    scores: ScoreTable


def cross_view(runs: Sequence[SetRun], data_dir: Path, threshold: float) -> None:
    """Print each system on rows it was not built from, beside its dev figure and the gap.

    Rules: the authors tune on the tune half of each dev set (``sha256(text)[0] % 2 == 0``),
    so dev is the tune half and cross the check half; ethos and jigsaw are never tuned on, so
    their whole set is cross. Scorer: dev is the model trained on every trainable
    set) on the tune half; cross is a model trained without the set, on the check
    half. rules+scorer adds a flag rule per column above ``threshold`` to the rules. Peers
    are built from none of these sets; they are shown on the cross rows.
    """
    loso = {r.name: trained(data_dir, r.name) for r in runs if r.name in TRAINABLE}
    peers = [s for s in runs[0].preds if s != "modbot"]
    print("\n== cross-set view: F1 on rows each system was not built from (gap = dev - cross)")
    print("   rules: dev = tune half, cross = check half; scorer: dev = trained on all (in-sample)")
    print("   on the tune half, cross = trained without the set, on the check half;")
    print("   ethos, jigsaw: cross only (never tuned or trained on)")
    print(
        f"{'set':<27}{'column':<15}{'rules dev':>9}{'cross':>7}{'gap':>7}"
        f"{'scorer dev':>11}{'cross':>7}{'gap':>7}{'rules+scorer':>13}"
        + "".join(f"{p[:16]:>17}" for p in peers)
    )
    threats: list[str] = []
    for run in runs:
        tuned = run.name not in NEVER_TUNED
        tune = [i for i, t in enumerate(run.texts) if tune_half(t)] if tuned else []
        check = [i for i, t in enumerate(run.texts) if not tune_half(t)] if tuned else []
        cross_rows = check if tuned else list(range(len(run.texts)))
        cross_scores = scorer_scores(loso[run.name], run.texts) if run.name in loso else run.scores
        systems = {
            "rules": run.preds["modbot"],
            "scorer dev": above(run.scores, 0.5),
            "scorer": above(cross_scores, 0.5),
            "rules+scorer": rules_and_scorer(run.preds["modbot"], cross_scores, threshold),
            **{p: run.preds[p] for p in peers},
        }
        for col, gold in run.labels.items():
            f1 = {name: score(p[col], gold, cross_rows).f1 for name, p in systems.items()}
            rules_dev = score(systems["rules"][col], gold, tune).f1 if tune else None
            scorer_dev = score(systems["scorer dev"][col], gold, tune).f1 if tune else None
            print(
                f"{run.name[:26]:<27}{col:<15}{_cell(rules_dev, 9)}{f1['rules']:7.3f}"
                f"{_gap(rules_dev, f1['rules'])}{_cell(scorer_dev, 11)}{f1['scorer']:7.3f}"
                f"{_gap(scorer_dev, f1['scorer'])}{f1['rules+scorer']:13.3f}"
                + "".join(f"{f1[p]:17.3f}" for p in peers)
            )
            if col == "dont_threaten":
                threats.append(_threat_line(run.name, systems, gold, cross_rows))
        clean = [i for i in cross_rows if not run.labels.get(ANY, [1] * len(run.texts))[i]]
        if clean:
            fpr = {name: false_positive_rate(p[ANY], clean)[:6] for name, p in systems.items()}
            print(
                f"{'':<27}{'FPR clean':<15}{'':>9}{fpr['rules']:>7}{'':>7}{'':>11}"
                f"{fpr['scorer']:>7}{'':>7}{fpr['rules+scorer']:>13}"
                + "".join(f"{fpr[p]:>17}" for p in peers)
            )
    print("\nthreats on the cross rows (target: P >= 0.6 and R >= 0.6):")
    print("\n".join(threats))


def _cell(value: float | None, width: int) -> str:
    """A right-aligned figure, or a dash where there is none."""
    return f"{value:{width}.3f}" if value is not None else f"{'-':>{width}}"


def _gap(dev: float | None, cross: float) -> str:
    """Dev minus cross, signed, or a dash."""
    return f"{dev - cross:+7.3f}" if dev is not None else f"{'-':>7}"


def _threat_line(
    name: str, systems: Mapping[str, Predictions], gold: Sequence[int], rows: Sequence[int]
) -> str:
    """P and R of each system on the threat column of one set."""
    cells = []
    for system, p in systems.items():
        if system != "scorer dev":
            s = score(p["dont_threaten"], gold, rows)
            cells.append(f"{system} P {s.precision:.2f} R {s.recall:.2f}")
    return f"  {name:<27}" + "; ".join(cells)


def trained(data_dir: Path, without: str | None = None) -> dict[str, Model]:
    """The scorer heads trained in memory on every trainable set but ``without``, and on the
    written sets that train the shipped model (``benchmarks/written``)."""
    what = f"without {without}" if without else "on every trainable set"
    print(f"training the scorer {what} ...", file=sys.stderr, flush=True)
    names = [name for name in TRAINABLE if name != without]
    written = read_written(written_files(WRITTEN)[0])
    rows = join([*(read_rows(data_dir / name / "dev.csv") for name in names), written])
    return train(rows, heads=[HEAD_OF[col] for col in COLUMNS])  # the claims head: no column


def main(argv: Sequence[str] | None = None) -> int:
    """Run every system over every DATA_DIR/*/dev.csv and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--rules", type=Path, default=REPO / "rules", help="rule directory")
    parser.add_argument("--skip", action="append", default=[], help="leave a peer out (repeat)")
    parser.add_argument("--sample", type=int, help=f"{SLOW} judges only N rows per set")
    parser.add_argument("--no-cross", action="store_true", help="skip the cross-set view")
    parser.add_argument("--above", type=float, default=ABOVE, help="rules+scorer threshold")
    args = parser.parse_args(argv)
    sets = sorted(args.data_dir.glob("*/dev.csv"))
    if not sets:
        print(f"no */dev.csv under {args.data_dir}", file=sys.stderr)
        return 2
    try:
        systems = load_systems(args.rules, args.skip, args.sample)
    except RuleErrors as exc:
        print(f"modbot's rules in {args.rules} do not load:\n{exc}", file=sys.stderr)
        return 2
    models = trained(args.data_dir)
    seconds = dict.fromkeys([*systems, "scorer"], 0.0)
    runs = []
    for path in sets:
        texts, labels = read_set(path)
        preds: dict[str, Predictions] = {}
        for system, predict in systems.items():
            print(f"{path.parent.name}: {system} ...", file=sys.stderr, flush=True)
            start = time.perf_counter()
            preds[system] = predict(texts)
            seconds[system] += time.perf_counter() - start
        start = time.perf_counter()
        scores = scorer_scores(models, texts)
        seconds["scorer"] += time.perf_counter() - start
        scorer = "scorer (in-sample)" if path.parent.name in TRAINABLE else "scorer"
        print_set(path.parent, labels, {**preds, scorer: above(scores, 0.5)})
        runs.append(SetRun(path.parent.name, texts, labels, preds, scores))
    timing = ", ".join(f"{system} {t:.1f} s" for system, t in seconds.items())
    print(f"\n(* best F1 in its column; time judging all rows: {timing})")
    if not args.no_cross:
        cross_view(runs, args.data_dir, args.above)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
