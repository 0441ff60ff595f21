"""Rule reloads reach every process sharing the rules directory and the database.

Two real ModBots on one database stand for two processes. Only the second is connected to the
fake gateway (both would answer every interaction otherwise); the first is logged in, so its
setup hook ran and its rules are live: it watches the files and follows the database.
On PostgreSQL each has its own pool, as two processes would; on SQLite (one process per file)
they share one Database.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from bot.adapter.client import ModBot
from bot.config import Config
from bot.core.rule_record import RuleVersion, Trigger
from bot.rulesets import load_engine
from bot.storage import Database
from tests.adapter.live_rules import FAST_POLL, copy_rules, edit, rules_command, wait_until
from tests.adapter.running_bot import bot_config
from tests.fakediscord import FakeDiscord
from tests.postgres import postgres_schema, server_url

SYNC = 0.3  # rules_sync_seconds in these tests: how often each bot asks the database
LOAD = 1.0  # room for loading the files on a busy machine, beside one SYNC
NEW_RULE = "  - id: new-word\n    words: [blorp]\n    action: hide\n"


@dataclass
class Pair:
    """The logged-in bot (``quiet``, off the gateway) and the connected one (``live``)."""

    quiet: ModBot
    live: ModBot
    db: Database  # the live bot's; on SQLite also the quiet one's


@pytest.fixture(params=["sqlite", "postgresql"])
async def databases(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[tuple[Database, Database]]:
    """Two processes' databases: two pools on one PostgreSQL schema, or one SQLite Database."""
    if request.param == "sqlite":
        async with await Database.open(tmp_path / "modbot.sqlite3") as db:
            yield db, db
        return
    async with (
        postgres_schema(server_url()) as target,
        await Database.open(target) as first,
        await Database.open(target) as second,
    ):
        yield first, second


@asynccontextmanager
async def two_bots(
    fake: FakeDiscord,
    databases: tuple[Database, Database],
    rules: tuple[Path, Path],
    **changes: Any,
) -> AsyncIterator[Pair]:
    """The quiet bot on ``rules[0]``, the live one on ``rules[1]``; config ``changes`` for both,
    or for one as ``quiet_<key>`` / ``live_<key>``."""
    configs = []
    for side, folder in zip(("quiet", "live"), rules, strict=True):
        mine = {k.removeprefix(f"{side}_"): v for k, v in changes.items() if k.startswith(side)}
        both = {k: v for k, v in changes.items() if not k.startswith(("quiet_", "live_"))}
        base: Config = bot_config(fake, Path("unused.sqlite3"))
        fast = {"rules_poll_seconds": FAST_POLL, "rules_sync_seconds": SYNC}
        configs.append(replace(base, rules=folder, **{**fast, **both, **mine}))
    quiet, live = (
        ModBot(config, load_engine(config.rules), db, guild_ready_timeout=0.1)
        for config, db in zip(configs, databases, strict=True)
    )
    connected: asyncio.Task[None] | None = None
    try:
        for bot in (quiet, live):
            await bot.login(fake.token)  # runs setup_hook: the rules go live
        connected = asyncio.create_task(live.connect(reconnect=True))
        await asyncio.wait_for(live.wait_until_ready(), timeout=10)
        yield Pair(quiet, live, databases[1])
    finally:
        for bot in (live, quiet):
            await asyncio.wait_for(bot.close(), timeout=10)
        if connected is not None:
            await asyncio.wait_for(connected, timeout=5)


async def assert_keeps(pair: Pair, kept: RuleVersion | None) -> None:
    """Once the quiet bot records a second version, the live bot stays on ``kept`` for 3 polls."""

    async def recorded() -> bool:
        return await pair.db.rule_versions.count(None) == 2

    await wait_until(recorded, "the quiet bot's version")
    await asyncio.sleep(SYNC * 3)
    assert pair.live.services.rules.version(None) == kept


async def test_a_saved_edit_loaded_by_one_bot_reaches_the_others_rules_test(
    fake_discord: FakeDiscord, tmp_path: Path, databases: tuple[Database, Database]
) -> None:
    """The watching bot records the edit once; the other, not watching, swaps to it."""
    fake = fake_discord
    rules = copy_rules(tmp_path)
    async with two_bots(fake, databases, (rules, rules), live_rules_watch=False) as pair:
        versions = pair.db.rule_versions
        assert await versions.count(None) == 1  # both started on the same files: one row
        _, before = await rules_command(fake, "test", text="blorp!")
        assert "new-word" not in before["content"]

        with (rules / "keep-it-clean.yaml").open("a", encoding="utf-8") as file:
            file.write(NEW_RULE)

        async def recorded() -> bool:
            return pair.quiet.engine_for(None).ruleset.rule("new-word") is not None

        await wait_until(recorded, "the watching bot's reload")

        async def followed() -> bool:
            return pair.live.engine_for(None).ruleset.rule("new-word") is not None

        assert await wait_until(followed, "the other bot's swap") < SYNC + LOAD
        _, after = await rules_command(fake, "test", text="blorp!")
        assert "`new-word` → **hide**" in after["content"], after["content"]

        await asyncio.sleep(SYNC * 2)  # more polls on both sides record nothing more
        assert await versions.count(None) == 2
        latest = await versions.latest(None)
        assert latest is not None and latest.trigger is Trigger.FILE_CHANGE
        assert pair.live.services.rules.version(None) == latest
        assert pair.quiet.services.rules.version(None) == latest


async def test_a_rules_reload_command_reaches_the_other_bot(
    fake_discord: FakeDiscord, tmp_path: Path, databases: tuple[Database, Database]
) -> None:
    """``/rules reload`` in one bot; the other, watching nothing, has the rule a poll later."""
    fake = fake_discord
    rules = copy_rules(tmp_path)
    async with two_bots(fake, databases, (rules, rules), rules_watch=False) as pair:
        edit(rules / "keep-it-clean.yaml", "[slurword]", "[slurword, blorp]")
        _, answer = await rules_command(fake, "reload")
        assert "Rules reloaded" in answer["content"]

        async def followed() -> bool:
            slur = pair.quiet.engine_for(None).ruleset.rule("slur")
            return slur is not None and "blorp" in slur.words

        assert await wait_until(followed, "the other bot's swap") < SYNC + LOAD
        latest = await pair.db.rule_versions.latest(None)
        assert latest is not None and latest.trigger is Trigger.COMMAND
        assert latest.loaded_by == fake.world.moderator_id
        assert pair.quiet.services.rules.version(None) == latest
        assert await pair.db.rule_versions.count(None) == 2


async def test_two_bots_watching_one_edit_record_it_once(
    fake_discord: FakeDiscord, tmp_path: Path, databases: tuple[Database, Database]
) -> None:
    """Both bots see the save and load it; one row is recorded and both run it."""
    fake = fake_discord
    rules = copy_rules(tmp_path)
    async with two_bots(fake, databases, (rules, rules)) as pair:
        with (rules / "be-nice.yaml").open("a", encoding="utf-8") as file:
            file.write("  - id: both\n    words: [blorp]\n    action: warn\n")

        async def both_loaded() -> bool:
            return all(b.engine_for(None).ruleset.rule("both") for b in (pair.quiet, pair.live))

        await wait_until(both_loaded, "both bots' reloads")
        await asyncio.sleep(SYNC * 2)
        assert await pair.db.rule_versions.count(None) == 2
        assert pair.quiet.services.rules.version(None) == pair.live.services.rules.version(None)
        assert (pair.quiet.services.rules.reloads, pair.live.services.rules.reloads) == (1, 1)


async def test_a_version_whose_files_differ_here_is_refused_and_logged_once(
    fake_discord: FakeDiscord,
    tmp_path: Path,
    databases: tuple[Database, Database],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A bot whose own files lack the recorded digest keeps its set and says why, once."""
    fake = fake_discord
    own = copy_rules(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    elsewhere = copy_rules(other)
    with caplog.at_level(logging.ERROR, logger="bot.adapter.rules.live"):
        async with two_bots(fake, databases, (elsewhere, own), live_rules_watch=False) as pair:
            kept = pair.live.services.rules.version(None)
            edit(elsewhere / "be-nice.yaml", "idiot", "idiot, blorp")
            await assert_keeps(pair, kept)
            _, answer = await rules_command(fake, "test", text="blorp!")
            assert "name-calling" not in answer["content"]

            edit(own / "be-nice.yaml", "idiot", "idiot, blorp")  # now the same files

            async def followed() -> bool:
                version = pair.live.services.rules.version(None)
                return version is not None and version != kept

            await wait_until(followed, "the swap once the files match")
            _, answer = await rules_command(fake, "test", text="blorp!")
            assert "`name-calling`" in answer["content"]
            assert await pair.db.rule_versions.count(None) == 2
    refusals = [r.getMessage() for r in caplog.records if "not applied here" in r.getMessage()]
    assert len(refusals) == 1, refusals
    assert f"the files in {own} have digest" in refusals[0]
    assert f"version #{kept.id if kept else '?'} stays in force" in refusals[0]


async def test_a_version_that_does_not_load_here_names_the_file_and_line(
    fake_discord: FakeDiscord,
    tmp_path: Path,
    databases: tuple[Database, Database],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Same files, a smaller ``max_terms`` here: the rule too big for it is named, file:line."""
    fake = fake_discord
    rules = copy_rules(tmp_path)
    with caplog.at_level(logging.ERROR, logger="bot.adapter.rules.live"):
        async with two_bots(
            fake, databases, (rules, rules), live_rules_watch=False, live_max_terms=3
        ) as pair:
            kept = pair.live.services.rules.version(None)
            edit(rules / "keep-it-clean.yaml", "[slurword]", "[slurword, w1, w2, w3]")
            await assert_keeps(pair, kept)
    (refusal,) = [r.getMessage() for r in caplog.records if "not applied here" in r.getMessage()]
    assert f"{rules / 'keep-it-clean.yaml'}:" in refusal and "rule slur" in refusal, refusal
