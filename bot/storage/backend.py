"""What the stores need from a database, whichever engine is behind it."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from contextlib import AbstractAsyncContextManager
from typing import Any, Protocol

__all__ = ["Backend", "Conn", "Params", "Row", "is_postgres_url", "lock_id"]

Params = Sequence[object]


class Row(Protocol):
    """A result row: columns by name or position (sqlite3.Row and asyncpg.Record both are)."""

    def __getitem__(self, key: int | str, /) -> Any: ...

    def keys(self) -> Any:
        """The column names."""
        ...


class Conn(Protocol):
    """One connection inside a transaction. SQL uses ``?`` placeholders on every backend."""

    async def fetch(self, sql: str, params: Params = ()) -> list[Row]:
        """Run a statement and return its rows."""
        ...

    async def execute(self, sql: str, params: Params = ()) -> None:
        """Run a statement for its effect."""
        ...

    async def executemany(self, sql: str, params: Iterable[Params]) -> None:
        """Run a statement once per parameter tuple."""
        ...


class Backend(Protocol):
    """An open database: transactions, reads, locks that free themselves, and closing."""

    name: str  # what error messages call it: the file path, or the URL without its password
    kind: str  # "sqlite" or "postgresql"
    # True where write transactions run side by side (a pool); False where one writes at a time.
    parallel_writes: bool
    migrated_from: int  # the schema version found when opened, before pending migrations

    def transaction(self, *locks: str) -> AbstractAsyncContextManager[Conn]:
        """A write transaction holding the named locks until it ends."""
        ...

    def short_transaction(self) -> AbstractAsyncContextManager[Conn]:
        """A write transaction of a few small statements, kept on the loop's thread if it can."""
        ...

    def statement(self) -> AbstractAsyncContextManager[Conn]:
        """A connection for one write statement, atomic by itself: no BEGIN and COMMIT where
        each costs a round trip (PostgreSQL), else a ``short_transaction``."""
        ...

    async def fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        """Run a read query outside any other task's transaction."""
        ...

    def held(self, name: str) -> AbstractAsyncContextManager[bool]:
        """Try a lock across processes that its holder's death frees; True when this one got it."""
        ...

    async def close(self) -> None:
        """Wait for running transactions, then close."""
        ...

    async def schema_version(self, conn: Conn) -> int:
        """The schema version recorded in the database."""
        ...

    async def set_schema_version(self, conn: Conn, version: int) -> None:
        """Record the schema version."""
        ...

    def ddl(self, statement: str) -> str:
        """A migration statement (written in SQLite's dialect) in this backend's dialect."""
        ...

    async def continue_ids(self, conn: Conn, table: str) -> None:
        """After rows were inserted with their ids, make new rows number on from the largest."""
        ...


def is_postgres_url(target: str) -> bool:
    """True for a ``postgresql://`` (or ``postgres://``) URL rather than a SQLite file path."""
    return target.startswith(("postgresql://", "postgres://"))


def lock_id(name: str) -> int:
    """A stable signed 64-bit id for a lock name (PostgreSQL advisory locks take a bigint)."""
    digest = hashlib.blake2b(name.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)
