"""/rules for moderators: reload, list, show, stats, history and test the rules in force."""

from __future__ import annotations

import io
import logging
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.adapter.rules.backtest import Backtest, feed_in_turns, read_history
from bot.adapter.rules.report import MESSAGE_LIMIT, reload_text
from bot.adapter.rules.texts import (
    behaviour_lines,
    evidence_lines,
    hit_lines,
    rule_lines,
    ruleset_lines,
    score_lines,
    version_line,
)
from bot.adapter.shared import gate
from bot.adapter.shared.interaction_guild import guild_id_of
from bot.adapter.shared.notices import ECHO_SAFE
from bot.core.rule_record import Trigger

if TYPE_CHECKING:
    from bot.adapter.client import ModBot

__all__ = ["RulesAdmin"]

log = logging.getLogger(__name__)

LIST_DAYS = 7
HISTORY = 10
TEST_TEXT_LIMIT = 2000


async def answer(interaction: discord.Interaction[ModBot], lines: list[str]) -> None:
    """Finish a deferred command privately; a long answer comes as a text file too."""
    text = "\n".join(lines)
    if len(text) <= MESSAGE_LIMIT:
        await interaction.edit_original_response(content=text, allowed_mentions=ECHO_SAFE)
        return
    cut = text[: MESSAGE_LIMIT - 60].rsplit("\n", 1)[0]
    file = discord.File(io.BytesIO(text.encode()), filename="rules.txt")
    await interaction.edit_original_response(
        content=f"{cut}\n… the whole answer is attached.",
        attachments=[file],
        allowed_mentions=ECHO_SAFE,
    )


@app_commands.guild_only()
@app_commands.default_permissions(manage_messages=True)
class RulesAdmin(
    commands.GroupCog, group_name="rules", group_description="See, test and reload the rules."
):
    """The rules in force in this server, their record, and reloading them from their files."""

    def __init__(self, bot: ModBot) -> None:
        self.bot = bot
        self.rules = bot.services.rules
        self.evidence = bot.services.evidence
        super().__init__()

    async def _rule_ids(
        self, interaction: discord.Interaction[ModBot], current: str
    ) -> list[app_commands.Choice[str]]:
        """Rule ids in force here that contain what the moderator typed."""
        rules = self.bot.engine_for(interaction.guild_id).ruleset.rules
        found = [r.id for r in rules if current.lower() in r.id]
        return [app_commands.Choice(name=rule_id, value=rule_id) for rule_id in found[:25]]

    @app_commands.command(name="reload")
    @gate.moderators_only
    async def reload(self, interaction: discord.Interaction[ModBot]) -> None:
        """Load the rule files again; keep the rules in force if any file has an error."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        results = await self.rules.reload(trigger=Trigger.COMMAND, by=interaction.user.id)
        gid = guild_id_of(interaction)
        result = results.get(gid) or results[None]
        await answer(interaction, [reload_text(result)])

    @app_commands.command(name="list")
    @gate.moderators_only
    async def list_rules(self, interaction: discord.Interaction[ModBot]) -> None:
        """List the guidelines and rules in force, with hits in the last 7 days."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        gid = guild_id_of(interaction)
        rules = self.bot.engine_for(gid).ruleset
        since = datetime.now(UTC) - timedelta(days=LIST_DAYS)
        counts = await self.bot.db.cases.counts_by_rule(gid, since=since)
        version = self.rules.version(gid)
        which = f"version #{version.id}, " if version else ""
        head = f"{len(rules.rules)} rules in force ({which}hits in the last {LIST_DAYS} days):"
        await answer(interaction, [head, *ruleset_lines(rules, counts)])

    @app_commands.command(name="show")
    @app_commands.describe(rule_id="The rule's id, e.g. name-calling")
    @app_commands.rename(rule_id="id")
    @gate.moderators_only
    async def show(self, interaction: discord.Interaction[ModBot], rule_id: str) -> None:
        """Show one rule: what it matches, where, what it does."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        rule = self.bot.engine_for(guild_id_of(interaction)).ruleset.rule(rule_id)
        if rule is None:
            await answer(interaction, ["No rule with that id is in force here."])
            return
        await answer(interaction, rule_lines(rule))

    @app_commands.command(name="stats")
    @app_commands.describe(rule_id="The rule's id", days="How many days back (default 30)")
    @app_commands.rename(rule_id="id")
    @gate.moderators_only
    async def stats(
        self,
        interaction: discord.Interaction[ModBot],
        rule_id: str,
        days: app_commands.Range[int, 1, 365] = 30,
    ) -> None:
        """A rule's hits and, for shadow hits, how many posts moderators then acted on."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        gid = guild_id_of(interaction)
        since = datetime.now(UTC) - timedelta(days=days)
        evidence = await self.evidence.for_rule(gid, rule_id, since=since)
        rule = self.bot.engine_for(gid).ruleset.rule(rule_id)
        await answer(interaction, evidence_lines(evidence, rule, days))

    @app_commands.command(name="history")
    @gate.moderators_only
    async def history(self, interaction: discord.Interaction[ModBot]) -> None:
        """The latest rule versions loaded here: when, why, by whom, what changed."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        gid = guild_id_of(interaction)
        key = gid if gid in self.rules.layered() else None
        versions = await self.bot.db.rule_versions.history(key, limit=HISTORY)
        in_force = self.rules.version(gid)
        lines = [version_line(v, in_force is not None and v.id == in_force.id) for v in versions]
        await answer(interaction, lines or ["No rule version is recorded yet."])

    @app_commands.command(name="test")
    @app_commands.describe(text="The text to check against the rules in force here")
    @gate.moderators_only
    async def test(
        self,
        interaction: discord.Interaction[ModBot],
        text: app_commands.Range[str, 1, TEST_TEXT_LIMIT],
    ) -> None:
        """What would fire on a text and why: guideline, rule, action, match, span and view."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        guild_id = guild_id_of(interaction)
        engine = self.bot.engine_for(guild_id)
        hits = engine.check_text(text)
        scores = score_lines(engine.scores(text))
        behaviour = behaviour_lines(engine.ruleset, self.bot.behaviour_for(guild_id).test(text))
        await answer(interaction, hit_lines(engine.ruleset, text, hits) + behaviour + scores)

    @app_commands.command(name="backtest")
    @app_commands.describe(
        rule_id="The rule to try", channel="Where (default: here)", days="How far back"
    )
    @gate.moderators_only
    async def backtest(
        self,
        interaction: discord.Interaction[ModBot],
        rule_id: str,
        channel: discord.TextChannel | None = None,
        days: app_commands.Range[int, 1, 30] = 1,
    ) -> None:
        """What a rule would have done over a channel's recent messages; acts on nothing."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        guild_id = guild_id_of(interaction)
        engine = self.bot.engine_for(guild_id)
        rule = engine.ruleset.rule(rule_id)
        if rule is None:
            await answer(interaction, [f"No rule `{rule_id}` is in force here."])
            return
        place = channel or interaction.channel
        if not isinstance(place, discord.abc.Messageable):
            await answer(interaction, ["Pick a text channel to read."])
            return

        async def progress(read: int) -> None:
            await interaction.edit_original_response(content=f"Read {read} messages…")

        since = interaction.created_at - timedelta(days=days)
        messages = await read_history(place, since, progress)
        test = Backtest.of(rule, engine)
        guild = self.bot.config.guild(guild_id)
        members = [m for m in messages if not m.author.bot]
        await feed_in_turns(members, lambda message: test.feed(message, guild))
        where = f"<#{getattr(place, 'id', 0)}>"
        await answer(interaction, test.lines(guild_id, where, days))

    show.autocomplete("rule_id")(_rule_ids)
    stats.autocomplete("rule_id")(_rule_ids)
    backtest.autocomplete("rule_id")(_rule_ids)


async def setup(bot: ModBot) -> None:
    """Extension entry point."""
    await bot.add_cog(RulesAdmin(bot))
