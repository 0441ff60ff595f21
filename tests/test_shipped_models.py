"""The shipped learned models (``rules/models/*.json``): each names the column it predicts
and what it learned from, with the credit each labelled set needs, and no set kept for
measuring only."""

from __future__ import annotations

import json

import pytest

from benchmarks.train_scorer import HEAD_C, WRITTEN_WEIGHT, C
from tests.shipped import SHIPPED_RULES


@pytest.mark.parametrize(
    ("name", "column"),
    [
        ("threat", "dont_threaten"),
        ("insult", "be_nice"),
        ("claims", "be_truthful"),
        ("lewd", "lewd"),
        ("hate", "hate"),
        ("harm", "harm"),
        ("person", "person"),
        ("veiled", "veiled"),
        ("smear", "smear"),
    ],
)
def test_each_model_names_what_it_learned_from(name: str, column: str) -> None:
    meta = json.loads((SHIPPED_RULES / "models" / f"{name}.json").read_text("utf-8"))["meta"]
    assert meta["column"] == column
    assert meta["labelled_rows"] == "tune half of each dev split"
    assert "written" in meta["sets"]
    assert len(meta["credits"]) == len(meta["sets"]) and all(meta["credits"])
    assert "ethos" not in meta["sets"] and "jigsaw_toxic_samples" not in meta["sets"]
    # made with the script's settings for its head (files from before r30 record neither:
    # unweighted, the default C), so running the script remakes the shipped file
    assert meta.get("written_weight", 1.0) == WRITTEN_WEIGHT.get(name, 1.0)
    assert meta.get("C", C) == HEAD_C.get(name, C)


def test_every_shipped_model_is_tested() -> None:
    assert sorted(p.stem for p in (SHIPPED_RULES / "models").glob("*.json")) == sorted(
        ["threat", "insult", "claims", "lewd", "hate", "harm", "person", "veiled", "smear"]
    )
