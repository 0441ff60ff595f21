"""The shipped threat scorer (``rules/models/threat.json``) and the written sets it learns from.

The sentences are our own. The veiled threats below are caught by no threat shape, only by the
scorer's flag rule; the near misses (sport, idiom, politics, a neighbourly word) stay clean.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from benchmarks.train_scorer import WRITTEN, read_written, written_files
from bot.core.engine import Engine
from bot.core.rules import Action
from tests.shipped import PLAIN_THREAT_SCORER, THREAT_SCORER, VEILED_SCORER
from tests.test_shipped_rules_threat_shapes import SHAPE_NEAR_MISSES
from tests.test_shipped_rules_threats import NOT_THREATS

VEILED = [
    "Hope your insurance covers what happens to that shop of yours next week",
    "Someone ought to teach that reporter a lesson she won't forget",
]
NEAR_MISSES = [
    "The match was a massacre, we destroyed them in the second half",
    "The council will face the consequences at the ballot box in May",
    "That recipe is killer, I'm making it again this weekend",
    "My neighbour's dog barked all night, I'll have a word with him tomorrow",
]


@pytest.mark.parametrize("text", VEILED)
def test_the_scorer_flags_veiled_threats_no_shape_reaches(engine: Engine, text: str) -> None:
    # the harm scorer (round r38) and the veiled scorer (round r40) flag them too
    hits = [
        h for h in engine.check_text(text) if h.rule not in {PLAIN_THREAT_SCORER, VEILED_SCORER}
    ]
    assert [(h.rule, h.action) for h in hits] == [("threat-scored", Action.FLAG)]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_the_scorer_leaves_near_misses_alone(engine: Engine, text: str) -> None:
    assert engine.check_text(text) == []


def flagged(engine: Engine, texts: list[str]) -> list[str]:
    """The texts the scorer's rule flags."""
    return [t for t in texts if any(h.rule == THREAT_SCORER for h in engine.check_text(t))]


def test_the_scorer_rarely_flags_our_near_misses(engine: Engine) -> None:
    """Near misses written to look like threats ("I know where you live, I'll bring your
    drill back"), reports, denials and idioms: a flag costs a moderator a look, so at most
    one in twenty."""
    near_misses = SHAPE_NEAR_MISSES + NOT_THREATS
    assert len(flagged(engine, near_misses)) <= len(near_misses) / 20


def test_each_guidelines_newest_written_author_is_held_out() -> None:
    train, held = written_files(WRITTEN)
    newest = {}
    for path in train + held:
        letter, number = path.stem[0], int(path.stem[1:])
        newest[letter] = max(newest.get(letter, 0), number)
    assert sorted(p.stem for p in held) == sorted(f"{k}{n}" for k, n in newest.items())
    assert not set(train) & set(held)


def test_written_labels_say_only_what_a_row_shows(tmp_path: Path) -> None:
    path = tmp_path / "w1.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["text", "label", "kind"])
        writer.writerow(["a threat", "threat", "veiled"])
        writer.writerow(["a near miss", "clean", "clean_sport"])
    rows = read_written([path])
    assert rows.labels["dont_threaten"] == (1, 0)
    assert rows.labels["be_nice"] == (None, 0)  # a threat may be rude too: unknown
    assert rows.origins == ("written", "written")
