"""Open the database named in the config, SQLite or PostgreSQL, and build the stores on it."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from types import TracebackType

from bot.storage.backend import Backend, Conn, Params, Row, is_postgres_url
from bot.storage.case_messages import CaseMessageStore
from bot.storage.cases import CaseStore
from bot.storage.claimed_hide import WARM_UP
from bot.storage.hidden import HiddenPostStore
from bot.storage.reports import ReportStore
from bot.storage.rule_versions import RuleVersionStore
from bot.storage.sqlite import BUSY_TIMEOUT_MS, open_sqlite

__all__ = ["BUSY_TIMEOUT_MS", "Database"]


class Database:
    """The bot's database: a backend and the stores built on it.

    The stores write backend-neutral SQL (``?`` placeholders, ``ON CONFLICT``, ``RETURNING``);
    what differs between SQLite and PostgreSQL lives in ``sqlite.py`` and ``postgres.py``.
    """

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.path = backend.name
        self.cases = CaseStore(self)
        self.case_messages = CaseMessageStore(self)
        self.hidden = HiddenPostStore(self)
        self.rule_versions = RuleVersionStore(self)
        self.reports = ReportStore(self)

    @classmethod
    async def open(cls, target: str | os.PathLike[str]) -> Database:
        """Open a SQLite file or a ``postgresql://`` URL and apply pending migrations.

        Raises SchemaTooNewError for a database written by a newer modbot, and StorageError
        naming the database when it cannot be opened.
        """
        name = os.fspath(target)
        if is_postgres_url(name):
            from bot.storage.postgres import open_postgres  # asyncpg only when asked for

            return cls(await open_postgres(name, warm=[WARM_UP]))
        return cls(await open_sqlite(name))

    @property
    def kind(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.backend.kind

    async def close(self) -> None:
        """Wait for running transactions, then close."""
        await self.backend.close()

    async def __aenter__(self) -> Database:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def transaction(self, *locks: str) -> AbstractAsyncContextManager[Conn]:
        """A write transaction, committed if the block returns, holding the named locks.

        Name a lock for each thing a read-then-write decides on (``member:G:U``, say), so
        another process deciding the same thing waits; SQLite serialises every transaction.
        """
        return self.backend.transaction(*locks)

    def short_transaction(self) -> AbstractAsyncContextManager[Conn]:
        """A write transaction of a few small statements (a hide's claim, cases and copy), run
        without leaving the event loop's thread where the backend allows it (SQLite)."""
        return self.backend.short_transaction()

    def statement(self) -> AbstractAsyncContextManager[Conn]:
        """A connection for one write statement, atomic by itself: on PostgreSQL without BEGIN
        and COMMIT (two round trips fewer); on SQLite a ``short_transaction``."""
        return self.backend.statement()

    @property
    def parallel_writes(self) -> bool:
        """Whether write transactions run side by side (PostgreSQL) rather than one at a time."""
        return self.backend.parallel_writes

    @asynccontextmanager
    async def held(self, name: str) -> AsyncIterator[bool]:
        """Run a job at most once at a time across processes: True if this one holds ``name``.

        The lock frees itself if its holder dies (PostgreSQL: a session lock on a connection
        the server drops; SQLite: one process per file).
        """
        async with self.backend.held(name) as got:
            yield got

    async def fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        """Run a read query outside any other task's transaction and return its rows."""
        return await self.backend.fetchall(sql, params)

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        """Run a read query and return its first row, if any."""
        rows = await self.fetchall(sql, params)
        return rows[0] if rows else None
