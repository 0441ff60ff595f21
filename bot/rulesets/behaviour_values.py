"""Read the typed values behaviour keys use: durations, bounded counts, domains, file types."""

from __future__ import annotations

import re

from bot.rulesets.fields import FileContext, describe
from bot.rulesets.yaml_lines import LineMap

__all__ = ["DAY", "read_count", "read_domains", "read_duration", "read_extensions", "read_types"]

DAY = 86_400
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": DAY, "w": 7 * DAY}
_DURATION = re.compile(r"(\d{1,7})\s*([smhdw])")
_DOMAIN = re.compile(r"(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]+")  # a bare TLD (ru) covers its hosts
_CONTENT_TYPE = re.compile(r"[a-z0-9.+-]+/(?:\*|[a-z0-9.+-]+)")


def _shown(value: object) -> str:
    return f"'{value}'" if isinstance(value, str) else describe(value)


def read_duration(
    ctx: FileContext, data: LineMap, key: str, rule_id: str | None, bounds: tuple[int, int]
) -> float | None:
    """A duration such as 10s, 5m, 2h, 1d or 1w, within ``bounds`` seconds; None if absent."""
    if key not in data:
        return None
    value, low, high = data[key], *bounds
    match = _DURATION.fullmatch(value.strip().lower()) if isinstance(value, str) else None
    seconds = int(match.group(1)) * _UNITS[match.group(2)] if match else None
    if seconds is None or not low <= seconds <= high:
        message = (
            f"'{key}' must be a duration from {low}s to {high}s written like 30s, 10m, 2h or "
            f"1d, not {_shown(value)}"
        )
        ctx.error(message, data.value_line(key), rule_id)
        return None
    return float(seconds)


def read_count(
    ctx: FileContext, data: LineMap, key: str, rule_id: str | None, bounds: tuple[int, int]
) -> int | None:
    """A whole number within ``bounds``; None if absent or wrong (reported)."""
    if key not in data:
        return None
    value, low, high = data[key], *bounds
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    message = f"'{key}' must be a whole number from {low} to {high}, not {_shown(value)}"
    ctx.error(message, data.value_line(key), rule_id)
    return None


def read_domains(ctx: FileContext, data: LineMap, key: str, rule_id: str | None) -> frozenset[str]:
    """Domains, lowercased and in punycode; each also covers its subdomains."""
    found = set()
    for item in ctx.strings(data, key, rule_id):
        domain = item.strip().lower().removeprefix("*.").rstrip(".")
        if not domain.isascii():
            try:
                domain = domain.encode("idna").decode("ascii")
            except UnicodeError:
                domain = ""
        if not _DOMAIN.fullmatch(domain):
            message = f"'{key}' items must be domains like example.com, not '{item}'"
            ctx.error(message, data.value_line(key), rule_id)
            continue
        found.add(domain)
    return frozenset(found)


def read_extensions(ctx: FileContext, data: LineMap, rule_id: str | None) -> frozenset[str]:
    """File extensions, lowercase without the dot (``.EXE`` is ``exe``)."""
    found = set()
    for item in ctx.strings(data, "extensions", rule_id):
        extension = item.strip().lower().lstrip(".")
        if not extension or "." in extension or "/" in extension:
            message = f"'extensions' items must be file extensions like exe, not '{item}'"
            ctx.error(message, data.value_line("extensions"), rule_id)
            continue
        found.add(extension)
    return frozenset(found)


def read_types(ctx: FileContext, data: LineMap, rule_id: str | None) -> frozenset[str]:
    """Content types like ``application/x-msdownload`` or ``video/*``, lowercased."""
    found = set()
    for item in ctx.strings(data, "content_types", rule_id):
        kind = item.strip().lower()
        if not _CONTENT_TYPE.fullmatch(kind):
            message = f"'content_types' items must be like application/zip or video/*, not '{item}'"
            ctx.error(message, data.value_line("content_types"), rule_id)
            continue
        found.add(kind)
    return frozenset(found)
