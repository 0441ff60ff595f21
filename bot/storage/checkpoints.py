"""Copy SQLite's write-ahead log into the database file on a thread, out of the writers' way."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from contextlib import suppress

__all__ = ["CHECKPOINT_S", "Checkpoints"]

log = logging.getLogger(__name__)

CHECKPOINT_S = 1.0  # how often the log is copied into the file, when something was written


class Checkpoints:
    """Checkpoint a database's WAL every ``CHECKPOINT_S`` after writes, on a connection and a
    thread of their own.

    SQLite's automatic checkpoint runs inside the commit that takes the log past 1,000 pages,
    and with ``synchronous=NORMAL`` it syncs the file to disk right there: tens of
    milliseconds on the thread that committed, which for a short transaction is the event
    loop's, so every message waits. A PASSIVE checkpoint takes no write lock: commits go on
    while it copies, and the log is reused from the start once it is all copied.
    """

    def __init__(self, name: str, busy_timeout_ms: int) -> None:
        self.name = name
        self.busy_timeout_ms = busy_timeout_ms
        self._conn: sqlite3.Connection | None = None
        self._dirty = False
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Begin checkpointing in the background."""
        self._task = asyncio.get_running_loop().create_task(self._run())

    def wrote(self) -> None:
        """Note a commit: the next round has pages to copy."""
        self._dirty = True

    async def checkpoint(self) -> tuple[int, int]:
        """Copy what the log holds now; the pages in the log and those copied, as SQLite says."""
        self._dirty = False
        return await asyncio.to_thread(self._checkpoint)

    async def close(self) -> None:
        """Stop after the checkpoint under way, if any, and close the connection."""
        self._stop.set()
        if self._task is not None:
            await self._task
        if self._conn is not None:
            self._conn.close()

    async def _run(self) -> None:
        """Checkpoint every ``CHECKPOINT_S`` while there were writes, until stopped."""
        while not self._stop.is_set():
            with suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), CHECKPOINT_S)
            if self._dirty and not self._stop.is_set():
                try:
                    await self.checkpoint()
                except sqlite3.Error as error:
                    log.warning("%s: checkpoint failed, next round retries: %s", self.name, error)

    def _checkpoint(self) -> tuple[int, int]:
        """Run a PASSIVE checkpoint on this object's connection (on a worker thread)."""
        if self._conn is None:
            self._conn = sqlite3.connect(self.name, isolation_level=None, check_same_thread=False)
            # PRAGMAs take no parameters; the value is an int.
            self._conn.execute(f"PRAGMA busy_timeout = {self.busy_timeout_ms:d}")
        _, pages, copied = self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        return int(pages), int(copied)
