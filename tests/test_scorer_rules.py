"""The ``score`` rule key: read from YAML with its model file, checked, run by the engine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli.main import main
from bot.core.rules_diff import diff_rulesets
from bot.core.scorer import FORMAT, weights_digest
from bot.rulesets import load_engine, load_rules
from tests.test_rulesets import errors, rule_yaml, write

WEIGHTS = {"kill": 4.0, "kill you": 2.0, "bug": -3.0}


def write_model(folder: Path, name: str = "threat", **changes: object) -> Path:
    """A tiny model file under the rules folder's models/, as train_scorer.py writes them."""
    data = {
        "format": FORMAT,
        "name": name,
        "meta": {"credits": ["made up for a test"]},
        "sha256": weights_digest(-3.0, WEIGHTS),
        "bias": -3.0,
        "weights": WEIGHTS,
    }
    return write(folder, f"models/{name}.json", json.dumps(data | changes))


def rules_with(tmp_path: Path, body: str) -> Path:
    """A one-rule dont-threaten file in ``tmp_path``."""
    write(tmp_path, "dont-threaten.yaml", rule_yaml(body, "dont-threaten"))
    return tmp_path


def test_score_rule_loads_and_flags_with_its_examples(tmp_path: Path) -> None:
    write_model(tmp_path)
    body = """\
id: threat-score
action: flag
score: {model: threat, above: 0.9}
examples:
  match: ["I will kill you"]
  no_match: ["this bug will kill the build", "see you tomorrow"]"""
    rules_with(tmp_path, body)
    [rule] = load_rules(tmp_path).rules
    assert rule.score is not None
    assert (rule.score.model, rule.score.above) == ("threat", 0.9)
    engine = load_engine(tmp_path)
    [hit] = engine.check_text("I will kill you")
    assert (hit.rule, hit.view, hit.span, hit.action) == ("threat-score", "score", (0, 15), "flag")
    assert engine.scoring.scores("kill") == {"threat": pytest.approx(0.7311, abs=1e-4)}


def test_score_with_words_needs_both(tmp_path: Path) -> None:
    write_model(tmp_path)
    rules_with(
        tmp_path, "id: kill\naction: warn\nwords: [kill]\nscore: {model: threat, above: 0.9}"
    )
    engine = load_engine(tmp_path)
    assert [h.view for h in engine.check_text("I will kill you")] == ["plain"]
    assert engine.check_text("kill") == []  # the word alone scores 0.73
    assert engine.check_text("this bug will kill you") == []


def test_score_errors_name_file_line_and_rule(tmp_path: Path) -> None:
    def problems(score: str) -> list[str]:
        rules_with(tmp_path, f"id: a\naction: flag\nscore: {score}")
        return errors(tmp_path)

    assert problems("{model: threat, above: 0.9}") == [
        f"R/dont-threaten.yaml:7: rule a: 'score' model 'threat' not found (looked for "
        f"{tmp_path}/models/threat.json); train_scorer.py makes it".replace(str(tmp_path), "R")
    ]
    assert problems("{model: ../threat, above: 1.5}") == [
        "R/dont-threaten.yaml:7: rule a: 'score' model must be a model name such as toxicity, "
        "not a string ('../threat')",
        "R/dont-threaten.yaml:7: rule a: 'score' above must be a number at least 0 and below 1, "
        "not a number (1.5)",
    ]
    assert problems("{model: threat}") == [
        "R/dont-threaten.yaml:7: rule a: score is missing the required key 'above'"
    ]
    assert problems("0.9") == [
        "R/dont-threaten.yaml:7: rule a: 'score' must be a mapping with model and above, "
        "not a number (0.9)"
    ]
    write_model(tmp_path, bias=-2.0)
    assert problems("{model: threat, above: 0.9}") == [
        "R/dont-threaten.yaml:7: rule a: R/models/threat.json: model 'threat': sha256 of bias, "
        "weights and classes does not match the file"
    ]


def test_check_shows_the_scores_of_models_rules_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_model(tmp_path)
    rules_with(tmp_path, "id: threat-score\naction: flag\nscore: {model: threat, above: 0.9}")
    assert main(["check", "--rules", str(tmp_path), "--json", "I will kill you"]) == 1
    shown = json.loads(capsys.readouterr().out)
    assert shown["scores"] == {"threat": 0.9526}
    assert [v["view"] for v in shown["violations"]] == ["score"]
    assert main(["check", "--rules", str(tmp_path), "see you"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "scores threat=0.047",
        "clean: no rule matched",
    ]


def test_reload_diff_names_a_new_threshold_and_a_retrained_model(tmp_path: Path) -> None:
    write_model(tmp_path)
    rules_with(tmp_path, "id: threat-score\naction: flag\nscore: {model: threat, above: 0.9}")
    first = load_rules(tmp_path)
    edited = (tmp_path / "dont-threaten.yaml").read_text().replace("0.9", "0.8")
    (tmp_path / "dont-threaten.yaml").write_text(edited)
    second = load_rules(tmp_path)
    weights = {**WEIGHTS, "hurt": 3.0}
    write_model(tmp_path, weights=weights, sha256=weights_digest(-3.0, weights))
    third = load_rules(tmp_path)
    old, new = weights_digest(-3.0, WEIGHTS)[:12], weights_digest(-3.0, weights)[:12]
    assert diff_rulesets(first, second).lines() == [
        f"~ threat-score: score: threat above 0.9 (model {old}) -> threat above 0.8 (model {old})"
    ]
    assert diff_rulesets(second, third).lines() == [
        f"~ threat-score: score: threat above 0.8 (model {old}) -> threat above 0.8 (model {new})"
    ]
    assert diff_rulesets(third, load_rules(tmp_path)).empty
