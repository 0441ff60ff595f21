"""Which client a config's shards need (today's for one, ``AutoShardedBot`` for several), and
which interactions a process that runs only some of the bot's shards should answer."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from discord.ext import commands

from bot.adapter.client import ModBot
from bot.config import Config, ShardConfig
from bot.core.engine import Engine
from bot.storage import Database

__all__ = ["ShardedModBot", "build_bot", "serves"]

log = logging.getLogger(__name__)


class ShardedModBot(ModBot, commands.AutoShardedBot):
    """modbot running several shards in one process; everything else is ``ModBot``'s."""

    async def on_shard_ready(self, shard_id: int) -> None:
        """One line per shard, with how many guilds it serves."""
        count = sum(1 for guild in self.guilds if guild.shard_id == shard_id)
        log.info("shard %d of %s ready in %d guilds", shard_id, self.shard_count, count)


def serves(shards: ShardConfig, guild_id: int | None) -> bool:
    """Whether a process running ``shards`` serves a guild (no guild: shard 0, as for DMs)."""
    if shards.count is None:  # unsharded, or auto: every shard runs here
        return True
    return ((guild_id or 0) >> 22) % shards.count in shards.ids


def build_bot(config: Config, engine: Engine, db: Database, **options: Any) -> ModBot:
    """The bot for ``config``: ``ShardedModBot`` for several shards, else ``ModBot``."""
    kind = ShardedModBot if config.shards.several else ModBot
    bot = kind(config, engine, db, **options)
    _answer_own_interactions(bot, config.shards)
    return bot


def _answer_own_interactions(bot: ModBot, shards: ShardConfig) -> None:
    """Leave the interactions of guilds that other processes serve to those processes.

    Discord sends a guild's interactions to its shard's session, but a session may reach a
    process that does not run the shard (two processes briefly holding one shard while a
    deploy rolls over, say). Such a process has no cache of the guild (roles, channels), so
    it would judge a moderator's press as anyone's and, answering first, take the
    interaction from the process that can act on it. discord.py's parser table is the one
    place every interaction passes before commands and views see it.
    """
    if shards.count is None:
        return
    parsers: dict[str, Callable[[Any], None]] = bot._connection.parsers
    parse = parsers["INTERACTION_CREATE"]

    def parse_if_served(data: Any) -> None:
        guild_id = int(data["guild_id"]) if data.get("guild_id") else None
        if serves(shards, guild_id):
            parse(data)
        else:
            log.debug("interaction %s: guild %s is another process's", data.get("id"), guild_id)

    parsers["INTERACTION_CREATE"] = parse_if_served
