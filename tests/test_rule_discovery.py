"""Which files of a rules directory are rule files: one answer for the loader and the watcher."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.adapter.rules.files import rules_digest
from bot.cli.main import main
from bot.core.errors import RuleErrors
from bot.rulesets import find_rule_files, load_rules
from tests.test_rulesets import rule_yaml, write

BROKEN = "guideline: [unclosed\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A rules directory with one rule file of each kind the loader must load or name."""
    rules = tmp_path / "rules"
    write(rules, "be-nice.yaml", rule_yaml("id: a\nwords: [dolt]\naction: warn"))
    write(
        rules, "keep-it-clean.YML", rule_yaml("id: b\nwords: [darn]\naction: warn", "keep-it-clean")
    )
    write(rules, ".be-nice.yaml", BROKEN)
    write(rules, "be-nice.yaml~", BROKEN)
    write(rules, ".be-nice.yaml.swp", BROKEN)
    write(rules, "be-truthful.yaml.disabled", BROKEN)
    write(rules, "lists/words.txt", "dolt\n")
    write(rules, "notes.txt", "not a rule file\n")
    (rules / "gone.yaml").symlink_to(tmp_path / "missing.yaml")
    (rules / "loop.yaml").symlink_to(rules / "loop.yaml")
    (rules / "folder.yml").mkdir()
    os.mkfifo(rules / "pipe.yaml")
    return rules


def test_rule_files_and_every_look_alike_skipped_with_a_reason(folder: Path) -> None:
    found = find_rule_files(folder)
    assert [p.name for p in found.files] == ["be-nice.yaml", "keep-it-clean.YML"]
    assert [str(s).replace(str(folder), "R") for s in found.skipped] == [
        "R/.be-nice.yaml: hidden file (its name starts with '.'), not loaded",
        "R/.be-nice.yaml.swp: hidden file (its name starts with '.'), not loaded",
        "R/be-nice.yaml~: an editor's backup, swap or temporary file, not loaded",
        "R/be-truthful.yaml.disabled: its name does not end in .yaml or .yml, not loaded",
        "R/folder.yml: a directory, not a file",
        f"R/gone.yaml: a dangling symlink (to {folder.parent}/missing.yaml, which does not "
        "exist), not loaded",
        "R/loop.yaml: a symlink loop, not loaded",
        "R/pipe.yaml: not a regular file, not loaded",
    ]


def test_the_loader_loads_upper_case_suffixes_and_never_hidden_files(folder: Path) -> None:
    ruleset = load_rules(folder)
    assert [g.id for g in ruleset.guidelines] == ["be-nice", "keep-it-clean"]


def test_no_rule_file_names_the_files_skipped(tmp_path: Path) -> None:
    write(tmp_path, ".be-nice.yaml", BROKEN)
    with pytest.raises(RuleErrors) as info:
        load_rules(tmp_path)
    assert [str(e).replace(str(tmp_path), "R") for e in info.value.errors] == [
        "no rule files (*.yaml or *.yml) in rules directory 'R'; skipped 1: .be-nice.yaml"
    ]


def test_validate_warns_of_each_file_skipped_and_still_succeeds(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rules", "validate", str(folder)]) == 0
    out, err = capsys.readouterr()
    assert out == "OK: 2 guidelines, 2 rules\n"
    warnings = err.splitlines()
    assert len(warnings) == 8
    assert warnings[0] == (
        f"modbot: warning: skipped {folder}/.be-nice.yaml: hidden file (its name starts "
        "with '.'), not loaded"
    )


def test_the_watcher_digests_what_the_loader_loads(folder: Path) -> None:
    before = rules_digest([folder])
    (folder / "keep-it-clean.YML").write_text(rule_yaml("id: b\nwords: [x]\naction: warn"))
    changed = rules_digest([folder])
    assert changed != before
    (folder / ".be-nice.yaml").write_text("guideline: edited\n")
    (folder / "gone.yaml").unlink()
    assert rules_digest([folder]) == changed
    write(folder, "lists/words.txt", "dolt\nnitwit\n")
    assert rules_digest([folder]) != changed
