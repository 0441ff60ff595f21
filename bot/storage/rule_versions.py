"""Every rule set that loaded: its digest, when, why and who, so changes can be traced.

Processes sharing the database and the rules directory record a set once: ``record`` adds a
row only when the set's latest row has another digest, deciding under a per-set lock, so two
processes loading the same saved files leave one row, which every other process then follows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.core.rule_record import NewRuleVersion, RuleVersion, Trigger
from bot.storage.backend import Row
from bot.storage.times import decode, encode

if TYPE_CHECKING:
    from bot.storage.database import Database

__all__ = ["RuleVersionStore"]

_INSERT = """
    INSERT INTO rule_versions (guild_id, digest, loaded_at, loaded_by, trigger, rule_count, summary)
    VALUES (?, ?, ?, ?, ?, ?, ?)
    RETURNING *
"""

_LATEST = (
    "SELECT * FROM rule_versions WHERE guild_id IS NOT DISTINCT FROM ? ORDER BY id DESC LIMIT 1"
)


def _params(new: NewRuleVersion) -> tuple[object, ...]:
    """The ``_INSERT`` parameters for a new version."""
    return (
        new.guild_id,
        new.digest,
        encode(new.loaded_at),
        new.loaded_by,
        new.trigger.value,
        new.rule_count,
        new.summary,
    )


def _version(row: Row) -> RuleVersion:
    """Build a RuleVersion from a ``rule_versions`` row."""
    return RuleVersion(
        id=row["id"],
        guild_id=row["guild_id"],
        digest=row["digest"],
        loaded_at=decode(row["loaded_at"]),
        trigger=Trigger(row["trigger"]),
        rule_count=row["rule_count"],
        loaded_by=row["loaded_by"],
        summary=row["summary"],
    )


class RuleVersionStore:
    """Record loaded rule sets; ``guild_id`` None is the shared set, an id a guild's layers."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(self, new: NewRuleVersion) -> RuleVersion:
        """Record a rule set that loaded and return it with its id."""
        async with self._db.transaction() as conn:
            rows = list(await conn.fetch(_INSERT, _params(new)))
        return _version(rows[0])

    async def record(self, new: NewRuleVersion) -> tuple[RuleVersion, bool]:
        """The set's latest version if it has ``new``'s digest, else ``new`` added; and whether
        it was added. The ``rule-version:<set>`` lock makes the check and the insert one step."""
        lock = f"rule-version:{'shared' if new.guild_id is None else new.guild_id}"
        async with self._db.transaction(lock) as conn:
            rows = list(await conn.fetch(_LATEST, (new.guild_id,)))
            if rows and rows[0]["digest"] == new.digest:
                return _version(rows[0]), False
            rows = list(await conn.fetch(_INSERT, _params(new)))
        return _version(rows[0]), True

    async def latest(self, guild_id: int | None) -> RuleVersion | None:
        """The newest version of a set, if any was recorded."""
        found = await self.history(guild_id, limit=1)
        return found[0] if found else None

    async def history(self, guild_id: int | None, *, limit: int = 10) -> list[RuleVersion]:
        """The newest versions of a set, newest first."""
        rows = await self._db.fetchall(
            "SELECT * FROM rule_versions WHERE guild_id IS NOT DISTINCT FROM ?"
            " ORDER BY id DESC LIMIT ?",
            (guild_id, limit),
        )
        return [_version(row) for row in rows]

    async def count(self, guild_id: int | None) -> int:
        """How many versions of a set were recorded."""
        row = await self._db.fetchone(
            "SELECT COUNT(*) FROM rule_versions WHERE guild_id IS NOT DISTINCT FROM ?", (guild_id,)
        )
        return int(row[0]) if row else 0
