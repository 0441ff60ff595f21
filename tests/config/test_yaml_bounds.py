"""Every YAML input loads in bounded time and memory: alias bombs are refused at their line."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.config import ConfigError, load_config
from bot.core.errors import RuleErrors
from bot.rulesets.loader import load_rules_file
from bot.rulesets.yaml_lines import check_expansion, parse_yaml


def alias_bomb(indent: str = "") -> str:
    """Nine anchors, each a list of nine aliases of the one before: 9**9 values in ten lines."""
    lines = [f"{indent}a: &a [x, x, x, x, x, x, x, x, x]"]
    for before, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{indent}{name}: &{name} [{', '.join([f'*{before}'] * 9)}]")
    return "\n".join(lines) + "\n"


RULE_FILE = """\
guideline: be-nice
title: Be Nice
summary: No insults.
rules:
  - id: name-calling
    words: [idiot]
    action: *i
"""


@pytest.mark.timeout(10)
def test_alias_bomb_in_a_rule_file_is_one_error_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "be-nice.yaml"
    path.write_text("anchors:\n" + alias_bomb("  ") + RULE_FILE)
    with pytest.raises(RuleErrors) as caught:
        load_rules_file(path)
    (error,) = caught.value.errors
    assert str(error) == (
        f"{path}:8: invalid YAML: aliases here expand to more than 1,000,000 values"
        " (an alias bomb?)"
    )


@pytest.mark.timeout(10)
def test_alias_bomb_under_a_config_key_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    anchors = "moderation:\n  escalation:\n" + alias_bomb("    ")
    path.write_text(anchors + "  moderator_roles: *i\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path, env={})
    assert caught.value.lines == (
        f"{path}:9: invalid YAML: aliases here expand to more than 1,000,000 values"
        " (an alias bomb?)",
    )


def test_recursive_alias_is_refused() -> None:
    with pytest.raises(yaml.YAMLError, match="contains it"):
        parse_yaml("words: &w [a, *w]\n")


def test_shared_aliases_within_the_limit_load() -> None:
    data, _ = parse_yaml("base: &b [1, 2, 3]\ncopies: [*b, *b, *b]\n")
    assert data["copies"] == [[1, 2, 3]] * 3


def test_the_limit_counts_every_alias_as_a_copy() -> None:
    root = yaml.compose("b: &b [1, 2, 3]\nc: [*b, *b]\n", Loader=yaml.SafeLoader)
    assert root is not None
    check_expansion(root, limit=16)  # the mapping, 2 keys, [1, 2, 3] (4), two copies (1 + 8)
    with pytest.raises(yaml.YAMLError, match="more than 15 values"):
        check_expansion(root, limit=15)
