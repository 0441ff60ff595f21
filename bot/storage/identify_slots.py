"""Turns at Discord's IDENTIFY rate-limit keys, shared by every process on the database.

Discord starts at most one session per rate-limit key (``shard_id % max_concurrency``) per
5 seconds, for the whole bot rather than per process; a process asks here before each
IDENTIFY. One statement claims a free key (``INSERT ... ON CONFLICT DO UPDATE ... WHERE``),
atomic on both backends, so two processes never take the same turn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.storage.database import Database

__all__ = ["IdentifySlots"]

_CLAIM = """
    INSERT INTO identify_slots (rate_key, free_at_ms) VALUES (?, ?)
    ON CONFLICT (rate_key) DO UPDATE SET free_at_ms = excluded.free_at_ms
    WHERE identify_slots.free_at_ms <= ?
    RETURNING rate_key
"""


class IdentifySlots:
    """Claims of IDENTIFY turns, one rate-limit key at a time."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def claim(self, rate_key: int, *, now_ms: int, spacing_ms: int) -> int:
        """Take the key's turn if it is free at ``now_ms``, keeping it ``spacing_ms``: 0 when
        taken, else the milliseconds until it frees (ask again then; another may take it)."""
        async with self._db.transaction() as conn:
            if await conn.fetch(_CLAIM, (rate_key, now_ms + spacing_ms, now_ms)):
                return 0
            rows = await conn.fetch(
                "SELECT free_at_ms FROM identify_slots WHERE rate_key = ?", (rate_key,)
            )
        return max(1, int(rows[0]["free_at_ms"]) - now_ms)
