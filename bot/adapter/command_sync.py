"""Sync the global slash commands only when they changed since the last sync.

Global commands take a while to reach every client, and Discord limits how often they may be
overwritten, so ``discord.sync_global: true`` no longer re-syncs on every start: the digest of
what was last synced is kept in a file beside the database, and a start whose commands have the
same digest (for the same application) skips the call.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
from pathlib import Path
from typing import Any

from discord import app_commands

__all__ = ["commands_digest", "sync_global", "synced_marker"]

log = logging.getLogger(__name__)


def synced_marker(database: Path | str) -> Path:
    """The file that holds the digest of the last global sync: beside a SQLite file, or for
    a PostgreSQL URL one in the working directory named by the URL's digest (never the URL,
    which may hold a password)."""
    if isinstance(database, Path):
        return database.with_name(f"{database.name}.synced-commands")
    return Path(f"modbot-{hashlib.sha256(database.encode()).hexdigest()[:16]}.synced-commands")


def commands_digest(tree: app_commands.CommandTree[Any], application_id: int | None) -> str:
    """SHA-256 of the application's global commands as Discord receives them."""
    payload = sorted(
        (command.to_dict(tree) for command in tree.get_commands()),
        key=lambda c: (c.get("type", 1), c["name"]),
    )
    text = json.dumps({"application": application_id, "commands": payload}, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


def _read(marker: Path) -> str:
    with contextlib.suppress(FileNotFoundError):
        return marker.read_text(encoding="utf-8").strip()
    return ""


async def sync_global(
    tree: app_commands.CommandTree[Any], application_id: int | None, marker: Path
) -> int | None:
    """Sync the global commands unless ``marker`` says these were synced; how many, or None."""
    digest = commands_digest(tree, application_id)
    if await asyncio.to_thread(_read, marker) == digest:
        log.info("global commands unchanged since the last sync (%s); not syncing", digest[:12])
        return None
    synced = await tree.sync()
    await asyncio.to_thread(marker.write_text, digest + "\n", encoding="utf-8")
    log.info("synced %d commands globally (%s)", len(synced), digest[:12])
    return len(synced)
