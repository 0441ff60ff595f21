"""Read the bot's YAML config and the environment into typed values; every error names its key.

The token comes from ``DISCORD_TOKEN`` (a ``discord.token`` value is allowed but discouraged);
``DISCORD_API_BASE`` and ``DISCORD_GATEWAY_URL`` override ``discord.api_base`` and
``discord.gateway_url``. Relative paths are relative to the config file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import yaml

from bot.core.policy import Escalation
from bot.core.reports import RateLimit
from bot.rulesets import MAX_TERMS

__all__ = ["Config", "ConfigError", "DiscordConfig", "GuildConfig", "load_config"]

DEFAULT_API_BASE = "https://discord.com/api/v10"
DEFAULT_GATEWAY_URL = "wss://gateway.discord.gg"
MEGABYTE = 1 << 20  # Discord's upload limits count in these (10 MB is 10,485,760 bytes)


class ConfigError(Exception):
    """A config problem, as one line: ``file: key: what is wrong``."""


@dataclass(frozen=True, slots=True)
class GuildConfig:
    """Moderation settings of one guild (or the defaults every guild starts from)."""

    mod_log_channel: int | None = None
    queue_channel: int | None = None
    moderator_roles: frozenset[int] = frozenset()
    warn_via: str = "reply"
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
class Config:
    """The whole config: Discord access, storage, rules and per-guild moderation."""

    discord: DiscordConfig = field(default_factory=DiscordConfig)
    database: Path = Path("modbot.sqlite3")
    rules: Path = Path("rules")
    rules_watch: bool = True
    rules_poll_seconds: float = 0.5
    max_terms: int = MAX_TERMS
    log_level: str = "INFO"
    defaults: GuildConfig = field(default_factory=GuildConfig)
    guilds: Mapping[int, GuildConfig] = field(default_factory=dict)

    def guild(self, guild_id: int | None) -> GuildConfig:
        """The settings for a guild: its own section, or the defaults."""
        if guild_id is None:
            return self.defaults
        return self.guilds.get(guild_id, self.defaults)


class _Reader:
    """Walks a YAML mapping, checking keys and types, with the file name for every error."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, key: str, problem: str) -> ConfigError:
        return ConfigError(f"{self.file}: {key}: {problem}")

    def mapping(self, value: Any, key: str, allowed: set[str]) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.fail(key or "top level", "expected a mapping of keys")
        for name in value:
            if str(name) not in allowed:
                where = f"{key}.{name}" if key else str(name)
                raise self.fail(where, f"unknown key (known: {', '.join(sorted(allowed))})")
        return {str(k): v for k, v in value.items()}

    def typed(self, value: Any, key: str, kind: type, default: Any) -> Any:
        if value is None:
            return default
        if kind is int and isinstance(value, str) and value.isdigit():
            return int(value)
        if isinstance(value, bool) and kind is not bool:
            raise self.fail(key, f"expected {kind.__name__}, got {value!r}")
        if not isinstance(value, kind):
            raise self.fail(key, f"expected {kind.__name__}, got {value!r}")
        return value

    def positive(self, value: Any, key: str, default: int) -> int:
        number: int = self.typed(value, key, int, default)
        if number < 1:
            raise self.fail(key, f"must be at least 1, got {number}")
        return number


GUILD_KEYS = {
    "mod_log_channel",
    "queue_channel",
    "moderator_roles",
    "warn_via",
    "escalation",
    "warning_expiry_hours",
    "report_threshold",
    "report_rate",
    "keep_attachments_mb",
}
ESCALATION_KEYS = {"warnings", "window_hours", "timeout_minutes"}
REPORT_RATE_KEYS = {"count", "minutes"}
DISCORD_KEYS = {"token", "api_base", "gateway_url", "dev_guild", "sync_global", "ignore_bots"}
TOP_KEYS = {
    "discord",
    "database",
    "rules",
    "rules_watch",
    "rules_poll_seconds",
    "max_terms",
    "log_level",
    "moderation",
    "guilds",
}
LOG_LEVELS = {"DEBUG", "INFO", "WARNING", "ERROR"}


def _guild(reader: _Reader, raw: Any, key: str, base: GuildConfig) -> GuildConfig:
    data = reader.mapping(raw, key, GUILD_KEYS)
    roles = reader.typed(data.get("moderator_roles"), f"{key}.moderator_roles", list, None)
    warn_via = reader.typed(data.get("warn_via"), f"{key}.warn_via", str, base.warn_via)
    if warn_via not in ("reply", "dm"):
        raise reader.fail(f"{key}.warn_via", f"expected reply or dm, got {warn_via!r}")
    expiry = data.get("warning_expiry_hours", "unset")
    return replace(
        base,
        mod_log_channel=reader.typed(
            data.get("mod_log_channel"), f"{key}.mod_log_channel", int, base.mod_log_channel
        ),
        queue_channel=reader.typed(
            data.get("queue_channel"), f"{key}.queue_channel", int, base.queue_channel
        ),
        moderator_roles=base.moderator_roles
        if roles is None
        else frozenset(reader.typed(r, f"{key}.moderator_roles", int, 0) for r in roles),
        warn_via=warn_via,
        escalation=_escalation(reader, data.get("escalation"), f"{key}.escalation", base),
        warning_expiry=base.warning_expiry
        if expiry == "unset"
        else None
        if expiry is None
        else timedelta(hours=reader.positive(expiry, f"{key}.warning_expiry_hours", 1)),
        report_threshold=reader.positive(
            data.get("report_threshold"), f"{key}.report_threshold", base.report_threshold
        ),
        report_rate=_report_rate(reader, data.get("report_rate"), f"{key}.report_rate", base),
        keep_attachments_bytes=_bytes(
            reader,
            data.get("keep_attachments_mb"),
            f"{key}.keep_attachments_mb",
            base.keep_attachments_bytes,
        ),
    )


def _report_rate(reader: _Reader, raw: Any, key: str, base: GuildConfig) -> RateLimit:
    data = reader.mapping(raw, key, REPORT_RATE_KEYS)
    old = base.report_rate
    return RateLimit(
        count=reader.positive(data.get("count"), f"{key}.count", old.count),
        window=timedelta(
            minutes=reader.positive(
                data.get("minutes"), f"{key}.minutes", int(old.window.total_seconds()) // 60
            )
        ),
    )


def _escalation(reader: _Reader, raw: Any, key: str, base: GuildConfig) -> Escalation:
    data = reader.mapping(raw, key, ESCALATION_KEYS)
    old = base.escalation
    return Escalation(
        warnings=reader.positive(data.get("warnings"), f"{key}.warnings", old.warnings),
        window=timedelta(
            hours=reader.positive(
                data.get("window_hours"),
                f"{key}.window_hours",
                int(old.window.total_seconds()) // 3600,
            )
        ),
        timeout=timedelta(
            minutes=reader.positive(
                data.get("timeout_minutes"),
                f"{key}.timeout_minutes",
                int(old.timeout.total_seconds()) // 60,
            )
        ),
    )


def _guild_rules(reader: _Reader, raw: Any, key: str, folder: Path) -> tuple[Any, Path | None]:
    """A guild section without its ``rules`` key, and that directory (relative to the config)."""
    if not isinstance(raw, dict) or "rules" not in raw:
        return raw, None
    name = reader.typed(raw["rules"], f"{key}.rules", str, None)
    return {k: v for k, v in raw.items() if k != "rules"}, folder / name if name else None


def _bytes(reader: _Reader, value: Any, key: str, default: int) -> int:
    """A size given in megabytes (an int or a float, 0 or more), as bytes."""
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise reader.fail(key, f"expected a number of megabytes, 0 or more, got {value!r}")
    return int(value * MEGABYTE)


def _seconds(reader: _Reader, value: Any, key: str, default: float) -> float:
    """A positive number of seconds (an int or a float)."""
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise reader.fail(key, f"expected a positive number of seconds, got {value!r}")
    return float(value)


def _discord(reader: _Reader, raw: Any, env: Mapping[str, str]) -> DiscordConfig:
    data = reader.mapping(raw, "discord", DISCORD_KEYS)
    token = env.get("DISCORD_TOKEN") or reader.typed(data.get("token"), "discord.token", str, None)
    return DiscordConfig(
        token=token or None,
        api_base=env.get("DISCORD_API_BASE")
        or reader.typed(data.get("api_base"), "discord.api_base", str, DEFAULT_API_BASE),
        gateway_url=env.get("DISCORD_GATEWAY_URL")
        or reader.typed(data.get("gateway_url"), "discord.gateway_url", str, DEFAULT_GATEWAY_URL),
        dev_guild=reader.typed(data.get("dev_guild"), "discord.dev_guild", int, None),
        sync_global=reader.typed(data.get("sync_global"), "discord.sync_global", bool, False),
        ignore_bots=reader.typed(data.get("ignore_bots"), "discord.ignore_bots", bool, True),
    )


def load_config(path: Path, env: Mapping[str, str] | None = None) -> Config:
    """Read ``path`` and the environment; raise ConfigError naming the key on any problem."""
    env = os.environ if env is None else env
    reader = _Reader(str(path))
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the config file: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: the config file is not UTF-8") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" (line {mark.line + 1})" if mark else ""
        raise ConfigError(f"{path}: invalid YAML{line}: {getattr(exc, 'problem', exc)}") from exc
    data = reader.mapping(raw, "", TOP_KEYS)
    base = path.parent
    level = str(reader.typed(data.get("log_level"), "log_level", str, "INFO")).upper()
    if level not in LOG_LEVELS:
        raise reader.fail("log_level", f"expected one of {', '.join(sorted(LOG_LEVELS))}")
    defaults = _guild(reader, data.get("moderation"), "moderation", GuildConfig())
    guilds_raw = reader.typed(data.get("guilds"), "guilds", dict, {})
    guilds: dict[int, GuildConfig] = {}
    for gid, section in guilds_raw.items():
        guild_id = reader.typed(gid, "guilds", int, None)
        section, rules_dir = _guild_rules(reader, section, f"guilds.{gid}", base)
        guilds[guild_id] = replace(
            _guild(reader, section, f"guilds.{gid}", defaults), rules=rules_dir
        )
    return Config(
        discord=_discord(reader, data.get("discord"), env),
        database=base / reader.typed(data.get("database"), "database", str, "modbot.sqlite3"),
        rules=base / reader.typed(data.get("rules"), "rules", str, "rules"),
        rules_watch=reader.typed(data.get("rules_watch"), "rules_watch", bool, True),
        rules_poll_seconds=_seconds(
            reader, data.get("rules_poll_seconds"), "rules_poll_seconds", 0.5
        ),
        max_terms=reader.positive(data.get("max_terms"), "max_terms", MAX_TERMS),
        log_level=level,
        defaults=defaults,
        guilds=guilds,
    )
