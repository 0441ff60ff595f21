"""Say which files of a rules directory are rule files, and why each look-alike is skipped.

The loader (``modbot rules validate``, the bot at start) and the live watcher both ask this
module, so a file the watcher ignores is never loaded, and a file skipped is always named.
"""

from __future__ import annotations

import errno
import stat
from dataclasses import dataclass
from pathlib import Path

__all__ = ["SUFFIXES", "RuleFiles", "Skipped", "find_rule_files", "watched_files"]

SUFFIXES = (".yaml", ".yml")  # compared case-insensitively: BE-NICE.YAML is a rule file
# Backups, swap and temporary files that editors and tools leave beside the file they save.
_LEFTOVER_ENDS = ("~", "#", ".swp", ".swo", ".swx", ".tmp", ".bak", ".orig", ".rej")


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file that looks like a rule file but is not loaded, and why."""

    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True, slots=True)
class RuleFiles:
    """The rule files of a directory, sorted by name, and the look-alikes skipped."""

    files: tuple[Path, ...]
    skipped: tuple[Skipped, ...]


def find_rule_files(directory: Path) -> RuleFiles:
    """The ``*.yaml``/``*.yml`` files directly in ``directory``; the others that mention
    ``.yaml``/``.yml`` in their name are skipped with a reason."""
    files: list[Path] = []
    skipped: list[Skipped] = []
    for path in sorted(directory.iterdir()):
        if not _mentions_yaml(path.name):
            continue  # word lists, READMEs, folders: not rule files, nothing to say
        reason = _name_problem(path.name) or _kind_problem(path)
        if reason is None:
            files.append(path)
        else:
            skipped.append(Skipped(path, reason))
    return RuleFiles(tuple(files), tuple(skipped))


def watched_files(directory: Path) -> list[Path]:
    """Every file whose change can change the rules: the rule files and the other regular
    files under ``directory`` (word lists), without hidden or editor leftover files."""
    if not directory.is_dir():
        return []
    found = list(find_rule_files(directory).files)
    for path in directory.rglob("*"):
        parts = path.relative_to(directory).parts
        if len(parts) == 1 and _mentions_yaml(path.name):
            continue  # decided by find_rule_files
        if any(_ignored(part) for part in parts):
            continue
        if path.is_file():
            found.append(path)
    return sorted(found)


def _mentions_yaml(name: str) -> bool:
    """Whether a name looks meant as a rule file (also a backup of one)."""
    lowered = name.lower()
    return any(suffix in lowered for suffix in SUFFIXES)


def _ignored(name: str) -> str | None:
    """Why a file of this name never matters: hidden, or an editor's leftover."""
    if name.startswith("."):
        return "hidden file (its name starts with '.'), not loaded"
    if name.startswith("#") or name.endswith(_LEFTOVER_ENDS):
        return "an editor's backup, swap or temporary file, not loaded"
    return None


def _name_problem(name: str) -> str | None:
    """Why a name is not a rule file's: ignored, or another suffix."""
    if not (ignored := _ignored(name)) and not name.lower().endswith(SUFFIXES):
        return "its name does not end in .yaml or .yml, not loaded"
    return ignored


def _kind_problem(path: Path) -> str | None:
    """Why a path with a rule file's name cannot be read as one (symlinks followed)."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symlink loop, not loaded"
        if path.is_symlink():
            return f"a dangling symlink (to {path.readlink()}, which does not exist), not loaded"
        return f"cannot be read ({exc.strerror}), not loaded"
    if stat.S_ISDIR(mode):
        return "a directory, not a file"
    if not stat.S_ISREG(mode):
        return "not a regular file, not loaded"
    return None
