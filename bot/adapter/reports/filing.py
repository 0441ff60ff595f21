"""Members report messages to the moderators: a context menu, ``/report`` and queue cards.

A report is acknowledged only to its reporter; who reported is shown to moderators alone
(on the queue card). Enough distinct reporters hide the post pending review.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.adapter.reports.actions import Fetched, Reach, fetch_reported
from bot.adapter.reports.cards import ReportButton
from bot.adapter.reports.form import FORM_PREFIX, form_answer, report_form
from bot.adapter.reports.queue import ReportQueue
from bot.adapter.shared.notices import ECHO_SAFE
from bot.adapter.shared.translate import forum_thread
from bot.core.cases import Attachment
from bot.core.reports import REASON_MAX, Filed, NewReport, match_guideline, parse_message_link

if TYPE_CHECKING:
    from bot.adapter.client import ModBot

__all__ = ["MENU_NAME", "Reports"]

log = logging.getLogger(__name__)

MENU_NAME = "Report to moderators"
GONE = "That message no longer exists (it may have been deleted or hidden already)."
NOT_SEEN = "You can only report messages in channels you can read."
PICK_GUIDELINE = "Pick one of the guidelines offered for `guideline`."
STALE_GUIDELINE = (
    "This server's guidelines changed since the form opened; open it again and pick one."
)
STALE_FORM = "This form is from an older version of the bot; open it again from the message."
UNREADABLE = "I cannot read that channel, so I cannot take this report; tell a moderator."
ANSWERS = {
    Filed.NEW: "Thanks: your report reached the moderators. Only moderators can see who reported.",
    Filed.UPDATED: "You had already reported this message: your report now has the new "
    "guideline and reason, and still counts once.",
    Filed.ALREADY_REVIEWED: "The moderators have already reviewed this message. Thanks for "
    "looking out.",
}


def _refusal(reporter: discord.abc.User, message: discord.Message) -> str | None:
    """Why this member cannot report this message, if they cannot."""
    if message.guild is None:
        return "Reports work in servers only."
    if message.author.id == reporter.id:
        return "You cannot report your own message."
    if message.author.bot or message.webhook_id is not None:
        return "Messages from bots and webhooks cannot be reported; ask a moderator directly."
    return None


def _rate_answer(retry_at: datetime | None) -> str:
    """The answer to a rate-limited reporter, with Discord's relative time."""
    when = discord.utils.format_dt(retry_at, "R") if retry_at else "later"
    return f"You have sent many reports in a short time; you can report again {when}."


class Reports(commands.Cog):
    """The "Report to moderators" menu, ``/report``, and the moderators' report cards."""

    def __init__(self, bot: ModBot, queue: ReportQueue) -> None:
        self.bot = bot
        self.queue = queue
        self.menu = app_commands.ContextMenu(
            name=MENU_NAME,
            callback=self.report_menu,
            allowed_contexts=app_commands.AppCommandContext(guild=True),
        )

    async def cog_load(self) -> None:
        """Add the context menu and listen to card buttons, old cards included."""
        self.bot.tree.add_command(self.menu)
        self.bot.add_dynamic_items(ReportButton)

    async def cog_unload(self) -> None:
        """Remove the context menu and the button listener."""
        self.bot.tree.remove_command(self.menu.name, type=self.menu.type)
        self.bot.remove_dynamic_items(ReportButton)

    async def report_menu(
        self, interaction: discord.Interaction[Any], message: discord.Message
    ) -> None:
        """Open the report form, unless the member cannot report this message now."""
        problem = _refusal(interaction.user, message) or await self._limited(interaction)
        if problem:
            await interaction.response.send_message(
                problem, ephemeral=True, allowed_mentions=ECHO_SAFE
            )
            return
        await interaction.response.send_modal(
            report_form(message, self.queue.titles(interaction.guild_id))
        )

    @commands.Cog.listener()
    async def on_interaction(self, interaction: discord.Interaction[Any]) -> None:
        """File a submitted report form, whenever and in whichever process it was opened."""
        if interaction.type is not discord.InteractionType.modal_submit or not interaction.data:
            return
        if not str(interaction.data.get("custom_id", "")).startswith(FORM_PREFIX):
            return
        answer = form_answer(interaction.data)
        if answer is None:
            problem = STALE_FORM
        elif answer.guideline not in self.queue.titles(interaction.guild_id):
            problem = STALE_GUIDELINE
        else:
            await self.submit(
                interaction, answer.channel_id, answer.message_id, answer.guideline, answer.reason
            )
            return
        await interaction.response.send_message(problem, ephemeral=True, allowed_mentions=ECHO_SAFE)

    @app_commands.command(name="report")
    @app_commands.guild_only()
    @app_commands.describe(
        message_link="The message's link (Copy Message Link)",
        guideline="The guideline it breaks",
        reason="Why you are reporting it (optional)",
    )
    async def report_command(
        self,
        interaction: discord.Interaction[Any],
        message_link: str,
        guideline: str,
        reason: app_commands.Range[str, 1, REASON_MAX] | None = None,
    ) -> None:
        """Report a message to the moderators by its link; only they see who reported."""
        link = parse_message_link(message_link)
        chosen = match_guideline(guideline, list(self.queue.titles(interaction.guild_id).items()))
        if link is None or link.guild_id != interaction.guild_id:
            problem: str | None = "That is not a link to a message in this server."
        elif chosen is None:
            problem = PICK_GUIDELINE
        else:
            problem = await self._limited(interaction)
        if problem or link is None or chosen is None:
            await interaction.response.send_message(
                problem or "", ephemeral=True, allowed_mentions=ECHO_SAFE
            )
            return
        await self.submit(interaction, link.channel_id, link.message_id, chosen, reason or "")

    @report_command.autocomplete("guideline")
    async def guideline_choices(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        """The guidelines whose id or title contains what was typed."""
        typed = current.casefold()
        return [
            app_commands.Choice(name=title, value=gid)
            for gid, title in self.queue.titles(interaction.guild_id).items()
            if typed in gid or typed in title.casefold()
        ][:25]

    async def _limited(self, interaction: discord.Interaction[Any]) -> str | None:
        """The rate-limit answer when the member may not report right now."""
        rate = self.bot.config.guild(interaction.guild_id).report_rate
        retry = await self.bot.db.reports.retry_at(
            interaction.guild_id or 0, interaction.user.id, interaction.created_at, rate
        )
        return None if retry is None else _rate_answer(retry)

    async def submit(
        self,
        interaction: discord.Interaction[Any],
        channel_id: int,
        message_id: int,
        guideline: str,
        reason: str,
    ) -> None:
        """Fetch the message, check it may be reported, file the report and acknowledge it."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        if interaction.guild is None:
            await self._answer(interaction, "Reports work in servers only.")
            return
        try:
            fetched = await fetch_reported(
                interaction.guild, channel_id, message_id, interaction.user
            )
        except discord.Forbidden:
            await self._answer(interaction, UNREADABLE)
            return
        except discord.HTTPException as exc:
            log.warning("report of message %s: cannot fetch it: %s", message_id, exc.status)
            fetched = Fetched(Reach.GONE)
        if fetched.reach is Reach.NOT_SEEN:
            await self._answer(interaction, NOT_SEEN)
            return
        message = fetched.message
        problem = GONE if message is None else _refusal(interaction.user, message)
        if problem or message is None:
            await self._answer(interaction, problem or GONE)
            return
        new = NewReport(
            guild_id=interaction.guild_id or 0,
            channel_id=message.channel.id,
            message_id=message.id,
            author_id=message.author.id,
            reporter_id=interaction.user.id,
            guideline=guideline,
            created_at=interaction.created_at,
            reason=reason,
            content=message.content,
            attachments=tuple(
                Attachment(a.filename, a.url, a.content_type) for a in message.attachments
            ),
            thread_title=thread.name if (thread := forum_thread(message)) else "",
        )
        async with self.queue.locks.hold((new.guild_id, new.message_id)):
            filing = await self.bot.db.reports.file(
                new, self.bot.config.guild(new.guild_id).report_rate
            )
            limited = filing.outcome is Filed.RATE_LIMITED
            text = _rate_answer(filing.retry_at) if limited else ANSWERS[filing.outcome]
            await self._answer(interaction, text)
            if filing.outcome in (Filed.NEW, Filed.UPDATED):
                await self.queue.after_filing(message, filing)

    async def _answer(self, interaction: discord.Interaction[Any], text: str) -> None:
        """Replace the reporter's "thinking" answer; a failure only costs the acknowledgement."""
        try:
            await interaction.edit_original_response(content=text, allowed_mentions=ECHO_SAFE)
        except discord.HTTPException as exc:
            log.info(
                "interaction %s: could not answer the reporter: %s", interaction.id, exc.status
            )


async def setup(bot: ModBot) -> None:
    """Extension entry point."""
    await bot.add_cog(Reports(bot, bot.services.reports))
