"""The SQLite backend: one aiosqlite connection, WAL, and one process per database file."""

from __future__ import annotations

import asyncio
import fcntl
import logging
import os
import sqlite3
from collections.abc import AsyncIterator, Iterable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import cast

import aiosqlite

from bot.storage.backend import Conn, Params, Row
from bot.storage.checkpoints import Checkpoints
from bot.storage.errors import StorageError
from bot.storage.migrations import migrate

__all__ = ["BUSY_TIMEOUT_MS", "InlineConn", "SqliteBackend", "SqliteConn", "open_sqlite"]

log = logging.getLogger(__name__)

# How long a statement waits for another connection's write lock before failing.
BUSY_TIMEOUT_MS = 5000


def _connect(name: str) -> sqlite3.Connection:
    """Open the file (on a worker thread) for aiosqlite's thread to use from then on."""
    return sqlite3.connect(name, isolation_level=None, check_same_thread=False)


def _claim_file(name: str) -> int:
    """Lock ``NAME.lock`` for this process (the kernel frees it if the process dies); its fd.

    SQLite's own locks keep the file consistent but not the bot's promises (act once, hide
    once), which rely on one process holding the in-process lock; so a second process is
    refused here with what to do instead.
    """
    lock_path = name + ".lock"
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "unknown"
        os.close(fd)
        raise StorageError(
            f"{name}: already in use by another modbot process (pid {holder}); a SQLite "
            "database serves one process: stop the other one, or move to PostgreSQL "
            "(database: postgresql://...; see 'modbot db copy')"
        ) from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
    return fd


class SqliteConn:
    """The connection inside a transaction, with the backend-neutral method names."""

    def __init__(self, raw: aiosqlite.Connection) -> None:
        self.raw = raw

    async def fetch(self, sql: str, params: Params = ()) -> list[Row]:
        """Run a statement and return its rows."""
        return cast(list[Row], list(await self.raw.execute_fetchall(sql, params)))

    async def execute(self, sql: str, params: Params = ()) -> None:
        """Run a statement for its effect."""
        await self.raw.execute_fetchall(sql, params)

    async def executemany(self, sql: str, params: Iterable[Params]) -> None:
        """Run a statement once per parameter tuple."""
        await self.raw.executemany(sql, params)


class InlineConn:
    """The connection inside a short transaction: statements run at once on the caller's thread."""

    def __init__(self, raw: sqlite3.Connection) -> None:
        self.raw = raw

    async def fetch(self, sql: str, params: Params = ()) -> list[Row]:
        """Run a statement and return its rows."""
        return cast(list[Row], self.raw.execute(sql, params).fetchall())

    async def execute(self, sql: str, params: Params = ()) -> None:
        """Run a statement for its effect (stepped to the end, as a RETURNING one needs)."""
        self.raw.execute(sql, params).fetchall()

    async def executemany(self, sql: str, params: Iterable[Params]) -> None:
        """Run a statement once per parameter tuple."""
        self.raw.executemany(sql, params)


class SqliteBackend:
    """One aiosqlite connection shared by all tasks.

    aiosqlite runs statements one at a time on its own thread; the lock additionally keeps
    each transaction whole, so one task's statements never land inside another's (where a
    rollback would undo both). Durability: WAL with ``synchronous=NORMAL``. A commit is in
    the WAL file before ``add`` returns, so killing the process (even ``kill -9``) loses no
    committed case; only an OS crash or power cut can lose the last commits, never
    corrupting the file. FULL would fsync every commit and slow bursts for that last case.
    """

    kind = "sqlite"
    parallel_writes = False

    def __init__(
        self, conn: aiosqlite.Connection, name: str, lock_fd: int, sync: sqlite3.Connection
    ) -> None:
        self.name = name
        self.conn = SqliteConn(conn)
        self._raw = conn
        self._inline = InlineConn(sync)
        self.checkpoints = Checkpoints(name, BUSY_TIMEOUT_MS)
        self._lock = asyncio.Lock()
        self._lock_fd = lock_fd
        self._held: set[str] = set()
        self.migrated_from = 0

    async def close(self) -> None:
        """Wait for the running transaction, close the connection and free the file."""
        await self.checkpoints.close()
        async with self._lock:
            try:
                await self._raw.close()
            finally:
                os.close(self._lock_fd)

    @asynccontextmanager
    async def transaction(self, *locks: str) -> AsyncIterator[SqliteConn]:
        """Run the block as one write transaction: committed if it returns, else rolled back.

        ``BEGIN IMMEDIATE`` takes the write lock up front, so a read-then-write inside the
        block cannot race: every transaction is serialised, which covers any named ``locks``.
        Inside the block use only the yielded connection: ``fetchall`` would wait for the
        lock the block holds.
        """
        async with self._lock:
            try:
                await self._raw.execute_fetchall("BEGIN IMMEDIATE")
                yield self.conn
            except BaseException:
                await self._rollback()
                raise
            try:
                await self._raw.execute_fetchall("COMMIT")
            except sqlite3.Error:
                await self._rollback()
                raise
            self.checkpoints.wrote()

    @asynccontextmanager
    async def short_transaction(self) -> AsyncIterator[InlineConn]:
        """Run a block of a few small writes as one transaction on this (the loop's) thread.

        Each statement sent to aiosqlite's thread is a hop there and back, and under load each
        hop waits for the busy loop thread to let go of the GIL (up to its 5 ms switch
        interval): a hide's five statements cost milliseconds that way and tens of microseconds
        here. The lock keeps aiosqlite's thread idle meanwhile (every statement sent there is
        awaited under it). Durability is ``transaction``'s: committed in the WAL on return. Only
        another process holding the write lock (a backup, say: a second bot is refused) could
        make ``BEGIN IMMEDIATE`` block the loop, for up to ``BUSY_TIMEOUT_MS``.
        """
        async with self._lock:
            raw = self._inline.raw
            try:
                raw.execute("BEGIN IMMEDIATE")
                yield self._inline
            except BaseException:
                _rollback_inline(raw)
                raise
            try:
                raw.execute("COMMIT")
            except sqlite3.Error:
                _rollback_inline(raw)
                raise
            self.checkpoints.wrote()

    def statement(self) -> AbstractAsyncContextManager[InlineConn]:
        """One statement: a ``short_transaction`` costs no round trip here, and keeps the
        file's single writer."""
        return self.short_transaction()

    async def _rollback(self) -> None:
        """Roll back whatever is open; no transaction (never begun, or undone by SQLite) is fine.

        aiosqlite runs statements in order, so this follows even a statement whose await was
        cancelled, and ``in_transaction`` is current once it returns.
        """
        try:
            await self._raw.execute_fetchall("ROLLBACK")
        except sqlite3.OperationalError:
            if self._raw.in_transaction:
                raise

    async def fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        """Run a read query outside any other task's transaction and return its rows."""
        async with self._lock:
            return cast(list[Row], list(await self._raw.execute_fetchall(sql, params)))

    @asynccontextmanager
    async def held(self, name: str) -> AsyncIterator[bool]:
        """Try a named lock; only this process uses the file, so only its own tasks compete."""
        if name in self._held:
            yield False
            return
        self._held.add(name)
        try:
            yield True
        finally:
            self._held.discard(name)

    async def schema_version(self, conn: Conn) -> int:
        """The schema version recorded in the database header."""
        rows = await conn.fetch("PRAGMA user_version")
        return int(rows[0][0])

    async def set_schema_version(self, conn: Conn, version: int) -> None:
        """Record the schema version in the database header."""
        # PRAGMA takes no parameters; ``version`` is an int we computed.
        await conn.execute(f"PRAGMA user_version = {version:d}")

    def ddl(self, statement: str) -> str:
        """Migrations are written in SQLite's dialect."""
        return statement

    async def continue_ids(self, conn: Conn, table: str) -> None:
        """Nothing to do: AUTOINCREMENT already numbers on from the largest id inserted."""


def _rollback_inline(raw: sqlite3.Connection) -> None:
    """Roll back a short transaction; none open (never begun, or undone by SQLite) is fine."""
    try:
        raw.execute("ROLLBACK")
    except sqlite3.OperationalError:
        if raw.in_transaction:
            raise


async def open_sqlite(name: str) -> SqliteBackend:
    """Connect, claim the file for this process, set WAL and the other pragmas, and migrate.

    Raises SchemaTooNewError for a database written by a newer modbot, and StorageError
    naming the path when the file cannot be opened as a database or another process has it.
    """
    try:
        raw = await asyncio.to_thread(_connect, name)
    except sqlite3.Error as error:
        raise StorageError(f"{name}: cannot open database: {error}") from error
    # The connector only hands over the open connection, so it cannot fail: a failing
    # aiosqlite.connect leaves its thread to report to the loop after the loop has closed.
    conn = await aiosqlite.Connection(lambda: raw, iter_chunk_size=64)
    lock_fd: int | None = None
    try:
        lock_fd = _claim_file(name)
        conn.row_factory = aiosqlite.Row
        # PRAGMAs take no parameters; the values are constants.
        await conn.execute_fetchall(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        await conn.execute_fetchall("PRAGMA foreign_keys = ON")
        rows = list(await conn.execute_fetchall("PRAGMA journal_mode = WAL"))
        if rows[0][0] != "wal":
            log.warning("%s: journal_mode is %s, not wal", name, rows[0][0])
        await conn.execute_fetchall("PRAGMA synchronous = NORMAL")
        backend = SqliteBackend(conn, name, lock_fd, raw)
        backend.migrated_from = await migrate(backend)
        # Commits no longer copy the log into the file themselves: see Checkpoints.
        await conn.execute_fetchall("PRAGMA wal_autocheckpoint = 0")
        backend.checkpoints.start()
    except BaseException as error:
        await conn.close()
        if lock_fd is not None:
            os.close(lock_fd)
        if isinstance(error, sqlite3.DatabaseError | OSError):
            raise StorageError(f"{name}: cannot open database: {error}") from error
        raise
    return backend
