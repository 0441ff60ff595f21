"""Members' reports and their queue cards: file once per member, resolve all at once."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from bot.core.reports import (
    Filed,
    Filing,
    NewReport,
    RateLimit,
    Report,
    ReportCard,
    ReportStatus,
    retry_at,
)
from bot.storage.attachments import decode_attachments, encode_attachments
from bot.storage.backend import Conn, Row
from bot.storage.times import decode, decode_optional, encode

if TYPE_CHECKING:
    from bot.storage.database import Database

__all__ = ["ReportStore"]

_INSERT = """
    INSERT INTO reports (
        guild_id, channel_id, message_id, author_id, reporter_id, guideline, reason, content,
        attachments, thread_title, created_at, updated_at
    ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    RETURNING *
"""

_UPDATE = """
    UPDATE reports SET guideline = ?, reason = ?, updated_at = ? WHERE id = ? RETURNING *
"""

_RECENT = """
    SELECT created_at FROM reports WHERE guild_id = ? AND reporter_id = ? AND created_at > ?
"""

# A page of decisions: each reported message's reports of one status and one resolving case.
_ROUNDS = """
    WITH rounds AS (
        SELECT message_id, status, case_id, MAX(updated_at) AS latest, MAX(id) AS last_id
        FROM reports
        WHERE guild_id = ? AND (CAST(? AS TEXT) IS NULL OR status = ?)
            AND (CAST(? AS BIGINT) IS NULL OR author_id = ?)
        GROUP BY message_id, status, case_id
        ORDER BY latest DESC, last_id DESC LIMIT ? OFFSET ?
    )
    SELECT reports.* FROM rounds JOIN reports
        ON reports.message_id = rounds.message_id AND reports.status = rounds.status
        AND reports.case_id IS NOT DISTINCT FROM rounds.case_id
    ORDER BY rounds.latest DESC, rounds.last_id DESC, reports.created_at, reports.id
"""

_STATE = """
    SELECT COUNT(DISTINCT reporter_id) FILTER (WHERE status = 'open') AS open_reporters,
           COUNT(*) FILTER (WHERE status != 'open') AS resolved
    FROM reports WHERE message_id = ?
"""


def _report(row: Row) -> Report:
    """Build a Report from a ``reports`` row."""
    return Report(
        id=row["id"],
        guild_id=row["guild_id"],
        channel_id=row["channel_id"],
        message_id=row["message_id"],
        author_id=row["author_id"],
        reporter_id=row["reporter_id"],
        guideline=row["guideline"],
        created_at=decode(row["created_at"]),
        updated_at=decode(row["updated_at"]),
        reason=row["reason"],
        content=row["content"],
        attachments=decode_attachments(row["attachments"]),
        thread_title=row["thread_title"],
        status=ReportStatus(row["status"]),
        resolved_by=row["resolved_by"],
        resolved_at=decode_optional(row["resolved_at"]),
        resolution=row["resolution"],
        case_id=row["case_id"],
    )


class ReportStore:
    """File, list and resolve reports; remember where each message's card is."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def file(self, new: NewReport, rate: RateLimit) -> Filing:
        """Record a report, or update the reporter's open one, within the rate limit.

        One transaction holding the reporter's and the message's locks: the rate check, the
        write and the message's report counts cannot interleave with another filing, in this
        process or another, so exactly one filing sees the count reach the threshold. A report
        a moderator already resolved is left as is.
        """
        locks = (f"reporter:{new.guild_id}:{new.reporter_id}", f"reported:{new.message_id}")
        async with self._db.transaction(*locks) as conn:
            rows = await conn.fetch(
                _RECENT, (new.guild_id, new.reporter_id, encode(new.created_at - rate.window))
            )
            retry = retry_at([decode(r[0]) for r in rows], new.created_at, rate)
            if retry is not None:
                return Filing(outcome=Filed.RATE_LIMITED, retry_at=retry)
            found = await _first(
                conn,
                "SELECT * FROM reports WHERE message_id = ? AND reporter_id = ?",
                (new.message_id, new.reporter_id),
            )
            row: Row | None
            if found is not None and found["status"] != ReportStatus.OPEN:
                outcome, row = Filed.ALREADY_REVIEWED, found
            elif found is not None:
                params = (new.guideline, new.reason, encode(new.created_at), found["id"])
                outcome, row = Filed.UPDATED, await _first(conn, _UPDATE, params)
            else:
                outcome, row = Filed.NEW, await _first(conn, _INSERT, _params(new))
            state = await _first(conn, _STATE, (new.message_id,))
        assert row is not None and state is not None
        return Filing(
            outcome=outcome,
            report=_report(row),
            open_reporters=state["open_reporters"],
            reviewed=state["resolved"] > 0,
        )

    async def retry_at(
        self, guild_id: int, reporter_id: int, now: datetime, rate: RateLimit
    ) -> datetime | None:
        """When the member may report again; None if they may at ``now``."""
        rows = await self._db.fetchall(_RECENT, (guild_id, reporter_id, encode(now - rate.window)))
        return retry_at([decode(r[0]) for r in rows], now, rate)

    async def get(self, report_id: int) -> Report | None:
        """The report with this id, if any."""
        row = await self._db.fetchone("SELECT * FROM reports WHERE id = ?", (report_id,))
        return None if row is None else _report(row)

    async def for_message(
        self, message_id: int, *, status: ReportStatus | None = None
    ) -> list[Report]:
        """A message's reports (of one status, if given), oldest first."""
        state = None if status is None else status.value
        rows = await self._db.fetchall(
            "SELECT * FROM reports WHERE message_id = ? AND (CAST(? AS TEXT) IS NULL OR status = ?)"
            " ORDER BY created_at, id",
            (message_id, state, state),
        )
        return [_report(row) for row in rows]

    async def for_guild(
        self,
        guild_id: int,
        *,
        status: ReportStatus | None = ReportStatus.OPEN,
        limit: int = 25,
        offset: int = 0,
    ) -> list[Report]:
        """A page of a guild's reports (open ones by default), newest first."""
        state = None if status is None else status.value
        rows = await self._db.fetchall(
            "SELECT * FROM reports WHERE guild_id = ? AND (CAST(? AS TEXT) IS NULL OR status = ?)"
            " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
            (guild_id, state, state, limit, offset),
        )
        return [_report(row) for row in rows]

    async def rounds(
        self,
        guild_id: int,
        *,
        status: ReportStatus | None = ReportStatus.OPEN,
        author_id: int | None = None,
        limit: int = 25,
        offset: int = 0,
    ) -> list[list[Report]]:
        """A page of reported messages, latest report first: each one's reports, oldest first.

        A message's reports of one status closed by one case form one entry (one decision);
        ``author_id`` keeps the messages of one reported member.
        """
        state = None if status is None else status.value
        rows = await self._db.fetchall(
            _ROUNDS, (guild_id, state, state, author_id, author_id, limit, offset)
        )
        rounds: dict[tuple[int, str, int | None], list[Report]] = {}
        for row in rows:
            key = (row["message_id"], row["status"], row["case_id"])
            rounds.setdefault(key, []).append(_report(row))
        return list(rounds.values())

    async def resolve(
        self,
        message_id: int,
        *,
        status: ReportStatus,
        by: int | None,
        at: datetime,
        resolution: str,
        case_id: int | None = None,
    ) -> list[Report]:
        """Close every open report of a message at once; empty if none was open (one click wins)."""
        if status is ReportStatus.OPEN:
            raise ValueError("resolve needs a closed status")
        async with self._db.transaction() as conn:
            rows = await conn.fetch(
                "UPDATE reports SET status = ?, resolved_by = ?, resolved_at = ?, resolution = ?,"
                " case_id = ? WHERE message_id = ? AND status = ? RETURNING *",
                (
                    status.value,
                    by,
                    encode(at),
                    resolution,
                    case_id,
                    message_id,
                    ReportStatus.OPEN.value,
                ),
            )
            resolved = [_report(row) for row in rows]
        return sorted(resolved, key=lambda r: (r.created_at, r.id))

    async def card(self, message_id: int) -> ReportCard | None:
        """Where the card of a reported message is, if one was posted."""
        row = await self._db.fetchone(
            "SELECT * FROM report_cards WHERE message_id = ?", (message_id,)
        )
        if row is None:
            return None
        return ReportCard(
            row["message_id"], row["guild_id"], row["queue_channel_id"], row["card_message_id"]
        )

    async def save_card(self, card: ReportCard) -> None:
        """Remember (or move) a reported message's card."""
        async with self._db.transaction() as conn:
            await conn.fetch(
                "INSERT INTO report_cards (message_id, guild_id, queue_channel_id, card_message_id)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (message_id) DO UPDATE SET"
                " queue_channel_id = excluded.queue_channel_id,"
                " card_message_id = excluded.card_message_id",
                (card.message_id, card.guild_id, card.queue_channel_id, card.card_message_id),
            )


async def _first(conn: Conn, sql: str, params: tuple[object, ...]) -> Row | None:
    """The first row of a statement run inside the caller's transaction, if any."""
    for row in await conn.fetch(sql, params):
        return row
    return None


def _params(new: NewReport) -> tuple[object, ...]:
    """The ``_INSERT`` parameters of a new report."""
    at = encode(new.created_at)
    return (
        new.guild_id,
        new.channel_id,
        new.message_id,
        new.author_id,
        new.reporter_id,
        new.guideline,
        new.reason,
        new.content,
        encode_attachments(new.attachments),
        new.thread_title,
        at,
        at,
    )
