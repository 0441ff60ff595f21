"""Joins and raids: each join feeds the behaviour rules, raid mode's measures follow their
decisions, a periodic tick ends a quiet raid, and /raid status and /raid off for moderators."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.adapter.moderation.raid_measures import RaidMeasures
from bot.adapter.shared import gate
from bot.adapter.shared.notices import ECHO_SAFE
from bot.core.behaviour.evaluator import Join
from bot.core.behaviour.hits import RaidDecision, RaidState

if TYPE_CHECKING:
    from bot.adapter.client import ModBot

__all__ = ["Raids"]

log = logging.getLogger(__name__)

# How often quiet raids are looked for; a raid's quiet period is at least a minute.
TICK_SECONDS = 15.0


def status_lines(states: list[RaidState]) -> list[str]:
    """``/raid status``: each raid in progress, or that there is none."""
    if not states:
        return ["No raid in progress."]
    return [
        f"**{s.rule}**: since {discord.utils.format_dt(s.since, 'T')}, {s.joins} joins, "
        f"last {discord.utils.format_dt(s.last_join, 'R')}; ends if quiet until "
        f"{discord.utils.format_dt(s.ends_after_quiet, 'T')}"
        for s in states
    ]


@app_commands.guild_only()
@app_commands.default_permissions(manage_messages=True)
class Raids(commands.GroupCog, group_name="raid", group_description="See or end raid mode."):
    """Raid mode: started by joins, ended by a quiet period or a moderator."""

    def __init__(self, bot: ModBot) -> None:
        self.bot = bot
        self.measures = RaidMeasures(bot.services.mod_log)
        # Raid decisions of one guild are carried out in order: an end never overtakes its start.
        self._locks: dict[int, asyncio.Lock] = {}
        self._task: asyncio.Task[None] | None = None
        super().__init__()

    async def cog_load(self) -> None:
        """Start looking for quiet raids."""
        self._task = asyncio.create_task(self._tick_forever(), name="raid-tick")

    async def cog_unload(self) -> None:
        """Stop looking for quiet raids."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    @commands.Cog.listener()
    async def on_member_join(self, member: discord.Member) -> None:
        """A join feeds the raid watches, with the join time Discord gives."""
        joined = member.joined_at or datetime.now(UTC)
        join = Join(member.guild.id, member.id, joined, member.created_at)
        decisions = self.bot.behaviour_for(member.guild.id).observe_join(join)
        await self.carry_out(member.guild, decisions)

    async def carry_out(self, guild: discord.Guild, decisions: list[RaidDecision]) -> None:
        """Take or undo the measures of each decision, in order."""
        if not decisions:
            return
        lock = self._locks.setdefault(guild.id, asyncio.Lock())
        async with lock:
            for decision in decisions:
                log.info("guild %s: raid %s %s", guild.id, decision.rule, decision.change.value)
                await self.measures.apply(guild, decision)

    async def tick(self, now: datetime) -> None:
        """End the raids that have been quiet long enough, in every guild."""
        for guild in self.bot.guilds:
            decisions = self.bot.behaviour_for(guild.id).tick(guild.id, now)
            await self.carry_out(guild, decisions)

    async def _tick_forever(self) -> None:
        while True:
            await asyncio.sleep(TICK_SECONDS)
            try:
                await self.tick(datetime.now(UTC))
            except Exception:
                log.exception("ending quiet raids failed; still watching")

    @app_commands.command(name="status")
    @gate.moderators_only
    async def status(self, interaction: discord.Interaction[ModBot]) -> None:
        """Whether raid mode is on here: since when, how many joins, and when it would end."""
        guild_id = interaction.guild_id or 0
        states = self.bot.behaviour_for(guild_id).raid_status(guild_id)
        await interaction.response.send_message(
            "\n".join(status_lines(states)), ephemeral=True, allowed_mentions=ECHO_SAFE
        )

    @app_commands.command(name="off")
    @gate.moderators_only
    async def off(self, interaction: discord.Interaction[ModBot]) -> None:
        """End raid mode now and undo its measures."""
        guild = interaction.guild
        if guild is None:
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        by = f"<@{interaction.user.id}>"
        decisions = self.bot.behaviour_for(guild.id).end_raid(guild.id, interaction.created_at, by)
        await self.carry_out(guild, decisions)
        text = "Raid mode ended; its measures are undone." if decisions else "No raid in progress."
        await interaction.edit_original_response(content=text, allowed_mentions=ECHO_SAFE)


async def setup(bot: ModBot) -> None:
    """Extension entry point."""
    await bot.add_cog(Raids(bot))
