"""Read the bot's YAML config and the environment into typed values; every error names its key.

The token comes from ``DISCORD_TOKEN`` (a ``discord.token`` value is allowed but discouraged);
``DISCORD_API_BASE`` and ``DISCORD_GATEWAY_URL`` override ``discord.api_base`` and
``discord.gateway_url``; ``DATABASE_URL`` overrides ``database``, ``MODBOT_RULES``
``rules``, and ``MODBOT_SHARDS`` and ``MODBOT_SHARD_COUNT`` override ``shards.ids`` and
``shards.count``. Relative paths in the file are relative to the config file.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import yaml

from bot.config_keys import (
    AUTO,
    DISCORD_KEYS,
    ESCALATION_KEYS,
    GUILD_ID,
    GUILD_KEYS,
    GUILD_SECTION_KEYS,
    REPORT_RATE_KEYS,
    SHARD_KEYS,
    TOP_KEYS,
    Key,
    Kind,
    WarnVia,
    show,
    show_shard_ids,
)
from bot.core.policy import Escalation
from bot.core.reports import RateLimit
from bot.rulesets import MAX_TERMS
from bot.rulesets.yaml_lines import LineMap, parse_yaml
from bot.storage.backend import is_postgres_url

__all__ = [
    "Config",
    "ConfigError",
    "DiscordConfig",
    "GuildConfig",
    "ShardConfig",
    "WarnVia",
    "load_config",
]

DEFAULT_API_BASE = "https://discord.com/api/v10"
DEFAULT_GATEWAY_URL = "wss://gateway.discord.gg"
DATABASE_ENV = "DATABASE_URL"  # overrides the database key, as hosting platforms set it
RULES_ENV = "MODBOT_RULES"  # overrides the rules key, as it is the CLI's default rules directory
SHARDS_ENV = "MODBOT_SHARDS"  # overrides shards.ids, so one config serves every process
SHARD_COUNT_ENV = "MODBOT_SHARD_COUNT"  # overrides shards.count
IDENTIFY_SPACING = 5.0  # Discord allows one IDENTIFY per rate-limit key per 5 seconds
MEGABYTE = 1 << 20  # Discord's upload limits count in these (10 MB is 10,485,760 bytes)


class ConfigError(Exception):
    """Config problems, one ``file:line: key: what is wrong`` line each."""

    def __init__(self, *lines: str) -> None:
        self.lines = lines
        super().__init__("\n".join(self.lines))


@dataclass(frozen=True, slots=True)
class GuildConfig:
    """Moderation settings of one guild (or the defaults every guild starts from)."""

    mod_log_channel: int | None = None
    queue_channel: int | None = None
    moderator_roles: frozenset[int] = frozenset()
    warn_via: WarnVia = WarnVia.REPLY
    escalation: Escalation = field(default_factory=Escalation)
    warning_expiry: timedelta | None = timedelta(days=30)
    report_threshold: int = 3
    # The guild's own rules directory, laid over the shared one (``guilds.<id>.rules`` only).
    rules: Path | None = None
    report_rate: RateLimit = field(default_factory=RateLimit)
    # The most attachment bytes a hidden post's copy keeps (0: links only).
    keep_attachments_bytes: int = 10 * MEGABYTE


@dataclass(frozen=True, slots=True)
class DiscordConfig:
    """How to reach Discord; the token is kept out of ``repr`` so it is never logged."""

    token: str | None = field(default=None, repr=False)
    api_base: str = DEFAULT_API_BASE
    gateway_url: str = DEFAULT_GATEWAY_URL
    dev_guild: int | None = None
    sync_global: bool = False
    ignore_bots: bool = True


@dataclass(frozen=True, slots=True)
class ShardConfig:
    """Which gateway shards this process runs, of how many; the default is one unsharded bot.

    ``auto``: every shard, as many as Discord's ``GET /gateway/bot`` recommends. Otherwise
    ``ids`` of ``count`` (``ids`` is every shard when only ``count`` is set). Processes that
    start together space their IDENTIFYs ``identify_spacing`` seconds per rate-limit key.
    """

    ids: tuple[int, ...] = ()
    count: int | None = None
    auto: bool = False
    identify_spacing: float = IDENTIFY_SPACING

    @property
    def sharded(self) -> bool:
        """Whether the bot identifies with shard ids (and coordinates its IDENTIFYs)."""
        return self.auto or self.count is not None

    @property
    def several(self) -> bool:
        """Whether this process runs more than one shard (``AutoShardedClient``)."""
        return self.auto or len(self.ids) > 1


@dataclass(frozen=True, slots=True)
class Config:
    """The whole config: Discord access, storage, rules and per-guild moderation."""

    discord: DiscordConfig = field(default_factory=DiscordConfig)
    database: Path | str = Path("modbot.sqlite3")  # a SQLite file, or a postgresql:// URL
    rules: Path = Path("rules")
    rules_watch: bool = True
    rules_poll_seconds: float = 0.5
    rules_sync_seconds: float = 5.0
    max_terms: int = MAX_TERMS
    log_level: str = "INFO"
    shards: ShardConfig = field(default_factory=ShardConfig)
    defaults: GuildConfig = field(default_factory=GuildConfig)
    guilds: Mapping[int, GuildConfig] = field(default_factory=dict)

    def guild(self, guild_id: int | None) -> GuildConfig:
        """The settings for a guild: its own section, or the defaults."""
        if guild_id is None:
            return self.defaults
        return self.guilds.get(guild_id, self.defaults)


class _Reader:
    """Checks parsed YAML against the key tables, noting every problem with its file and line."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[tuple[int, str]] = []  # by line; 0 for the environment's

    def problem(self, line: int, key: str, message: str) -> None:
        """Note one ``file:line: key: message`` problem."""
        self.problems.append((line, f"{self.file}:{line}: {key}: {message}"))

    def section(self, raw: Any, key: str, table: Mapping[str, Key]) -> dict[str, Any]:
        """A mapping's known keys with checked values; null values and bad ones left out."""
        if not isinstance(raw, LineMap):
            return {}
        found: dict[str, Any] = {}
        for name, value in raw.items():
            where = f"{key}.{name}" if key else str(name)
            spec = table.get(str(name))
            if spec is None:
                self.problem(raw.key_lines[name], where, _unknown(str(name), table))
            elif value is None:
                if spec.null_is_value:
                    found[str(name)] = None
            elif spec.kind is Kind.SECTION:
                if self.is_mapping(value, where, raw.value_line(name)):
                    found[str(name)] = value
            else:
                checked, problem = spec.check(value)
                if problem is None:
                    found[str(name)] = checked
                else:
                    self.problem(raw.value_line(name), where, problem)
        return found

    def is_mapping(self, value: Any, key: str, line: int) -> bool:
        """Whether a section is a mapping, noting the problem if it is not."""
        if isinstance(value, LineMap):
            return True
        self.problem(line, key, f"expected a mapping of keys, got {show(value)}")
        return False


def _unknown(name: str, table: Mapping[str, Key]) -> str:
    """The problem with an unknown key: the closest known one, and all of them."""
    close = difflib.get_close_matches(name, table, n=1)
    hint = f"did you mean '{close[0]}'? " if close else ""
    return f"unknown key ({hint}known: {', '.join(sorted(table))})"


def _guild(
    reader: _Reader, raw: Any, key: str, base: GuildConfig, table: Mapping[str, Key]
) -> GuildConfig:
    """A guild's settings: ``base`` with the keys the section sets."""
    data = reader.section(raw, key, table)
    return replace(
        base,
        mod_log_channel=data.get("mod_log_channel", base.mod_log_channel),
        queue_channel=data.get("queue_channel", base.queue_channel),
        moderator_roles=frozenset(data.get("moderator_roles", base.moderator_roles)),
        warn_via=data.get("warn_via", base.warn_via),
        escalation=_escalation(reader, data, key, base.escalation),
        warning_expiry=_warning_expiry(data, base.warning_expiry),
        report_threshold=data.get("report_threshold", base.report_threshold),
        report_rate=_report_rate(reader, data, key, base.report_rate),
        keep_attachments_bytes=_keep_bytes(data, base.keep_attachments_bytes),
    )


def _escalation(reader: _Reader, data: Mapping[str, Any], key: str, old: Escalation) -> Escalation:
    """The ``escalation`` section over the inherited escalation."""
    esc = reader.section(data.get("escalation"), f"{key}.escalation", ESCALATION_KEYS)
    return Escalation(
        warnings=esc.get("warnings", old.warnings),
        window=_span(esc, "window_hours", "hours", old.window),
        timeout=_span(esc, "timeout_minutes", "minutes", old.timeout),
    )


def _report_rate(reader: _Reader, data: Mapping[str, Any], key: str, old: RateLimit) -> RateLimit:
    """The ``report_rate`` section over the inherited rate limit."""
    rate = reader.section(data.get("report_rate"), f"{key}.report_rate", REPORT_RATE_KEYS)
    return RateLimit(
        count=rate.get("count", old.count),
        window=_span(rate, "minutes", "minutes", old.window),
    )


def _warning_expiry(data: Mapping[str, Any], old: timedelta | None) -> timedelta | None:
    """``warning_expiry_hours``: a number of hours, null for never, or the inherited expiry."""
    if "warning_expiry_hours" not in data:
        return old
    hours = data["warning_expiry_hours"]
    return None if hours is None else timedelta(hours=hours)


def _keep_bytes(data: Mapping[str, Any], old: int) -> int:
    """``keep_attachments_mb`` in bytes, or the inherited size."""
    size = data.get("keep_attachments_mb")
    return old if size is None else int(size * MEGABYTE)


def _span(data: Mapping[str, Any], key: str, unit: str, default: timedelta) -> timedelta:
    """A duration given as a number of ``unit`` under ``key``, or the default."""
    return timedelta(**{unit: data[key]}) if key in data else default


def _guilds(
    reader: _Reader, raw: Any, defaults: GuildConfig, folder: Path
) -> dict[int, GuildConfig]:
    """Each guild's own section over the defaults; its rules directory must exist."""
    guilds: dict[int, GuildConfig] = {}
    if not isinstance(raw, LineMap):
        return guilds
    for gid, section in raw.items():
        key, line = f"guilds.{gid}", raw.key_lines[gid]
        guild_id, problem = GUILD_ID.check(gid)
        if problem is not None or guild_id in guilds:
            reader.problem(line, key, problem or "this guild has a section already")
            continue
        if section is not None and not reader.is_mapping(section, key, line):
            continue
        guild = _guild(reader, section, key, defaults, GUILD_SECTION_KEYS)
        name = section.get("rules") if section else None
        if isinstance(name, str) and name.strip():
            rules = folder / name
            if not rules.is_dir():
                where = section.value_line("rules")
                reader.problem(where, f"{key}.rules", f"no such directory: '{rules}'")
            guild = replace(guild, rules=rules)
        guilds[guild_id] = guild
    return guilds


def _discord(reader: _Reader, raw: Any, env: Mapping[str, str]) -> DiscordConfig:
    """Discord access: the file's section with the environment's overrides."""
    data = reader.section(raw, "discord", DISCORD_KEYS)
    for name, key in (
        ("DISCORD_TOKEN", "token"),
        ("DISCORD_API_BASE", "api_base"),
        ("DISCORD_GATEWAY_URL", "gateway_url"),
    ):
        value = env.get(name)
        if not value:
            continue
        checked, problem = DISCORD_KEYS[key].check(value)
        if problem is None:
            data[key] = checked
        else:
            reader.problems.append((0, f"{name} (environment variable): {problem}"))
    return DiscordConfig(
        token=data.get("token"),
        api_base=data.get("api_base", DEFAULT_API_BASE),
        gateway_url=data.get("gateway_url", DEFAULT_GATEWAY_URL),
        dev_guild=data.get("dev_guild"),
        sync_global=data.get("sync_global", False),
        ignore_bots=data.get("ignore_bots", True),
    )


def _shards(reader: _Reader, raw: Any, env: Mapping[str, str]) -> ShardConfig:
    """The ``shards`` section with the environment's overrides; ranges checked against count."""
    noted = len(reader.problems)
    data = reader.section(raw, "shards", SHARD_KEYS)
    # Where ids and count came from, as (line, error prefix); line 0 is the environment.
    where: dict[str, tuple[int, str]] = {
        name: (raw.value_line(name), f"{reader.file}:{raw.value_line(name)}: shards.{name}")
        for name in ("ids", "count")
        if name in data
    }
    for name, key in ((SHARDS_ENV, "ids"), (SHARD_COUNT_ENV, "count")):
        value: Any = env.get(name, "").strip()
        if key == "count" and value.isascii() and value.isdigit():
            value = int(value)
        checked, problem = SHARD_KEYS[key].check(value) if value else (None, None)
        if problem is not None:
            reader.problems.append((0, f"{name} (environment variable): {problem}"))
        elif checked is not None:
            data[key], where[key] = checked, (0, f"{name} (environment variable)")
    if len(reader.problems) > noted:  # a bad value: checking the rest against it says nothing
        return ShardConfig()
    ids, count = data.get("ids"), data.get("count")
    count_line = where.get("count", (0, ""))[0]
    problem = _shard_problem(ids, count, f"line {count_line}" if count_line else SHARD_COUNT_ENV)
    if problem is not None:
        line, prefix = where["ids"]
        reader.problems.append((line, f"{prefix}: {problem}"))
        return ShardConfig()
    spacing = data.get("identify_spacing_seconds", IDENTIFY_SPACING)
    if ids == AUTO:
        return ShardConfig(auto=True, identify_spacing=spacing)
    if count is None:
        return ShardConfig(identify_spacing=spacing)
    return ShardConfig(tuple(ids or range(count)), count, identify_spacing=spacing)


def _shard_problem(ids: Any, count: int | None, count_from: str) -> str | None:
    """What is wrong with shard ``ids`` (a tuple or ``auto``) of ``count``, if anything."""
    if ids is None:
        return None
    if ids == AUTO:
        if count is None:
            return None
        return f"auto takes the shard count from Discord: remove the count {count} ({count_from})"
    if count is None:
        return f"needs the shard count of all processes ({SHARD_COUNT_ENV} or shards.count)"
    if ids[-1] >= count:
        shown = show_shard_ids(ids)
        return f"{shown} goes past the last shard of {count}: ids run 0-{count - 1} ({count_from})"
    return None


def _parse(path: Path, reader: _Reader) -> Any:
    """The config file's YAML with lines; duplicate keys become problems."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the config file: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: the config file is not UTF-8 text") from exc
    try:
        raw, duplicates = parse_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(exc, "problem", None) or exc
        raise ConfigError(f"{path}:{line}: invalid YAML: {problem}") from exc
    for dup in duplicates:
        again = f"appears twice (first at line {dup.first_line}); YAML would keep only the last"
        reader.problem(dup.line, dup.key, again)
    if raw is not None and not isinstance(raw, LineMap):
        reader.problem(1, "top level", "expected a mapping of keys")
    return raw


def _database(value: str, base: Path, env: Mapping[str, str]) -> Path | str:
    """DATABASE_URL if set, else a ``postgresql://`` URL as given, else a file under ``base``."""
    url = env.get(DATABASE_ENV)
    if url:
        return url
    return value if is_postgres_url(value) else base / value


def load_config(path: Path, env: Mapping[str, str] | None = None) -> Config:
    """Read ``path`` and the environment; raise ConfigError listing every problem by line."""
    env = os.environ if env is None else env
    reader = _Reader(str(path))
    data = reader.section(_parse(path, reader), "", TOP_KEYS)
    base = path.parent
    defaults = _guild(reader, data.get("moderation"), "moderation", GuildConfig(), GUILD_KEYS)
    config = Config(
        discord=_discord(reader, data.get("discord"), env),
        database=_database(data.get("database", "modbot.sqlite3"), base, env),
        rules=Path(env.get(RULES_ENV) or base / data.get("rules", "rules")),
        rules_watch=data.get("rules_watch", True),
        rules_poll_seconds=data.get("rules_poll_seconds", 0.5),
        rules_sync_seconds=data.get("rules_sync_seconds", 5.0),
        max_terms=data.get("max_terms", MAX_TERMS),
        log_level=data.get("log_level", "INFO"),
        shards=_shards(reader, data.get("shards"), env),
        defaults=defaults,
        guilds=_guilds(reader, data.get("guilds"), defaults, base),
    )
    if reader.problems:
        raise ConfigError(*(text for _, text in sorted(reader.problems)))
    return config
