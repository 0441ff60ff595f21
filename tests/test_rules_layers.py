"""A guild's rules directory laid over the shared one: override by id, disable, add."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.errors import RuleErrors
from bot.core.rules import Action
from bot.rulesets import load_engine

SHARED = {
    "be-nice.yaml": """\
guideline: be-nice
title: Be Nice
summary: No insults.
rules:
  - id: name-calling
    words: [idiot]
    action: warn
  - id: shadowed
    words: [dimwit]
    action: hide
    mode: shadow
""",
    "keep-it-clean.yaml": """\
guideline: keep-it-clean
title: Keep it Clean
summary: No swearing.
rules:
  - id: slur
    words: [slurword]
    action: hide
""",
}


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """The shared rules directory."""
    folder = tmp_path / "rules"
    folder.mkdir()
    for name, text in SHARED.items():
        (folder / name).write_text(text)
    return folder


def guild_dir(tmp_path: Path, files: dict[str, str]) -> Path:
    """A guild's rules directory holding ``files``."""
    folder = tmp_path / "guild"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text)
    return folder


def problems(shared: Path, layer: Path) -> list[str]:
    """The error lines of a layered load, with the temp folder shown as 'T'."""
    with pytest.raises(RuleErrors) as caught:
        load_engine(shared, layer=layer)
    return [str(e).replace(str(layer.parent), "T") for e in caught.value.errors]


def test_an_empty_guild_directory_changes_nothing(shared: Path, tmp_path: Path) -> None:
    layered = load_engine(shared, layer=guild_dir(tmp_path, {}))
    assert layered.ruleset == load_engine(shared).ruleset


def test_override_disable_and_add(shared: Path, tmp_path: Path) -> None:
    layer = guild_dir(
        tmp_path,
        {
            "be-nice.yaml": """\
guideline: be-nice
disable: [shadowed]
rules:
  - id: name-calling
    words: [idiot, nitwit]
    action: hide
  - id: local-insult
    words: [muppet]
    action: warn
""",
            "be-local.yaml": """\
guideline: be-local
title: Be Local
summary: Stay on topic for the town.
rules:
  - id: out-of-town
    words: [elsewhere]
    action: flag
""",
        },
    )
    engine = load_engine(shared, layer=layer)
    rules = {r.id: r for r in engine.ruleset.rules}
    assert sorted(rules) == ["local-insult", "name-calling", "out-of-town", "slur"]
    assert rules["name-calling"].action is Action.HIDE
    assert rules["name-calling"].source.file == str(layer / "be-nice.yaml")
    nice = next(g for g in engine.ruleset.guidelines if g.id == "be-nice")
    assert (nice.title, nice.summary) == ("Be Nice", "No insults.")
    assert [h.rule for h in engine.check_text("you nitwit and dimwit")] == ["name-calling"]
    assert [g.id for g in engine.ruleset.guidelines] == ["be-nice", "keep-it-clean", "be-local"]


def test_layer_errors_name_file_line_and_rule(shared: Path, tmp_path: Path) -> None:
    layer = guild_dir(
        tmp_path,
        {
            "be-nice.yaml": """\
guideline: be-nice
disable: [no-such-rule, name-calling]
rules:
  - id: name-calling
    words: [idiot]
    action: hide
  - id: slur
    words: [slurword]
    action: warn
""",
            "be-new.yaml": "guideline: be-new\nrules: []\n",
        },
    )
    assert problems(shared, layer) == [
        "T/guild/be-new.yaml:1: guideline 'be-new' is not a shared one, so it needs a title",
        "T/guild/be-new.yaml:1: guideline 'be-new' is not a shared one, so it needs a summary",
        "T/guild/be-nice.yaml:2: rule no-such-rule: cannot disable 'no-such-rule': "
        "there is no shared rule with that id",
        "T/guild/be-nice.yaml:2: rule name-calling: 'name-calling' is both disabled and "
        "redefined here; keep one",
        "T/guild/be-nice.yaml:7: rule slur: rule 'slur' belongs to the shared guideline "
        "'keep-it-clean'; override it in this directory's keep-it-clean.yaml",
    ]


def test_disable_is_only_for_a_guild_directory(shared: Path) -> None:
    (shared / "be-nice.yaml").write_text(SHARED["be-nice.yaml"] + "disable: [slur]\n")
    with pytest.raises(RuleErrors, match="unknown key 'disable' in the guideline"):
        load_engine(shared)


def test_a_guild_list_over_max_terms_never_loads(shared: Path, tmp_path: Path) -> None:
    words = ", ".join(f"w{n}" for n in range(6))
    text = f"guideline: be-nice\nrules:\n  - id: big\n    words: [{words}]\n    action: warn\n"
    layer = guild_dir(tmp_path, {"be-nice.yaml": text})
    with pytest.raises(RuleErrors, match=r"rule big: the rule has 6 terms .* the limit is 5"):
        load_engine(shared, layer=layer, max_terms=5)
    assert load_engine(shared, layer=layer, max_terms=6).ruleset.rule("big") is not None


def test_a_missing_guild_directory_is_an_error(shared: Path, tmp_path: Path) -> None:
    with pytest.raises(RuleErrors, match=r"rules directory .* does not exist"):
        load_engine(shared, layer=tmp_path / "nope")


def test_a_guild_word_list_stays_inside_the_guild_directory(shared: Path, tmp_path: Path) -> None:
    (shared / "lists").mkdir()
    (shared / "lists" / "insults.txt").write_text("dolt\n")
    text = "guideline: be-nice\nrules:\n  - id: own\n    words_file: {}\n    action: warn\n"
    layer = guild_dir(tmp_path, {"be-nice.yaml": text.format("../rules/lists/insults.txt")})
    assert problems(shared, layer) == [
        "T/guild/be-nice.yaml:4: rule own: words_file '../rules/lists/insults.txt' is outside "
        "the rules directory T/guild; keep word lists inside it"
    ]
    (layer / "insults.txt").write_text("dolt\n")
    (layer / "be-nice.yaml").write_text(text.format("insults.txt"))
    own = load_engine(shared, layer=layer).ruleset.rule("own")
    assert own is not None and own.words == ("dolt",)
