"""Rule files naming a ``readings_file``: their rules also match dialect spellings read as
standard words; the file's errors name it and their lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.core.errors import RuleErrors
from bot.core.rules_diff import diff_rulesets
from bot.rulesets import load_engine, load_rules
from tests.test_scorer_rules import write_model

READINGS = """\
dropped_g: true
readings:
  ye: you
  ah'll: i'll
  yer: your
  gonnae: going to
"""
THREATEN = """\
guideline: dont-threaten
title: T
summary: S
readings_file: lists/readings.yaml
rules:
  - id: will-stab
    phrases: ["(i ll|i m going to) stab (you|your mum)"]
    action: hide
    examples:
      match: ["Ah'll stab ye", "I'll stab you"]
      no_match: ["I'll stab the potato"]
"""
CLEAN = """\
guideline: keep-it-clean
title: T
summary: S
rules:
  - id: ye-olde
    words: ["you olde"]
    action: flag
"""


def folder_with(tmp_path: Path, readings: str = READINGS, threaten: str = THREATEN) -> Path:
    (tmp_path / "lists").mkdir(exist_ok=True)
    (tmp_path / "lists" / "readings.yaml").write_text(readings, encoding="utf-8")
    (tmp_path / "dont-threaten.yaml").write_text(threaten, encoding="utf-8")
    (tmp_path / "keep-it-clean.yaml").write_text(CLEAN, encoding="utf-8")
    return tmp_path


def errors(folder: Path) -> list[str]:
    with pytest.raises(RuleErrors) as info:
        load_engine(folder)
    return [str(e).replace(str(folder), "R") for e in info.value.errors]


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return load_engine(folder_with(tmp_path))


def test_a_hit_on_the_read_text_keeps_the_words_as_written(engine: Engine) -> None:
    text = "Right. Ah'll stab ye, pal."
    (hit,) = engine.check_text(text)
    assert (hit.rule, hit.view, hit.matched) == ("will-stab", "read plain", "Ah'll stab ye")
    assert hit.span == (text.index("Ah'll"), text.index(", pal"))


def test_words_already_standard_hit_once_as_written(engine: Engine) -> None:
    hits = engine.check_text("I'll stab you, pal, ye ken")
    assert [(h.rule, h.view, h.matched) for h in hits] == [("will-stab", "plain", "I'll stab you")]


def test_read_text_still_goes_through_the_other_views(engine: Engine) -> None:
    (hit,) = engine.check_text("Ah'll st4b yer mum")
    assert (hit.view, hit.matched) == ("read folded", "Ah'll st4b yer mum")


def test_rules_of_a_file_naming_no_readings_file_do_not_read(engine: Engine) -> None:
    assert engine.check_text("ye olde shoppe") == []
    assert [h.rule for h in engine.check_text("you olde shoppe")] == ["ye-olde"]


def test_a_dropped_g_is_read_where_the_file_says_so(tmp_path: Path) -> None:
    threaten = THREATEN.split("    examples:")[0].replace(
        '"(i ll|i m going to) stab (you|your mum)"', '"stabbing you"'
    )
    engine = load_engine(folder_with(tmp_path, threaten=threaten))
    assert [h.matched for h in engine.check_text("am stabbin' ye")] == ["stabbin' ye"]
    assert engine.check_text("am stabbin the potato") == []
    engine = load_engine(folder_with(tmp_path, READINGS.replace("true", "false"), threaten))
    assert engine.check_text("am stabbin ye") == []


def test_the_readings_file_errors_name_its_lines(tmp_path: Path) -> None:
    readings = """\
dropped_g: maybe
readngs: {}
readings:
  ye: you
  YE: you
  on: "on"
  off the heid: [a, list]
  "a b c d": x
  ye're: "you're"
  a-b: c
"""
    assert errors(folder_with(tmp_path, readings)) == [
        "R/lists/readings.yaml:1: 'dropped_g' must be true or false, not a string ('maybe')",
        "R/lists/readings.yaml:2: unknown key 'readngs' in a readings file (did you mean "
        "'readings'?); allowed keys: readings, dropped_g",
        "R/lists/readings.yaml:5: spelling 'ye' is listed twice (as written, case aside)",
        "R/lists/readings.yaml:6: spelling True must be one to 3 words of letters or digits "
        "(apostrophes inside or at the end), separated by single spaces (YAML reads unquoted "
        "yes/no/on/off/true/false as true/false: write it in quotes)",
        "R/lists/readings.yaml:7: spelling 'off the heid' must read as words, not a list",
        "R/lists/readings.yaml:8: spelling 'a b c d' must be one to 3 words of letters or "
        "digits (apostrophes inside or at the end), separated by single spaces",
        "R/lists/readings.yaml:10: spelling 'a-b' must be one to 3 words of letters or digits "
        "(apostrophes inside or at the end), separated by single spaces",
    ]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("../outside.yaml", "readings_file '../outside.yaml' must be inside the rules folder"),
        ("missing.yaml", "readings_file 'missing.yaml' not found"),
    ],
)
def test_a_readings_file_must_be_inside_the_rules_folder(
    tmp_path: Path, name: str, message: str
) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (tmp_path / "outside.yaml").write_text(READINGS, encoding="utf-8")
    threaten = THREATEN.replace("lists/readings.yaml", name)
    found = errors(folder_with(rules, threaten=threaten))
    assert len(found) == 1
    assert found[0].startswith(f"R/dont-threaten.yaml:4: {message}")


@pytest.mark.parametrize(
    ("readings", "message"),
    [
        (
            "ye: you\n",
            "R/lists/readings.yaml:1: unknown key 'ye' in a readings file; allowed keys: "
            "readings, dropped_g\n"
            "R/lists/readings.yaml:1: a readings file is missing the required key 'readings'",
        ),
        (
            "readings: [ye, you]\n",
            "R/lists/readings.yaml:1: 'readings' must be a mapping of "
            "spellings to standard words, not a list",
        ),
        ("- ye\n", "R/lists/readings.yaml:1: a readings_file must be a mapping, not a list"),
        (
            "readings: {ye: you\n",
            "R/lists/readings.yaml:2: invalid YAML: did not find expected ',' or '}'",
        ),
    ],
)
def test_a_readings_file_that_is_no_mapping_of_spellings_is_an_error(
    tmp_path: Path, readings: str, message: str
) -> None:
    assert errors(folder_with(tmp_path, readings)) == message.split("\n")


def test_a_readings_file_named_by_two_rule_files_is_read_and_reported_once(
    tmp_path: Path,
) -> None:
    folder = folder_with(tmp_path, READINGS + "  bad-spelling: x\n")
    nice = THREATEN.replace("dont-threaten", "be-nice").replace("will-stab", "nice-stab")
    (folder / "be-nice.yaml").write_text(nice, encoding="utf-8")
    assert errors(folder) == [
        "R/lists/readings.yaml:7: spelling 'bad-spelling' must be one to 3 words of letters "
        "or digits (apostrophes inside or at the end), separated by single spaces"
    ]


def test_a_score_condition_holds_on_the_text_as_read(tmp_path: Path) -> None:
    write_model(tmp_path)  # "kill" 4.0, "kill you" 2.0, bias -3.0
    threaten = THREATEN.split("rules:")[0] + (
        "rules:\n  - id: scored\n    action: flag\n    score: {model: threat, above: 0.9}\n"
    )
    engine = load_engine(folder_with(tmp_path, threaten=threaten))
    [hit] = engine.check_text("ah'll kill ye")  # "kill you" only as read: 0.95, as written 0.73
    assert (hit.rule, hit.view) == ("scored", "score")
    assert engine.scores("ah'll kill ye") == {"threat": pytest.approx(0.9526, abs=1e-4)}
    assert engine.scoring.scores("ah'll kill ye") == {"threat": pytest.approx(0.7311, abs=1e-4)}
    assert engine.check_text("ah'll kill time") == []


def test_a_reload_says_which_rules_read_other_spellings(tmp_path: Path) -> None:
    before = load_rules(folder_with(tmp_path))
    after = load_rules(folder_with(tmp_path, READINGS.replace("true", "false") + "  mi: i\n"))
    assert diff_rulesets(before, after).lines() == ["~ will-stab: readings: 1 added, dropped_g off"]
    plain = THREATEN.split("    examples:")[0].replace("readings_file", "#")
    unread = load_rules(folder_with(tmp_path, threaten=plain))
    assert diff_rulesets(before, unread).lines() == [
        "~ will-stab: examples_match: 2 removed; examples_no_match: 1 removed; "
        "readings: 4 removed, dropped_g off"
    ]
