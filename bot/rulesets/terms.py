"""Read a rule's terms: ``words`` in the YAML and ``words_file``, one term per line."""

from __future__ import annotations

from pathlib import Path

from bot.core.errors import RuleError
from bot.core.rules import Source
from bot.rulesets.fields import FileContext, describe
from bot.rulesets.yaml_lines import LineList, LineMap

__all__ = ["check_wildcards", "parse_terms", "read_words_file"]

_MIDDLE_STAR = "'*' is a wildcard only at the start or end of a term, not inside {term!r}"


def parse_terms(text: str) -> list[tuple[str, int]]:
    """A words file's terms with their lines, stripped; blank and ``#`` lines skipped."""
    lines = ((line.strip(), n) for n, line in enumerate(text.splitlines(), start=1))
    return [(term, n) for term, n in lines if term and not term.startswith("#")]


def check_wildcards(ctx: FileContext, data: LineMap, key: str, rule_id: str | None) -> None:
    """Report terms of a YAML list with a ``*`` anywhere but their ends."""
    items = data.get(key)
    if isinstance(items, LineList):
        for item, line in zip(items, items.item_lines, strict=True):
            if isinstance(item, str) and "*" in item.strip("*"):
                ctx.error(_MIDDLE_STAR.format(term=item), line, rule_id)


def read_words_file(ctx: FileContext, data: LineMap, rule_id: str | None) -> tuple[str, ...]:
    """The terms of the file named by ``words_file`` (relative to the YAML file), if any."""
    if "words_file" not in data:
        return ()
    name, line = data["words_file"], data.value_line("words_file")
    if not isinstance(name, str) or not name.strip():
        message = f"'words_file' must be a file name relative to this file, not {describe(name)}"
        ctx.error(message, line, rule_id)
        return ()
    path = ctx.folder / name
    text = _read_text(ctx, path, f"words_file '{name}'", line, rule_id)
    terms = parse_terms(text or "")
    for term, n in terms:
        if "*" in term.strip("*"):
            where = Source(str(path), n)
            ctx.errors.append(RuleError(_MIDDLE_STAR.format(term=term), where, rule_id))
    return tuple(term for term, _ in terms)


def _read_text(
    ctx: FileContext, path: Path, what: str, line: int, rule_id: str | None
) -> str | None:
    """A UTF-8 file's text, or None after reporting why it cannot be read."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        ctx.error(f"{what} not found (looked for {path})", line, rule_id)
        return None
    except OSError as exc:
        ctx.error(f"cannot read {what} ({path}): {exc.strerror}", line, rule_id)
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        where = raw[: exc.start].count(b"\n") + 1
        byte = raw[exc.start]
        message = f"{what} is not UTF-8 text (line {where} has byte 0x{byte:02x}); save it as UTF-8"
        ctx.error(message, line, rule_id)
        return None
