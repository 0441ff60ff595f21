"""benchmarks/train_scorer.py: what the written sets teach each head, and which authors it
holds out (the claims head's labels, two authors held out while a threshold is chosen)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from benchmarks.train_scorer import (
    HEADS,
    TAKEN_AS_NO,
    TRAINABLE,
    Rows,
    labelled,
    read_written,
    sample_weights,
    written_files,
)


def write_set(folder: Path, name: str, rows: list[tuple[str, str, str]]) -> Path:
    """A written set file (``text,label,kind``)."""
    path = folder / name
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["text", "label", "kind"])
        writer.writerows(rows)
    return path


def test_the_claims_head_learns_truthful_rows_against_every_other_written_row(
    tmp_path: Path,
) -> None:
    path = write_set(
        tmp_path,
        "t1.csv",
        [
            ("the moon landing was filmed in a shed", "truthful", "hoax"),
            ("the moon is about 384,000 km away", "clean", "science"),
            ("you absolute clown", "be_nice", "insult"),
            ("I will find you", "threat", "menace"),
            ("what a load of crap", "clean_violation", "swearing"),
        ],
    )
    rows = read_written([path])
    assert HEADS["claims"] == "be_truthful"
    assert rows.labels["be_truthful"] == (1, 0, 0, 0, 0)
    assert rows.labels["be_nice"] == (0, 0, 1, None, None)  # threats, swears: may be rude


def test_the_claims_head_takes_every_labelled_sets_posts_as_not_claims() -> None:
    assert TAKEN_AS_NO["be_truthful"] == frozenset(TRAINABLE)
    rows = Rows(
        ("a tweet", "a chat turn", "a claim"),
        {col: (None, None, 1) for col in HEADS.values()},
        ("davidson_hate_offensive", "ethos", "written"),
    )
    # Davidson is trainable and taken as no; ETHOS is not trainable and stays unlabelled.
    assert labelled(rows, "be_truthful") == ([0, 2], [0, 1])


def test_the_lewd_head_learns_lewd_kinds_against_every_row_but_other_swearing(
    tmp_path: Path,
) -> None:
    path = write_set(
        tmp_path,
        "m1.csv",
        [
            ("the new treasurer can balance on my lap", "clean_violation", "lewd"),
            ("bet she's a handful after dark", "clean_violation", "sexual_innuendo"),
            ("what a load of crap", "clean_violation", "obscene"),
            ("the treasurer balanced the books", "clean", "clean_news"),
            ("you absolute clown", "be_nice", "insult"),
        ],
    )
    rows = read_written([path])
    assert HEADS["lewd"] == "lewd"
    # swearing says nothing of lewdness; every other written row is not lewd
    assert rows.labels["lewd"] == (1, 1, None, 0, 0)
    assert rows.labels["keep_it_clean"] == (1, 1, 1, 0, None)
    assert TAKEN_AS_NO["lewd"] == frozenset(TRAINABLE)


def test_the_hate_head_learns_be_nice_rows_against_every_other_row(tmp_path: Path) -> None:
    path = write_set(
        tmp_path,
        "m2.csv",
        [
            ("half of them are on the fiddle", "be_nice", "disability"),
            ("I know where your kids go to school", "threat", "veiled"),
            ("what a load of crap", "clean_violation", "obscene"),
            ("blue badge bays are being widened", "clean", "clean_news"),
        ],
    )
    rows = read_written([path])
    assert HEADS["hate"] == "hate"
    assert rows.labels["hate"] == (1, 0, 0, 0)
    assert rows.labels["harm"] == (0, 1, 0, 0)  # the harm head: the same, for threats
    # the insult head leaves threats and swearing unlabelled: they may be hateful too
    assert rows.labels["be_nice"] == (1, None, None, 0)
    assert TAKEN_AS_NO["hate"] == TAKEN_AS_NO["harm"] == frozenset(TRAINABLE)


def test_two_newest_authors_held_out_while_a_threshold_is_chosen(tmp_path: Path) -> None:
    for name in ("n1.csv", "n2.csv", "n10.csv", "t1.csv", "t2.csv", "t3.csv", "notes.csv"):
        write_set(tmp_path, name, [])
    train, held = written_files(tmp_path, held_out=2)
    assert sorted(p.stem for p in held) == ["n10", "n2", "t2", "t3"]
    assert sorted(p.stem for p in train) == ["n1", "t1"]
    train, held = written_files(tmp_path)
    assert sorted(p.stem for p in held) == ["n10", "t3"]


def test_written_rows_weigh_more_and_the_two_classes_weigh_the_same() -> None:
    gold = [1, 1, 0, 0, 0, 0]
    written = [True, False, True, False, False, False]
    sample = sample_weights(gold, written, 10.0)
    # a written row counts ten times its labelled neighbour of the same class
    assert sample[0] == pytest.approx(10 * sample[1])
    assert sample[2] == pytest.approx(10 * sample[3])
    positives = sum(w for w, g in zip(sample, gold, strict=True) if g)
    negatives = sum(w for w, g in zip(sample, gold, strict=True) if not g)
    assert positives == pytest.approx(negatives)
    assert positives == pytest.approx(sum(sample) / 2)
    # unweighted it is scikit-learn's "balanced": rows / (2 * rows of the class)
    assert sample_weights(gold, written, 1.0) == [6 / 4] * 2 + [6 / 8] * 4


def test_the_person_head_learns_one_person_put_down_against_clean_and_other_guidelines(
    tmp_path: Path,
) -> None:
    path = write_set(
        tmp_path,
        "m3.csv",
        [
            ("the new vicar is a woman, she should be doing the teas", "be_nice", "personal_role"),
            ("listen to the councillor's accent, thank you come again", "be_nice", "accent_name"),
            ("they breed like rabbits and should all go home", "be_nice", "dehumanise"),
            ("I know where your kids go to school", "threat", "veiled"),
            ("congratulations to our first woman vicar", "clean", "clean_identity_mention"),
        ],
    )
    rows = read_written([path])
    assert HEADS["person"] == "person"
    # group hate says nothing of it; threats and clean rows are not one person put down
    assert rows.labels["person"] == (1, 1, None, 0, 0)
    assert TAKEN_AS_NO["person"] == frozenset(TRAINABLE)


def test_the_veiled_and_smear_heads_learn_their_kinds_against_clean_and_other_guidelines(
    tmp_path: Path,
) -> None:
    path = write_set(
        tmp_path,
        "m4.csv",
        [
            ("nice blue door on your house, be a shame if it caught", "threat", "veiled_hint"),
            ("you'll be taking a dirt nap before the vote", "threat", "euphemism"),
            ("I will break your legs", "threat", "direct"),
            ("Cllr Mabey took 20k in cash from the developer", "truthful", "smear_money"),
            ("the election was rigged by the machines", "truthful", "election"),
            ("the councillor was convicted of fraud on Tuesday", "clean", "clean_news_case"),
            ("you absolute clown", "be_nice", "insult"),
        ],
    )
    rows = read_written([path])
    assert (HEADS["veiled"], HEADS["smear"]) == ("veiled", "smear")
    # a plain threat says nothing of veiled menace, another claim nothing of a smear
    assert rows.labels["veiled"] == (1, 1, None, 0, 0, 0, 0)
    assert rows.labels["smear"] == (0, 0, 0, 1, None, 0, 0)
    assert TAKEN_AS_NO["veiled"] == TAKEN_AS_NO["smear"] == frozenset(TRAINABLE)
