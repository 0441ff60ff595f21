"""``discord.sync_global: true`` syncs the global commands once, and again only on a change."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import discord
from discord import app_commands

from bot.adapter.command_sync import commands_digest, synced_marker
from bot.core.engine import Engine
from tests.adapter.running_bot import bot_config, running_with
from tests.fakediscord import FakeDiscord


async def global_syncs(fake: FakeDiscord, config_path: Path, engine: Engine) -> int:
    """Start and stop the bot with global sync on; how many global overwrites it sent."""
    config = bot_config(fake, config_path)
    config = replace(config, discord=replace(config.discord, sync_global=True))
    mark = len(fake.requests)
    async with running_with(fake, config, engine):
        pass
    route = rf"/applications/{fake.world.application_id}/commands"
    return len(fake.requests_matching("PUT", route, since=mark))


async def test_global_commands_sync_on_the_first_start_and_after_a_change_only(
    fake_discord: FakeDiscord, tmp_path: Path, engine: Engine
) -> None:
    database = tmp_path / "modbot.sqlite3"
    assert await global_syncs(fake_discord, database, engine) == 1
    marker = synced_marker(database)
    synced = marker.read_text()
    assert await global_syncs(fake_discord, database, engine) == 0
    assert marker.read_text() == synced
    marker.write_text("the digest of an older set of commands\n")
    assert await global_syncs(fake_discord, database, engine) == 1
    assert marker.read_text() == synced


async def test_the_digest_follows_the_commands_and_the_application() -> None:
    tree: app_commands.CommandTree[discord.Client] = app_commands.CommandTree(
        discord.Client(intents=discord.Intents.none())
    )

    @tree.command(name="ping", description="Ping.")
    async def ping(interaction: discord.Interaction) -> None:
        """Ping."""

    before = commands_digest(tree, 1)
    assert commands_digest(tree, 1) == before
    assert commands_digest(tree, 2) != before
    ping.description = "Ping the bot."
    assert commands_digest(tree, 1) != before


def test_a_postgresql_database_gets_a_marker_named_without_its_url() -> None:
    url = "postgresql://modbot:secret@db.example/modbot"
    marker = synced_marker(url)
    assert marker == synced_marker(url)
    assert marker != synced_marker(url + "2")
    assert "secret" not in str(marker) and marker.suffix == ".synced-commands"
