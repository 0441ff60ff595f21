"""/reports for moderators: list members' reports, read one message's, and resolve them.

``/reports resolve`` carries out exactly what the queue card's buttons do (``CardActions``,
under the same per-message lock), then answers the moderator privately instead of on the card.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.adapter.reports.cards import LABELS, CardAction
from bot.adapter.reports.pages import message_pages, round_line
from bot.adapter.shared import gate
from bot.adapter.shared.interaction_guild import guild_of
from bot.adapter.shared.links import message_link
from bot.adapter.shared.notices import ECHO_SAFE
from bot.adapter.shared.paginator import embed_pages, send_pages
from bot.core.reports import Report, ReportStatus

if TYPE_CHECKING:
    from bot.adapter.client import ModBot

__all__ = ["ReportsAdmin"]

log = logging.getLogger(__name__)

StatusChoice = Literal["open", "actioned", "dismissed", "all"]

# The newest this many reported messages are listed; older ones stay in the database.
LIST_CAP = 250
ACTION_CHOICES = [
    app_commands.Choice(name=LABELS[action][0], value=action.value) for action in CardAction
]


def _already(report: Report, open_now: list[Report]) -> str:
    """Why a resolved report cannot be resolved again, and where newer reports are."""
    by = f" by <@{report.resolved_by}>" if report.resolved_by else ""
    when = f" {discord.utils.format_dt(report.resolved_at, 'f')}" if report.resolved_at else ""
    text = f"Report #{report.id} was already {report.status.value}{by}{when}."
    if report.resolution:
        text += f"\n> {discord.utils.escape_markdown(' '.join(report.resolution.split()))}"
    if open_now:
        text += (
            f"\nThe message has {len(open_now)} newer open report(s): "
            f"`/reports resolve id:{open_now[0].id}` acts on them."
        )
    return text


class ReportsAdmin(commands.Cog):
    """Members' reports for moderators: the list, one message's reports, and decisions."""

    reports = app_commands.Group(
        name="reports",
        description="Members' reports: list them, read one, resolve it.",
        guild_only=True,
        default_permissions=discord.Permissions(manage_messages=True),
    )

    def __init__(self, bot: ModBot) -> None:
        self.bot = bot

    def _titles(self, guild_id: int) -> dict[str, str]:
        """Guideline ids to titles in this guild, with "Be Proactive / Other"."""
        return self.bot.services.reports.titles(guild_id)

    @reports.command(name="list")
    @app_commands.describe(
        status="Which reports to list (open by default)",
        member="Only reports about this member's messages",
    )
    @gate.moderators_only
    async def list_reports(
        self,
        interaction: discord.Interaction[ModBot],
        status: StatusChoice = "open",
        member: discord.Member | discord.User | None = None,
    ) -> None:
        """List reported messages, latest report first: open ones unless you pick a status."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        guild = guild_of(interaction)
        rounds = await self.bot.db.reports.rounds(
            guild.id,
            status=None if status == "all" else ReportStatus(status),
            author_id=member.id if member else None,
            limit=LIST_CAP,
        )
        titles = self._titles(guild.id)
        about = f" about <@{member.id}>" if member else ""
        more = "+" if len(rounds) >= LIST_CAP else ""
        header = (
            f"**{len(rounds)}{more}** reported message(s){about} · status: {status} · "
            "`/reports show id:<id>` for details"
        )
        lines = [round_line(r, titles) for r in rounds]
        title = "Open reports" if status == "open" else f"Reports ({status})"
        pages = embed_pages(title, lines, per_page=6, header=header, empty="No reports.")
        await send_pages(interaction, pages)

    @reports.command(name="show")
    @app_commands.rename(report_id="id")
    @app_commands.describe(report_id="A report's id, from /reports list")
    @gate.moderators_only
    async def show(
        self, interaction: discord.Interaction[ModBot], report_id: app_commands.Range[int, 1]
    ) -> None:
        """Show every report on a message: the post, who reported it and why, and decisions."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        guild = guild_of(interaction)
        report = await self.bot.db.reports.get(report_id)
        if report is None or report.guild_id != guild.id:
            await interaction.edit_original_response(
                content=f"There is no report #{report_id} in this server.",
                allowed_mentions=ECHO_SAFE,
            )
            return
        reports = await self.bot.db.reports.for_message(report.message_id)
        case_ids = {r.case_id for r in reports if r.case_id is not None}
        cases = {c.id: c for c in [await self.bot.db.cases.get(i) for i in case_ids] if c}
        hidden = await self.bot.db.hidden.by_message(report.message_id)
        pages = message_pages(reports, self._titles(guild.id), cases, hidden)
        await send_pages(interaction, pages)

    @reports.command(name="resolve")
    @app_commands.rename(report_id="id")
    @app_commands.describe(
        report_id="A report's id, from /reports list",
        action="What to do: the same as the queue card's buttons",
    )
    @app_commands.choices(action=ACTION_CHOICES)
    @gate.moderators_only
    async def resolve(
        self,
        interaction: discord.Interaction[ModBot],
        report_id: app_commands.Range[int, 1],
        action: app_commands.Choice[str],
    ) -> None:
        """Hide, warn the author, dismiss or restore: resolves every open report on the message."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        text = await self._resolve(interaction, report_id, CardAction(action.value))
        await interaction.edit_original_response(content=text, allowed_mentions=ECHO_SAFE)

    async def _resolve(
        self, interaction: discord.Interaction[ModBot], report_id: int, action: CardAction
    ) -> str:
        """Carry out ``action`` on the report's message; the answer explains when it cannot."""
        guild = guild_of(interaction)
        report = await self.bot.db.reports.get(report_id)
        if report is None or report.guild_id != guild.id:
            return f"There is no report #{report_id} in this server."
        if report.status is not ReportStatus.OPEN:
            open_now = await self.bot.db.reports.for_message(
                report.message_id, status=ReportStatus.OPEN
            )
            return _already(report, open_now)
        # The card buttons' own actions, under the same per-message lock: they cannot race.
        done = await self.bot.services.card_actions.resolve(
            guild, report.message_id, action, interaction.user.id, interaction.created_at
        )
        if done.status is None:
            return done.outcome
        first = done.reports[0]
        link = message_link(guild.id, first.channel_id, report.message_id)
        return (
            f"{done.outcome}\n{len(done.reports)} report(s) on {link} are now {done.status.value}."
        )


async def setup(bot: ModBot) -> None:
    """Extension entry point."""
    await bot.add_cog(ReportsAdmin(bot))
