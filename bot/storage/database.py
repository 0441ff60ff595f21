"""Open the SQLite database: pragmas, migrations, and one connection shared by all tasks."""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from types import TracebackType

import aiosqlite

from bot.storage.cases import CaseStore
from bot.storage.errors import StorageError
from bot.storage.hidden import HiddenPostStore
from bot.storage.migrations import migrate
from bot.storage.reports import ReportStore
from bot.storage.rule_versions import RuleVersionStore

__all__ = ["BUSY_TIMEOUT_MS", "Database"]

log = logging.getLogger(__name__)

# How long a statement waits for another process's write lock before failing.
BUSY_TIMEOUT_MS = 5000


def _connect(name: str) -> sqlite3.Connection:
    """Open the file (on a worker thread) for aiosqlite's thread to use from then on."""
    return sqlite3.connect(name, isolation_level=None, check_same_thread=False)


class Database:
    """The bot's database: one aiosqlite connection and the stores built on it.

    aiosqlite runs statements one at a time on its own thread; the lock additionally keeps
    each transaction whole, so one task's statements never land inside another's (where a
    rollback would undo both). Durability: WAL with ``synchronous=NORMAL``. A commit is in
    the WAL file before ``add`` returns, so killing the process (even ``kill -9``) loses no
    committed case; only an OS crash or power cut can lose the last commits, never
    corrupting the file. FULL would fsync every commit and slow bursts for that last case.
    """

    def __init__(self, conn: aiosqlite.Connection, path: str) -> None:
        self.path = path
        self._conn = conn
        self._lock = asyncio.Lock()
        self.cases = CaseStore(self)
        self.hidden = HiddenPostStore(self)
        self.rule_versions = RuleVersionStore(self)
        self.reports = ReportStore(self)

    @classmethod
    async def open(cls, path: str | os.PathLike[str]) -> Database:
        """Connect, set WAL and the other pragmas, and apply pending migrations.

        Raises SchemaTooNewError for a database written by a newer modbot, and StorageError
        naming the path when the file cannot be opened as a database.
        """
        name = os.fspath(path)
        try:
            raw = await asyncio.to_thread(_connect, name)
        except sqlite3.Error as error:
            raise StorageError(f"{name}: cannot open database: {error}") from error
        # The connector only hands over the open connection, so it cannot fail: a failing
        # aiosqlite.connect leaves its thread to report to the loop after the loop has closed.
        conn = await aiosqlite.Connection(lambda: raw, iter_chunk_size=64)
        try:
            conn.row_factory = aiosqlite.Row
            # PRAGMAs take no parameters; the values are constants.
            await conn.execute_fetchall(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
            await conn.execute_fetchall("PRAGMA foreign_keys = ON")
            rows = list(await conn.execute_fetchall("PRAGMA journal_mode = WAL"))
            if rows[0][0] != "wal":
                log.warning("%s: journal_mode is %s, not wal", name, rows[0][0])
            await conn.execute_fetchall("PRAGMA synchronous = NORMAL")
            db = cls(conn, name)
            async with db.transaction() as tx:
                await migrate(tx, name)
        except sqlite3.DatabaseError as error:
            await conn.close()
            raise StorageError(f"{name}: cannot open database: {error}") from error
        except BaseException:
            await conn.close()
            raise
        return db

    async def close(self) -> None:
        """Wait for the running transaction, then close the connection."""
        async with self._lock:
            await self._conn.close()

    async def __aenter__(self) -> Database:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """Run the block as one write transaction: committed if it returns, else rolled back.

        ``BEGIN IMMEDIATE`` takes the write lock up front, so a read-then-write inside the
        block cannot race another process. Inside the block use only the yielded connection:
        ``fetchall`` would wait for the lock the block holds.
        """
        async with self._lock:
            try:
                await self._conn.execute_fetchall("BEGIN IMMEDIATE")
                yield self._conn
            except BaseException:
                await self._rollback()
                raise
            try:
                await self._conn.execute_fetchall("COMMIT")
            except sqlite3.Error:
                await self._rollback()
                raise

    async def _rollback(self) -> None:
        """Roll back whatever is open; no transaction (never begun, or undone by SQLite) is fine.

        aiosqlite runs statements in order, so this follows even a statement whose await was
        cancelled, and ``in_transaction`` is current once it returns.
        """
        try:
            await self._conn.execute_fetchall("ROLLBACK")
        except sqlite3.OperationalError:
            if self._conn.in_transaction:
                raise

    async def fetchall(self, sql: str, params: Sequence[object] = ()) -> list[aiosqlite.Row]:
        """Run a read query outside any other task's transaction and return its rows."""
        async with self._lock:
            return list(await self._conn.execute_fetchall(sql, params))

    async def fetchone(self, sql: str, params: Sequence[object] = ()) -> aiosqlite.Row | None:
        """Run a read query and return its first row, if any."""
        rows = await self.fetchall(sql, params)
        return rows[0] if rows else None
