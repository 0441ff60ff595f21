"""Moderators' slash commands (warnings, cases, hidden posts, pardons) and /guidelines for all."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.adapter.hidden.card import hidden_card, restored_state
from bot.adapter.hidden.restore import RestoreError, is_forum_post
from bot.adapter.shared import gate
from bot.adapter.shared.interaction_guild import guild_id_of
from bot.adapter.shared.notices import ECHO_SAFE
from bot.adapter.shared.paginator import embed_pages, send_pages
from bot.adapter.shared.text import one_line
from bot.core.cases import Case, CaseKind, HiddenPost, HiddenStatus, NewCase, Outcome
from bot.core.rules import Mode, RuleSet

if TYPE_CHECKING:
    from bot.adapter.client import ModBot

__all__ = ["ModTools", "case_line", "guidelines_embed", "hidden_line"]

log = logging.getLogger(__name__)

# The newest this many rows are shown; older ones stay in the database.
LIST_CAP = 250
SNIPPET = 120
# The four rule-backed guidelines in the order the site lists them, with fallback wording.
RULE_GUIDELINES = (
    ("keep-it-clean", "Keep it Clean", "No obscene, vulgar, lewd, racist or sexual language."),
    ("dont-threaten", "Don't Threaten", "Threats of harming another person will not be tolerated."),
    ("be-truthful", "Be Truthful", "Don't knowingly lie about anyone or anything."),
    ("be-nice", "Be Nice", "No racism, sexism or any sort of -ism that is degrading to another."),
)
COMMUNITY_GUIDELINES = (
    ("Be Proactive", "Use the Report action on each post to let us know of abusive posts."),
    ("Share with Us", "We'd love to hear eyewitness accounts, the history behind an article."),
)


def guidelines_embed(rules: RuleSet) -> discord.Embed:
    """The six guidelines: titles and summaries of the loaded rules, then the two of conduct."""
    loaded = {g.id: g for g in rules.guidelines}
    fields = [
        (loaded[gid].title, loaded[gid].summary) if gid in loaded else (title, summary)
        for gid, title, summary in RULE_GUIDELINES
    ]
    known = {gid for gid, _, _ in RULE_GUIDELINES}
    fields += [(g.title, g.summary) for g in rules.guidelines if g.id not in known]
    embed = discord.Embed(title="Community guidelines", colour=discord.Colour.blurple())
    for title, summary in [*fields, *COMMUNITY_GUIDELINES]:
        embed.add_field(name=title[:256], value=summary[:1024] or "-", inline=False)
    return embed


def _when(moment: datetime) -> str:
    """A Discord timestamp that every reader sees in their own time zone."""
    return discord.utils.format_dt(moment, "f")


def _rule(case: Case) -> str:
    return f"{case.guideline}/{case.rule_id}" if case.rule_id else "-"


def case_line(case: Case) -> str:
    """One case for /cases: id, kind, rule, outcome, time and who acted."""
    actor = "modbot" if case.actor_id is None else f"<@{case.actor_id}>"
    outcome = case.outcome.value
    if case.outcome_detail and case.outcome is Outcome.FAILED:
        outcome = f"failed ({one_line(case.outcome_detail, 80)})"
    extra = " · shadow" if case.mode is Mode.SHADOW else ""
    extra += " · **pardoned**" if case.voided else ""
    related = f" · re #{case.related_case_id}" if case.related_case_id else ""
    return (
        f"**#{case.id}** {case.kind.value} · {_rule(case)} · {outcome} · {_when(case.created_at)}"
        f" · by {actor}{related}{extra}"
    )


def hidden_line(hidden: HiddenPost) -> str:
    """One hidden post for /hidden list: id, author, channel, time and a snippet."""
    text = hidden.content
    if is_forum_post(hidden):
        text = f"{hidden.thread_title} — {text}" if text else hidden.thread_title
    state = "" if hidden.status is HiddenStatus.HIDDEN else f" · {hidden.status.value}"
    kept = sum(a.kept for a in hidden.attachments)
    files = f" · {len(hidden.attachments)} attachment(s), {kept} kept" if hidden.attachments else ""
    return (
        f"**#{hidden.id}** <@{hidden.author_id}> ({one_line(hidden.author_name, 40)}) in "
        f"<#{hidden.channel_id}> · {_when(hidden.hidden_at)}{state}{files}\n"
        f"> {one_line(text, SNIPPET) or '(no text)'}"
    )


def _standing(case: Case, window: set[int], active: set[int]) -> str:
    """Whether a warning counts towards a timeout now, is still active, expired or pardoned."""
    if case.voided:
        return "pardoned"
    if case.id in window:
        return "counts now"
    return "active" if case.id in active else "expired"


class ModTools(commands.Cog):
    """What moderators look up and undo, and the guidelines anyone can post."""

    hidden = app_commands.Group(
        name="hidden",
        description="Posts the bot hid, kept in full so they can be restored.",
        guild_only=True,
        default_permissions=discord.Permissions(manage_messages=True),
    )

    def __init__(self, bot: ModBot) -> None:
        self.bot = bot

    @app_commands.command(name="warnings")
    @app_commands.describe(member="The member whose warnings to show")
    @gate.moderators_only
    async def warnings(
        self, interaction: discord.Interaction[ModBot], member: discord.Member | discord.User
    ) -> None:
        """Show a member's warnings: those counting towards a timeout now, and all-time."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        guild_id = guild_id_of(interaction)
        now = datetime.now(UTC)
        escalation = self.bot.config.guild(guild_id).escalation
        since = now - escalation.window
        db = self.bot.db.cases
        window = {c.id for c in await db.warnings(guild_id, member.id, now=now, since=since)}
        active = {c.id for c in await db.warnings(guild_id, member.id, now=now)}
        cases = await db.for_member(guild_id, member.id, limit=LIST_CAP)
        ever = [c for c in cases if c.kind is CaseKind.WARN and c.mode is Mode.ENFORCE]
        hours = int(escalation.window.total_seconds() // 3600)
        more = "+" if len(cases) >= LIST_CAP else ""
        header = (
            f"<@{member.id}>: **{len(window)}** in the last {hours} h "
            f"(a timeout at {escalation.warnings}) · **{len(active)}** active · "
            f"**{len(ever)}{more}** all-time"
        )
        lines = [
            f"**#{c.id}** · {_when(c.created_at)} · {_rule(c)} · "
            f"{_standing(c, window, active)}\n> {one_line(c.reason, SNIPPET)}"
            for c in ever
        ]
        title = f"Warnings of {member.display_name}"[:256]
        pages = embed_pages(title, lines, per_page=8, header=header, empty="No warnings.")
        await send_pages(interaction, pages)

    @app_commands.command(name="cases")
    @app_commands.describe(member="The member whose cases to show")
    @gate.moderators_only
    async def cases(
        self, interaction: discord.Interaction[ModBot], member: discord.Member | discord.User
    ) -> None:
        """List every case about a member, newest first."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        found = await self.bot.db.cases.for_member(
            guild_id_of(interaction), member.id, limit=LIST_CAP
        )
        title = f"Cases of {member.display_name}"[:256]
        lines = [case_line(c) for c in found]
        header = f"<@{member.id}>: {len(found)}{'+' if len(found) >= LIST_CAP else ''} case(s)"
        await send_pages(interaction, embed_pages(title, lines, header=header, empty="No cases."))

    @hidden.command(name="list")
    @app_commands.describe(include_restored="Also show posts already restored")
    @gate.moderators_only
    async def hidden_list(
        self, interaction: discord.Interaction[ModBot], include_restored: bool = False
    ) -> None:
        """List the posts the bot hid in this server, most recent first."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        status = None if include_restored else HiddenStatus.HIDDEN
        found = await self.bot.db.hidden.for_guild(
            guild_id_of(interaction), status=status, limit=LIST_CAP
        )
        lines = [hidden_line(h) for h in found]
        pages = embed_pages("Hidden posts", lines, per_page=6, empty="No hidden posts.")
        await send_pages(interaction, pages)

    @hidden.command(name="show")
    @app_commands.rename(hidden_id="id")
    @app_commands.describe(hidden_id="The hidden post's id, from /hidden list")
    @gate.moderators_only
    async def hidden_show(
        self, interaction: discord.Interaction[ModBot], hidden_id: app_commands.Range[int, 1]
    ) -> None:
        """Show a hidden post in full, why it was hidden, and its kept files."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        hidden = await self.bot.db.hidden.get(hidden_id)
        if hidden is None or hidden.guild_id != guild_id_of(interaction):
            await interaction.edit_original_response(
                content=f"There is no hidden post #{hidden_id} in this server."
            )
            return
        case = await self.bot.db.cases.get(hidden.case_id) if hidden.case_id else None
        data = await self.bot.db.hidden.files(hidden.id)
        embed, files = hidden_card(hidden, case, data)
        await interaction.edit_original_response(
            embed=embed, attachments=files, allowed_mentions=ECHO_SAFE
        )

    @hidden.command(name="restore")
    @app_commands.rename(hidden_id="id")
    @app_commands.describe(hidden_id="The hidden post's id, from /hidden list")
    @gate.moderators_only
    async def hidden_restore(
        self, interaction: discord.Interaction[ModBot], hidden_id: app_commands.Range[int, 1]
    ) -> None:
        """Put a hidden post back under its author's name."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        hidden = await self.bot.db.hidden.get(hidden_id)
        if hidden is None or hidden.guild_id != guild_id_of(interaction):
            text = f"There is no hidden post #{hidden_id} in this server."
        elif hidden.status is HiddenStatus.PURGED:
            text = f"Hidden post #{hidden_id} was purged: there is nothing left to restore."
        elif hidden.status is HiddenStatus.RESTORED:
            text = f"Hidden post #{hidden_id} was already {restored_state(hidden)}."
        else:
            try:
                case = await self.bot.services.restorer.restore(hidden, interaction.user.id)
            except RestoreError as exc:
                text = str(exc)
            else:
                text = _restored_text(hidden, case)
        await interaction.edit_original_response(content=text, allowed_mentions=ECHO_SAFE)

    @hidden.command(name="purge")
    @app_commands.rename(hidden_id="id")
    @app_commands.describe(
        hidden_id="The hidden post's id, from /hidden list",
        reason="Why its content must go, for the record",
    )
    @gate.moderators_only
    async def hidden_purge(
        self,
        interaction: discord.Interaction[ModBot],
        hidden_id: app_commands.Range[int, 1],
        reason: app_commands.Range[str, 1, 400],
    ) -> None:
        """Delete a hidden post's stored text and files for good; who, where and when stay."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        hidden = await self.bot.db.hidden.get(hidden_id)
        if hidden is None or hidden.guild_id != guild_id_of(interaction):
            text = f"There is no hidden post #{hidden_id} in this server."
        elif not await self.bot.db.hidden.purge(hidden.id):
            text = f"Hidden post #{hidden_id} was already purged."
        else:
            case = await self.bot.db.cases.add(
                NewCase(
                    guild_id=hidden.guild_id,
                    kind=CaseKind.PURGE,
                    created_at=datetime.now(UTC),
                    target_id=hidden.author_id,
                    actor_id=interaction.user.id,
                    channel_id=hidden.channel_id,
                    message_id=hidden.message_id,
                    reason=reason,
                    related_case_id=hidden.case_id,
                    outcome=Outcome.OK,
                )
            )
            await self.bot.services.mod_log.case(case)
            kept = sum(a.kept for a in hidden.attachments)
            text = (
                f"Purged hidden post #{hidden_id}: its text and {kept} kept file(s) are deleted "
                f"for good; who posted it, where and when stay on record. Recorded as case "
                f"#{case.id}."
            )
        await interaction.edit_original_response(content=text, allowed_mentions=ECHO_SAFE)

    @app_commands.command(name="pardon")
    @app_commands.rename(case_id="case")
    @app_commands.describe(case_id="The warning's case id", reason="Why, for the record")
    @gate.moderators_only
    async def pardon(
        self,
        interaction: discord.Interaction[ModBot],
        case_id: app_commands.Range[int, 1],
        reason: app_commands.Range[str, 1, 400] | None = None,
    ) -> None:
        """Void a warning so it no longer counts towards a timeout."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        text = await self._pardon(interaction, case_id, reason or "")
        await interaction.edit_original_response(content=text, allowed_mentions=ECHO_SAFE)

    async def _pardon(
        self, interaction: discord.Interaction[ModBot], case_id: int, reason: str
    ) -> str:
        """Pardon one warning; the answer explains why when it cannot."""
        case = await self.bot.db.cases.get(case_id)
        if case is None or case.guild_id != guild_id_of(interaction):
            return f"There is no case #{case_id} in this server."
        if case.kind is not CaseKind.WARN:
            kind = case.kind.value
            return (
                f"Case #{case_id} is a {kind} case, not a warning: only warnings can be pardoned."
            )
        if case.mode is Mode.SHADOW:
            return f"Case #{case_id} is a shadow-mode record: it never counted towards a timeout."
        if case.voided:
            by = f" by <@{case.voided_by}>" if case.voided_by else ""
            at = f" {_when(case.voided_at)}" if case.voided_at else ""
            return f"Warning #{case_id} was already pardoned{by}{at}."
        pardon = await self.bot.db.cases.pardon(
            case_id, by=interaction.user.id, at=datetime.now(UTC), reason=reason
        )
        if pardon is None:
            return f"Warning #{case_id} was already pardoned."
        await self.bot.services.mod_log.case(pardon)
        return (
            f"Pardoned warning #{case_id} of <@{case.target_id}> ({_rule(case)}); it no longer "
            f"counts towards a timeout. Recorded as case #{pardon.id}."
        )

    @app_commands.command(name="guidelines")
    async def guidelines(self, interaction: discord.Interaction[ModBot]) -> None:
        """Post the community guidelines: what we ask of everyone here."""
        rules = self.bot.engine_for(interaction.guild_id).ruleset
        await interaction.response.send_message(
            embed=guidelines_embed(rules), allowed_mentions=ECHO_SAFE
        )


def _restored_text(hidden: HiddenPost, case: Case) -> str:
    """The moderator's answer after a restore attempt."""
    if case.outcome is Outcome.OK:
        return (
            f"Restored hidden post #{hidden.id} by <@{hidden.author_id}>: {case.outcome_detail}. "
            f"Recorded as case #{case.id}."
        )
    return (
        f"Could not restore hidden post #{hidden.id}: {case.outcome_detail}. It stays hidden; "
        f"case #{case.id} records the failure."
    )


async def setup(bot: ModBot) -> None:
    """Extension entry point."""
    await bot.add_cog(ModTools(bot))
