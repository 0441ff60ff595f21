"""Config loading: the example file, environment overrides, and one clear line per mistake."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.config import DEFAULT_API_BASE, ConfigError, WarnVia, load_config
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
    (tmp_path / "guild-rules").mkdir()
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


def test_warn_via_is_read_as_its_enum_in_any_case(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("moderation:\n  warn_via: DM\nguilds:\n  '11': {warn_via: reply}\n  '12': {}\n")
    config = load_config(path, env={})
    assert config.defaults.warn_via is WarnVia.DM
    assert config.guild(11).warn_via is WarnVia.REPLY
    assert config.guild(12).warn_via is WarnVia.DM


def test_warning_expiry_is_inherited_set_or_never(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(
        "moderation:\n  warning_expiry_hours: 2\n"
        "guilds:\n  '11': {warning_expiry_hours: null}\n  '12': {}\n"
    )
    config = load_config(path, env={})
    assert config.defaults.warning_expiry == timedelta(hours=2)
    assert config.guild(11).warning_expiry is None
    assert config.guild(12).warning_expiry == timedelta(hours=2)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "discord:\n  tokn: x\n",
            "c.yaml:2: discord.tokn: unknown key (did you mean 'token'? known: api_base, ",
        ),
        ("databse: x\n", "c.yaml:1: databse: unknown key (did you mean 'database'? known: "),
        ("zzz: 1\n", "c.yaml:1: zzz: unknown key (known: database, discord, guilds, "),
        ("discord:\n  dev_guild: abc\n", "c.yaml:2: discord.dev_guild: expected a Discord id"),
        ("moderation:\n  warn_via: shout\n", "c.yaml:2: moderation.warn_via: expected one of"),
        (
            "moderation:\n  escalation:\n    warnings: 0\n",
            "c.yaml:3: moderation.escalation.warnings: expected a whole number from 1 to 100, "
            "got 0",
        ),
        ("guilds:\n  '1':\n    queue: 2\n", "c.yaml:3: guilds.1.queue: unknown key"),
        (
            "moderation:\n  report_rate: {count: 0}\n",
            "c.yaml:2: moderation.report_rate.count: expected a whole number from 1 to 1,000",
        ),
        (
            "moderation:\n  report_rate: {per: 3}\n",
            "c.yaml:2: moderation.report_rate.per: unknown key",
        ),
        ("rules_poll_seconds: 0\n", "c.yaml:1: rules_poll_seconds: expected a number from 0.01"),
        ("rules_poll_seconds: fast\n", "c.yaml:1: rules_poll_seconds: expected a number"),
        ("rules_watch: maybe\n", "c.yaml:1: rules_watch: expected true or false, got 'maybe'"),
        (
            "moderation:\n  keep_attachments_mb: -1\n",
            "c.yaml:2: moderation.keep_attachments_mb: expected a number from 0 to 500, got -1",
        ),
        (
            "guilds:\n  '1':\n    keep_attachments_mb: yes\n",
            "c.yaml:3: guilds.1.keep_attachments_mb: expected a number from 0 to 500, got True",
        ),
        ("max_terms: 0\n", "c.yaml:1: max_terms: expected a whole number from 1 to 1,000,000"),
        ("guilds:\n  '1':\n    rules: [a]\n", "c.yaml:3: guilds.1.rules: expected text"),
        ("moderation:\n  rules: x\n", "c.yaml:2: moderation.rules: unknown key"),
        ("log_level: loud\n", "c.yaml:1: log_level: expected one of DEBUG, INFO, WARNING, ERROR"),
        ("discord: [1\n", "c.yaml:2: invalid YAML: "),
        ("- a list\n", "c.yaml:1: top level: expected a mapping of keys"),
        ("moderation: 3\n", "c.yaml:1: moderation: expected a mapping of keys, got 3"),
        # Item 7 of issue 10: no value reaches a traceback or a silent misbehaviour.
        ("rules_poll_seconds: .nan\n", "c.yaml:1: rules_poll_seconds: expected a number"),
        ("rules_poll_seconds: .inf\n", "c.yaml:1: rules_poll_seconds: expected a number"),
        (
            "moderation:\n  keep_attachments_mb: .inf\n",
            "c.yaml:2: moderation.keep_attachments_mb: expected a number from 0 to 500, got inf",
        ),
        (
            "moderation:\n  keep_attachments_mb: .nan\n",
            "c.yaml:2: moderation.keep_attachments_mb: expected a number from 0 to 500, got nan",
        ),
        (
            "moderation:\n  escalation: {timeout_minutes: 40321}\n",
            "c.yaml:2: moderation.escalation.timeout_minutes: expected a whole number from 1 to "
            "40,320, got 40321",
        ),
        (
            "moderation:\n  escalation: {timeout_minutes: .inf}\n",
            "c.yaml:2: moderation.escalation.timeout_minutes: expected a whole number",
        ),
        (
            "moderation:\n  escalation: {timeout_minutes: 1" + "0" * 400 + "}\n",
            "c.yaml:2: moderation.escalation.timeout_minutes: expected a whole number from 1 to "
            "40,320, got 1000000000",
        ),
        (
            "moderation:\n  warning_expiry_hours: 99999999999999999999\n",
            "c.yaml:2: moderation.warning_expiry_hours: expected a whole number from 1 to 87,600",
        ),
        (
            "moderation:\n  warning_expiry_hours: 1.5\n",
            "c.yaml:2: moderation.warning_expiry_hours: expected a whole number",
        ),
        ("moderation:\n  queue_channel: 0\n", "c.yaml:2: moderation.queue_channel: expected a"),
        ("moderation:\n  queue_channel: -5\n", "c.yaml:2: moderation.queue_channel: expected a"),
        (
            "moderation:\n  moderator_roles: [1, -2]\n",
            "c.yaml:2: moderation.moderator_roles: expected a Discord id (Developer Mode, then "
            "right-click > Copy ID), got -2",
        ),
        ("guilds:\n  -1: {}\n", "c.yaml:2: guilds.-1: expected a Discord id"),
        ("guilds:\n  1: {}\n  '01': {}\n", "c.yaml:3: guilds.01: this guild has a section"),
        ("guilds:\n  '1': 5\n", "c.yaml:2: guilds.1: expected a mapping of keys, got 5"),
        (
            "database: a.db\nmax_terms: 9\ndatabase: b.db\n",
            "c.yaml:3: database: appears twice (first at line 1); YAML would keep only the last",
        ),
        ("discord:\n  api_base: not-a-url\n", "c.yaml:2: discord.api_base: expected a URL"),
        ("discord:\n  gateway_url: https://x\n", "c.yaml:2: discord.gateway_url: expected a URL"),
        ("discord:\n  token: ' '\n", "c.yaml:2: discord.token: is blank"),
    ],
)
def test_errors_name_the_file_line_and_key(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_config(path, env={})
    (line,) = caught.value.lines
    assert line.startswith(f"{tmp_path}/{message}")


def test_every_problem_gets_its_own_line(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("max_terms: 0\nmoderation:\n  queue_channel: x\n  warn_via: shout\nzzz: 1\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path, env={})
    lines = [line.removeprefix(f"{path}:") for line in caught.value.lines]
    assert [line.split(":")[:2] for line in lines] == [
        ["1", " max_terms"],
        ["3", " moderation.queue_channel"],
        ["4", " moderation.warn_via"],
        ["5", " zzz"],
    ]


def test_a_missing_guild_rules_directory_is_named(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("guilds:\n  '7':\n    rules: missing\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path, env={})
    assert str(caught.value) == (
        f"{path}:3: guilds.7.rules: no such directory: '{tmp_path / 'missing'}'"
    )


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("DISCORD_TOKEN", " ", "DISCORD_TOKEN (environment variable): is blank"),
        ("DISCORD_TOKEN", "abc def", "DISCORD_TOKEN (environment variable): contains spaces"),
        (
            "DISCORD_API_BASE",
            "not-a-url",
            "DISCORD_API_BASE (environment variable): expected a URL starting https:// or "
            "http:// with a host, got 'not-a-url'",
        ),
        ("DISCORD_GATEWAY_URL", "gateway", "DISCORD_GATEWAY_URL (environment variable): expected"),
    ],
)
def test_bad_environment_values_are_named(
    tmp_path: Path, name: str, value: str, message: str
) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("{}\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path, env={name: value})
    (line,) = caught.value.lines
    assert line.startswith(message)
    assert "abc def" not in line


def test_missing_file_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read the config file"):
        load_config(tmp_path / "nope.yaml", env={})


def test_database_is_a_file_beside_the_config_or_a_postgresql_url(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("database: data/modbot.sqlite3\n")
    assert load_config(path, env={}).database == tmp_path / "data" / "modbot.sqlite3"
    url = "postgresql://modbot:secret@db.example:5432/modbot"
    assert load_config(path, env={"DATABASE_URL": url}).database == url
    path.write_text(f"database: {url}\n")
    assert load_config(path, env={}).database == url
