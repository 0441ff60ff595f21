"""Read typed values out of a parsed YAML mapping, collecting friendly errors with lines."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from bot.core.errors import RuleError
from bot.core.rules import Source
from bot.rulesets.yaml_lines import LineList, LineMap

__all__ = ["FileContext", "describe", "quote_hint"]

_YAML_BOOLEANS = "yes/no/on/off/true/false"


def describe(value: Any) -> str:
    """Name a parsed YAML value's type the way an admin would say it."""
    if value is None:
        return "an empty value"
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, date):
        return f"a date ({value})"
    if isinstance(value, str):
        return f"a string ({value!r})" if len(value) <= 40 else "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def quote_hint(value: Any) -> str:
    """Suggest quoting when YAML turned an unquoted word into a number, boolean or date."""
    if isinstance(value, bool):
        return f" (YAML reads unquoted {_YAML_BOOLEANS} as true/false: write it in quotes)"
    if isinstance(value, int | float | date):
        return f' (write it in quotes to make it a string: "{value}")'
    return ""


@dataclass
class FileContext:
    """One YAML file being read: its display name, folder and the errors found so far."""

    file: str
    folder: Path
    errors: list[RuleError] = field(default_factory=list)
    # What files several rule files name (a classes_file) gave when first read in this load,
    # by key and resolved path: one dict shared by every file of a load, so each is read once.
    shared: dict[tuple[str, Path], Any] = field(default_factory=dict)

    def error(self, message: str, line: int, rule_id: str | None = None) -> None:
        """Record one error at a line of this file."""
        self.errors.append(RuleError(message, Source(self.file, line), rule_id))

    def check_keys(
        self, mapping: LineMap, allowed: Iterable[str], what: str, rule_id: str | None
    ) -> None:
        """Report keys that are not allowed, suggesting the closest allowed key."""
        allowed = list(allowed)
        for key in mapping:
            if key in allowed:
                continue
            close = difflib.get_close_matches(str(key), allowed, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            message = f"unknown key '{key}' in {what}{hint}; allowed keys: {', '.join(allowed)}"
            self.error(message, mapping.key_lines.get(key, mapping.line), rule_id)

    def require(
        self, mapping: LineMap, keys: Iterable[str], what: str, rule_id: str | None
    ) -> bool:
        """Report each missing required key; True when all are present."""
        missing = [k for k in keys if k not in mapping]
        for key in missing:
            self.error(f"{what} is missing the required key '{key}'", mapping.line, rule_id)
        return not missing

    def text(self, mapping: LineMap, key: str, rule_id: str | None, *, empty_ok: bool) -> str:
        """A string value (absent means empty); errors for other types."""
        value = mapping.get(key, "")
        line = mapping.value_line(key)
        if not isinstance(value, str):
            self.error(f"'{key}' must be a string, not {describe(value)}", line, rule_id)
            return ""
        if not empty_ok and not value.strip():
            self.error(f"'{key}' must not be empty", line, rule_id)
        return value

    def strings(
        self, mapping: LineMap, key: str, rule_id: str | None, *, single_ok: bool = False
    ) -> tuple[str, ...]:
        """A list of non-empty strings (or one string when ``single_ok``)."""
        if key not in mapping:
            return ()
        value, line = mapping[key], mapping.value_line(key)
        if single_ok and isinstance(value, str):
            value = _one_item(value, line)
        if not isinstance(value, LineList):
            self.error(
                f"'{key}' must be a list of strings, not {describe(value)}; "
                f"write it as [item, ...] or one '- item' per line",
                line,
                rule_id,
            )
            return ()
        return tuple(self._items(value, key, rule_id, ints_ok=False))

    def ids(self, mapping: LineMap, key: str, rule_id: str | None) -> frozenset[str]:
        """A list of channel/role ids or names; bare numbers are kept as their digits."""
        if key not in mapping:
            return frozenset()
        value = mapping[key]
        if not isinstance(value, LineList):
            message = f"'{key}' must be a list of ids or names, not {describe(value)}"
            self.error(message, mapping.value_line(key), rule_id)
            return frozenset()
        return frozenset(self._items(value, key, rule_id, ints_ok=True))

    def _items(self, items: LineList, key: str, rule_id: str | None, *, ints_ok: bool) -> list[str]:
        """The valid string items of a list, reporting the rest by line."""
        good: list[str] = []
        for item, line in zip(items, items.item_lines, strict=True):
            if ints_ok and isinstance(item, int) and not isinstance(item, bool):
                good.append(str(item))
            elif not isinstance(item, str):
                message = f"'{key}' items must be strings, not {describe(item)}{quote_hint(item)}"
                self.error(message, line, rule_id)
            elif not item.strip():
                self.error(f"'{key}' has an empty string; remove it", line, rule_id)
            else:
                good.append(item)
        return good

    def choice(
        self, mapping: LineMap, key: str, options: Iterable[str], rule_id: str | None
    ) -> str | None:
        """One of fixed options; None when absent or invalid (invalid is reported)."""
        if key not in mapping:
            return None
        value, options = mapping[key], list(options)
        if value in options:
            return str(value)
        close = difflib.get_close_matches(str(value), options, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        shown = f"'{value}'" if isinstance(value, str) else describe(value)
        message = f"'{key}' must be one of {', '.join(options)}, not {shown}{hint}"
        self.error(message, mapping.value_line(key), rule_id)
        return None

    def flag(self, mapping: LineMap, key: str, default: bool, rule_id: str | None) -> bool:
        """A true/false value."""
        value = mapping.get(key, default)
        if isinstance(value, bool):
            return value
        message = f"'{key}' must be true or false, not {describe(value)}"
        self.error(message, mapping.value_line(key), rule_id)
        return default


def _one_item(value: str, line: int) -> LineList:
    """Wrap a lone string as a one-item list at the same line."""
    items = LineList([value])
    items.line, items.item_lines = line, [line]
    return items
