"""After a report is filed: hide at the threshold, and keep the message's queue card current."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord

from bot.adapter.moderation.executor import Executor
from bot.adapter.reports.cards import CardState, card_embed, card_view, guideline_titles
from bot.adapter.shared.keyed_locks import KeyedLocks
from bot.adapter.shared.notices import ECHO_SAFE
from bot.adapter.shared.translate import forum_thread
from bot.core.cases import CaseKind, HiddenStatus, NewCase
from bot.core.reports import Filed, Filing, Report, ReportCard, ReportStatus, should_hide, summarize

if TYPE_CHECKING:
    from bot.adapter.client import ModBot

__all__ = ["ReportQueue"]

log = logging.getLogger(__name__)

REASON_LIMIT = 1500


class ReportQueue:
    """The moderators' side of reports: the hide threshold and one card per reported message."""

    def __init__(self, bot: ModBot, executor: Executor) -> None:
        self.bot = bot
        self.executor = executor
        # One message's filings and card actions run one at a time, so its card stays whole.
        self.locks = KeyedLocks()

    def titles(self, guild_id: int | None) -> dict[str, str]:
        """The guideline titles of a guild's current rules, plus "Be Proactive / Other"."""
        return guideline_titles(self.bot.engine_for(guild_id).ruleset)

    async def after_filing(self, message: discord.Message, filing: Filing) -> None:
        """Hide the post when enough members reported it, then post or update its card."""
        guild_id = message.guild.id if message.guild else 0
        threshold = self.bot.config.guild(guild_id).report_threshold
        reports = await self.bot.db.reports.for_message(message.id, status=ReportStatus.OPEN)
        if filing.outcome is Filed.NEW and should_hide(
            filing.open_reporters, threshold, reviewed=filing.reviewed
        ):
            await self._hide_pending_review(message, reports)
        state = await self.card_state(guild_id, message.channel.id, message.id, message.author.id)
        # The first open report starts a card; after a moderator's decision, a new one.
        new_round = filing.outcome is Filed.NEW and filing.open_reporters == 1
        await self.show_card(state, reports, new_card=new_round)

    async def _hide_pending_review(self, message: discord.Message, reports: list[Report]) -> None:
        """Hide through the rule-hit path with one REPORT_HIDE case: reporters' count, reasons."""
        hidden = await self.bot.db.hidden.by_message(message.id)
        if hidden is not None and hidden.status is HiddenStatus.HIDDEN:
            return
        guild_id = message.guild.id if message.guild else 0
        summary = summarize(reports)
        titles = self.titles(guild_id)
        named = ", ".join(titles.get(g, g) for g, _ in summary.guidelines)
        reasons = "; ".join(" ".join(r.split()) for _, r in summary.reasons)
        reason = f"{summary.count} members reported it ({named})" + (
            f": {reasons}" if reasons else ""
        )
        new = NewCase(
            guild_id=guild_id,
            kind=CaseKind.REPORT_HIDE,
            created_at=max(r.updated_at for r in reports),
            target_id=message.author.id,
            channel_id=message.channel.id,
            message_id=message.id,
            guideline=summary.guideline,
            reason=reason[:REASON_LIMIT],
        )
        rules = self.bot.engine_for(guild_id).ruleset
        await self.executor.hide_reported(message, rules, new, forum_thread(message))

    async def card_state(
        self, guild_id: int, channel_id: int, message_id: int, author_id: int, outcome: str = ""
    ) -> CardState:
        """The card's state: hidden (with its case) or not, and the outcome once resolved."""
        hidden = await self.bot.db.hidden.by_message(message_id)
        is_hidden = hidden is not None and hidden.status is HiddenStatus.HIDDEN
        return CardState(
            guild_id=guild_id,
            channel_id=channel_id,
            message_id=message_id,
            author_id=author_id,
            hidden=is_hidden,
            hidden_case_id=hidden.case_id if hidden and is_hidden else None,
            outcome=outcome,
        )

    async def show_card(self, state: CardState, reports: list[Report], *, new_card: bool) -> None:
        """Edit the message's card in the queue, or post one and remember where it is."""
        embed = card_embed(summarize(reports), self.titles(state.guild_id), state)
        view = card_view(state, can_restore=True)
        card = await self.bot.db.reports.card(state.message_id)
        if card is not None and not new_card:
            channel = self.bot.get_partial_messageable(card.queue_channel_id)
            try:
                await channel.get_partial_message(card.card_message_id).edit(
                    embed=embed, view=view, allowed_mentions=ECHO_SAFE
                )
                return
            except discord.NotFound:
                log.info("report card %s is gone; posting a new one", card.card_message_id)
            except discord.HTTPException as exc:
                log.warning("report card %s: edit failed: %s", card.card_message_id, exc.status)
                return
        queue = self.bot.config.guild(state.guild_id).queue_channel
        if queue is None:
            return
        try:
            sent = await self.bot.get_partial_messageable(queue).send(
                embed=embed, view=view or discord.utils.MISSING, allowed_mentions=ECHO_SAFE
            )
        except discord.HTTPException as exc:
            log.warning("message %s: cannot post its report card: %s", state.message_id, exc.status)
            return
        await self.bot.db.reports.save_card(
            ReportCard(state.message_id, state.guild_id, queue, sent.id)
        )
