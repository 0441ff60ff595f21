"""Every config key's type and range: one table for the loader and the schema test to share."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

__all__ = [
    "AUTO",
    "DISCORD_KEYS",
    "ESCALATION_KEYS",
    "GUILD_ID",
    "GUILD_KEYS",
    "GUILD_SECTION_KEYS",
    "MAX_ID",
    "MAX_SHARDS",
    "MAX_TIMEOUT_MINUTES",
    "REPORT_RATE_KEYS",
    "SECTIONS",
    "SHARD_KEYS",
    "TOP_KEYS",
    "Key",
    "Kind",
    "WarnVia",
    "show",
    "show_shard_ids",
]

MAX_ID = 2**63 - 1  # Discord ids (snowflakes) are unsigned 64-bit, in practice below 2**63
MAX_TIMEOUT_MINUTES = 28 * 24 * 60  # Discord refuses a timeout longer than 28 days
MAX_SHARDS = 65_536  # far above any bot's shard count; a typo like 80000 is caught
AUTO = "auto"  # ``shards.ids``: every shard, as many as Discord recommends


class Kind(StrEnum):
    """What a key holds; ``SECTION`` keys hold a mapping of further keys."""

    INTEGER = "integer"
    NUMBER = "number"
    BOOLEAN = "boolean"
    TEXT = "text"
    TOKEN = "token"  # noqa: S105 - the name of a kind of key, not a token
    URL = "url"
    CHOICE = "choice"
    ID = "id"
    IDS = "ids"
    SHARD_IDS = "shard_ids"
    SECTION = "section"


class WarnVia(StrEnum):
    """How the bot tells an author about a warning: a reply in the channel, or a DM."""

    REPLY = "reply"
    DM = "dm"


def show(value: Any) -> str:
    """A value as written in an error line, cut short so a huge one stays one readable line."""
    text = repr(value)
    return text if len(text) <= 40 else f"{text[:37]}..."


@dataclass(frozen=True, slots=True)
class Key:
    """One key: its kind, range ``low``..``high``, and choices (or URL schemes).

    ``null_is_value``: null means something (``warning_expiry_hours: null`` is "never");
    elsewhere null is the same as leaving the key out.
    """

    kind: Kind
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()
    null_is_value: bool = False

    def check(self, value: Any) -> tuple[Any, str | None]:
        """The value as the loader keeps it, or a problem saying what was expected instead."""
        match self.kind:
            case Kind.INTEGER:
                if type(value) is int and self._in_range(value):
                    return value, None
                return value, f"expected a whole number {self._range()}, got {show(value)}"
            case Kind.NUMBER:
                if type(value) in (int, float) and self._in_range(value):
                    return float(value), None
                return value, f"expected a number {self._range()}, got {show(value)}"
            case Kind.BOOLEAN:
                ok = isinstance(value, bool)
                return value, None if ok else f"expected true or false, got {show(value)}"
            case Kind.TEXT:
                ok = isinstance(value, str) and bool(value.strip())
                return value, None if ok else f"expected text, got {show(value)}"
            case Kind.TOKEN:
                return value, _token_problem(value)
            case Kind.URL:
                return value, self._url_problem(value)
            case Kind.CHOICE:
                return self._choice(value)
            case Kind.ID:
                return _snowflake(value)
            case Kind.IDS:
                return _snowflakes(value)
            case Kind.SHARD_IDS:
                return _shard_ids(value)
        raise AssertionError(f"{self.kind} keys are read as sections")

    def _in_range(self, value: float) -> bool:
        """Whether a number lies within the range (NaN never does)."""
        return (self.low is None or value >= self.low) and (self.high is None or value <= self.high)

    def _range(self) -> str:
        """The range in words, for error lines."""
        return f"from {_number(self.low)} to {_number(self.high)}"

    def _choice(self, value: Any) -> tuple[Any, str | None]:
        """The choice ``value`` names, in any case (a member when the choices are an enum's)."""
        folded = {c.lower(): c for c in self.choices}
        if isinstance(value, str) and value.lower() in folded:
            return folded[value.lower()], None
        return value, f"expected one of {', '.join(self.choices)}, got {show(value)}"

    def _url_problem(self, value: Any) -> str | None:
        """Why ``value`` is not a URL with one of the schemes and a host, if it is not."""
        if isinstance(value, str):
            parts = urlsplit(value)
            if parts.scheme in self.choices and parts.hostname:
                return None
        schemes = " or ".join(f"{s}://" for s in self.choices)
        return f"expected a URL starting {schemes} with a host, got {show(value)}"


def _number(bound: float | None) -> str:
    """A range bound as written in error lines: 40,320 or 0.01."""
    return f"{bound:,}" if isinstance(bound, int) else f"{bound:g}"


def _token_problem(value: Any) -> str | None:
    """Why a token is unusable, if it is; never echoes the token itself."""
    if not isinstance(value, str) or not value.strip():
        return "is blank: set it to the token from Developer Portal > your application > Bot"
    if any(c.isspace() for c in value):
        return "contains spaces or line breaks: copy the token again, without them"
    return None


ID_PROBLEM = "expected a Discord id (Developer Mode, then right-click > Copy ID)"


def _snowflake(value: Any) -> tuple[Any, str | None]:
    """A Discord id, written as a number or a quoted number."""
    if isinstance(value, str) and value.isascii() and value.isdigit():
        value = int(value)
    if type(value) is int and 1 <= value <= MAX_ID:
        return value, None
    return value, f"{ID_PROBLEM}, got {show(value)}"


def _snowflakes(value: Any) -> tuple[Any, str | None]:
    """A list of Discord ids."""
    if not isinstance(value, list):
        return value, f"expected a list of Discord ids, got {show(value)}"
    ids = [_snowflake(item) for item in value]
    bad = [problem for _, problem in ids if problem]
    return [number for number, _ in ids], bad[0] if bad else None


SHARD_IDS_PROBLEM = "expected a shard id (3), a range of them (0-3), a list (0-3,8) or auto"
_SHARD_RANGE = re.compile(r"\s*([0-9]+)\s*(?:-\s*([0-9]+)\s*)?")


def _shard_ids(value: Any) -> tuple[Any, str | None]:
    """``auto``, or shard ids and ascending ranges separated by commas, as a sorted tuple."""
    if isinstance(value, str) and value.strip().lower() == AUTO:
        return AUTO, None
    if type(value) is int:
        value = str(value)
    if not isinstance(value, str):
        return value, f"{SHARD_IDS_PROBLEM}, got {show(value)}"
    ids: set[int] = set()
    for part in value.split(","):
        found = _SHARD_RANGE.fullmatch(part)
        if found is None:
            return value, f"{SHARD_IDS_PROBLEM}, got {show(value)}"
        first = int(found[1])
        last = first if found[2] is None else int(found[2])
        if last < first:
            backwards = show(part.strip())
            return value, f"the range {backwards} ends below its start: write {last}-{first}"
        if last >= MAX_SHARDS:
            return value, f"shard ids go up to {MAX_SHARDS - 1:,}, got {show(value)}"
        twice = ids.intersection(range(first, last + 1))
        if twice:
            return value, f"shard {min(twice)} is listed twice in {show(value)}"
        ids.update(range(first, last + 1))
    return tuple(sorted(ids)), None


def show_shard_ids(ids: tuple[int, ...]) -> str:
    """Shard ids written back as the shortest list of ids and ranges (``0-3,8``)."""
    parts: list[str] = []
    start = prev = ids[0]
    for shard in (*ids[1:], None):
        if shard is not None and shard == prev + 1:
            prev = shard
            continue
        parts.append(str(start) if start == prev else f"{start}-{prev}")
        if shard is not None:
            start = prev = shard
    return ",".join(parts)


SECTION = Key(Kind.SECTION)

DISCORD_KEYS: Mapping[str, Key] = {
    "token": Key(Kind.TOKEN),
    "api_base": Key(Kind.URL, choices=("https", "http")),
    "gateway_url": Key(Kind.URL, choices=("wss", "ws")),
    "dev_guild": Key(Kind.ID),
    "sync_global": Key(Kind.BOOLEAN),
    "ignore_bots": Key(Kind.BOOLEAN),
}
ESCALATION_KEYS: Mapping[str, Key] = {
    "warnings": Key(Kind.INTEGER, 1, 100),
    "window_hours": Key(Kind.INTEGER, 1, 24 * 365),
    "timeout_minutes": Key(Kind.INTEGER, 1, MAX_TIMEOUT_MINUTES),
}
SHARD_KEYS: Mapping[str, Key] = {
    "ids": Key(Kind.SHARD_IDS),
    "count": Key(Kind.INTEGER, 1, MAX_SHARDS),
    "identify_spacing_seconds": Key(Kind.NUMBER, 0.01, 60),
}
REPORT_RATE_KEYS: Mapping[str, Key] = {
    "count": Key(Kind.INTEGER, 1, 1000),
    "minutes": Key(Kind.INTEGER, 1, 7 * 24 * 60),
}
GUILD_KEYS: Mapping[str, Key] = {
    "mod_log_channel": Key(Kind.ID),
    "queue_channel": Key(Kind.ID),
    "moderator_roles": Key(Kind.IDS),
    "warn_via": Key(Kind.CHOICE, choices=tuple(WarnVia)),
    "escalation": SECTION,
    "warning_expiry_hours": Key(Kind.INTEGER, 1, 24 * 365 * 10, null_is_value=True),
    "report_threshold": Key(Kind.INTEGER, 1, 1000),
    "report_rate": SECTION,
    "keep_attachments_mb": Key(Kind.NUMBER, 0, 500),  # Discord's largest upload limit
}
# A guild's own section: the moderation keys and its own rules directory.
GUILD_SECTION_KEYS: Mapping[str, Key] = {**GUILD_KEYS, "rules": Key(Kind.TEXT)}
GUILD_ID = Key(Kind.ID)  # the keys of ``guilds``
TOP_KEYS: Mapping[str, Key] = {
    "discord": SECTION,
    "database": Key(Kind.TEXT),
    "rules": Key(Kind.TEXT),
    "rules_watch": Key(Kind.BOOLEAN),
    "rules_poll_seconds": Key(Kind.NUMBER, 0.01, 3600),
    "rules_sync_seconds": Key(Kind.NUMBER, 0.01, 3600),
    "max_terms": Key(Kind.INTEGER, 1, 1_000_000),
    "log_level": Key(Kind.CHOICE, choices=("DEBUG", "INFO", "WARNING", "ERROR")),
    "shards": SECTION,
    "moderation": SECTION,
    "guilds": SECTION,
}
# Each section's keys by its place in the file (``guilds.*`` is any guild's own section).
SECTIONS: Mapping[str, Mapping[str, Key]] = {
    "": TOP_KEYS,
    "discord": DISCORD_KEYS,
    "shards": SHARD_KEYS,
    "moderation": GUILD_KEYS,
    "moderation.escalation": ESCALATION_KEYS,
    "moderation.report_rate": REPORT_RATE_KEYS,
    "guilds.*": GUILD_SECTION_KEYS,
    "guilds.*.escalation": ESCALATION_KEYS,
    "guilds.*.report_rate": REPORT_RATE_KEYS,
}
