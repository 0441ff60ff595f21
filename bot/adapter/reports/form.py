"""The "Report to moderators" form: a guideline select and an optional reason."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import discord

from bot.core.reports import REASON_MAX

__all__ = ["FORM_TIMEOUT", "ReportForm", "Submit"]

# An abandoned form is dropped after this many seconds (Discord's own limit is 15 minutes).
FORM_TIMEOUT = 900.0

# The cog's handler: interaction, channel id, message id, guideline id, reason.
Submit = Callable[[discord.Interaction[Any], int, int, str, str], Awaitable[None]]


class ReportForm(discord.ui.Modal, title="Report to moderators"):
    """Pick the guideline the message breaks and say why; submitting files the report."""

    def __init__(
        self,
        submit: Submit,
        message: discord.Message,
        titles: Mapping[str, str],
        *,
        custom_id: str,
    ) -> None:
        super().__init__(timeout=FORM_TIMEOUT, custom_id=custom_id)
        self._submit = submit
        self.channel_id = message.channel.id
        self.message_id = message.id
        self.guideline: discord.ui.Select[Any] = discord.ui.Select(
            custom_id="guideline",
            placeholder="Choose a guideline",
            options=[
                discord.SelectOption(label=title[:100], value=gid)
                for gid, title in list(titles.items())[:25]
            ],
            required=True,
        )
        self.reason: discord.ui.TextInput[Any] = discord.ui.TextInput(
            custom_id="reason",
            style=discord.TextStyle.paragraph,
            required=False,
            max_length=REASON_MAX,
            placeholder="Optional: what is wrong with it?",
        )
        self.add_item(
            discord.ui.Label(text="Which guideline does it break?", component=self.guideline)
        )
        self.add_item(discord.ui.Label(text="Why? (optional)", component=self.reason))

    async def on_submit(self, interaction: discord.Interaction[Any], /) -> None:
        """File the report through the cog."""
        chosen = self.guideline.values[0] if self.guideline.values else ""
        reason = (self.reason.value or "").strip()[:REASON_MAX]
        await self._submit(interaction, self.channel_id, self.message_id, chosen, reason)
