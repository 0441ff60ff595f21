"""The ``readings_file`` a guideline file may name: dialect spellings read as standard words.

The file is a mapping with ``readings`` (spelling: standard words) and optionally
``dropped_g`` (true: ``walkin`` and ``walkin'`` read as ``walking`` where that is a known
word). Every rule of a guideline file that names one also matches the read text
(``bot.core.readings``); a rule file naming none reads nothing.
"""

from __future__ import annotations

import re

from bot.core.readings import MAX_WORDS, STRAIGHT, WORD, Readings
from bot.rulesets.fields import FileContext, describe, quote_hint
from bot.rulesets.shared_files import read_shared
from bot.rulesets.yaml_lines import LineMap

__all__ = ["FILE_KEYS", "read_readings"]

FILE_KEYS = ("readings", "dropped_g")
# Words as the reader splits text into them, separated by single spaces.
_SPELLING = re.compile(rf"{WORD}(?: {WORD}){{0,{MAX_WORDS - 1}}}")
_STANDARD = re.compile(rf"{WORD}(?: {WORD})*")


def read_readings(ctx: FileContext, data: LineMap) -> Readings | None:
    """The readings of the file a guideline names under ``readings_file``; None if none."""
    if "readings_file" not in data:
        return None
    name = ctx.text(data, "readings_file", None, empty_ok=False)
    if not name.strip():
        return None
    return read_shared(ctx, "readings_file", name, data.value_line("readings_file"), _compile)


def _compile(ctx: FileContext, data: LineMap) -> Readings | None:
    """A readings file's readings; None when it has any error (each reported at its line):
    a file half read would read texts half the way its author meant."""
    before = len(ctx.errors)
    ctx.check_keys(data, FILE_KEYS, "a readings file", None)
    if not ctx.require(data, ("readings",), "a readings file", None):
        return None
    table = data["readings"]
    if not isinstance(table, LineMap) or not table:
        wanted = "a mapping of spellings to standard words"
        message = f"'readings' must be {wanted}, not {describe(table)}"
        ctx.error(message, data.value_line("readings"))
        return None
    spellings: dict[str, str] = {}
    for spelling, standard in table.items():
        line = table.key_lines.get(spelling, table.line)
        key = _one_line(spelling)
        if key is None or not _SPELLING.fullmatch(key):
            message = (
                f"spelling {spelling!r} must be one to {MAX_WORDS} words of letters or digits "
                "(apostrophes inside or at the end), separated by single spaces"
                + quote_hint(spelling)
            )
            ctx.error(message, line)
            continue
        reading = _one_line(standard)
        if reading is None or not _STANDARD.fullmatch(reading):
            message = f"spelling '{key}' must read as words, not {describe(standard)}"
            message += quote_hint(standard)
            ctx.error(message, table.value_line(spelling))
            continue
        if key in spellings:
            ctx.error(f"spelling '{key}' is listed twice (as written, case aside)", line)
            continue
        spellings[key] = reading
    dropped_g = ctx.flag(data, "dropped_g", False, None)
    return Readings.of(spellings, dropped_g) if len(ctx.errors) == before else None


def _one_line(value: object) -> str | None:
    """A spelling or reading as the reader compares it: lower case, straight apostrophes."""
    if not isinstance(value, str):
        return None
    return value.strip().lower().translate(STRAIGHT)
