"""The yardstick for ``e2e_latency.py``: a bot that deletes any message holding one keyword.

Usage: ``DISCORD_TOKEN=... DISCORD_API_BASE=... DISCORD_GATEWAY_URL=...
[MODBOT_SHARDS=0-1 MODBOT_SHARD_COUNT=4] python benchmarks/minimal_bot.py KEYWORD``

A plain ``discord.Client`` whose ``on_message`` checks one lower-cased keyword and calls
``message.delete()``: no rules engine, no database, no DM or mod log. It is what the least a
moderation bot can do costs on discord.py, so modbot's latency is read beside it. Given
``MODBOT_SHARDS`` (``first-last``) and ``MODBOT_SHARD_COUNT`` it runs those shards, as modbot
does, so two processes of each split the same guilds the same way.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import sys

import discord
import discord.gateway
import discord.http
import yarl

__all__ = ["IDENTIFY_SPACING_S", "MinimalBot", "ShardedMinimalBot", "main"]

log = logging.getLogger(__name__)

IDENTIFY_SPACING_S = 0.2  # between a sharded process's IDENTIFYs (Discord: 5 s)


def _intents() -> discord.Intents:
    """Guilds, their messages and the messages' text: all the bot reads."""
    intents = discord.Intents.none()
    intents.guilds = intents.guild_messages = intents.message_content = True
    return intents


async def _delete_if(keyword: str, message: discord.Message) -> None:
    """The whole bot: one keyword, one DELETE."""
    if keyword in message.content.lower():
        try:
            await message.delete()
        except discord.HTTPException as exc:
            log.warning("message %s: delete failed: %s", message.id, exc.status)


class MinimalBot(discord.Client):
    """Delete every message whose lower-cased text holds the keyword."""

    def __init__(self, keyword: str) -> None:
        super().__init__(intents=_intents())
        self.keyword = keyword.lower()

    async def on_message(self, message: discord.Message) -> None:
        """Delete the message if it holds the keyword."""
        await _delete_if(self.keyword, message)


class ShardedMinimalBot(discord.AutoShardedClient):
    """The minimal bot on some shards of many, IDENTIFYs spaced as the fake allows."""

    def __init__(self, keyword: str, shard_ids: list[int], shard_count: int) -> None:
        super().__init__(intents=_intents(), shard_ids=shard_ids, shard_count=shard_count)
        self.keyword = keyword.lower()

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        """Space IDENTIFYs by 0.2 s, not discord.py's 5 s, as modbot's config does here."""
        if not initial:
            await asyncio.sleep(IDENTIFY_SPACING_S)

    async def on_message(self, message: discord.Message) -> None:
        """Delete the message if it holds the keyword."""
        await _delete_if(self.keyword, message)


def build(keyword: str, env: dict[str, str]) -> discord.Client:
    """The minimal bot, sharded when ``MODBOT_SHARDS`` (``first-last``) is set."""
    shards = env.get("MODBOT_SHARDS")
    if not shards:
        return MinimalBot(keyword)
    first, _, last = shards.partition("-")
    ids = list(range(int(first), int(last or first) + 1))
    return ShardedMinimalBot(keyword, ids, int(env["MODBOT_SHARD_COUNT"]))


async def serve(keyword: str, token: str) -> None:
    """Run until closed or SIGTERM."""
    async with build(keyword, dict(os.environ)) as bot:
        loop = asyncio.get_running_loop()
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signal.SIGTERM, lambda: loop.create_task(bot.close()))
        await bot.start(token)


def main(argv: list[str]) -> int:
    """Point discord.py at ``DISCORD_API_BASE`` / ``DISCORD_GATEWAY_URL`` and run."""
    if len(argv) != 1:
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.WARNING)
    discord.http.Route.BASE = os.environ["DISCORD_API_BASE"].rstrip("/")
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(os.environ["DISCORD_GATEWAY_URL"])
    asyncio.run(serve(argv[0], os.environ["DISCORD_TOKEN"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
