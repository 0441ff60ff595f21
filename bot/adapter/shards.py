"""Which client a config's shards need: today's for one, ``AutoShardedBot`` for several."""

from __future__ import annotations

import logging
from typing import Any

from discord.ext import commands

from bot.adapter.client import ModBot
from bot.config import Config
from bot.core.engine import Engine
from bot.storage import Database

__all__ = ["ShardedModBot", "build_bot"]

log = logging.getLogger(__name__)


class ShardedModBot(ModBot, commands.AutoShardedBot):
    """modbot running several shards in one process; everything else is ``ModBot``'s."""

    async def on_shard_ready(self, shard_id: int) -> None:
        """One line per shard, with how many guilds it serves."""
        count = sum(1 for guild in self.guilds if guild.shard_id == shard_id)
        log.info("shard %d of %s ready in %d guilds", shard_id, self.shard_count, count)


def build_bot(config: Config, engine: Engine, db: Database, **options: Any) -> ModBot:
    """The bot for ``config``: ``ShardedModBot`` for several shards, else ``ModBot``."""
    kind = ShardedModBot if config.shards.several else ModBot
    return kind(config, engine, db, **options)
