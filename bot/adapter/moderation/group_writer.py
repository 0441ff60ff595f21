"""One task writing the moderation rows of many concurrent messages per database transaction."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from bot.storage import Database
from bot.storage.backend import Conn

__all__ = ["GroupWriter"]

log = logging.getLogger(__name__)

T = TypeVar("T")
LAZY_S = 0.05  # how long a job that is not urgent (an outcome) may wait to share a transaction
Job = Callable[[Conn], Awaitable[Any]]


@dataclass(frozen=True)
class _Queued:
    """A job waiting for a transaction, the future its caller awaits, and whether the job is
    one statement (atomic by itself)."""

    job: Job
    future: asyncio.Future[Any]
    one_statement: bool = False


class GroupWriter:
    """Run write jobs (claims, a hide's cases and copy, outcomes) in shared transactions.

    Each group is one ``short_transaction``: on SQLite it runs on the loop's thread, without
    the hops to aiosqlite's thread that each waited for the busy loop to let go of the GIL.
    Jobs that arrive while a transaction runs are committed together in the next one. Where
    transactions run side by side (PostgreSQL's pool), an urgent job runs at once on its own
    connection instead: queued behind another write, a hide waited for that write's round
    trips as well as its own. A job returns only once its transaction committed, so a DELETE
    after ``run`` never goes out before its copy is stored. If a group fails, each of its jobs
    runs again alone, so one bad job fails only its caller.
    A job that is not urgent (the outcomes, after the DELETE) waits up to ``LAZY_S`` for one
    that is, so outcomes ride along instead of costing a transaction each. Where writes run in
    parallel it goes when the urgent jobs running alone are all done (right after a hide is
    written, not at any time, where it would land on the next hide), and a lone job that is
    one statement goes without BEGIN and COMMIT: one round trip instead of three.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self._queue: list[_Queued] = []
        self._writing = False  # a caller or the writer's task is committing
        self._task: asyncio.Task[None] | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._urgent = 0  # urgent jobs running alone (where writes run in parallel)
        self.groups = 0  # transactions committed, for benchmarks
        self.jobs = 0

    async def run(
        self,
        job: Callable[[Conn], Awaitable[T]],
        *,
        urgent: bool = True,
        one_statement: bool = False,
    ) -> T:
        """Run ``job`` on a connection inside a transaction shared with other jobs; its result.

        An urgent job with no write running is committed in the caller's own task, with the
        jobs waiting to ride along: handing it to the writer's task would cost the hide a turn
        of the event loop each way. Jobs arriving meanwhile go to the writer's task after it.
        Where writes run in parallel, an urgent job runs alone at once, and a job that sends
        ``one_statement`` (atomic by itself) runs outside a transaction.
        """
        if urgent and self.db.parallel_writes:
            return await self._alone(job, one_statement=one_statement)
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._queue.append(_Queued(job, future, one_statement))
        # While a write runs, it takes the queue when it is done.
        if not self._writing:
            if urgent:
                await self._write_here(future)
            elif self._timer is None:
                self._timer = loop.call_later(LAZY_S, self._start)
        return await future

    async def _alone(self, job: Callable[[Conn], Awaitable[T]], *, one_statement: bool) -> T:
        """Run one job on a connection of its own, in a transaction unless it is one statement."""
        opened = self.db.statement() if one_statement else self.db.short_transaction()
        self._urgent += 1
        try:
            async with opened as conn:
                result = await job(conn)
        finally:
            self._urgent -= 1
        self.groups += 1
        self.jobs += 1
        if self._timer is not None and not self._urgent:
            self._start()  # the waiting jobs go now, in the quiet after the last urgent one
        return result

    async def _write_here(self, mine: asyncio.Future[Any]) -> None:
        """Commit the queue (``mine`` and what rides along) in the caller's task."""
        self._cancel_timer()
        self._writing = True
        group, self._queue = [q for q in self._queue if not q.future.done()], []
        try:
            await self._commit(group)
        except asyncio.CancelledError:
            # This caller gave up (and its transaction rolled back): the others go on.
            self._queue[:0] = [q for q in group if q.future is not mine and not q.future.done()]
            raise
        finally:
            self._writing = False
            if self._queue:
                self._start()

    def _cancel_timer(self) -> None:
        """Forget the wait of jobs that are not urgent: they are being written now."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _start(self) -> None:
        """Start the writer's task on what is queued, unless a write is running (it takes the
        queue when it is done)."""
        self._cancel_timer()
        if not self._writing:
            self._writing = True
            self._task = asyncio.get_running_loop().create_task(self._write())

    async def _write(self) -> None:
        """Commit what is queued, group after group, until the queue is empty."""
        try:
            while self._queue:
                group, self._queue = self._queue, []
                group = [q for q in group if not q.future.done()]
                try:
                    if group:
                        await self._commit(group)
                except BaseException:
                    # Cancelled (the loop is closing): no caller may wait for ever.
                    for queued in group + self._queue:
                        queued.future.cancel()
                    self._queue = []
                    raise
        finally:
            self._writing = False

    async def _commit(self, group: list[_Queued]) -> None:
        """One transaction for the group; on failure each job alone, so errors stay its own."""
        alone = len(group) == 1 and group[0].one_statement
        try:
            async with self.db.statement() if alone else self.db.short_transaction() as conn:
                results = [await queued.job(conn) for queued in group]
        except Exception as error:
            if len(group) == 1:
                _settle(group[0].future, error=error)
                return
            log.info("a group of %d writes failed (%s); writing them one by one", len(group), error)
            for queued in group:
                await self._commit([queued])
            return
        self.groups += 1
        self.jobs += len(group)
        for queued, result in zip(group, results, strict=True):
            _settle(queued.future, result=result)


def _settle(
    future: asyncio.Future[Any], *, result: object = None, error: BaseException | None = None
) -> None:
    """Hand a job's result or error to its caller, unless the caller gave up waiting."""
    if future.done():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)
