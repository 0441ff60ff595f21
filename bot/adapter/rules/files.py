"""The rule files on disk as the live rules see them: a cheap signature, a digest, skipped files.

The signature (paths, times, sizes) tells the watcher that something was saved; the digest
(paths and bytes) names a set's exact contents, so processes sharing a rules directory and a
database agree on which recorded version their files are.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
from pathlib import Path

from bot.rulesets.discovery import find_rule_files, watched_files

__all__ = ["Signature", "log_skipped", "rules_digest", "rules_signature"]

log = logging.getLogger(__name__)

Signature = tuple[tuple[str, int, int], ...]


def rules_signature(directories: list[Path]) -> Signature:
    """Path, modification time and size of every file: cheap to poll, changes on any save."""
    out = []
    for directory in directories:
        out.append((str(directory), int(directory.is_dir()), 0))
        for path in watched_files(directory):
            with contextlib.suppress(FileNotFoundError):  # deleted while we looked
                stat = path.stat()
                out.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(out)


def rules_digest(directories: list[Path]) -> str:
    """SHA-256 over every file's relative path and bytes, directory by directory."""
    digest = hashlib.sha256()
    for number, directory in enumerate(directories):
        for path in watched_files(directory):
            name = f"{number}/{path.relative_to(directory).as_posix()}"
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def log_skipped(directories: list[Path]) -> None:
    """Name each file of the directories that looks like a rule file but is not loaded."""
    for directory in directories:
        if directory.is_dir():
            for skipped in find_rule_files(directory).skipped:
                log.warning("rule file skipped: %s", skipped)
