"""How a rule has performed: its hits, and what became of the posts its shadow mode caught."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from bot.core.cases import CaseKind
from bot.core.rule_record import RuleEvidence
from bot.core.rules import Mode
from bot.storage.times import encode

if TYPE_CHECKING:
    from bot.storage.database import Database

__all__ = ["RuleEvidenceStore"]

# Cases that undo or wave through a post are no evidence against it.
_NOT_EVIDENCE = (CaseKind.DISMISS.value, CaseKind.RESTORE.value, CaseKind.PARDON.value)
_ACTIONS = (CaseKind.WARN.value, CaseKind.HIDE.value, CaseKind.FLAG.value, CaseKind.TIMEOUT.value)

# One row per distinct post the rule caught in shadow mode, with what happened to it after.
_SHADOW_POSTS = f"""
    WITH shadow AS (
        SELECT message_id, MIN(created_at) AS first FROM cases
        WHERE guild_id = ?1 AND rule_id = ?2 AND mode = '{Mode.SHADOW.value}'
          AND created_at >= ?3 AND message_id IS NOT NULL
        GROUP BY message_id
    ), later AS (
        SELECT
            EXISTS (
                SELECT 1 FROM cases c WHERE c.guild_id = ?1 AND c.message_id = s.message_id
                AND c.mode = '{Mode.ENFORCE.value}' AND c.actor_id IS NOT NULL
                AND c.kind NOT IN {_NOT_EVIDENCE} AND c.created_at >= s.first
            ) AS moderator,
            EXISTS (
                SELECT 1 FROM cases c WHERE c.guild_id = ?1 AND c.message_id = s.message_id
                AND c.mode = '{Mode.ENFORCE.value}' AND c.actor_id IS NULL
                AND c.kind IN {_ACTIONS} AND c.rule_id IS DISTINCT FROM ?2
                AND c.created_at >= s.first
            ) AS enforced,
            EXISTS (
                SELECT 1 FROM reports r WHERE r.guild_id = ?1 AND r.message_id = s.message_id
            ) OR EXISTS (
                SELECT 1 FROM cases c WHERE c.guild_id = ?1 AND c.message_id = s.message_id
                AND c.kind = '{CaseKind.REPORT_HIDE.value}'
            ) AS reported
        FROM shadow s
    )
    SELECT COUNT(*) AS posts,
        COALESCE(SUM(CAST(moderator AS INTEGER)), 0) AS moderator,
        COALESCE(SUM(CAST(enforced AS INTEGER)), 0) AS enforced,
        COALESCE(SUM(CAST(reported AS INTEGER)), 0) AS reported,
        COALESCE(SUM(CAST(moderator OR enforced OR reported AS INTEGER)), 0) AS confirmed
    FROM later
"""  # noqa: S608 - only constants are formatted in; values are bound parameters


class RuleEvidenceStore:
    """Answer "is this rule right?" from the case log and members' reports."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def for_rule(self, guild_id: int, rule_id: str, *, since: datetime) -> RuleEvidence:
        """The rule's hits per mode since a time, and the fate of the posts it shadowed."""
        hits = await self._db.fetchall(
            "SELECT mode, COUNT(*) AS n FROM cases"
            " WHERE guild_id = ? AND rule_id = ? AND created_at >= ? GROUP BY mode",
            (guild_id, rule_id, encode(since)),
        )
        per_mode = {Mode(row["mode"]): int(row["n"]) for row in hits}
        row = await self._db.fetchone(_SHADOW_POSTS, (guild_id, rule_id, encode(since)))
        assert row is not None
        return RuleEvidence(
            rule_id=rule_id,
            enforce_hits=per_mode.get(Mode.ENFORCE, 0),
            shadow_hits=per_mode.get(Mode.SHADOW, 0),
            shadow_posts=int(row["posts"]),
            moderator_actioned=int(row["moderator"]),
            enforced_elsewhere=int(row["enforced"]),
            reported=int(row["reported"]),
            confirmed=int(row["confirmed"]),
        )
