"""The ``shards`` key and MODBOT_SHARDS / MODBOT_SHARD_COUNT: ranges, auto, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.config import ConfigError, ShardConfig, load_config
from tests.config.test_schema import VALIDATOR

EXAMPLE = Path(__file__).resolve().parents[2] / "config.example.yaml"


def load(tmp_path: Path, text: str, env: dict[str, str] | None = None) -> ShardConfig:
    """The shard settings of a config file with this text."""
    path = tmp_path / "c.yaml"
    path.write_text(text)
    return load_config(path, env=env or {}).shards


def problem(tmp_path: Path, text: str, env: dict[str, str] | None = None) -> str:
    """The one error line loading this config gives, without the directory."""
    with pytest.raises(ConfigError) as caught:
        load(tmp_path, text, env)
    (line,) = caught.value.lines
    return line.removeprefix(f"{tmp_path}/")


def test_the_example_and_no_key_are_one_unsharded_bot(tmp_path: Path) -> None:
    assert load_config(EXAMPLE, env={}).shards == ShardConfig()
    shards = load(tmp_path, "{}\n")
    assert shards == ShardConfig() and not shards.sharded and not shards.several
    assert shards.identify_spacing == 5.0


@pytest.mark.parametrize(
    ("text", "ids", "count"),
    [
        ("shards: {ids: 0-3, count: 8}\n", (0, 1, 2, 3), 8),
        ("shards: {ids: ' 4 - 7 ', count: 8}\n", (4, 5, 6, 7), 8),
        ("shards: {ids: 5, count: 8}\n", (5,), 8),
        ("shards: {ids: '2', count: 3}\n", (2,), 3),
        ("shards: {count: 4}\n", (0, 1, 2, 3), 4),
        ("shards: {ids: 0, count: 1}\n", (0,), 1),
        ("shards: {ids: '8, 0-2,5', count: 9}\n", (0, 1, 2, 5, 8), 9),
    ],
)
def test_ids_of_a_count(tmp_path: Path, text: str, ids: tuple[int, ...], count: int) -> None:
    shards = load(tmp_path, text)
    assert (shards.ids, shards.count, shards.auto) == (ids, count, False)
    assert shards.sharded and shards.several == (len(ids) > 1)
    assert list(VALIDATOR.iter_errors(yaml.safe_load(text))) == []


def test_auto_takes_the_count_from_discord(tmp_path: Path) -> None:
    shards = load(tmp_path, "shards:\n  ids: AUTO\n  identify_spacing_seconds: 0.2\n")
    assert shards == ShardConfig(auto=True, identify_spacing=0.2)
    assert shards.sharded and shards.several


def test_the_environment_overrides_the_file(tmp_path: Path) -> None:
    text = "shards: {ids: 0-3, count: 8}\n"
    env = {"MODBOT_SHARDS": "4-7"}
    assert load(tmp_path, text, env).ids == (4, 5, 6, 7)
    env = {"MODBOT_SHARDS": "2-3", "MODBOT_SHARD_COUNT": "4"}
    assert (load(tmp_path, "{}\n", env).ids, load(tmp_path, "{}\n", env).count) == ((2, 3), 4)
    assert load(tmp_path, "{}\n", {"MODBOT_SHARDS": "auto"}).auto
    assert load(tmp_path, text, {"MODBOT_SHARDS": " "}).ids == (0, 1, 2, 3)
    assert load(tmp_path, text, {"MODBOT_SHARDS": "1,3,5,7"}).ids == (1, 3, 5, 7)


@pytest.mark.parametrize(
    ("text", "env", "message"),
    [
        (
            "shards:\n  ids: 4-2\n  count: 8\n",
            {},
            "c.yaml:2: shards.ids: the range '4-2' ends below its start: write 2-4",
        ),
        (
            "shards:\n  count: 8\n  ids: 0-9\n",
            {},
            "c.yaml:3: shards.ids: 0-9 goes past the last shard of 8: ids run 0-7 (line 2)",
        ),
        ("shards:\n  ids: 0-3\n  count: 0\n", {}, "c.yaml:3: shards.count: expected a whole"),
        (
            "shards:\n  ids: auto\n  count: 8\n",
            {},
            "c.yaml:2: shards.ids: auto takes the shard count from Discord: remove the count 8 "
            "(line 3)",
        ),
        ("shards:\n  ids: 0-3\n", {}, "c.yaml:2: shards.ids: needs the shard count of all"),
        ("shards:\n  ids: three\n", {}, "c.yaml:2: shards.ids: expected a shard id (3), a range"),
        ("shards:\n  ids: -1\n  count: 2\n", {}, "c.yaml:2: shards.ids: expected a shard id"),
        ("shards:\n  idz: 1\n", {}, "c.yaml:2: shards.idz: unknown key (did you mean 'ids'?"),
        ("shards: {identify_spacing_seconds: 0}\n", {}, "c.yaml:1: shards.identify_spacing"),
        (
            "shards:\n  ids: 0-3\n",
            {"MODBOT_SHARD_COUNT": "2"},
            "c.yaml:2: shards.ids: 0-3 goes past the last shard of 2: ids run 0-1 "
            "(MODBOT_SHARD_COUNT)",
        ),
        (
            "shards:\n  count: 8\n",
            {"MODBOT_SHARDS": "auto"},
            "MODBOT_SHARDS (environment variable): auto takes the shard count from Discord: "
            "remove the count 8 (line 2)",
        ),
        ("{}\n", {"MODBOT_SHARD_COUNT": "eight"}, "MODBOT_SHARD_COUNT (environment variable): exp"),
        ("{}\n", {"MODBOT_SHARDS": "7-1"}, "MODBOT_SHARDS (environment variable): the range"),
        (
            "shards:\n  ids: 0-3,3\n  count: 8\n",
            {},
            "c.yaml:2: shards.ids: shard 3 is listed twice in '0-3,3'",
        ),
        (
            "shards:\n  ids: 0,6-7,2,9\n  count: 8\n",
            {},
            "c.yaml:2: shards.ids: 0,2,6-7,9 goes past the last shard of 8: ids run 0-7 (line 3)",
        ),
        ("shards:\n  ids: 0,,1\n  count: 8\n", {}, "c.yaml:2: shards.ids: expected a shard id"),
        ("shards:\n  ids: 0-3,5-4\n  count: 8\n", {}, "c.yaml:2: shards.ids: the range '5-4'"),
    ],
)
def test_bad_values_name_their_place(
    tmp_path: Path, text: str, env: dict[str, str], message: str
) -> None:
    assert problem(tmp_path, text, env).startswith(message)


@pytest.mark.parametrize(
    "text",
    [
        "shards: {ids: 4-2x, count: 8}\n",
        "shards: {count: 0}\n",
        "shards: {ids: -1}\n",
        "shards: {ids: 0, count: 65537}\n",
        "shards: {identify_spacing_seconds: 61}\n",
        "shards: {ids: x}\n",
        "shards: {ids: '0,,1', count: 8}\n",
        "shards: {ids: '0-1,', count: 8}\n",
    ],
)
def test_the_schema_refuses_what_the_loader_refuses(tmp_path: Path, text: str) -> None:
    with pytest.raises(ConfigError):
        load(tmp_path, text)
    assert list(VALIDATOR.iter_errors(yaml.safe_load(text))), "the schema accepts it"
