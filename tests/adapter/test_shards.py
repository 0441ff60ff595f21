"""Sharded modbot against the fake: the right client per config, IDENTIFYs paced across bots."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import pytest

from bot.adapter.shards import ShardedModBot
from bot.config import ShardConfig
from bot.core.engine import Engine
from tests.adapter.running_bot import bot_config
from tests.adapter.sharding import sharded_config, started_bots
from tests.adapter.sharding import target as target  # the both-backends fixture
from tests.fakediscord import FakeDiscord, seed_server, shard_of
from tests.fakediscord.interactions import InteractionFactory

SPACING = 0.3  # seconds between IDENTIFYs of one rate-limit key (Discord: 5)


def identify_shards(fake: FakeDiscord) -> list[object]:
    """The ``shard`` field of every IDENTIFY the fake received, in order."""
    return [f.data.get("shard") for f in fake.frames.items if not f.sent and f.op == 2]


@pytest.mark.parametrize("split", [((0, 1), (2, 3)), ((0, 2), (1, 3))], ids=["ranges", "lists"])
async def test_two_bots_identify_four_shards_in_turn(
    engine: Engine, target: str, split: tuple[tuple[int, ...], ...]
) -> None:
    async with FakeDiscord(max_concurrency=1, identify_window=SPACING) as fake:
        with fake.redirect():
            servers = [seed_server(fake.state, fake.world, f"s{n}", (n % 4, 4)) for n in range(8)]
            configs = [sharded_config(fake, target, ids, 4, SPACING) for ids in split]
            async with started_bots(configs, engine, target) as bots:
                assert fake.starts.refused == []
                times = sorted(a.at for a in fake.starts.attempts)
                assert len(times) == 4
                assert all(later - first >= SPACING for first, later in pairwise(times))
                for bot, ids in zip(bots, split, strict=True):
                    assert isinstance(bot, ShardedModBot) and set(bot.shards) == set(ids)
                    mine = {s.guild_id for s in servers if shard_of(s.guild_id, 4) in ids}
                    assert mine <= {g.id for g in bot.guilds}
                    assert all(shard_of(g.id, 4) in ids for g in bot.guilds)


async def test_rate_limit_keys_identify_side_by_side(engine: Engine, target: str) -> None:
    """With max_concurrency 2, shards 0 and 1 use different keys: neither waits for the other."""
    async with FakeDiscord(max_concurrency=2, identify_window=2.0) as fake:
        with fake.redirect():
            configs = [sharded_config(fake, target, ids, 4, 2.0) for ids in ((0,), (1,))]
            async with started_bots(configs, engine, target) as bots:
                assert fake.starts.refused == []
                first, second = sorted(a.at for a in fake.starts.attempts)
                assert second - first < 1.0
                assert sorted(bot.shard_id or 0 for bot in bots) == [0, 1]
                assert not any(isinstance(bot, ShardedModBot) for bot in bots)


async def test_one_shard_of_several_is_todays_client_with_its_shard(
    engine: Engine, target: str
) -> None:
    async with FakeDiscord() as fake:
        with fake.redirect():
            seed_server(fake.state, fake.world, "other", (1, 2))
            config = sharded_config(fake, target, (1,), 2, SPACING)
            async with started_bots([config], engine, target) as (bot,):
                assert type(bot).__name__ == "ModBot" and bot.shard_id == 1
                assert identify_shards(fake) == [[1, 2]]
                assert {shard_of(g.id, 2) for g in bot.guilds} == {1}


async def test_unsharded_is_todays_client(engine: Engine, tmp_path: Path) -> None:
    async with FakeDiscord() as fake:
        with fake.redirect():
            config = bot_config(fake, tmp_path / "modbot.sqlite3")
            async with started_bots([config], engine, str(config.database)) as (bot,):
                assert type(bot).__name__ == "ModBot" and bot.shard_id is None
                assert identify_shards(fake) == [None]
                assert [g.id for g in bot.guilds] == [fake.world.guild_id]


async def test_auto_runs_as_many_shards_as_discord_recommends(
    engine: Engine, tmp_path: Path
) -> None:
    async with FakeDiscord(shards=3, max_concurrency=3) as fake:
        with fake.redirect():
            for n in range(3):
                seed_server(fake.state, fake.world, f"s{n}", (n, 3))
            config = replace(
                bot_config(fake, tmp_path / "modbot.sqlite3"),
                shards=ShardConfig(auto=True, identify_spacing=SPACING),
            )
            async with started_bots([config], engine, str(config.database)) as (bot,):
                assert isinstance(bot, ShardedModBot) and bot.shard_count == 3
                assert sorted(map(tuple, identify_shards(fake))) == [(0, 3), (1, 3), (2, 3)]
                assert len(bot.guilds) == 4


async def test_a_process_leaves_other_processes_guilds_interactions_alone(
    engine: Engine, target: str
) -> None:
    """A session of shard 0 that gets a command used in a shard-2 guild does not answer it;
    the process running shard 2 does."""
    async with FakeDiscord(max_concurrency=4) as fake:
        with fake.redirect():
            server = seed_server(fake.state, fake.world, "far", (2, 4))
            configs = [sharded_config(fake, target, ids, 4, SPACING) for ids in ((0, 1), (2, 3))]
            async with started_bots(configs, engine, target):
                factory = InteractionFactory(fake.state, fake.world)
                pending = factory.command(
                    "guidelines", user_id=fake.world.member_id, channel_id=server.general_id
                )
                fake.interactions[pending.id] = pending
                callback = rf"/interactions/{pending.id}/[^/]+/callback"
                await fake.dispatch("INTERACTION_CREATE", pending.payload, shards={0})
                await asyncio.sleep(0.5)
                assert fake.requests_matching("POST", callback) == []
                await fake.dispatch("INTERACTION_CREATE", pending.payload, shards={2})
                answer = await fake.wait_for_response(pending)
                assert answer.status == 200 and pending.response_type == 4
