"""The learned scorer: features, model files and checksums, and score conditions on rules."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.engine import Engine
from bot.core.normalize import View, build, one_to_one
from bot.core.rules import Action, Guideline, Rule, RuleSet, ScoreCondition
from bot.core.scorer import (
    FORMAT,
    SCORE_VIEW,
    Heads,
    Model,
    ModelError,
    features,
    model_from_json,
    scorer_words,
    weights_digest,
)

TINY = Model("tiny", -3.0, {"idiot": 5.0, "you idiot": 1.0, "nice": -2.0})


def make_engine(*rules: Rule) -> Engine:
    """An engine over one guideline."""
    return Engine(RuleSet((Guideline("be-nice", "Be Nice", "", rules),)))


def tiny_json(**changes: object) -> dict[str, object]:
    """The tiny model as a parsed model file, with some keys changed."""
    data: dict[str, object] = {
        "format": FORMAT,
        "name": "tiny",
        "meta": {"credits": []},
        "sha256": weights_digest(TINY.bias, TINY.weights),
        "bias": TINY.bias,
        "weights": dict(TINY.weights),
    }
    return data | changes


def test_features_are_folded_unigrams_and_bigrams() -> None:
    assert features("You ID10T, y o u") == {"you", "idiot", "you idiot", "idiot you"}


def test_tiny_model_scores_by_its_weights() -> None:
    assert TINY.score("You IDIOT") > 0.95
    assert TINY.score("have a nice day") < 0.01
    assert TINY.score("") == pytest.approx(1 / (1 + 2.718281828**3))


def test_model_file_round_trip_and_checksum() -> None:
    model = model_from_json(tiny_json(), "tiny")
    assert model.score("you idiot") == TINY.score("you idiot")
    tampered = tiny_json(weights={**TINY.weights, "idiot": 9.0})
    with pytest.raises(ModelError, match="sha256"):
        model_from_json(tampered, "tiny")
    with pytest.raises(ModelError, match="not a modbot-linear-scorer/1 file"):
        model_from_json(tiny_json(format="pickle"), "tiny")
    with pytest.raises(ModelError, match="every weight must be a number"):
        model_from_json(tiny_json(weights={"idiot": "high"}), "tiny")


def test_score_only_rule_hits_the_whole_text_above_its_threshold() -> None:
    rule = Rule("mean", "be-nice", Action.FLAG, score=ScoreCondition("tiny", 0.9, TINY))
    engine = make_engine(rule)
    [hit] = engine.check_text("you idiot")
    assert (hit.rule, hit.span, hit.view, hit.matched) == ("mean", (0, 9), SCORE_VIEW, "you idiot")
    assert engine.check_text("what a nice idiot") == []  # -3 + 5 - 2: score 0.5
    assert engine.scoring.scores("idiot") == {"tiny": pytest.approx(0.8808, abs=1e-4)}


def test_score_only_hit_carries_its_rules_also() -> None:
    score = ScoreCondition("tiny", 0.9, TINY)
    rule = Rule("mean", "be-nice", Action.FLAG, score=score, also=("keep-it-clean",))
    [hit] = make_engine(rule).check_text("you idiot")
    assert hit.also == ("keep-it-clean",)


def test_words_and_score_must_both_hold() -> None:
    rule = Rule(
        "mean", "be-nice", Action.WARN, words=("idiot",), score=ScoreCondition("tiny", 0.9, TINY)
    )
    engine = make_engine(rule, Rule("plain", "be-nice", Action.WARN, words=("nice",)))
    assert [(h.rule, h.view) for h in engine.check_text("you idiot")] == [("mean", "plain")]
    assert [h.rule for h in engine.check_text("nice idiot")] == ["plain"]


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        ("you iiiidiot", "you idiot"),
        ("you idiooooot", "you idiot"),
        ("soooon, nice", "soon nice"),  # two letters first: `soon` before `son`
        ("niiiiiiice", "nice"),
        ("zzzzz", "zzzzz"),  # no word the model knows: as written
    ],
)
def test_a_stretched_word_scores_as_the_word_the_model_knows(text: str, read_as: str) -> None:
    model = Model("stretch", -3.0, {**TINY.weights, "soon": 0.5, "son": 0.25})
    engine = make_engine(
        Rule("mean", "be-nice", Action.FLAG, score=ScoreCondition("s", 0.9, model))
    )
    assert engine.scoring.scores(text) == {"s": pytest.approx(model.score(read_as))}


def test_engine_without_score_rules_has_no_scores() -> None:
    engine = make_engine(Rule("plain", "be-nice", Action.WARN, words=("idiot",)))
    assert engine.scoring.scores("you idiot") == {}


def test_condition_compares_by_name_and_threshold_not_model_identity() -> None:
    copy = Model("tiny", TINY.bias, dict(TINY.weights))
    assert ScoreCondition("tiny", 0.9, TINY) == ScoreCondition("tiny", 0.9, copy)
    assert ScoreCondition("tiny", 0.9, TINY) != ScoreCondition("tiny", 0.8, TINY)


@pytest.mark.parametrize(
    "text",
    [
        "You ID10T, y o u",
        "f.u.c.k off",
        "Ｆｕｃｋ t h i s",
        "fuuuuck",
        "a*s*s h-o-l-e",
        "  spaced   out  ",
        "a b c d",
        "",
        "   ",
        "café",
    ],
)
def test_scorer_words_are_the_engines_collapsed_or_folded_view(text: str) -> None:
    views = build(text)
    expected = views.get(View.COLLAPSED, views[View.FOLDED]).split()
    assert scorer_words(text, one_to_one(text)) == expected
    assert scorer_words(text, None) == expected


PAIRS = Model("pairs", -1.0, {"you": 0.5, "you idiot": 2.0, "idiot you": -1.0, "idiot": 1.5})


@given(st.lists(st.sampled_from(["you", "idiot", "nice", "u", "y", "o"]), max_size=12))
def test_scoring_words_equals_scoring_their_features(words: list[str]) -> None:
    text = " ".join(words)
    for model in (TINY, PAIRS):
        assert model.score_words(scorer_words(text, one_to_one(text))) == pytest.approx(
            model.score_features(features(text))
        )


@given(st.lists(st.sampled_from(["you", "idiot", "nice", "u", "y", "o", "kill"]), max_size=12))
def test_heads_score_as_each_model_alone(words: list[str]) -> None:
    models = (TINY, PAIRS, Model("empty", 0.5, {}))
    found = Heads(models).scores(words)
    assert found == [pytest.approx(m.score_words(words)) for m in models]
    assert Heads((PAIRS,)).scores(words) == [PAIRS.score_words(words)]


def test_every_model_scores_once_from_one_view() -> None:
    """Two rules of two models and a third rule sharing the first's model: each model's
    score by name, and each rule held to its own model."""
    mean = Rule("mean", "be-nice", Action.FLAG, score=ScoreCondition("tiny", 0.9, TINY))
    paired = Rule("paired", "be-nice", Action.FLAG, score=ScoreCondition("pairs", 0.9, PAIRS))
    meaner = Rule("meaner", "be-nice", Action.FLAG, score=ScoreCondition("tiny", 0.99, TINY))
    engine = make_engine(mean, paired, meaner)
    assert engine.scoring.scores("you idiot") == {
        "tiny": pytest.approx(TINY.score("you idiot")),
        "pairs": pytest.approx(PAIRS.score("you idiot")),
    }
    assert [h.rule for h in engine.check_text("you idiot")] == ["mean", "paired"]  # 0.95, 0.95
    assert [h.rule for h in engine.check_text("idiot you")] == []  # 0.88, 0.5
