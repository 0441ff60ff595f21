"""Train modbot's learned scorer heads from the licensed dev splits and write them as JSON.

Usage: ``python benchmarks/train_scorer.py [DATA_DIR] --out RULES_DIR/models [--keep N]``

One logistic-regression head per guideline column, over the distinct word unigrams and
bigrams of the engine's folded view (``bot.core.scorer.features``), trained with
scikit-learn (benchmark-time only; the bot scores in pure Python). Only the sets in
``TRAINABLE`` may train a model distributed with modbot (their licences allow it in an MIT
project); a head learns only from the sets that label its column. Each head keeps its
``--keep`` largest weights, and its file records the credits, the rows it saw and a sha256.
A rule file's ``score: {model: NAME, above: P}`` reads ``models/NAME.json`` beside it. No model
ships with modbot: on the cross-set view these lose to the rules (benchmarks/README.md).
``benchmarks/quality.py`` imports ``train`` to build leave-one-set-out models in memory.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.core.scorer import FORMAT, Model, features, weights_digest  # noqa: E402

# Model name -> the guideline column it predicts.
HEADS = {
    "toxicity": "any_violation",
    "threat": "dont_threaten",
    "insult": "be_nice",
    "profanity": "keep_it_clean",
}
# Sets whose licences allow training a model distributed under MIT, with the credit each needs.
TRAINABLE = {
    "civil_comments_toxic_spans": "ToxicSpans / Civil Comments (Pavlopoulos et al., ACL 2022; "
    "Borkan et al. 2019), CC0 1.0",
    "edos_sexism": "EDOS (Kirk, Yin, Vidgen, Röttger, SemEval-2023 Task 10), CC0 1.0",
    "davidson_hate_offensive": "Davidson, Warmsley, Macy, Weber, ICWSM 2017, MIT License, "
    "Copyright (c) 2017 Tom Davidson",
    "hatecheck": "HateCheck (Röttger et al., ACL 2021), CC BY 4.0 "
    "https://creativecommons.org/licenses/by/4.0/ - changed: labels mapped to modbot's "
    "guideline columns, dev split only",
    "convabuse": "ConvAbuse (Cercas Curry, Abercrombie, Rieser, EMNLP 2021), CC BY 4.0 "
    "https://creativecommons.org/licenses/by/4.0/ - changed: user turns only, ratings mapped "
    "to modbot's guideline columns, dev split only",
}
KEEP = 6000  # weights kept per head: the four files stay well under 2 MB together
MIN_ROWS = 2  # an n-gram must appear in this many training rows to get a weight
ALPHA = 1e-3  # L2 strength: best mean F1 leaving one set out (1e-5 to 1e-2 tried)


@dataclass(frozen=True, slots=True)
class Rows:
    """Texts of one or more sets with, per column, a 0/1 label or None where unlabelled."""

    texts: tuple[str, ...]
    labels: dict[str, tuple[int | None, ...]]
    origins: tuple[str, ...]  # the set each row comes from


def tune_half(text: str) -> bool:
    """Whether a row is in the tune half of its set (the other is the check half)."""
    return hashlib.sha256(text.encode()).digest()[0] % 2 == 0


def read_rows(path: Path, half: str | None = None) -> Rows:
    """One dev.csv, optionally only its ``tune`` or ``check`` half."""
    csv.field_size_limit(1 << 24)
    with path.open(newline="", encoding="utf-8") as f:
        rows = [
            r for r in csv.DictReader(f) if half is None or tune_half(r["text"]) == (half == "tune")
        ]
    labels = {
        col: tuple(int(r[f"label_{col}"]) if f"label_{col}" in r else None for r in rows)
        for col in HEADS.values()
    }
    return Rows(tuple(r["text"] for r in rows), labels, (path.parent.name,) * len(rows))


def join(parts: Iterable[Rows]) -> Rows:
    """Several sets as one training pool."""
    parts = list(parts)
    return Rows(
        tuple(t for p in parts for t in p.texts),
        {col: tuple(v for p in parts for v in p.labels[col]) for col in HEADS.values()},
        tuple(s for p in parts for s in p.origins),
    )


def _fit(
    feats: Sequence[set[str]], gold: Sequence[int], weight: Sequence[float], keep: int
) -> tuple[float, dict[str, float]]:
    """Logistic regression on binary n-gram features; the bias and the ``keep`` largest weights."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import SGDClassifier

    counts: dict[str, int] = {}
    for fs in feats:
        for f in fs:
            counts[f] = counts.get(f, 0) + 1
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_ROWS))}
    indptr, indices = [0], []
    for fs in feats:
        indices.extend(sorted(vocab[f] for f in fs if f in vocab))
        indptr.append(len(indices))
    x = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(feats), len(vocab)))
    clf = SGDClassifier(loss="log_loss", alpha=ALPHA, max_iter=30, tol=None, random_state=0)
    clf.fit(x, np.asarray(gold), sample_weight=np.asarray(weight))
    coef = clf.coef_[0]
    names = list(vocab)
    top = np.argsort(-np.abs(coef), kind="stable")[:keep]
    weights = {names[i]: round(float(coef[i]), 4) for i in sorted(top, key=names.__getitem__)}
    return round(float(clf.intercept_[0]), 4), weights


def balanced(rows: Rows, col: str) -> tuple[list[int], list[float]]:
    """The rows that train a column's head, each weighted so every set counts the same and
    is half positive, half negative; sets with one class only are left out.

    Without this a head learns which set a text comes from (ToxicSpans is all toxic
    news comments, Davidson mostly offensive tweets) rather than what makes it abusive.
    """
    by_set: dict[tuple[str, int], list[int]] = {}
    for i, label in enumerate(rows.labels[col]):
        if label is not None:
            by_set.setdefault((rows.origins[i], label), []).append(i)
    sets = {name for name, label in by_set if (name, 1 - label) in by_set}
    picked = [i for (name, _), ids in by_set.items() if name in sets for i in ids]
    share = len(picked) / (2 * len(sets)) if sets else 0.0
    weight = {i: share / len(ids) for (name, _), ids in by_set.items() for i in ids}
    return picked, [weight[i] for i in picked]


def train(rows: Rows, keep: int = KEEP) -> dict[str, Model]:
    """Every head that some row labels, trained on the rows that label its column."""
    feats = [features(t) for t in rows.texts]
    models: dict[str, Model] = {}
    for name, col in HEADS.items():
        picked, weight = balanced(rows, col)
        gold = [rows.labels[col][i] or 0 for i in picked]
        if len(set(gold)) < 2:
            continue
        bias, weights = _fit([feats[i] for i in picked], gold, weight, keep)
        sets = sorted({rows.origins[i] for i in picked})
        meta = {"column": col, "rows": len(picked), "positives": sum(gold), "sets": sets}
        models[name] = Model(name, bias, weights, meta)
    return models


def model_json(model: Model) -> str:
    """A model as its JSON file: format, metadata with credits, numbers and sha256."""
    meta = {
        **model.meta,
        "features": "distinct word unigrams and bigrams of bot.core.scorer.features (folded view)",
        "trained_by": "benchmarks/train_scorer.py (scikit-learn SGDClassifier, log loss, "
        f"alpha={ALPHA}, each set and class weighted equally, n-grams in >= {MIN_ROWS} rows, "
        f"top {len(model.weights)} weights)",
        "credits": [TRAINABLE[s] for s in model.meta.get("sets", ())],
    }
    data = {
        "format": FORMAT,
        "name": model.name,
        "meta": meta,
        "sha256": weights_digest(model.bias, model.weights),
        "bias": model.bias,
        "weights": model.weights,
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Train every head on all trainable dev splits and write one JSON file per head."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, required=True, help="output folder (RULES/models)")
    parser.add_argument("--keep", type=int, default=KEEP, help="weights kept per head")
    args = parser.parse_args(argv)
    missing = [s for s in TRAINABLE if not (args.data_dir / s / "dev.csv").exists()]
    if missing:
        print(f"missing dev.csv for {', '.join(missing)} under {args.data_dir}", file=sys.stderr)
        return 2
    rows = join(read_rows(args.data_dir / s / "dev.csv") for s in TRAINABLE)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, model in train(rows, args.keep).items():
        path = args.out / f"{name}.json"
        path.write_text(model_json(model), encoding="utf-8")
        size = path.stat().st_size
        print(f"{path}: {len(model.weights)} weights, {size / 1024:.0f} KiB, {model.meta}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
