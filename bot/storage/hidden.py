"""Full copies of hidden messages, kept so a moderator can restore them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from bot.core.cases import Case, HiddenPost, HiddenStatus, NewCase, NewHiddenPost, Outcome
from bot.storage.attachments import decode_attachments, encode_attachments
from bot.storage.backend import Conn, Row
from bot.storage.cases import insert_case
from bot.storage.errors import AlreadyHiddenError
from bot.storage.times import decode, decode_optional, encode

if TYPE_CHECKING:
    from bot.storage.database import Database

__all__ = ["HiddenPostStore", "mark_already_hidden", "record_hide"]

_INSERT = """
    INSERT INTO hidden_posts (
        guild_id, channel_id, parent_id, message_id, author_id, author_name,
        author_avatar_url, content, thread_title, attachments, embeds, posted_at, hidden_at,
        case_id
    ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (message_id) WHERE status = 'hidden' DO NOTHING
    RETURNING *
"""


def _embeds(text: str) -> tuple[dict[str, Any], ...]:
    """Parse the ``embeds`` column back into embed dicts."""
    items: list[dict[str, Any]] = json.loads(text)
    return tuple(items)


def _hidden(row: Row) -> HiddenPost:
    """Build a HiddenPost from a ``hidden_posts`` row."""
    return HiddenPost(
        id=row["id"],
        guild_id=row["guild_id"],
        channel_id=row["channel_id"],
        message_id=row["message_id"],
        author_id=row["author_id"],
        author_name=row["author_name"],
        posted_at=decode(row["posted_at"]),
        hidden_at=decode(row["hidden_at"]),
        parent_id=row["parent_id"],
        author_avatar_url=row["author_avatar_url"],
        content=row["content"],
        thread_title=row["thread_title"],
        attachments=decode_attachments(row["attachments"]),
        embeds=_embeds(row["embeds"]),
        case_id=row["case_id"],
        status=HiddenStatus(row["status"]),
        restored_at=decode_optional(row["restored_at"]),
        restored_by=row["restored_by"],
        restored_message_id=row["restored_message_id"],
    )


def _copy_params(new: NewHiddenPost) -> tuple[object, ...]:
    """The ``_INSERT`` parameters of a new copy."""
    return (
        new.guild_id,
        new.channel_id,
        new.parent_id,
        new.message_id,
        new.author_id,
        new.author_name,
        new.author_avatar_url,
        new.content,
        new.thread_title,
        encode_attachments(new.attachments),
        json.dumps(list(new.embeds), ensure_ascii=False),
        encode(new.posted_at),
        encode(new.hidden_at),
        new.case_id,
    )


async def _insert_copy(conn: Conn, new: NewHiddenPost) -> HiddenPost | None:
    """Insert a copy inside a caller's transaction; None when the message is hidden already."""
    rows = await conn.fetch(_INSERT, _copy_params(new))
    return _hidden(rows[0]) if rows else None


async def record_hide(
    conn: Conn, news: Sequence[NewCase], copy: NewHiddenPost, *, owner: int
) -> tuple[list[Case], HiddenPost | None]:
    """``HiddenPostStore.add_with_cases`` inside a caller's transaction."""
    cases = [await insert_case(conn, new) for new in news]
    hidden = await _insert_copy(conn, replace(copy, case_id=cases[owner].id))
    if hidden is None:
        cases = await mark_already_hidden(conn, cases, owner)
    return cases, hidden


async def mark_already_hidden(conn: Conn, cases: list[Case], owner: int) -> list[Case]:
    """End the hide case ok, "already hidden", when its copy found the message hidden."""
    detail = "already hidden"
    hide = cases[owner]
    await conn.execute(
        "UPDATE cases SET outcome = ?, outcome_detail = ? WHERE id = ?",
        (Outcome.OK.value, detail, hide.id),
    )
    cases[owner] = replace(hide, outcome=Outcome.OK, outcome_detail=detail)
    return cases


class HiddenPostStore:
    """Store, list and mark restored the copies of hidden messages."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(self, new: NewHiddenPost) -> HiddenPost:
        """Store a copy before the message is deleted; AlreadyHiddenError if it is hidden.

        The unique index on hidden copies decides, in one statement, which of two racing hides
        (a rule and a report, say, in one process or two) goes on to delete the message.
        """
        async with self._db.transaction() as conn:
            hidden = await _insert_copy(conn, new)
        if hidden is None:
            raise AlreadyHiddenError(new.message_id)
        return hidden

    async def add_with_cases(
        self, news: Sequence[NewCase], copy: NewHiddenPost, *, owner: int
    ) -> tuple[list[Case], HiddenPost | None]:
        """Record a plan's cases and the copy of ``news[owner]``'s message in one transaction.

        One commit before the delete instead of one per row keeps a hide's latency low. The
        copy is None when the message is hidden already; its case then ends ok, "already
        hidden", in the same transaction.
        """
        async with self._db.transaction() as conn:
            return await record_hide(conn, news, copy, owner=owner)

    async def keep_files(self, hidden: HiddenPost, files: Sequence[bytes | None]) -> HiddenPost:
        """Store the bytes of a copy's attachments, one entry per attachment (None: not kept).

        The bytes and the attachments' ``kept`` marks are written in one transaction.
        """
        attachments = tuple(
            replace(a, kept=data is not None)
            for a, data in zip(hidden.attachments, files, strict=True)
        )
        async with self._db.transaction() as conn:
            await conn.executemany(
                "INSERT INTO hidden_files (hidden_id, position, data) VALUES (?, ?, ?)",
                [(hidden.id, i, data) for i, data in enumerate(files) if data is not None],
            )
            await conn.execute(
                "UPDATE hidden_posts SET attachments = ? WHERE id = ?",
                (encode_attachments(attachments), hidden.id),
            )
        return replace(hidden, attachments=attachments)

    async def purge(self, hidden_id: int) -> bool:
        """Delete a copy's text, title, attachments, embeds and kept files for good, keeping
        its author, place and times; False if missing or purged already."""
        async with self._db.transaction() as conn:
            rows = list(
                await conn.fetch(
                    "UPDATE hidden_posts SET content = '', thread_title = '', attachments = '[]',"
                    " embeds = '[]', status = ? WHERE id = ? AND status != ? RETURNING id",
                    (HiddenStatus.PURGED.value, hidden_id, HiddenStatus.PURGED.value),
                )
            )
            if rows:
                await conn.execute("DELETE FROM hidden_files WHERE hidden_id = ?", (hidden_id,))
            return bool(rows)

    async def files(self, hidden_id: int) -> dict[int, bytes]:
        """The kept bytes of a copy's attachments, by their place in its attachments."""
        rows = await self._db.fetchall(
            "SELECT position, data FROM hidden_files WHERE hidden_id = ? ORDER BY position",
            (hidden_id,),
        )
        return {row["position"]: bytes(row["data"]) for row in rows}

    async def get(self, hidden_id: int) -> HiddenPost | None:
        """The stored copy with this id, if any."""
        row = await self._db.fetchone("SELECT * FROM hidden_posts WHERE id = ?", (hidden_id,))
        return None if row is None else _hidden(row)

    async def by_message(self, message_id: int) -> HiddenPost | None:
        """The latest copy of a message (a message hidden, restored and hidden again has two)."""
        row = await self._db.fetchone(
            "SELECT * FROM hidden_posts WHERE message_id = ? ORDER BY id DESC LIMIT 1",
            (message_id,),
        )
        return None if row is None else _hidden(row)

    async def for_guild(
        self,
        guild_id: int,
        *,
        status: HiddenStatus | None = None,
        limit: int = 25,
        offset: int = 0,
    ) -> list[HiddenPost]:
        """A page of a guild's hidden-post copies, most recently hidden first."""
        state = None if status is None else status.value
        rows = await self._db.fetchall(
            "SELECT * FROM hidden_posts"
            " WHERE guild_id = ? AND (CAST(? AS TEXT) IS NULL OR status = ?)"
            " ORDER BY hidden_at DESC, id DESC LIMIT ? OFFSET ?",
            (guild_id, state, state, limit, offset),
        )
        return [_hidden(row) for row in rows]

    async def mark_restored(
        self,
        hidden_id: int,
        *,
        by: int | None,
        at: datetime,
        restored_message_id: int | None = None,
    ) -> bool:
        """Mark a copy restored; False if missing or already restored, so one click wins.

        ``restored_message_id`` is the webhook re-post, None when unlocking a thread sufficed.
        """
        async with self._db.transaction() as conn:
            rows = await conn.fetch(
                "UPDATE hidden_posts SET status = ?, restored_at = ?, restored_by = ?,"
                " restored_message_id = ? WHERE id = ? AND status = ? RETURNING id",
                (
                    HiddenStatus.RESTORED.value,
                    encode(at),
                    by,
                    restored_message_id,
                    hidden_id,
                    HiddenStatus.HIDDEN.value,
                ),
            )
            return bool(list(rows))
