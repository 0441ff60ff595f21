"""Read a rule's terms: ``words`` in the YAML and ``words_file``, one term per line."""

from __future__ import annotations

from pathlib import Path

from bot.rulesets.fields import FileContext, describe
from bot.rulesets.yaml_lines import LineMap

__all__ = ["parse_terms", "read_words_file"]


def parse_terms(text: str) -> tuple[str, ...]:
    """A words file's terms, stripped; blank and ``#`` comment lines skipped."""
    lines = (line.strip() for line in text.splitlines())
    return tuple(term for term in lines if term and not term.startswith("#"))


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
    return parse_terms(text or "")


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
