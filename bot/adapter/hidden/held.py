"""Pre-moderation: a post a behaviour rule held back waits in the moderators' queue as a card
whose Restore button (a ``DynamicItem``, so it survives restarts) puts it back."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import discord

from bot.adapter.hidden.restore import RestoreError
from bot.adapter.shared.gate import allowed
from bot.adapter.shared.notices import ECHO_SAFE, titled
from bot.adapter.shared.text import clip
from bot.core.cases import Case, HiddenPost, HiddenStatus, Outcome

if TYPE_CHECKING:
    from bot.adapter.client import ModBot

__all__ = ["HELD_TEMPLATE", "RestoreButton", "held_card", "post_held_card"]

log = logging.getLogger(__name__)

HELD_TEMPLATE = r"modbot:held:(?P<hidden_id>\d+)"


def held_card(hidden: HiddenPost, case: Case, why: str) -> discord.Embed:
    """The queue card of a held post: its text, author, rule and why, and its case."""
    embed = discord.Embed(
        title=clip(f"Held for review: {case.guideline}/{case.rule_id}", 256),
        description=clip(titled(hidden.content, hidden.thread_title) or "(no text)", 4000),
        colour=discord.Colour.red(),
        timestamp=hidden.posted_at,
    )
    embed.add_field(name="Author", value=f"<@{hidden.author_id}> ({hidden.author_id})")
    embed.add_field(name="Channel", value=f"<#{hidden.channel_id}>")
    embed.add_field(name="Why", value=clip(why, 1024), inline=False)
    embed.set_footer(text=f"Case #{case.id} · hidden post #{hidden.id}")
    return embed


async def post_held_card(
    client: discord.Client, queue_id: int | None, hidden: HiddenPost, case: Case, why: str
) -> None:
    """Put the held post's card in the moderators' queue; a failure is logged, the post stays
    held (``/hidden restore`` still reaches it)."""
    if queue_id is None:
        return
    view = discord.ui.View(timeout=None)
    view.add_item(RestoreButton(hidden.id))
    queue = client.get_partial_messageable(queue_id)
    try:
        await queue.send(embed=held_card(hidden, case, why), view=view, allowed_mentions=ECHO_SAFE)
    except discord.HTTPException as exc:
        log.warning("case %s: cannot post the held card: %s", case.id, exc.status)


class RestoreButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=HELD_TEMPLATE):
    """Restore a held post; moderators only, others get an ephemeral refusal."""

    def __init__(self, hidden_id: int) -> None:
        super().__init__(
            discord.ui.Button(
                label="Restore",
                style=discord.ButtonStyle.success,
                custom_id=f"modbot:held:{hidden_id}",
            )
        )
        self.hidden_id = hidden_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: Any, /
    ) -> RestoreButton:
        """Rebuild the button from its custom id, after a restart too."""
        return cls(int(match["hidden_id"]))

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        """Only moderators of the guild may press; everyone else is told so, privately."""
        if allowed(interaction):
            return True
        await interaction.response.send_message(
            "Only moderators can restore held posts.", ephemeral=True, allowed_mentions=ECHO_SAFE
        )
        return False

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """Re-post the held post and say on the card who restored it."""
        await interaction.response.defer()
        bot: ModBot = interaction.client
        hidden = await bot.db.hidden.get(self.hidden_id)
        if hidden is None or hidden.status is not HiddenStatus.HIDDEN:
            text = "The post is not held any more; there is nothing to restore."
        else:
            try:
                case = await bot.services.restorer.restore(hidden, interaction.user.id)
            except RestoreError as exc:
                text = str(exc)
            else:
                if case.outcome is Outcome.FAILED:
                    text = f"Could not restore it: {case.outcome_detail}."
                else:
                    await _mark_restored(interaction, case)
                    return
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=ECHO_SAFE)


async def _mark_restored(interaction: discord.Interaction[Any], case: Case) -> None:
    """The card loses its button and says who restored the post."""
    note = f"Restored by <@{case.actor_id}> (case #{case.id})."
    try:
        await interaction.edit_original_response(content=note, view=None)
    except discord.HTTPException as exc:
        log.info("held card %s: cannot update it: %s", interaction.message, exc.status)
