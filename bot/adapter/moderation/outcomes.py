"""Record how each Discord call of a case went: ok, or failed with Discord's own words."""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from dataclasses import replace
from functools import partial

import discord

from bot.adapter.moderation.group_writer import GroupWriter
from bot.adapter.shared.failures import failure_text
from bot.core.cases import Case, Outcome
from bot.storage.cases import set_outcome_in

__all__ = ["Outcomes"]

log = logging.getLogger(__name__)


class Outcomes:
    """Store a case's outcome through the group writer, after the call it is about."""

    def __init__(self, writes: GroupWriter) -> None:
        self.writes = writes

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
        """Store how a case's Discord call went, in a transaction shared with other messages."""
        job = partial(set_outcome_in, case_id=case_id, outcome=outcome, detail=detail)
        await self.writes.run(job, urgent=False)

    @staticmethod
    async def courtesy(case: Case, call: Awaitable[object]) -> None:
        """A courtesy call (the DM) whose failure is logged but does not fail the case."""
        try:
            await call
        except discord.HTTPException as exc:
            log.info("case %s: could not DM the author: %s", case.id, failure_text(exc))
