"""Opening the database: migrations, pragmas, refusal of newer schemas, transactions."""

from __future__ import annotations

import asyncio
import re
import signal
import sqlite3
import sys
import threading
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.storage import Database, SchemaTooNewError, StorageError, migrations
from bot.storage.cases import insert_case
from bot.storage.migrations import MIGRATIONS
from bot.storage.sqlite import SqliteBackend
from tests.storage.conftest import warning
from tests.storage.test_hidden import copy

ROOT = Path(__file__).resolve().parents[2]


async def pragma(db: Database, name: str) -> object:
    row = await db.fetchone(f"PRAGMA {name}")
    assert row is not None
    return row[0]


async def test_fresh_file_is_migrated_to_latest(sqlite_db: Database) -> None:
    db = sqlite_db
    assert await pragma(db, "user_version") == len(MIGRATIONS)
    tables = {r["name"] for r in await db.fetchall("SELECT name FROM sqlite_master")}
    assert {"cases", "action_claims", "hidden_posts"} <= tables


async def schema_version(db: Database) -> int:
    async with db.transaction() as conn:
        return await db.backend.schema_version(conn)


@pytest.fixture
async def sqlite_db(db_path: Path) -> AsyncIterator[Database]:
    """A SQLite database, for what only SQLite has (pragmas, its own errors)."""
    async with await Database.open(db_path) as db:
        yield db


async def test_reopen_is_idempotent_and_keeps_rows(target: str) -> None:
    async with await Database.open(target) as db:
        assert await schema_version(db) == len(MIGRATIONS)
        case = await db.cases.add(warning(0))
    async with await Database.open(target) as db:
        assert await schema_version(db) == len(MIGRATIONS)
        assert await db.cases.get(case.id) == case


async def test_an_older_database_is_upgraded_in_place(
    target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database made by the previous release gains the new migration and keeps its rows."""
    with monkeypatch.context() as older:
        older.setattr(migrations, "MIGRATIONS", MIGRATIONS[:-1])
        async with await Database.open(target) as db:
            assert await schema_version(db) == len(MIGRATIONS) - 1
            case = await db.cases.add(warning(0))
    async with await Database.open(target) as db:
        assert db.backend.migrated_from == len(MIGRATIONS) - 1
        assert await schema_version(db) == len(MIGRATIONS)
        assert await db.cases.get(case.id) == case
        hidden = await db.hidden.add(copy(case_id=case.id))
        assert await db.hidden.keep_files(hidden, [b"\x00\xff", None])
        assert await db.hidden.files(hidden.id) == {0: b"\x00\xff"}


@pytest.mark.parametrize("target", ["postgresql"], indirect=True)
async def test_two_processes_opening_a_new_database_migrate_it_once(target: str) -> None:
    """The migrate lock: the second opener waits, then finds the schema current."""
    first, second = await asyncio.gather(Database.open(target), Database.open(target))
    try:
        assert sorted([first.backend.migrated_from, second.backend.migrated_from]) == [
            0,
            len(MIGRATIONS),
        ]
    finally:
        await first.close()
        await second.close()


async def test_pragmas(sqlite_db: Database) -> None:
    db = sqlite_db
    assert await pragma(db, "journal_mode") == "wal"
    assert await pragma(db, "synchronous") == 1  # NORMAL
    assert await pragma(db, "foreign_keys") == 1
    assert await pragma(db, "busy_timeout") == 5000


async def test_newer_schema_is_refused_naming_the_path(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(SchemaTooNewError) as caught:
        await Database.open(db_path)
    message = str(caught.value)
    assert str(db_path) in message
    assert "99" in message
    assert f"({len(MIGRATIONS)})" in message


async def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"definitely not sqlite, just some text long enough" * 20)
    with pytest.raises(StorageError, match=re.escape(str(path))):
        await Database.open(path)


async def test_failed_transaction_rolls_back_and_the_next_one_works(db: Database) -> None:
    with pytest.raises(RuntimeError):
        async with db.transaction() as conn:
            await conn.execute(
                "INSERT INTO cases (guild_id, kind, created_at) VALUES (1, 'warn', 'x')"
            )
            raise RuntimeError("boom")
    assert await db.fetchall("SELECT * FROM cases") == []
    case = await db.cases.add(warning(0))
    assert await db.cases.get(case.id) == case


async def test_a_short_transaction_commits_or_rolls_back_whole(db: Database) -> None:
    async with db.short_transaction() as conn:
        first = await insert_case(conn, warning(0))
        second = await insert_case(conn, warning(1))
    assert [await db.cases.get(c.id) for c in (first, second)] == [first, second]
    with pytest.raises(RuntimeError):
        async with db.short_transaction() as conn:
            await insert_case(conn, warning(2))
            raise RuntimeError("boom")
    row = await db.fetchone("SELECT COUNT(*) FROM cases")
    assert row is not None and row[0] == 2
    async with db.transaction() as conn:  # the next transaction of either kind works
        await insert_case(conn, warning(3))


async def test_a_short_sqlite_transaction_runs_on_the_loops_thread(sqlite_db: Database) -> None:
    """No hop to aiosqlite's thread: a function SQLite calls runs on the caller's thread."""
    backend = sqlite_db.backend
    assert isinstance(backend, SqliteBackend)
    await backend.conn.raw.create_function("thread_id", 0, threading.get_ident)
    async with sqlite_db.short_transaction() as conn:
        short = (await conn.fetch("SELECT thread_id()"))[0][0]
    async with sqlite_db.transaction() as conn:
        usual = (await conn.fetch("SELECT thread_id()"))[0][0]
    assert short == threading.get_ident() != usual


async def test_commits_leave_the_write_ahead_log_to_the_checkpointer(
    sqlite_db: Database,
) -> None:
    """No commit stops to copy the log into the file (and sync it): a thread does that."""
    backend = sqlite_db.backend
    assert isinstance(backend, SqliteBackend)
    assert await pragma(sqlite_db, "wal_autocheckpoint") == 0
    cases = [await sqlite_db.cases.add(warning(n)) for n in range(20)]
    pages, copied = await backend.checkpoints.checkpoint()
    assert pages > 0 and copied == pages
    assert [await sqlite_db.cases.get(c.id) for c in cases] == cases


async def test_foreign_keys_are_enforced(sqlite_db: Database) -> None:
    db = sqlite_db
    with pytest.raises(sqlite3.IntegrityError):
        await db.cases.add(warning(0, related_case_id=12345))


async def test_naive_times_are_refused(db: Database) -> None:
    naive = warning(0).created_at.replace(tzinfo=None)
    with pytest.raises(ValueError, match="naive"):
        await db.cases.add(warning(0, created_at=naive))


async def test_cancelled_writers_leave_no_transaction_open(db: Database) -> None:
    tasks = [asyncio.create_task(db.cases.add(warning(0))) for _ in range(100)]
    for _ in range(3):
        await asyncio.sleep(0)
    for task in tasks[::2]:
        task.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    assert any(isinstance(r, asyncio.CancelledError) for r in results)
    case = await db.cases.add(warning(1))
    assert await db.cases.get(case.id) == case
    if isinstance(db.backend, SqliteBackend):
        async with db.transaction():
            assert db.backend.conn.raw.in_transaction
    row = await db.fetchone("SELECT COUNT(*) FROM cases")
    assert row is not None
    assert row[0] >= 51


async def test_a_missing_directory_is_reported_with_the_path(tmp_path: Path) -> None:
    path = tmp_path / "no-such-dir" / "modbot.sqlite3"
    with pytest.raises(StorageError, match=re.escape(str(path))):
        await Database.open(path)


@pytest.mark.parametrize("where", ["missing directory", "a directory"])
def test_a_bad_path_fails_cleanly_and_leaves_no_thread(tmp_path: Path, where: str) -> None:
    """The error is the only outcome: no aiosqlite thread reports to the loop after it closed."""
    path = tmp_path / "no-such-dir" / "modbot.sqlite3" if where == "missing directory" else tmp_path
    failures: list[threading.ExceptHookArgs] = []
    hook, threading.excepthook = threading.excepthook, failures.append
    try:
        with pytest.raises(StorageError, match=f"^{re.escape(str(path))}: cannot open database"):
            asyncio.run(Database.open(path))
        for thread in threading.enumerate():
            if "_connection_worker_thread" in thread.name:
                thread.join(timeout=5)
    finally:
        threading.excepthook = hook
    assert [str(f.exc_value) for f in failures] == []


HOLDER = """
import asyncio, sys
from bot.storage import Database

async def main():
    await Database.open(sys.argv[1])
    print("open", flush=True)
    await asyncio.sleep(60)

asyncio.run(main())
"""


async def test_a_second_process_on_a_sqlite_file_is_refused(db_path: Path) -> None:
    """One process per file: the second learns why and what to do; the lock dies with its holder."""

    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", HOLDER, str(db_path), cwd=ROOT, stdout=asyncio.subprocess.PIPE
    )
    assert proc.stdout is not None
    try:
        assert await asyncio.wait_for(proc.stdout.readline(), timeout=20) == b"open\n"
        with pytest.raises(StorageError) as caught:
            await Database.open(db_path)
        message = str(caught.value)
        assert message.startswith(f"{db_path}: already in use by another modbot process (pid ")
        assert str(proc.pid) in message
        assert "postgresql://" in message
    finally:
        proc.send_signal(signal.SIGKILL)
        await proc.wait()
    async with await Database.open(db_path) as db:
        assert await db.fetchall("SELECT * FROM cases") == []
