"""Sharded bots in one test process against the fake: databases on both backends, start, stop.

``target`` is a fresh SQLite file or, when MODBOT_TEST_DATABASE_URL names a PostgreSQL server
(``make test`` starts one), a fresh schema on it; without a server that half is skipped.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import replace
from pathlib import Path

import pytest

from bot.adapter.client import ModBot
from bot.adapter.shards import build_bot
from bot.config import Config, ShardConfig
from bot.core.engine import Engine
from bot.storage import Database
from tests.adapter.running_bot import bot_config
from tests.fakediscord import FakeDiscord
from tests.postgres import postgres_schema, server_url

__all__ = ["sharded_config", "started_bots", "target"]


@pytest.fixture(params=["sqlite", "postgresql"])
async def target(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """What Database.open takes: a SQLite file, or a fresh PostgreSQL schema's URL."""
    if request.param == "sqlite":
        yield str(tmp_path / "modbot.sqlite3")
        return
    async with postgres_schema(server_url()) as schema_url:
        yield schema_url


def sharded_config(
    fake: FakeDiscord, database: str, ids: Sequence[int], count: int, spacing: float
) -> Config:
    """The test bot's config on ``database``, running shards ``ids`` of ``count``."""
    shards = ShardConfig(tuple(ids), count, identify_spacing=spacing)
    return replace(bot_config(fake, Path(database)), database=database, shards=shards)


@asynccontextmanager
async def started_bots(
    configs: Sequence[Config], engine: Engine, target: str
) -> AsyncIterator[list[ModBot]]:
    """Bots for ``configs`` started at once, as processes would be, and ready; closed after.

    Each has its own Database on PostgreSQL; on SQLite (one process per file) they share one.
    """
    async with AsyncExitStack() as stack:
        shared = await Database.open(target)
        stack.push_async_callback(shared.close)
        bots: list[ModBot] = []
        for n, config in enumerate(configs):
            db = shared
            if n and shared.kind == "postgresql":
                db = await Database.open(target)
                stack.push_async_callback(db.close)
            bot = build_bot(config, engine, db, guild_ready_timeout=0.1)
            assert config.discord.token is not None
            await bot.login(config.discord.token)
            bots.append(bot)
        for bot in bots:
            task = asyncio.create_task(bot.connect(reconnect=True))
            stack.push_async_callback(_stop, bot, task)
        await asyncio.wait_for(asyncio.gather(*(b.wait_until_ready() for b in bots)), 20)
        yield bots


async def _stop(bot: ModBot, task: asyncio.Task[None]) -> None:
    """Close a bot and wait for its connection task to end."""
    await asyncio.wait_for(bot.close(), timeout=10)
    await asyncio.wait_for(task, timeout=5)
