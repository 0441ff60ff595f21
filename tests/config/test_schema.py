"""The config's JSON Schema: the example passes it, and it takes exactly the loader's keys."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from bot.config import ConfigError, load_config
from bot.config_keys import MAX_ID, MAX_SHARDS, SECTIONS, Key, Kind

REPO = Path(__file__).resolve().parents[2]
SCHEMA_PATH = REPO / "bot" / "schemas" / "config.schema.json"
EXAMPLE = REPO / "config.example.yaml"
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA)


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """A schema node with its local ``$ref`` followed."""
    ref = node.get("$ref")
    return SCHEMA["$defs"][ref.removeprefix("#/$defs/")] if ref else node


def section_schema(place: str) -> dict[str, Any]:
    """The schema of the section at ``place`` ("" the top, "guilds.*" any guild's section)."""
    node = SCHEMA
    for part in filter(None, place.split(".")):
        node = resolve(node["additionalProperties"] if part == "*" else node["properties"][part])
    return resolve(node)


def expected(key: Key) -> dict[str, Any]:
    """What the schema must say of a key of this kind and range (descriptions aside)."""
    typed = {
        Kind.INTEGER: {"type": ["integer", "null"], "minimum": key.low, "maximum": key.high},
        Kind.NUMBER: {"type": ["number", "null"], "minimum": key.low, "maximum": key.high},
        Kind.BOOLEAN: {"type": ["boolean", "null"]},
        Kind.TEXT: {"type": ["string", "null"]},
        Kind.TOKEN: {"type": ["string", "null"]},
        Kind.URL: {"type": ["string", "null"]},
        Kind.ID: {"$ref": "#/$defs/id_or_null"},
        Kind.IDS: {"type": ["array", "null"], "items": {"$ref": "#/$defs/id"}},
        Kind.SHARD_IDS: {"type": ["integer", "string", "null"], "maximum": MAX_SHARDS - 1},
        Kind.SECTION: {},
    }
    if key.kind is Kind.CHOICE:
        return {"enum": {c.lower() for c in key.choices} | {None}}
    return typed[key.kind]


def said(node: dict[str, Any], key: Key) -> dict[str, Any]:
    """What the schema says of a key, in the terms of ``expected``."""
    if key.kind is Kind.CHOICE:
        return {"enum": {c.lower() if c else c for c in node["enum"]}}
    return {k: node[k] for k in expected(key) if k in node}


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA["$defs"]["id"]["maximum"] == MAX_ID


@pytest.mark.parametrize("place", sorted(SECTIONS))
def test_schema_and_loader_take_the_same_keys_and_ranges(place: str) -> None:
    table, node = SECTIONS[place], section_schema(place)
    assert node["additionalProperties"] is False
    assert set(node["properties"]) == set(table), "keys differ between schema and loader"
    for name, key in table.items():
        prop = node["properties"][name]
        assert prop.get("description") or key.kind is Kind.ID, f"{place}.{name} has no description"
        assert said(resolve(prop) if key.kind is Kind.SECTION else prop, key) == expected(key), name


def test_every_section_of_the_loader_is_compared() -> None:
    for place, table in SECTIONS.items():
        for name, key in table.items():
            if key.kind is Kind.SECTION:
                inner = f"{place}.{name}".lstrip(".")
                assert inner in SECTIONS or f"{inner}.*" in SECTIONS, inner


def test_the_shipped_example_validates_and_references_the_schema() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    first = text.splitlines()[0]
    assert first == "# yaml-language-server: $schema=bot/schemas/config.schema.json"
    assert (EXAMPLE.parent / first.partition("=")[2]).resolve() == SCHEMA_PATH
    assert list(VALIDATOR.iter_errors(yaml.safe_load(text))) == []


@pytest.mark.parametrize("place", ["", "discord", "moderation"])
def test_schema_defaults_are_the_example_values(place: str) -> None:
    """Editors show each key's default: the value the example file gives it."""
    example = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    values = example[place] if place else example
    properties = section_schema(place)["properties"]
    leaves = {name for name, key in SECTIONS[place].items() if key.kind is not Kind.SECTION}
    assert leaves <= set(values), "the example leaves a key out"
    assert {name: properties[name].get("default") for name in leaves} == {
        name: values[name] for name in leaves
    }


@pytest.mark.parametrize(
    "text",
    [
        "moderation:\n  escalation: {timeout_minutes: 40321}\n",
        "moderation:\n  queue_channel: 0\n",
        "moderation:\n  moderator_roles: ['12', -3]\n",
        "moderation:\n  keep_attachments_mb: 501\n",
        "moderation:\n  warn_via: shout\n",
        "discord:\n  api_base: not-a-url\n",
        "discord:\n  token: 'a b'\n",
        "guilds:\n  '-4': {}\n",
        "guilds:\n  '5': {rules: ''}\n",
        "moderation: {rules: x}\n",
        "rules_poll_seconds: 0\n",
        "max_terms: 2.5\n",
        "log_level: loud\n",
    ],
)
def test_schema_and_loader_refuse_the_same_values(tmp_path: Path, text: str) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError):
        load_config(path, env={})
    assert list(VALIDATOR.iter_errors(yaml.safe_load(text))), "the schema accepts it"


def test_schema_and_loader_accept_the_same_values(tmp_path: Path) -> None:
    text = (
        "log_level: debug\nrules_poll_seconds: 0.01\nmax_terms: 1000000\n"
        "discord: {dev_guild: '42', api_base: 'http://127.0.0.1:9/api/v10', token: null}\n"
        "moderation:\n  warning_expiry_hours: null\n  keep_attachments_mb: 0.5\n"
        "  escalation: {timeout_minutes: 40320}\n"
        "guilds:\n  '42': {moderator_roles: [1, '2'], warn_via: dm}\n  '43':\n"
    )
    path = tmp_path / "config.yaml"
    path.write_text(text)
    load_config(path, env={})
    assert list(VALIDATOR.iter_errors(yaml.safe_load(text))) == []


def test_uncommented_guild_example_loads_and_validates(tmp_path: Path) -> None:
    """Uncommenting the ``guilds:`` example (dropping each line's first '#') gives a valid file."""
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    start = lines.index("guilds:")
    example = [re.sub(r"^#", "", line) for line in lines[start + 1 :]]
    assert example and all(line.startswith(" ") for line in example if line.strip())
    text = "\n".join([*lines[: start + 1], *example]) + "\n"
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules-guild-123456789012345678").mkdir()
    path = tmp_path / "config.yaml"
    path.write_text(text)
    config = load_config(path, env={})
    assert config.guild(123456789012345678).queue_channel == 323456789012345678
    assert list(VALIDATOR.iter_errors(yaml.safe_load(text))) == []
