"""The real modbot, started in-process against the fake Discord, with its own rules and DB.

The tests' fixtures and the end-to-end latency benchmark both start the bot through here.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from bot.adapter.client import ModBot
from bot.config import Config, DiscordConfig, GuildConfig
from bot.core.engine import Engine
from bot.storage import Database
from tests.fakediscord import FakeDiscord

__all__ = ["RULES", "Running", "bot_config", "running_with", "start_bot", "stop_bot"]

RULES = Path(__file__).parent / "rules"


@dataclass
class Running:
    """A started bot with the pieces a test asserts on."""

    bot: ModBot
    db: Database
    fake: FakeDiscord
    config: Config


def bot_config(fake: FakeDiscord, database: Path) -> Config:
    """Config pointing at the fake, with the seeded mod-log, queue and moderator role."""
    world = fake.world
    return Config(
        discord=DiscordConfig(
            token=fake.token,
            api_base=fake.api_base,
            gateway_url=fake.gateway_url,
            dev_guild=world.guild_id,
        ),
        database=database,
        rules=RULES,
        defaults=GuildConfig(
            mod_log_channel=world.mod_log_id,
            queue_channel=world.mod_queue_id,
            moderator_roles=frozenset({world.moderator_role_id}),
        ),
    )


async def start_bot(config: Config, engine: Engine) -> tuple[ModBot, Database, asyncio.Task[None]]:
    """Open the database and connect the bot; returns once it is ready."""
    db = await Database.open(config.database)
    bot = ModBot(config, engine, db, guild_ready_timeout=0.1)
    assert config.discord.token is not None
    await bot.login(config.discord.token)
    task = asyncio.create_task(bot.connect(reconnect=True))
    await asyncio.wait_for(bot.wait_until_ready(), timeout=10)
    return bot, db, task


async def stop_bot(bot: ModBot, db: Database, task: asyncio.Task[None]) -> None:
    """Close the bot and its database the way a shutdown does."""
    await asyncio.wait_for(bot.close(), timeout=10)
    await asyncio.wait_for(task, timeout=5)
    await db.close()


@asynccontextmanager
async def running_with(fake: FakeDiscord, config: Config, engine: Engine) -> AsyncIterator[Running]:
    """The real bot connected to the fake with this config, stopped on the way out."""
    bot, db, task = await start_bot(config, engine)
    try:
        yield Running(bot, db, fake, config)
    finally:
        await stop_bot(bot, db, task)
