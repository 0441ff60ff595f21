"""How urgent writes reach each backend: side by side on PostgreSQL's pool, grouped on SQLite."""

from __future__ import annotations

import asyncio

import pytest

from bot.adapter.moderation.group_writer import GroupWriter
from bot.core.cases import Case, CaseKind, NewCase
from bot.storage import Database
from bot.storage.backend import Conn
from bot.storage.cases import insert_case
from tests.storage.conftest import GUILD, T0


def flag(reason: str) -> NewCase:
    """A flag case named by its reason."""
    return NewCase(guild_id=GUILD, kind=CaseKind.FLAG, created_at=T0, reason=reason)


async def test_one_statement_commits_by_itself_only_where_writes_run_in_parallel(
    db: Database,
) -> None:
    async with db.statement() as conn:
        raw = conn.raw  # type: ignore[attr-defined]
        in_transaction = raw.is_in_transaction() if db.parallel_writes else raw.in_transaction
        case = await insert_case(conn, flag("one"))
    assert in_transaction is (db.kind == "sqlite")
    assert await db.cases.get(case.id) == case


async def test_an_urgent_write_waits_for_a_running_one_only_on_sqlite(db: Database) -> None:
    writer = GroupWriter(db)
    release = asyncio.Event()

    async def slow(conn: Conn) -> Case:
        await release.wait()
        return await insert_case(conn, flag("slow"))

    first = asyncio.ensure_future(writer.run(slow))
    await asyncio.sleep(0)
    second = asyncio.ensure_future(writer.run(lambda conn: insert_case(conn, flag("quick"))))
    try:
        done, _ = await asyncio.wait([second], timeout=2)
    finally:
        release.set()
    assert db.parallel_writes is (db.kind == "postgresql")
    assert bool(done) is db.parallel_writes
    cases = [await first, await second]
    assert [await db.cases.get(case.id) for case in cases] == cases
    assert (writer.groups, writer.jobs) == (2, 2)


@pytest.mark.parametrize("target", ["postgresql"], indirect=True)
async def test_a_once_only_lock_is_free_for_another_process_when_its_holder_is_done(
    db: Database, target: str
) -> None:
    async with db.held("command-sync") as got:
        assert got
    async with await Database.open(target) as other, other.held("command-sync") as got:
        assert got
