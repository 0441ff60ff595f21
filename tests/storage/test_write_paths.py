"""How urgent writes reach each backend: side by side on PostgreSQL's pool, grouped on SQLite."""

from __future__ import annotations

import asyncio
from contextlib import AsyncExitStack

import pytest

from bot.adapter.moderation.group_writer import GroupWriter
from bot.core.cases import Case, CaseKind, NewCase
from bot.storage import Database
from bot.storage.backend import Conn
from bot.storage.cases import insert_case
from bot.storage.postgres import POOL_SIZE
from tests.storage.conftest import GUILD, T0

# The hide statement among a connection's prepared statements (the pattern is split so this
# query, prepared itself, does not match).
PREPARED_HIDES = (
    "SELECT count(*) FROM pg_prepared_statements"
    " WHERE statement LIKE '%INSERT INTO action' || '_claims%'"
)


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


@pytest.mark.parametrize("target", ["postgresql"], indirect=True)
async def test_every_pooled_connection_has_the_hide_prepared_before_the_first_hide(
    db: Database,
) -> None:
    """A connection opened, or a statement prepared, in the middle of a burst cost a hide
    tens of milliseconds: all of them are opened and warmed at start."""
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(db.statement()) for _ in range(POOL_SIZE)]
        counts = [
            (await conn.fetch(PREPARED_HIDES))[0][0]
            for conn in conns  # one by one, each its own
        ]
    assert len({id(conn.raw) for conn in conns}) == POOL_SIZE  # type: ignore[attr-defined]
    assert counts == [1] * POOL_SIZE


@pytest.mark.parametrize("target", ["postgresql"], indirect=True)
async def test_a_statement_hands_back_its_result_without_waiting_for_the_pool(
    db: Database,
) -> None:
    """asyncpg's release runs as a task of its own: awaited, it cost the hide a turn of the
    busy loop before its DELETE."""
    turned: list[bool] = []
    async with db.statement() as conn:
        case = await insert_case(conn, flag("fast"))
        asyncio.get_running_loop().call_soon(turned.append, True)
    assert turned == []
    assert await db.cases.get(case.id) == case
