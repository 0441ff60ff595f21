"""The messages a case covers (a flood's whole window) and the key a flood's case goes by."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from bot.core.cases import CaseKind
from bot.core.rules import Mode
from bot.storage.times import encode

if TYPE_CHECKING:
    from bot.storage.database import Database

__all__ = ["CaseMessageStore", "MemberRecord"]

# Cases that count as a member's record for behaviour rules' ``who``: what the bot or a
# moderator did about them, enforced and not pardoned (restores, pardons, dismissals aside).
_RECORD_KINDS = (CaseKind.WARN, CaseKind.HIDE, CaseKind.TIMEOUT, CaseKind.REPORT_HIDE)

# Both counts in one statement: the warnings still active at ``now`` and every case on record.
_RECORD = """
    SELECT
        COALESCE(SUM(CASE WHEN kind = ? AND (expires_at IS NULL OR expires_at > ?)
            THEN 1 ELSE 0 END), 0) AS warnings,
        COUNT(*) AS cases
    FROM cases WHERE guild_id = ? AND target_id = ? AND mode = ? AND voided_at IS NULL
    AND kind IN (?, ?, ?, ?)
"""


@dataclass(frozen=True, slots=True)
class MemberRecord:
    """A member's active warnings (not expired nor pardoned) and cases on record."""

    warnings: int
    cases: int


class CaseMessageStore:
    """Which messages a case covers, and which case a flood's key names."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(self, case_id: int, message_ids: Sequence[int], key: str | None = None) -> None:
        """Record that the case covers these messages and, with ``key``, goes by that key."""
        async with self._db.transaction() as conn:
            await conn.executemany(
                "INSERT INTO case_messages (case_id, message_id) VALUES (?, ?)"
                " ON CONFLICT DO NOTHING",
                [(case_id, message_id) for message_id in message_ids],
            )
            if key is not None:
                await conn.execute(
                    "INSERT INTO case_keys (case_key, case_id) VALUES (?, ?)"
                    " ON CONFLICT DO NOTHING",
                    (key, case_id),
                )

    async def add_links(self, links: Sequence[tuple[int, int]]) -> None:
        """Record several (case, message) pairs in one write: a message joining floods."""
        async with self._db.transaction() as conn:
            await conn.executemany(
                "INSERT INTO case_messages (case_id, message_id) VALUES (?, ?)"
                " ON CONFLICT DO NOTHING",
                list(links),
            )

    async def case_for_key(self, key: str) -> int | None:
        """The id of the case a flood with this key opened, if it was recorded."""
        row = await self._db.fetchone("SELECT case_id FROM case_keys WHERE case_key = ?", (key,))
        return None if row is None else int(row["case_id"])

    async def messages(self, case_id: int) -> list[int]:
        """The messages the case covers, oldest first (snowflakes sort by time)."""
        rows = await self._db.fetchall(
            "SELECT message_id FROM case_messages WHERE case_id = ? ORDER BY message_id",
            (case_id,),
        )
        return [int(row["message_id"]) for row in rows]

    async def record(self, guild_id: int, user_id: int, *, now: datetime) -> MemberRecord:
        """A member's active warnings and cases on record at ``now``, in one query."""
        params = (
            CaseKind.WARN.value,
            encode(now),
            guild_id,
            user_id,
            Mode.ENFORCE.value,
            *(kind.value for kind in _RECORD_KINDS),
        )
        row = await self._db.fetchone(_RECORD, params)
        if row is None:
            return MemberRecord(0, 0)
        return MemberRecord(int(row["warnings"]), int(row["cases"]))
