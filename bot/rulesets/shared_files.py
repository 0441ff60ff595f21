"""Files that rule files name (``classes_file``, ``readings_file``): found inside the rules
folder, read and parsed once per load however many rule files name them, their own errors
reported once, at their own lines."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import yaml

from bot.core.errors import RuleError
from bot.rulesets.fields import FileContext, describe
from bot.rulesets.yaml_lines import LineMap, parse_yaml

__all__ = ["MAX_FILE_BYTES", "read_shared"]

MAX_FILE_BYTES = 1 << 20  # like a words_file: a list, not a corpus
T = TypeVar("T")


def read_shared(
    ctx: FileContext,
    key: str,
    name: str,
    line: int,
    compile_file: Callable[[FileContext, LineMap], T],
) -> T | None:
    """What ``compile_file`` makes of the file ``name`` (named under ``key`` at ``line``).

    None, with an error at the naming line, when the file is outside the rules folder, missing,
    too large or unreadable (said again for each file naming it); None, with an error in the
    file said once, when it is not a mapping.
    """
    folder = ctx.folder.resolve()
    path = (folder / name).resolve()
    if not path.is_relative_to(folder):
        ctx.error(f"{key} '{name}' must be inside the rules folder ({folder})", line)
        return None
    if (key, path) in ctx.shared:
        cached: T | None = ctx.shared[key, path]
        return cached
    text = _text(ctx, key, name, line, path)
    if text is None:
        return None
    made = _compiled(key, path, text, compile_file)
    ctx.errors.extend(made[1])
    ctx.shared[key, path] = made[0]
    return made[0]


def _text(ctx: FileContext, key: str, name: str, line: int, path: Path) -> str | None:
    """The file's text; None, with an error at the naming line, when it cannot be had."""
    if not path.is_file():
        ctx.error(f"{key} '{name}' not found (looked for {path})", line)
        return None
    if path.stat().st_size > MAX_FILE_BYTES:
        ctx.error(f"{key} '{name}' is larger than {MAX_FILE_BYTES >> 20} MiB", line)
        return None
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        ctx.error(f"cannot read {key} '{name}' ({path}): {exc}", line)
        return None


def _compiled(
    key: str, path: Path, text: str, compile_file: Callable[[FileContext, LineMap], T]
) -> tuple[T | None, list[RuleError]]:
    """What ``compile_file`` makes of the file's mapping, and the errors in the file."""
    sub = FileContext(str(path), path.parent)
    made = None
    try:
        data, duplicates = parse_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        sub.error(f"invalid YAML: {getattr(exc, 'problem', exc)}", mark.line + 1 if mark else 1)
    else:
        for dup in duplicates:
            sub.error(f"{dup}; YAML would keep only the last one", dup.line)
        if isinstance(data, LineMap):
            made = compile_file(sub, data)
        else:
            sub.error(f"a {key} must be a mapping, not {describe(data)}", 1)
    return made, sub.errors
