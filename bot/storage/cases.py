"""The case log: every moderation action, its outcome, pardons and edit idempotency."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from bot.core.cases import Case, CaseKind, NewCase, Outcome, RuleCount
from bot.core.rules import Mode
from bot.storage.backend import Conn, Row
from bot.storage.times import decode, decode_optional, encode, encode_optional

if TYPE_CHECKING:
    from bot.storage.database import Database

__all__ = ["CaseStore", "claim_in", "insert_case", "set_outcome_in", "set_outcomes_in"]

_INSERT = """
    INSERT INTO cases (
        guild_id, kind, created_at, target_id, actor_id, channel_id, message_id, guideline,
        rule_id, reason, mode, content_hash, expires_at, related_case_id, outcome,
        outcome_detail
    ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    RETURNING *
"""

# A member's warnings that count towards escalation: see CaseStore.warnings.
_WARNINGS = """
    SELECT * FROM cases WHERE guild_id = ? AND target_id = ? AND kind = ?
    AND mode = ? AND voided_at IS NULL AND created_at <= ?
    AND (CAST(? AS TEXT) IS NULL OR created_at >= ?)
    AND (expires_at IS NULL OR expires_at > ?)
    ORDER BY created_at DESC, id DESC
"""


def _warnings_params(
    guild_id: int, user_id: int, now: datetime, since: datetime | None
) -> tuple[object, ...]:
    """The ``_WARNINGS`` parameters."""
    at, start = encode(now), encode_optional(since)
    return (guild_id, user_id, CaseKind.WARN.value, Mode.ENFORCE.value, at, start, start, at)


def _params(new: NewCase) -> tuple[object, ...]:
    """The ``_INSERT`` parameters of a new case."""
    return (
        new.guild_id,
        new.kind.value,
        encode(new.created_at),
        new.target_id,
        new.actor_id,
        new.channel_id,
        new.message_id,
        new.guideline,
        new.rule_id,
        new.reason,
        new.mode.value,
        new.content_hash,
        encode_optional(new.expires_at),
        new.related_case_id,
        new.outcome.value,
        new.outcome_detail,
    )


def _case(row: Row) -> Case:
    """Build a Case from a ``cases`` row."""
    return Case(
        id=row["id"],
        guild_id=row["guild_id"],
        kind=CaseKind(row["kind"]),
        created_at=decode(row["created_at"]),
        target_id=row["target_id"],
        actor_id=row["actor_id"],
        channel_id=row["channel_id"],
        message_id=row["message_id"],
        guideline=row["guideline"],
        rule_id=row["rule_id"],
        reason=row["reason"],
        mode=Mode(row["mode"]),
        content_hash=row["content_hash"],
        expires_at=decode_optional(row["expires_at"]),
        related_case_id=row["related_case_id"],
        outcome=Outcome(row["outcome"]),
        outcome_detail=row["outcome_detail"],
        voided_at=decode_optional(row["voided_at"]),
        voided_by=row["voided_by"],
    )


async def insert_case(conn: Conn, new: NewCase) -> Case:
    """Insert a case inside a caller's transaction and return it with its id."""
    rows = list(await conn.fetch(_INSERT, _params(new)))
    return _case(rows[0])


async def claim_in(
    conn: Conn, message_id: int, rule_ids: Sequence[str], content_hash: str, at: datetime
) -> set[str]:
    """``CaseStore.claim_all`` inside a caller's transaction."""
    if not rule_ids:
        return set()
    placeholders = ", ".join("(?, ?, ?, ?, NULL)" for _ in rule_ids)
    # Only "?" placeholders are formatted into the statement.
    sql = (
        "INSERT INTO action_claims (message_id, rule_id, content_hash, claimed_at, case_id)"  # noqa: S608
        f" VALUES {placeholders} ON CONFLICT DO NOTHING RETURNING rule_id"
    )
    params: list[object] = []
    for rule_id in rule_ids:
        params += [message_id, rule_id, content_hash, encode(at)]
    return {str(row[0]) for row in await conn.fetch(sql, params)}


async def set_outcome_in(conn: Conn, case_id: int, outcome: Outcome, detail: str = "") -> bool:
    """``CaseStore.set_outcome`` inside a caller's transaction."""
    rows = await conn.fetch(
        "UPDATE cases SET outcome = ?, outcome_detail = ? WHERE id = ? RETURNING id",
        (outcome.value, detail, case_id),
    )
    return bool(list(rows))


async def set_outcomes_in(conn: Conn, outcomes: Sequence[tuple[int, Outcome, str]]) -> None:
    """Store many ``(case id, outcome, detail)`` at once, in order (a later one for the same
    case wins): on PostgreSQL one pipelined round trip, atomic even outside a transaction."""
    await conn.executemany(
        "UPDATE cases SET outcome = ?, outcome_detail = ? WHERE id = ?",
        [(outcome.value, detail, case_id) for case_id, outcome, detail in outcomes],
    )


class CaseStore:
    """Record cases and answer the questions the policy asks of them."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(self, new: NewCase) -> Case:
        """Record a case and return it with its id."""
        async with self._db.transaction() as conn:
            return await insert_case(conn, new)

    async def add_all(self, news: Sequence[NewCase]) -> list[Case]:
        """Record several cases in one transaction (a plan's steps); returned in order."""
        if not news:
            return []
        async with self._db.transaction() as conn:
            return [await insert_case(conn, new) for new in news]

    async def claim_all(
        self, message_id: int, rule_ids: Sequence[str], content_hash: str, *, at: datetime
    ) -> set[str]:
        """Claim several rules' keys for one message in one statement; the ids this call got."""
        if not rule_ids:
            return set()
        async with self._db.transaction() as conn:
            return await claim_in(conn, message_id, rule_ids, content_hash, at)

    async def set_outcome(self, case_id: int, outcome: Outcome, detail: str = "") -> bool:
        """Record how the Discord call went (``detail``: the error text); False if no case."""
        async with self._db.transaction() as conn:
            return await set_outcome_in(conn, case_id, outcome, detail)

    async def get(self, case_id: int) -> Case | None:
        """The case with this id, if any."""
        row = await self._db.fetchone("SELECT * FROM cases WHERE id = ?", (case_id,))
        return None if row is None else _case(row)

    async def for_member(
        self, guild_id: int, user_id: int, *, limit: int = 25, offset: int = 0
    ) -> list[Case]:
        """A page of the cases about a member, newest first."""
        rows = await self._db.fetchall(
            "SELECT * FROM cases WHERE guild_id = ? AND target_id = ?"
            " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
            (guild_id, user_id, limit, offset),
        )
        return [_case(row) for row in rows]

    async def warnings(
        self, guild_id: int, user_id: int, *, now: datetime, since: datetime | None = None
    ) -> list[Case]:
        """The member's warnings that count towards escalation at ``now``, newest first.

        Counted: enforce-mode warn cases created in ``[since, now]``, not voided and not
        expired. The outcome is ignored: a warning whose notice failed was still earned.
        """
        rows = await self._db.fetchall(_WARNINGS, _warnings_params(guild_id, user_id, now, since))
        return [_case(row) for row in rows]

    async def add_warning(self, new: NewCase, *, since: datetime | None) -> tuple[Case, int]:
        """Record a warning and count the member's warnings with it, under the member's lock.

        The count is ``warnings(now=new.created_at, since=since)`` as this warning leaves it.
        Two processes warning one member at once count 1 then 2, never 1 and 1, so crossing
        the escalation threshold happens exactly once.
        """
        if new.target_id is None or new.kind is not CaseKind.WARN:
            raise ValueError("add_warning needs a warn case with a target")
        params = _warnings_params(new.guild_id, new.target_id, new.created_at, since)
        async with self._db.transaction(f"member:{new.guild_id}:{new.target_id}") as conn:
            rows = await conn.fetch(_INSERT, _params(new))
            active = await conn.fetch(_WARNINGS, params)
        return _case(rows[0]), len(active)

    async def pardon(
        self, case_id: int, *, by: int | None, at: datetime, reason: str = ""
    ) -> Case | None:
        """Void a case and record the pardon case, together; None if missing or already void."""
        async with self._db.transaction() as conn:
            voided = list(
                await conn.fetch(
                    "UPDATE cases SET voided_at = ?, voided_by = ?"
                    " WHERE id = ? AND voided_at IS NULL RETURNING guild_id, target_id",
                    (encode(at), by, case_id),
                )
            )
            if not voided:
                return None
            pardon = NewCase(
                guild_id=voided[0]["guild_id"],
                kind=CaseKind.PARDON,
                created_at=at,
                target_id=voided[0]["target_id"],
                actor_id=by,
                reason=reason,
                related_case_id=case_id,
                outcome=Outcome.OK,
            )
            rows = list(await conn.fetch(_INSERT, _params(pardon)))
        return _case(rows[0])

    async def counts_by_rule(self, guild_id: int, *, since: datetime) -> list[RuleCount]:
        """How often each rule produced a case since a time, per mode; most frequent first."""
        rows = await self._db.fetchall(
            "SELECT guideline, rule_id, mode, COUNT(*) AS n FROM cases"
            " WHERE guild_id = ? AND created_at >= ? AND rule_id IS NOT NULL"
            " GROUP BY guideline, rule_id, mode ORDER BY n DESC, rule_id, mode",
            (guild_id, encode(since)),
        )
        return [
            RuleCount(row["guideline"], row["rule_id"], Mode(row["mode"]), row["n"]) for row in rows
        ]
