"""The yardstick for ``e2e_latency.py``: a bot that deletes any message holding one keyword.

Usage: ``DISCORD_TOKEN=... DISCORD_API_BASE=... DISCORD_GATEWAY_URL=...
python benchmarks/minimal_bot.py KEYWORD``

A plain ``discord.Client`` whose ``on_message`` checks one lower-cased keyword and calls
``message.delete()``: no rules engine, no database, no DM or mod log. It is what the least a
moderation bot can do costs on discord.py, so modbot's latency is read beside it.
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

__all__ = ["MinimalBot", "main"]

log = logging.getLogger(__name__)


class MinimalBot(discord.Client):
    """Delete every message whose lower-cased text holds the keyword."""

    def __init__(self, keyword: str) -> None:
        intents = discord.Intents.none()
        intents.guilds = intents.guild_messages = intents.message_content = True
        super().__init__(intents=intents)
        self.keyword = keyword.lower()

    async def on_message(self, message: discord.Message) -> None:
        """The whole bot: one keyword, one DELETE."""
        if self.keyword in message.content.lower():
            try:
                await message.delete()
            except discord.HTTPException as exc:
                log.warning("message %s: delete failed: %s", message.id, exc.status)


async def serve(keyword: str, token: str) -> None:
    """Run until closed or SIGTERM."""
    async with MinimalBot(keyword) as bot:
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
