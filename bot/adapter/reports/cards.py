"""The moderators' queue card of a reported message, and its buttons that survive restarts.

The buttons are ``DynamicItem``s: their custom id carries the reported message's id and the
action, so a click on a card posted before a restart still reaches the bot's card actions.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import discord

from bot.adapter.shared.gate import allowed
from bot.adapter.shared.links import message_link
from bot.adapter.shared.notices import titled
from bot.adapter.shared.text import clip
from bot.core.reports import OTHER_GUIDELINE, OTHER_TITLE, ReportSummary
from bot.core.rules import RuleSet

if TYPE_CHECKING:
    from bot.adapter.client import ModBot

__all__ = [
    "CARD_TEMPLATE",
    "CardAction",
    "CardState",
    "ReportButton",
    "card_embed",
    "card_view",
    "guideline_titles",
]

CARD_TEMPLATE = r"modbot:report:(?P<message_id>\d+):(?P<action>hide|warn|dismiss|restore)"
TEXT_LIMIT = 3500
FIELD_LIMIT = 1024
OPEN_COLOUR = discord.Colour.orange()
HIDDEN_COLOUR = discord.Colour.red()
CLOSED_COLOUR = discord.Colour.light_grey()


class CardAction(StrEnum):
    """What a moderator can do from a card."""

    HIDE = "hide"
    WARN = "warn"
    DISMISS = "dismiss"
    RESTORE = "restore"


LABELS = {
    CardAction.HIDE: ("Hide", discord.ButtonStyle.danger),
    CardAction.WARN: ("Warn author", discord.ButtonStyle.primary),
    CardAction.DISMISS: ("Dismiss", discord.ButtonStyle.secondary),
    CardAction.RESTORE: ("Restore", discord.ButtonStyle.success),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class CardState:
    """Where a reported message stands: its ids, whether it is hidden, and any outcome."""

    guild_id: int
    channel_id: int
    message_id: int
    author_id: int
    hidden: bool = False
    hidden_case_id: int | None = None
    outcome: str = ""

    @property
    def resolved(self) -> bool:
        """True once a moderator acted: the card then has no buttons."""
        return bool(self.outcome)


def guideline_titles(rules: RuleSet) -> dict[str, str]:
    """Guideline ids to titles, with the catch-all "Be Proactive / Other" last."""
    titles = {g.id: g.title for g in rules.guidelines}
    titles.setdefault(OTHER_GUIDELINE, OTHER_TITLE)
    return titles


def _status(summary: ReportSummary, state: CardState) -> str:
    if state.outcome:
        return state.outcome
    if state.hidden:
        case = f" (case #{state.hidden_case_id})" if state.hidden_case_id else ""
        return f"Hidden pending review{case}."
    return "Open: waiting for a moderator."


def card_embed(
    summary: ReportSummary, titles: Mapping[str, str], state: CardState
) -> discord.Embed:
    """The card: the post as reported, its author, guidelines, reasons, count and status."""
    text = titled(summary.content, summary.thread_title) or "(no text)"
    links = "\n".join(f"[{a.filename}]({a.url})" for a in summary.attachments)
    body = clip(text, TEXT_LIMIT) + (f"\n\n**Attachments**\n{links}" if links else "")
    title = titles.get(summary.guideline, summary.guideline)
    colour = CLOSED_COLOUR if state.resolved else HIDDEN_COLOUR if state.hidden else OPEN_COLOUR
    embed = discord.Embed(
        title=clip(f"Reported: {title}", 256),
        description=clip(body, 4000),
        url=message_link(state.guild_id, state.channel_id, state.message_id),
        colour=colour,
    )
    embed.add_field(name="Author", value=f"<@{state.author_id}> ({state.author_id})")
    embed.add_field(name="Reports", value=str(summary.count))
    guidelines = ", ".join(
        f"{titles.get(g, g)} ×{n}" if n > 1 else titles.get(g, g) for g, n in summary.guidelines
    )
    embed.add_field(name="Guidelines", value=clip(guidelines or "-", FIELD_LIMIT), inline=False)
    reasons = "\n".join(f"• {' '.join(r.split())} (<@{who}>)" for who, r in summary.reasons)
    embed.add_field(
        name="Reasons", value=clip(reasons or "(none given)", FIELD_LIMIT), inline=False
    )
    embed.add_field(name="Status", value=clip(_status(summary, state), FIELD_LIMIT), inline=False)
    embed.set_footer(text=f"Reported message {state.message_id}")
    return embed


def card_view(state: CardState, *, can_restore: bool) -> discord.ui.View | None:
    """The card's buttons: Hide, Warn, Dismiss; Keep hidden, Warn, Restore once it is hidden."""
    if state.resolved:
        return None
    if not state.hidden:
        actions = [CardAction.HIDE, CardAction.WARN, CardAction.DISMISS]
    else:
        last = CardAction.RESTORE if can_restore else CardAction.DISMISS
        actions = [CardAction.HIDE, CardAction.WARN, last]
    view = discord.ui.View(timeout=None)
    for action in actions:
        button = ReportButton(state.message_id, action)
        if action is CardAction.HIDE and state.hidden:
            button.item.label = "Keep hidden"
        view.add_item(button)
    return view


class ReportButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=CARD_TEMPLATE):
    """A card button; moderators only, others get an ephemeral refusal and nothing changes."""

    def __init__(self, message_id: int, action: CardAction) -> None:
        label, style = LABELS[action]
        super().__init__(
            discord.ui.Button(
                label=label, style=style, custom_id=f"modbot:report:{message_id}:{action.value}"
            )
        )
        self.message_id = message_id
        self.action = action

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: Any,
        /,
    ) -> ReportButton:
        """Rebuild the button from its custom id, after a restart too."""
        return cls(int(match["message_id"]), CardAction(match["action"]))

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        """Only moderators of the guild may press; everyone else is told so, privately."""
        if allowed(interaction):
            return True
        await interaction.response.send_message(
            "Only moderators can act on reports.",
            ephemeral=True,
            allowed_mentions=discord.AllowedMentions.none(),
        )
        return False

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """Hand the click to the bot's card actions."""
        bot: ModBot = interaction.client
        await bot.services.card_actions.act(interaction, self.message_id, self.action)
