"""Read a rule's terms: ``words`` in the YAML and ``words_file``, one term per line."""

from __future__ import annotations

import stat
from pathlib import Path

from bot.rulesets.fields import FileContext, describe
from bot.rulesets.yaml_lines import LineMap

__all__ = ["MAX_WORDS_FILE_BYTES", "parse_terms", "read_words_file"]

# A word list is text an admin keeps; a larger file is a mistake (or /dev/zero), not a list.
MAX_WORDS_FILE_BYTES = 1 << 20


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
    what = f"words_file '{name}'"
    path = _inside(ctx, ctx.folder / name, what, line, rule_id)
    text = None if path is None else _read_text(ctx, path, what, line, rule_id)
    return parse_terms(text or "")


def _inside(ctx: FileContext, path: Path, what: str, line: int, rule_id: str | None) -> Path | None:
    """The resolved path when it is a regular file inside the rules directory, of bounded
    size; otherwise None after saying why (moderators can list a rule's terms on Discord)."""
    root = ctx.folder.resolve()
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python 3.11)
        ctx.error(f"{what} is a symlink loop ({path})", line, rule_id)
        return None
    if not resolved.is_relative_to(root):
        message = f"{what} is outside the rules directory {root}; keep word lists inside it"
        ctx.error(message, line, rule_id)
        return None
    try:
        info = resolved.stat()
    except FileNotFoundError:
        ctx.error(f"{what} not found (looked for {path})", line, rule_id)
        return None
    except OSError as exc:
        ctx.error(f"cannot read {what} ({path}): {exc.strerror}", line, rule_id)
        return None
    if not stat.S_ISREG(info.st_mode):
        ctx.error(f"{what} is not a regular file ({path})", line, rule_id)
        return None
    if info.st_size > MAX_WORDS_FILE_BYTES:
        message = (
            f"{what} is {info.st_size:,} bytes; the limit is {MAX_WORDS_FILE_BYTES:,} "
            "(split the list or trim it)"
        )
        ctx.error(message, line, rule_id)
        return None
    return resolved


def _read_text(
    ctx: FileContext, path: Path, what: str, line: int, rule_id: str | None
) -> str | None:
    """A UTF-8 file's text, or None after reporting why it cannot be read."""
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_WORDS_FILE_BYTES + 1)  # the file may grow after its stat
    except OSError as exc:
        ctx.error(f"cannot read {what} ({path}): {exc.strerror}", line, rule_id)
        return None
    if len(raw) > MAX_WORDS_FILE_BYTES:
        ctx.error(f"{what} is over {MAX_WORDS_FILE_BYTES:,} bytes", line, rule_id)
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        where = raw[: exc.start].count(b"\n") + 1
        byte = raw[exc.start]
        message = f"{what} is not UTF-8 text (line {where} has byte 0x{byte:02x}); save it as UTF-8"
        ctx.error(message, line, rule_id)
        return None
