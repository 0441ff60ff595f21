"""The ``score`` rule key: read from YAML, checked against shipped models, run by the engine."""

from __future__ import annotations

from pathlib import Path

from bot.core.rules import ScoreCondition
from bot.rulesets import load_engine, load_rules
from tests.test_rulesets import rule_errors, rule_yaml, write


def test_score_rule_loads_and_flags_with_its_examples(tmp_path: Path) -> None:
    body = """\
id: threat-score
action: flag
score: {model: threat, above: 0.9}
examples:
  match: ["I will kill you and your family"]
  no_match: ["see you at the meeting tomorrow"]"""
    write(tmp_path, "dont-threaten.yaml", rule_yaml(body, "dont-threaten"))
    [rule] = load_rules(tmp_path).rules
    assert rule.score == ScoreCondition("threat", 0.9)
    engine = load_engine(tmp_path)
    [hit] = engine.check_text("I will kill you and your family")
    assert (hit.rule, hit.view, hit.span) == ("threat-score", "score", (0, 31))
    assert set(engine.scoring.scores("hi")) == {"threat"}


def test_score_with_words_needs_both(tmp_path: Path) -> None:
    body = "id: kill\naction: warn\nwords: [kill]\nscore: {model: threat, above: 0.9}"
    write(tmp_path, "dont-threaten.yaml", rule_yaml(body, "dont-threaten"))
    engine = load_engine(tmp_path)
    assert [h.view for h in engine.check_text("I will kill you and your family")] == ["plain"]
    assert engine.check_text("this bug will kill the build") == []


def test_score_errors_name_file_line_and_rule(tmp_path: Path) -> None:
    assert rule_errors(tmp_path, "id: a\naction: flag\nscore: {model: perspective, above: 0.9}")[
        0
    ].startswith("R/be-nice.yaml:7: rule a: 'score' model 'perspective' is not shipped (shipped: ")
    assert rule_errors(tmp_path, "id: a\naction: flag\nscore: {model: toxicity, above: 1.5}") == [
        "R/be-nice.yaml:7: rule a: 'score' above must be a number at least 0 and below 1, "
        "not a number (1.5)"
    ]
    assert rule_errors(tmp_path, "id: a\naction: flag\nscore: {model: toxicity}") == [
        "R/be-nice.yaml:7: rule a: score is missing the required key 'above'"
    ]
    assert rule_errors(tmp_path, "id: a\naction: flag\nscore: 0.9") == [
        "R/be-nice.yaml:7: rule a: 'score' must be a mapping with model and above, "
        "not a number (0.9)"
    ]
