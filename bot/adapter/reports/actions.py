"""What a moderator's click on a report card does: hide, warn, dismiss or restore, as a case.

Each action records one case with the moderator as actor and closes every open report of
the message with that case; a Discord failure that leaves the post as it was keeps the
reports open, so the moderator can try again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import discord

from bot.adapter.hidden.restore import RestoreError, Restorer
from bot.adapter.moderation.subjects import HideStatus
from bot.adapter.reports.cards import CardAction
from bot.adapter.shared.notices import ECHO_SAFE
from bot.adapter.shared.translate import forum_thread
from bot.core.cases import Case, CaseKind, HiddenStatus, NewCase, Outcome
from bot.core.reports import Report, ReportStatus, summarize

if TYPE_CHECKING:
    from bot.adapter.reports.queue import ReportQueue

__all__ = ["CardActions", "Fetched", "Reach", "Result", "fetch_reported"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Result:
    """An action's case and outcome line; ``status`` None leaves the reports open."""

    case: Case | None
    status: ReportStatus | None
    outcome: str


ALREADY_RESOLVED = "These reports were already resolved."


@dataclass(frozen=True, slots=True)
class Resolution:
    """What acting on a message's reports came to; ``status`` None: nothing was resolved."""

    outcome: str
    status: ReportStatus | None
    reports: list[Report]


class Reach(StrEnum):
    """What fetching a reported message came to."""

    FOUND = "found"
    GONE = "gone"  # the message or its channel was deleted
    NOT_SEEN = "not seen"  # the reporter cannot read the channel


@dataclass(frozen=True, slots=True)
class Fetched:
    """A reported message (when found) and what fetching it came to."""

    reach: Reach
    message: discord.Message | None = None


async def fetch_reported(
    guild: discord.Guild,
    channel_id: int,
    message_id: int,
    reader: discord.Member | discord.User | None = None,
) -> Fetched:
    """The message, unless it is gone or ``reader`` (a member) cannot read its channel."""
    channel = guild.get_channel_or_thread(channel_id)
    if channel is None:
        try:
            channel = await guild.fetch_channel(channel_id)
        except discord.NotFound:
            return Fetched(Reach.GONE)
    if not isinstance(channel, discord.abc.Messageable):
        return Fetched(Reach.GONE)
    if isinstance(reader, discord.Member):
        seen = channel.permissions_for(reader)
        if not (seen.view_channel and seen.read_message_history):
            return Fetched(Reach.NOT_SEEN)
    try:
        return Fetched(Reach.FOUND, await channel.fetch_message(message_id))
    except discord.NotFound:
        return Fetched(Reach.GONE)


def _case(
    kind: CaseKind, reports: list[Report], moderator: int, at: datetime, **more: Any
) -> NewCase:
    """A moderator's case about a reported message."""
    first, summary = reports[0], summarize(reports)
    verb = {CaseKind.HIDE: "hid", CaseKind.WARN: "warned", CaseKind.DISMISS: "dismissed"}[kind]
    return NewCase(
        guild_id=first.guild_id,
        kind=kind,
        created_at=at,
        target_id=first.author_id,
        actor_id=moderator,
        channel_id=first.channel_id,
        message_id=first.message_id,
        guideline=summary.guideline,
        reason=f"moderator {verb} after {summary.count} member report(s)",
        **more,
    )


class CardActions:
    """Carry out card buttons under the queue's per-message lock, then update the card."""

    def __init__(self, queue: ReportQueue, restorer: Restorer) -> None:
        self.queue = queue
        self.bot = queue.bot
        self.executor = queue.executor
        self.restorer = restorer

    async def act(
        self,
        interaction: discord.Interaction[Any],
        message_id: int,
        action: CardAction,
    ) -> None:
        """A card button: act, resolve the open reports with the case, update the card."""
        await interaction.response.defer()
        guild = interaction.guild
        if guild is None:  # the button's check lets only a guild's moderators through
            return
        done = await self.resolve(
            guild, message_id, action, interaction.user.id, interaction.created_at
        )
        if done.status is None:
            await self._note(interaction, done.outcome)

    async def resolve(
        self,
        guild: discord.Guild,
        message_id: int,
        action: CardAction,
        moderator: int,
        at: datetime,
    ) -> Resolution:
        """Act on a message's open reports under its lock, resolve them, update the card.

        Buttons and ``/reports resolve`` both come here, so they can never both act.
        """
        async with self.queue.locks.hold((guild.id, message_id)):
            reports = await self.bot.db.reports.for_message(message_id, status=ReportStatus.OPEN)
            if not reports:
                return Resolution(ALREADY_RESOLVED, None, [])
            try:
                result = await self._carry(action, guild, reports, moderator, at)
            except discord.HTTPException as exc:
                log.warning("reports on %s: %s failed: %s", message_id, action, exc.status)
                result = Result(None, None, f"Discord refused ({exc.status}); try again.")
            if result.status is None:
                return Resolution(result.outcome, None, reports)
            resolved = await self.bot.db.reports.resolve(
                message_id,
                status=result.status,
                by=moderator,
                at=at,
                resolution=result.outcome,
                case_id=result.case.id if result.case else None,
            )
            first = reports[0]
            state = await self.queue.card_state(
                guild.id, first.channel_id, message_id, first.author_id, outcome=result.outcome
            )
            await self.queue.show_card(state, resolved or reports, new_card=False)
            return Resolution(result.outcome, result.status, resolved or reports)

    async def _carry(
        self,
        action: CardAction,
        guild: discord.Guild,
        reports: list[Report],
        moderator: int,
        at: datetime,
    ) -> Result:
        if action is CardAction.HIDE:
            return await self._hide(guild, reports, moderator, at)
        if action is CardAction.WARN:
            return await self._warn(guild, reports, moderator, at)
        if action is CardAction.RESTORE:
            return await self._restore(reports, moderator)
        case = await self.executor.record(_case(CaseKind.DISMISS, reports, moderator, at))
        hidden = await self.bot.db.hidden.by_message(reports[0].message_id)
        still = " The post stays hidden." if hidden and hidden.status is HiddenStatus.HIDDEN else ""
        return Result(
            case, ReportStatus.DISMISSED, f"Dismissed by <@{moderator}> (case #{case.id}).{still}"
        )

    async def _hide(
        self, guild: discord.Guild, reports: list[Report], moderator: int, at: datetime
    ) -> Result:
        first = reports[0]
        hidden = await self.bot.db.hidden.by_message(first.message_id)
        if hidden is not None and hidden.status is HiddenStatus.HIDDEN:
            new = _case(
                CaseKind.HIDE,
                reports,
                moderator,
                at,
                related_case_id=hidden.case_id,
                outcome=Outcome.OK,
                outcome_detail="already hidden",
            )
            case = await self.executor.record(new)
            return Result(
                case, ReportStatus.ACTIONED, f"Kept hidden by <@{moderator}> (case #{case.id})."
            )
        message = (await fetch_reported(guild, first.channel_id, first.message_id)).message
        if message is None:
            gone = _case(
                CaseKind.HIDE,
                reports,
                moderator,
                at,
                outcome=Outcome.FAILED,
                outcome_detail="the message no longer exists",
            )
            case = await self.executor.record(gone)
            text = f"<@{moderator}> chose Hide; the message was already gone (case #{case.id})."
            return Result(case, ReportStatus.ACTIONED, text)
        rules = self.bot.engine_for(guild.id).ruleset
        new = _case(CaseKind.HIDE, reports, moderator, at)
        hid = await self.executor.hide_reported(message, rules, new, forum_thread(message))
        case = hid.case
        if hid.status is HideStatus.FAILED:
            return Result(
                case, None, f"Could not hide it: {case.outcome_detail}. The reports stay open."
            )
        return Result(case, ReportStatus.ACTIONED, f"Hidden by <@{moderator}> (case #{case.id}).")

    async def _warn(
        self, guild: discord.Guild, reports: list[Report], moderator: int, at: datetime
    ) -> Result:
        first = reports[0]
        author: discord.Member | discord.User | None = guild.get_member(first.author_id)
        if author is None:
            try:
                author = await self.bot.fetch_user(first.author_id)
            except discord.NotFound:
                return Result(None, None, "The author's account no longer exists.")
        message = (await fetch_reported(guild, first.channel_id, first.message_id)).message
        rules = self.bot.engine_for(guild.id).ruleset
        new = _case(CaseKind.WARN, reports, moderator, at)
        case = await self.executor.warn_by_moderator(author, message, rules, new)
        failed = (
            f" The notice failed: {case.outcome_detail}." if case.outcome is Outcome.FAILED else ""
        )
        text = f"Author warned by <@{moderator}> (case #{case.id}).{failed}"
        return Result(case, ReportStatus.ACTIONED, text)

    async def _restore(self, reports: list[Report], moderator: int) -> Result:
        hidden = await self.bot.db.hidden.by_message(reports[0].message_id)
        if hidden is None or hidden.status is not HiddenStatus.HIDDEN:
            return Result(None, None, "The post is not hidden; there is nothing to restore.")
        try:
            case = await self.restorer.restore(hidden, moderator)
        except RestoreError as exc:
            return Result(None, None, str(exc))
        if case.outcome is Outcome.FAILED:
            return Result(case, None, f"Could not restore it: {case.outcome_detail}.")
        text = f"Restored by <@{moderator}> (case #{case.id}); the reports are dismissed."
        return Result(case, ReportStatus.DISMISSED, text)

    async def _note(self, interaction: discord.Interaction[Any], text: str) -> None:
        """Tell the moderator privately why nothing changed."""
        try:
            await interaction.followup.send(text, ephemeral=True, allowed_mentions=ECHO_SAFE)
        except discord.HTTPException as exc:
            log.info(
                "interaction %s: could not answer the moderator: %s", interaction.id, exc.status
            )
