"""Config loading: the example file, environment overrides, and one clear line per mistake."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.config import DEFAULT_API_BASE, ConfigError, load_config
from bot.core.reports import RateLimit

EXAMPLE = Path(__file__).resolve().parents[2] / "config.example.yaml"


def test_example_config_loads_with_documented_defaults() -> None:
    config = load_config(EXAMPLE, env={"DISCORD_TOKEN": "secret"})
    assert config.discord.token == "secret"
    assert config.discord.api_base == DEFAULT_API_BASE
    assert config.database == EXAMPLE.parent / "modbot.sqlite3"
    assert config.rules == EXAMPLE.parent / "rules"
    assert config.defaults.escalation.warnings == 3
    assert config.defaults.escalation.window == timedelta(hours=24)
    assert config.defaults.escalation.timeout == timedelta(minutes=10)
    assert config.defaults.warning_expiry == timedelta(hours=720)
    assert config.defaults.report_threshold == 3
    assert config.defaults.report_rate == RateLimit(count=5, window=timedelta(minutes=10))
    assert config.defaults.keep_attachments_bytes == 10 * 1024 * 1024
    assert config.guilds == {}
    assert (config.rules_watch, config.rules_poll_seconds, config.max_terms) == (True, 0.5, 20_000)


def test_rule_keys_and_a_guild_rules_directory(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(
        "rules_watch: false\nrules_poll_seconds: 2\nmax_terms: 500\n"
        "guilds:\n  '11':\n    rules: guild-rules\n    mod_log_channel: 9\n  '12': {}\n"
    )
    config = load_config(path, env={})
    assert (config.rules_watch, config.rules_poll_seconds, config.max_terms) == (False, 2.0, 500)
    assert config.guild(11).rules == tmp_path / "guild-rules"
    assert config.guild(11).mod_log_channel == 9
    assert config.guild(12).rules is None and config.defaults.rules is None


def test_token_is_not_in_repr() -> None:
    config = load_config(EXAMPLE, env={"DISCORD_TOKEN": "very-secret-token"})
    assert "very-secret-token" not in repr(config)


def test_environment_overrides_endpoints(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("discord:\n  api_base: http://proxy/api/v10\n")
    env = {"DISCORD_API_BASE": "http://127.0.0.1:9/api/v10", "DISCORD_GATEWAY_URL": "ws://x/gw"}
    config = load_config(path, env=env)
    assert config.discord.api_base == "http://127.0.0.1:9/api/v10"
    assert config.discord.gateway_url == "ws://x/gw"
    assert config.discord.token is None


def test_guild_sections_override_defaults(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(
        "moderation:\n  queue_channel: 5\n  moderator_roles: [7]\n"
        "guilds:\n  '11':\n    mod_log_channel: 9\n    escalation: {warnings: 2}\n"
    )
    config = load_config(path, env={})
    guild = config.guild(11)
    assert (guild.mod_log_channel, guild.queue_channel) == (9, 5)
    assert guild.moderator_roles == frozenset({7})
    assert guild.escalation.warnings == 2
    assert guild.escalation.window == timedelta(hours=24)
    assert config.guild(12).mod_log_channel is None


def test_keep_attachments_takes_fractions_and_zero(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(
        "moderation:\n  keep_attachments_mb: 0.5\nguilds:\n  '11': {keep_attachments_mb: 0}\n"
    )
    config = load_config(path, env={})
    assert config.defaults.keep_attachments_bytes == 524_288
    assert config.guild(11).keep_attachments_bytes == 0


def test_report_rate_keys_override_one_at_a_time(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(
        "moderation:\n  report_rate: {count: 2}\nguilds:\n  '11':\n    report_rate: {minutes: 30}\n"
    )
    config = load_config(path, env={})
    assert config.defaults.report_rate == RateLimit(count=2, window=timedelta(minutes=10))
    assert config.guild(11).report_rate == RateLimit(count=2, window=timedelta(minutes=30))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("discord:\n  tokn: x\n", "c.yaml: discord.tokn: unknown key (known: api_base, "),
        ("databse: x\n", "c.yaml: databse: unknown key"),
        ("discord:\n  dev_guild: abc\n", "c.yaml: discord.dev_guild: expected int, got 'abc'"),
        ("moderation:\n  warn_via: shout\n", "c.yaml: moderation.warn_via: expected reply or dm"),
        (
            "moderation:\n  escalation:\n    warnings: 0\n",
            "c.yaml: moderation.escalation.warnings: must be at least 1, got 0",
        ),
        ("guilds:\n  '1':\n    queue: 2\n", "c.yaml: guilds.1.queue: unknown key"),
        (
            "moderation:\n  report_rate: {count: 0}\n",
            "c.yaml: moderation.report_rate.count: must be at least 1, got 0",
        ),
        (
            "moderation:\n  report_rate: {per: 3}\n",
            "c.yaml: moderation.report_rate.per: unknown key",
        ),
        ("rules_poll_seconds: 0\n", "c.yaml: rules_poll_seconds: expected a positive number"),
        ("rules_poll_seconds: fast\n", "c.yaml: rules_poll_seconds: expected a positive number"),
        ("rules_watch: maybe\n", "c.yaml: rules_watch: expected bool, got 'maybe'"),
        (
            "moderation:\n  keep_attachments_mb: -1\n",
            "c.yaml: moderation.keep_attachments_mb: expected a number of megabytes, 0 or more",
        ),
        (
            "guilds:\n  '1':\n    keep_attachments_mb: yes\n",
            "c.yaml: guilds.1.keep_attachments_mb: expected a number of megabytes, 0 or more",
        ),
        ("max_terms: 0\n", "c.yaml: max_terms: must be at least 1, got 0"),
        ("guilds:\n  '1':\n    rules: [a]\n", "c.yaml: guilds.1.rules: expected str"),
        ("moderation:\n  rules: x\n", "c.yaml: moderation.rules: unknown key"),
        ("log_level: loud\n", "c.yaml: log_level: expected one of DEBUG, ERROR, INFO, WARNING"),
        ("discord: [1\n", "c.yaml: invalid YAML (line 2)"),
        ("- a list\n", "c.yaml: top level: expected a mapping of keys"),
    ],
)
def test_errors_name_the_key(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_config(path, env={})
    assert str(caught.value).startswith(f"{tmp_path}/{message}")


def test_missing_file_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read the config file"):
        load_config(tmp_path / "nope.yaml", env={})
