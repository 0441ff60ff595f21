"""The JSON Schemas editors use for rule files agree with the loader and the shipped files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from bot.core.rules import Action, Mode
from bot.rulesets import find_rule_files
from bot.rulesets.guideline import (
    EXAMPLE_KEYS,
    LAYER_KEYS,
    LAYER_REQUIRED,
    OPTIONAL_TOP_KEYS,
    RULE_KEYS,
    RULE_REQUIRED,
    SCOPE_KEYS,
    SEVERITY_NAMES,
    TOP_KEYS,
)
from bot.rulesets.phrase_keys import CONTEXT_KEYS
from bot.rulesets.score import SCORE_KEYS

REPO = Path(__file__).resolve().parent.parent
SCHEMAS = REPO / "bot" / "schemas"
SHIPPED = find_rule_files(REPO / "rules").files
TEST_RULES = find_rule_files(REPO / "tests" / "adapter" / "rules").files
SCHEMA_LINE = "# yaml-language-server: $schema=../bot/schemas/rule-file.schema.json"
LAYER = """\
guideline: keep-it-clean
disable: [name-calling]
rules:
  - id: profanity
    words: [shit]
    action: hide
    scope: {channels: [general, 123], exempt_moderators: false}
"""


def schema(name: str) -> dict[str, Any]:
    """A schema of bot/schemas, parsed."""
    loaded: dict[str, Any] = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    return loaded


SHARED, GUILD = schema("rule-file.schema.json"), schema("guild-rule-file.schema.json")
REGISTRY = Registry().with_resource("rule-file.schema.json", Resource.from_contents(SHARED))


def problems(schema: dict[str, Any], data: object) -> list[str]:
    """Each place where ``data`` breaks ``schema``, as path: message."""
    validator = Draft202012Validator(schema, registry=REGISTRY)
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]


def test_the_schemas_are_valid_draft_2020_12() -> None:
    for found in (SHARED, GUILD):
        Draft202012Validator.check_schema(found)


@pytest.mark.parametrize("path", SHIPPED + TEST_RULES, ids=lambda p: p.name)
def test_every_rule_file_passes_the_schema(path: Path) -> None:
    assert problems(SHARED, yaml.safe_load(path.read_text(encoding="utf-8"))) == []


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_rule_file_names_the_schema_on_its_first_line(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == SCHEMA_LINE
    assert (path.parent / first.split("$schema=")[1]).resolve() == SCHEMAS / "rule-file.schema.json"


def test_a_guild_layer_file_passes_its_schema_and_not_the_shared_one() -> None:
    layer = yaml.safe_load(LAYER)
    assert problems(GUILD, layer) == []
    assert "[]: Additional properties are not allowed ('disable' was unexpected)" in problems(
        SHARED, layer
    )


def test_mistakes_are_marked() -> None:
    rule = {"id": "Bad Id", "acton": "warn", "words": ["ok", " "], "mode": "loud"}
    top = {"guideline": "be-nice", "title": "T", "summary": "S", "rules": [rule]}
    found = problems(SHARED, top)
    assert found == [
        "['rules', 0]: Additional properties are not allowed ('acton' was unexpected)",
        "['rules', 0]: 'action' is a required property",
        "['rules', 0, 'id']: 'Bad Id' does not match '^[a-z0-9]+(-[a-z0-9]+)*$'",
        "['rules', 0, 'words', 1]: ' ' does not match '\\\\S'",
        "['rules', 0, 'mode']: 'loud' is not one of ['enforce', 'shadow']",
    ]


def _properties(found: dict[str, Any]) -> set[str]:
    """The keys a schema object allows."""
    assert found["additionalProperties"] is False
    return set(found["properties"])


def test_the_schemas_allow_exactly_the_keys_the_loader_accepts() -> None:
    """A key added to the loader but not the schema (or the other way round) fails here."""
    defs = SHARED["$defs"]
    assert _properties(SHARED) == {*TOP_KEYS, *OPTIONAL_TOP_KEYS}
    assert _properties(GUILD) == {*LAYER_KEYS, *OPTIONAL_TOP_KEYS}
    assert _properties(defs["rule"]) == set(RULE_KEYS)
    assert _properties(defs["rule"]["properties"]["unless_context"]) == set(CONTEXT_KEYS)
    assert _properties(defs["rule"]["properties"]["score"]) == set(SCORE_KEYS)
    assert _properties(defs["scope"]) == set(SCOPE_KEYS)
    assert _properties(defs["examples"]) == set(EXAMPLE_KEYS)
    assert SHARED["required"] == list(TOP_KEYS)
    assert GUILD["required"] == list(LAYER_REQUIRED)
    assert defs["rule"]["required"] == list(RULE_REQUIRED)


def test_the_schema_offers_exactly_the_values_the_loader_accepts() -> None:
    rule = SHARED["$defs"]["rule"]["properties"]
    assert rule["action"]["enum"] == list(Action)
    assert rule["mode"]["enum"] == list(Mode)
    names, numbers = rule["severity"]["oneOf"]
    assert names["enum"] == list(SEVERITY_NAMES)
    assert (numbers["minimum"], numbers["maximum"]) == (
        min(SEVERITY_NAMES.values()),
        max(SEVERITY_NAMES.values()),
    )
