"""A rule's ``also``: each hit counts under further guidelines, read with errors at their line."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.core.errors import RuleErrors
from bot.core.rules import Action, Mode
from bot.core.verdict import Hit, also_note
from bot.rulesets import load_engine, load_rules

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

from quality import columns  # noqa: E402 - benchmarks/ is no package

NICE = "guideline: be-nice\ntitle: Be Nice\nsummary: No insults.\nrules:\n  - id: insult\n"
NICE += "    words: [dimwit]\n    action: warn\n"


def threats(also: str) -> str:
    """A dont-threaten file whose one rule has the ``also`` value written as given."""
    return (
        "guideline: dont-threaten\ntitle: Don't Threaten\nsummary: No threats.\nrules:\n"
        "  - id: threat\n    words: [i will hurt you]\n    action: hide\n"
        f"    also: {also}\n"
    )


def folder(tmp_path: Path, also: str) -> Path:
    """A rules directory with be-nice and a dont-threaten rule using ``also``."""
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "be-nice.yaml").write_text(NICE, encoding="utf-8")
    (tmp_path / "dont-threaten.yaml").write_text(threats(also), encoding="utf-8")
    return tmp_path


def errors(tmp_path: Path, also: str) -> list[str]:
    """The errors a load reports, with the folder shown as 'R'."""
    with pytest.raises(RuleErrors) as info:
        load_rules(folder(tmp_path, also))
    return [str(e).replace(str(tmp_path), "R") for e in info.value.errors]


def test_a_rule_lists_further_guidelines_and_its_hits_carry_them(tmp_path: Path) -> None:
    engine = load_engine(folder(tmp_path, "[be-nice]"))
    assert engine.ruleset.rule("threat").also == ("be-nice",)  # type: ignore[union-attr]
    (hit,) = engine.check_text("Say that again and I will hurt you.")
    assert (hit.guideline, hit.rule, hit.also) == ("dont-threaten", "threat", ("be-nice",))
    assert hit.guidelines == ("dont-threaten", "be-nice")
    (insult,) = engine.check_text("What a dimwit.")
    assert insult.also == () and insult.guidelines == ("be-nice",)


@pytest.mark.parametrize(
    ("also", "expected"),
    [
        (
            "be-nice",
            "R/dont-threaten.yaml:8: rule threat: 'also' must be a list of guideline ids, "
            "not a string ('be-nice'); write it as [be-nice]",
        ),
        (
            "[be-nise]",
            "R/dont-threaten.yaml:8: rule threat: 'also' names 'be-nise', which is no guideline "
            "here (did you mean 'be-nice'?); guidelines: be-nice, dont-threaten",
        ),
        (
            "[dont-threaten]",
            "R/dont-threaten.yaml:8: rule threat: 'also' names 'dont-threaten', the rule's own "
            "guideline: its hits count there already",
        ),
        (
            "[be-nice, be-nice]",
            "R/dont-threaten.yaml:8: rule threat: 'also' names 'be-nice' twice; keep one",
        ),
        (
            "[3]",
            "R/dont-threaten.yaml:8: rule threat: 'also' items must be guideline ids, "
            "not a number (3)",
        ),
    ],
)
def test_also_mistakes_are_reported_at_their_line(tmp_path: Path, also: str, expected: str) -> None:
    assert errors(tmp_path, also) == [expected]


def test_each_bad_item_is_reported_at_its_own_line(tmp_path: Path) -> None:
    assert errors(tmp_path, "\n      - be-nice\n      - keep-it-clean") == [
        "R/dont-threaten.yaml:10: rule threat: 'also' names 'keep-it-clean', which is no "
        "guideline here; guidelines: be-nice, dont-threaten",
    ]


def test_a_guilds_own_guideline_may_be_named(tmp_path: Path) -> None:
    shared = folder(tmp_path / "shared", "[be-kind]")
    layer = tmp_path / "guild"
    layer.mkdir()
    kind = "guideline: be-kind\ntitle: Be Kind\nsummary: Kindly.\nrules:\n  - id: rude\n"
    (layer / "be-kind.yaml").write_text(kind + "    words: [shut up]\n    action: flag\n")
    engine = load_engine(shared, layer=layer)
    (hit,) = engine.check_text("I will hurt you")
    assert hit.also == ("be-kind",)


def hit(also: tuple[str, ...] = ()) -> Hit:
    """A threat hit, counting under ``also`` too."""
    return Hit(
        "dont-threaten", "threat", Action.HIDE, Mode.ENFORCE, 3, "x", (0, 1), "plain", also=also
    )


def test_the_note_names_the_further_guidelines_by_title_where_known() -> None:
    assert also_note(hit()) == ""
    assert also_note(hit(("be-nice",))) == "also counts as be-nice"
    titled = also_note(hit(("be-nice", "be-kind")), {"be-nice": "Be Nice"})
    assert titled == "also counts as Be Nice, be-kind"


def test_quality_counts_a_hit_under_each_of_its_guidelines() -> None:
    assert columns([]) == set()
    assert columns([hit()]) == {"dont_threaten", "any_violation"}
    assert columns([hit(("be-nice",))]) == {"dont_threaten", "be_nice", "any_violation"}


def test_an_engine_without_also_rules_leaves_hits_as_they_are() -> None:
    engine = Engine(load_rules(REPO / "tests" / "adapter" / "rules"))
    assert all(h.also == () for h in engine.check_text("you absolute idiot, go to hell"))


def test_a_behaviour_rule_takes_no_also(tmp_path: Path) -> None:
    flood = threats("[be-nice]").replace(
        "    words: [i will hurt you]\n", "    rate: {count: messages, max: 3, per: 10s}\n"
    )
    folder(tmp_path, "[be-nice]")
    (tmp_path / "dont-threaten.yaml").write_text(flood, encoding="utf-8")
    with pytest.raises(RuleErrors) as info:
        load_rules(tmp_path)
    assert [str(e).replace(str(tmp_path), "R") for e in info.value.errors] == [
        "R/dont-threaten.yaml:8: rule threat: 'also' is for text rules: a behaviour rule's hits "
        "count under its own guideline",
    ]
