"""The learned scorer: features, model files and checksums, and score conditions on rules."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.engine import Engine
from bot.core.errors import RuleErrors
from bot.core.normalize import View, build, one_to_one
from bot.core.rules import Action, Guideline, Rule, RuleSet, ScoreCondition
from bot.core.scorer import (
    CLASS_REACH,
    FORMAT,
    SCORE_VIEW,
    Heads,
    Model,
    ModelError,
    class_features,
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


CLASSES = {"@weapon": ["bat", "spade"], "@body": ["head", "skull"], "@you": ["your", "you"]}
ARMED = Model(
    "armed", -2.0, {"@weapon~@body": 4.0, "@you @body": 0.5, "nice": -1.0}, {}, "", CLASSES
)


def test_class_features_are_classes_near_each_other_and_pairs_with_a_class() -> None:
    words = ["i", "ll", "take", "a", "spade", "to", "your", "skull"]
    singles, pairs = class_features(words, ARMED.class_of)
    assert singles == {
        "@weapon", "@you", "@body", "@weapon~@you", "@weapon~@body", "@you~@body",
    }  # fmt: skip
    assert pairs == {("a", "@weapon"), ("@weapon", "to"), ("to", "@you"), ("@you", "@body")}


def test_classes_further_apart_than_the_reach_make_no_pair() -> None:
    far = ["spade"] + ["and"] * CLASS_REACH + ["skull"]
    near = ["spade"] + ["and"] * (CLASS_REACH - 1) + ["skull"]
    assert "@weapon~@body" not in class_features(far, ARMED.class_of)[0]
    assert "@weapon~@body" in class_features(near, ARMED.class_of)[0]


def test_a_weight_learned_through_classes_scores_another_phrasing() -> None:
    """One weight on a weapon near a body part scores words the model never saw together."""
    assert ARMED.score("I'll take a bat to his head") > 0.85
    assert ARMED.score("take a spade to the garden") < 0.15
    assert features("a bat to your head", ARMED.class_of) >= {"@weapon~@body", "@you @body", "bat"}


@given(
    st.lists(
        st.sampled_from(["you", "your", "bat", "spade", "head", "skull", "nice", "to", "a"]),
        max_size=14,
    )
)
def test_a_model_with_classes_scores_words_as_training_sees_their_features(
    words: list[str],
) -> None:
    text = " ".join(words)
    assert ARMED.score_words(scorer_words(text, one_to_one(text))) == pytest.approx(
        ARMED.score_features(features(text, ARMED.class_of))
    )
    assert Heads((ARMED, TINY)).scores(words) == [
        pytest.approx(ARMED.score_words(words)),
        pytest.approx(TINY.score_words(words)),
    ]


def test_models_with_different_classes_cannot_score_together() -> None:
    other = Model("other", 0.0, {}, {}, "", {"@weapon": ["gun"]})
    with pytest.raises(ModelError, match="different word classes"):
        Heads((ARMED, other))


def test_model_file_with_classes_round_trips_and_checks_them() -> None:
    data = tiny_json(classes=CLASSES, sha256=weights_digest(TINY.bias, TINY.weights, CLASSES))
    model = model_from_json(data, "tiny")
    assert model.class_of["skull"] == "@body"
    with pytest.raises(ModelError, match="sha256 of bias, weights and classes"):
        model_from_json(data | {"classes": {**CLASSES, "@body": ["head"]}}, "tiny")
    with pytest.raises(ModelError, match="'bat' is in both @weapon and @body"):
        model_from_json(data | {"classes": {**CLASSES, "@body": ["bat"]}}, "tiny")
    with pytest.raises(ModelError, match="must start with '@'"):
        model_from_json(data | {"classes": {"weapon": ["bat"]}}, "tiny")
    with pytest.raises(ModelError, match="is not a word"):
        model_from_json(data | {"classes": {"@weapon": ["baseball bat"]}}, "tiny")


@given(
    st.lists(
        st.sampled_from(["you", "your", "bat", "spade", "head", "skull", "nice", "to", "a"]),
        max_size=16,
    )
)
def test_class_features_match_their_definition(words: list[str]) -> None:
    """Every class used, every two within the reach, every word pair with a class in it."""
    mapped = [ARMED.class_of.get(w, w) for w in words]
    at = [(i, c) for i, c in enumerate(mapped) if c.startswith("@")]
    singles = {c for _, c in at} | {
        a + "~" + b for i, a in at for k, b in at if 0 < k - i <= CLASS_REACH
    }
    pairs = {(a, b) for a, b in pairwise(mapped) if "@" in a[0] + b[0]}
    assert class_features(words, ARMED.class_of) == (singles, pairs)


def test_class_features_of_a_long_run_of_class_words_stay_few() -> None:
    """A post of nothing but class words makes the same few features, however long."""
    singles, pairs = class_features(["your", "skull"] * 50_000, ARMED.class_of)
    assert singles == {"@you", "@body", "@you~@body", "@body~@you", "@you~@you", "@body~@body"}
    assert pairs == {("@you", "@body"), ("@body", "@you")}


def test_rules_whose_models_name_different_classes_are_a_load_error_at_the_rule() -> None:
    other = Model("other", 0.0, {}, {}, "", {"@weapon": ["gun"]})
    armed = Rule("armed", "be-nice", Action.FLAG, score=ScoreCondition("armed", 0.9, ARMED))
    gun = Rule("gun", "be-nice", Action.FLAG, score=ScoreCondition("other", 0.9, other))
    with pytest.raises(RuleErrors) as caught:
        make_engine(armed, gun)
    [error] = caught.value.errors
    assert error.rule_id == "gun"
    assert "different word classes" in str(error)
