"""The group writer: concurrent writes share transactions, and one bad write fails alone;
outcomes stored together are one write."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.adapter.moderation import group_writer
from bot.adapter.moderation.group_writer import GroupWriter
from bot.adapter.moderation.outcomes import Outcomes
from bot.core.cases import Case, CaseKind, NewCase, Outcome
from bot.storage import Database
from bot.storage.backend import Conn
from bot.storage.cases import insert_case
from bot.storage.postgres import PostgresConn
from tests.postgres import postgres_schema, server_url

GUILD = 1_000_000_000_000_000_001
AT = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def case_job(n: int) -> NewCase:
    """A flag case numbered by its reason."""
    return NewCase(guild_id=GUILD, kind=CaseKind.FLAG, created_at=AT, reason=f"case {n}")


def not_urgent_case(writer: GroupWriter) -> asyncio.Future[Case]:
    """Case 0 written as a job that is not urgent (it waits to ride along)."""
    return asyncio.ensure_future(
        writer.run(lambda conn: insert_case(conn, case_job(0)), urgent=False)
    )


async def test_writes_arriving_during_a_transaction_share_the_next_one(tmp_path: Path) -> None:
    async with await Database.open(tmp_path / "modbot.sqlite3") as db:
        writer = GroupWriter(db)
        release = asyncio.Event()

        async def slow(conn: Conn) -> Case:
            await release.wait()  # a transaction that waits, as one on PostgreSQL does
            return await insert_case(conn, case_job(0))

        first = asyncio.ensure_future(writer.run(slow))
        await asyncio.sleep(0)
        rest = [
            asyncio.ensure_future(writer.run(lambda conn, n=n: insert_case(conn, case_job(n))))
            for n in range(1, 20)
        ]
        await asyncio.sleep(0)
        release.set()
        cases = [await first, *await asyncio.gather(*rest)]
        assert [c.reason for c in cases] == [f"case {n}" for n in range(20)]
        assert [await db.cases.get(c.id) for c in cases] == cases
        assert (writer.groups, writer.jobs) == (2, 20)


async def test_an_urgent_write_with_none_running_costs_no_turn_of_the_loop(
    tmp_path: Path,
) -> None:
    """Committed in the caller's task on SQLite: nothing else runs before it returns."""
    async with await Database.open(tmp_path / "modbot.sqlite3") as db:
        writer = GroupWriter(db)
        turned: list[bool] = []
        asyncio.get_running_loop().call_soon(turned.append, True)
        case = await writer.run(lambda conn: insert_case(conn, case_job(0)))
        assert turned == [] and await db.cases.get(case.id) == case


async def test_a_caller_giving_up_mid_transaction_leaves_the_jobs_riding_along(
    tmp_path: Path,
) -> None:
    async with await Database.open(tmp_path / "modbot.sqlite3") as db:
        writer = GroupWriter(db)
        lazy = not_urgent_case(writer)
        await asyncio.sleep(0)
        waiting = asyncio.Event()

        async def stuck(conn: Conn) -> None:
            waiting.set()
            await asyncio.Event().wait()

        caller = asyncio.ensure_future(writer.run(stuck))
        await waiting.wait()
        caller.cancel()
        with pytest.raises(asyncio.CancelledError):
            await caller
        kept = await asyncio.wait_for(lazy, timeout=5)
        assert await db.cases.get(kept.id) == kept


async def test_a_failing_write_fails_only_its_caller(tmp_path: Path) -> None:
    async with await Database.open(tmp_path / "modbot.sqlite3") as db:
        writer = GroupWriter(db)

        async def broken(conn: Conn) -> None:
            await conn.execute("INSERT INTO no_such_table VALUES (1)")

        good = [writer.run(lambda conn, n=n: insert_case(conn, case_job(n))) for n in range(3)]
        results = await asyncio.gather(
            *good[:2], writer.run(broken), good[2], return_exceptions=True
        )
        assert isinstance(results[2], Exception)
        kept = [r for r in results if isinstance(r, Case)]
        assert [c.reason for c in kept] == ["case 0", "case 1", "case 2"]
        assert [await db.cases.get(c.id) for c in kept] == kept


async def test_a_caller_that_gives_up_does_not_stop_the_others(tmp_path: Path) -> None:
    async with await Database.open(tmp_path / "modbot.sqlite3") as db:
        writer = GroupWriter(db)
        first = asyncio.ensure_future(writer.run(lambda conn: insert_case(conn, case_job(0))))
        second = asyncio.ensure_future(writer.run(lambda conn: insert_case(conn, case_job(1))))
        first.cancel()
        with pytest.raises(asyncio.CancelledError):
            await first
        assert (await second).reason == "case 1"


async def test_a_job_that_is_not_urgent_rides_along_with_the_next_urgent_one(
    tmp_path: Path,
) -> None:
    async with await Database.open(tmp_path / "modbot.sqlite3") as db:
        writer = GroupWriter(db)
        lazy = not_urgent_case(writer)
        await asyncio.sleep(0)
        assert not lazy.done()
        urgent = await writer.run(lambda conn: insert_case(conn, case_job(1)))
        assert (await lazy).reason == "case 0" and urgent.reason == "case 1"
        assert (writer.groups, writer.jobs) == (1, 2)


async def test_a_job_that_is_not_urgent_is_written_alone_after_a_while(tmp_path: Path) -> None:
    async with await Database.open(tmp_path / "modbot.sqlite3") as db:
        writer = GroupWriter(db)
        lazy = await asyncio.wait_for(
            writer.run(lambda conn: insert_case(conn, case_job(0)), urgent=False), timeout=5
        )
        assert await db.cases.get(lazy.id) == lazy


@pytest.fixture(params=["sqlite", "postgresql"])
async def either(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Database]:
    """A database on each backend (PostgreSQL where the test server runs)."""
    if request.param == "sqlite":
        async with await Database.open(tmp_path / "modbot.sqlite3") as db:
            yield db
        return
    async with postgres_schema(server_url()) as url, await Database.open(url) as db:
        yield db


async def outcomes_of(db: Database, cases: list[Case]) -> list[tuple[Outcome, str]]:
    """The stored outcome and detail of each case."""
    stored = [await db.cases.get(c.id) for c in cases]
    return [(c.outcome, c.outcome_detail) for c in stored if c is not None]


async def test_outcomes_stored_together_are_one_write_the_later_one_winning(
    either: Database,
) -> None:
    writer = GroupWriter(either)
    cases = [await writer.run(lambda conn, n=n: insert_case(conn, case_job(n))) for n in range(3)]
    outcomes = Outcomes(writer)
    before = writer.jobs
    await asyncio.gather(
        outcomes.store(cases[0].id, Outcome.OK, "sent"),
        outcomes.store(cases[1].id, Outcome.FAILED, "403 Missing Access"),
        outcomes.store(cases[2].id, Outcome.OK, ""),
        outcomes.store(cases[0].id, Outcome.FAILED, "404 Unknown Message"),
    )
    assert writer.jobs - before == 1
    assert await outcomes_of(either, cases) == [
        (Outcome.FAILED, "404 Unknown Message"),
        (Outcome.FAILED, "403 Missing Access"),
        (Outcome.OK, ""),
    ]


async def test_a_caller_giving_up_leaves_its_batch_written(either: Database) -> None:
    writer = GroupWriter(either)
    cases = [await writer.run(lambda conn, n=n: insert_case(conn, case_job(n))) for n in range(2)]
    outcomes = Outcomes(writer)
    gives_up = asyncio.ensure_future(outcomes.store(cases[0].id, Outcome.OK, "gone"))
    stays = asyncio.ensure_future(outcomes.store(cases[1].id, Outcome.OK, "stays"))
    await asyncio.sleep(0)
    gives_up.cancel()
    await asyncio.wait_for(stays, timeout=5)
    assert await outcomes_of(either, cases) == [(Outcome.OK, "gone"), (Outcome.OK, "stays")]


async def test_outcomes_go_out_with_the_next_urgent_write_not_after_the_wait(
    either: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On SQLite they ride in its transaction; on PostgreSQL they follow it at once, so
    their round trip (and the follow-ups waiting for it) come right after a DELETE went out
    rather than at any time, landing on the next hide."""
    monkeypatch.setattr(group_writer, "LAZY_S", 3600.0)
    writer = GroupWriter(either)
    case = await writer.run(lambda conn: insert_case(conn, case_job(0)))
    stored = asyncio.ensure_future(Outcomes(writer).store(case.id, Outcome.OK, "sent"))
    await asyncio.sleep(0.05)
    assert not stored.done()
    await writer.run(lambda conn: insert_case(conn, case_job(1)))
    await asyncio.wait_for(stored, timeout=5)
    assert await outcomes_of(either, [case]) == [(Outcome.OK, "sent")]


async def test_a_lone_statement_that_waited_goes_without_a_transaction_on_postgresql() -> None:
    """One round trip instead of BEGIN, the statement and COMMIT; other jobs keep theirs."""
    async with postgres_schema(server_url()) as url, await Database.open(url) as db:
        writer = GroupWriter(db)

        async def in_transaction(conn: Conn) -> bool:
            assert isinstance(conn, PostgresConn)
            return bool(conn.raw.is_in_transaction())

        alone = await asyncio.wait_for(
            writer.run(in_transaction, urgent=False, one_statement=True), timeout=5
        )
        other = await asyncio.wait_for(writer.run(in_transaction, urgent=False), timeout=5)
        assert (alone, other) == (False, True)


async def test_an_outcome_write_that_fails_is_logged_and_the_next_outcome_goes_in_a_new_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A write that failed before its job ran (the pool lost its server, say) must not keep
    taking outcomes that would then wait on its error for ever."""
    async with await Database.open(tmp_path / "modbot.sqlite3") as db:
        writer = GroupWriter(db)
        cases = [
            await writer.run(lambda conn, n=n: insert_case(conn, case_job(n))) for n in range(2)
        ]
        run = writer.run

        async def refused(*args: object, **kwargs: object) -> None:
            monkeypatch.setattr(writer, "run", run)
            raise ConnectionError("the server went away")

        monkeypatch.setattr(writer, "run", refused)
        outcomes = Outcomes(writer)
        with pytest.raises(ConnectionError):
            await outcomes.store(cases[0].id, Outcome.OK, "lost")
        assert f"cases {cases[0].id}: their outcomes could not be stored" in caplog.text
        await asyncio.wait_for(outcomes.store(cases[1].id, Outcome.OK, "kept"), timeout=5)
        assert (await outcomes_of(db, cases))[1] == (Outcome.OK, "kept")
