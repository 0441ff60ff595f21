"""Post to a guild's mod-log channel: one line per case, and notes such as rule reloads."""

from __future__ import annotations

import logging

import discord

from bot.adapter.shared.failures import failure_text
from bot.adapter.shared.notices import ECHO_SAFE, mod_log_line
from bot.config import Config
from bot.core.cases import Case

__all__ = ["ModLog"]

log = logging.getLogger(__name__)

MESSAGE_LIMIT = 2000


class ModLog:
    """The mod-log channels; a post that fails is logged and never fails what it reports."""

    def __init__(self, client: discord.Client, config: Config) -> None:
        self.client = client
        self.config = config

    def channel_id(self, guild_id: int | None) -> int | None:
        """The guild's mod-log channel, if one is set."""
        return self.config.guild(guild_id).mod_log_channel

    async def case(self, case: Case, jump_url: str = "") -> None:
        """Post a case's line, with a link to what it is about."""
        text = mod_log_line(case, jump_url)
        await self.post(case.guild_id, text, about=f"case {case.id}")

    async def post(self, guild_id: int | None, text: str, *, about: str) -> None:
        """Post ``text`` to the guild's mod log, if it has one; ``about`` names it in the log."""
        channel_id = self.channel_id(guild_id)
        if channel_id is None:
            return
        channel = self.client.get_partial_messageable(channel_id)
        try:
            await channel.send(text[:MESSAGE_LIMIT], allowed_mentions=ECHO_SAFE)
        except discord.HTTPException as exc:
            log.info("%s: could not post to the mod log: %s", about, failure_text(exc))
