"""Record how each Discord call of a case went: ok, or failed with Discord's own words."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from dataclasses import dataclass, replace
from functools import partial

import discord

from bot.adapter.moderation.group_writer import GroupWriter
from bot.adapter.shared.failures import failure_text
from bot.core.cases import Case, Outcome
from bot.storage.backend import Conn
from bot.storage.cases import set_outcomes_in

__all__ = ["Outcomes"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Batch:
    """Outcomes stored while one write of them waits for its turn (in the order they came),
    and that write."""

    outcomes: list[tuple[int, Outcome, str]]
    written: asyncio.Future[None]


class Outcomes:
    """Store a case's outcome through the group writer, after the call it is about.

    Outcomes stored while a write of them waits (up to the writer's ``LAZY_S``) share it: one
    statement for all of them, which on PostgreSQL is one round trip where a transaction of
    one statement each took one per outcome, and kept a connection busy beside the hides.
    """

    def __init__(self, writes: GroupWriter) -> None:
        self.writes = writes
        self._open: _Batch | None = None

    async def attempt(self, case: Case, call: Awaitable[object]) -> Case:
        """Await one Discord call and store how it went on the case."""
        try:
            await call
        except discord.HTTPException as exc:
            return await self.fail(case, failure_text(exc))
        await self.store(case.id, Outcome.OK, case.outcome_detail)
        return replace(case, outcome=Outcome.OK)

    async def fail(self, case: Case, detail: str) -> Case:
        """Record a failed call, after what the case already says (files not kept, say)."""
        detail = f"{case.outcome_detail}; {detail}" if case.outcome_detail else detail
        log.warning("case %s %s failed on Discord: %s", case.id, case.kind.value, detail)
        await self.store(case.id, Outcome.FAILED, detail)
        return replace(case, outcome=Outcome.FAILED, outcome_detail=detail)

    async def ok(self, case: Case, detail: str) -> Case:
        """Record a call that went through, with what is worth saying about it."""
        await self.store(case.id, Outcome.OK, detail)
        return replace(case, outcome=Outcome.OK, outcome_detail=detail)

    async def store(self, case_id: int, outcome: Outcome, detail: str) -> None:
        """Store how a case's Discord call went, in a write shared with other messages'."""
        batch = self._open or self._start()
        batch.outcomes.append((case_id, outcome, detail))
        # Shielded: a caller that gives up leaves the others' outcomes to be written.
        await asyncio.shield(batch.written)

    def _start(self) -> _Batch:
        """Open a batch and queue its write; outcomes stored later go in the next one."""
        outcomes: list[tuple[int, Outcome, str]] = []

        async def job(conn: Conn) -> None:
            if self._open is not None and self._open.outcomes is outcomes:
                self._open = None
            await set_outcomes_in(conn, outcomes)

        written = asyncio.ensure_future(self.writes.run(job, urgent=False, one_statement=True))
        batch = self._open = _Batch(outcomes, written)
        written.add_done_callback(partial(self._written, batch))
        return batch

    def _written(self, batch: _Batch, written: asyncio.Future[None]) -> None:
        """Close a batch whose write ended, even one that failed before it ran (later outcomes
        would wait on its error for ever), and log a failure: those cases keep their outcome
        pending, as after a crash."""
        if self._open is batch:
            self._open = None
        error = None if written.cancelled() else written.exception()
        if error is not None:
            ids = ", ".join(str(case_id) for case_id, _, _ in batch.outcomes)
            log.warning("cases %s: their outcomes could not be stored: %s", ids, error)

    @staticmethod
    async def courtesy(case: Case, call: Awaitable[object]) -> None:
        """A courtesy call (the DM) whose failure is logged but does not fail the case."""
        try:
            await call
        except discord.HTTPException as exc:
            log.info("case %s: could not DM the author: %s", case.id, failure_text(exc))
