"""Rule edits while the bot runs: watched files, rejected edits, reload storms, guild layers."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from pathlib import Path

import pytest

from bot.adapter.rules.live import QUIET_POLLS
from bot.core.rule_record import Trigger
from tests.adapter.helpers import barrier, wait_for_log
from tests.adapter.live_rules import (
    copy_rules,
    edit,
    live_bot,
    mod_log_posts,
    wait_for_mod_log,
    wait_until,
)
from tests.adapter.running_bot import bot_config
from tests.fakediscord import FakeDiscord

NEW_RULE = """  - id: new-word
    words: [blorp]
    action: hide
"""


async def test_a_saved_edit_acts_within_two_seconds_without_restart(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    """With the shipped poll interval, a new word is hidden within 2 s of the save."""
    fake, world = fake_discord, fake_discord.world
    rules = copy_rules(tmp_path)
    async with live_bot(fake, tmp_path, rules, rules_poll_seconds=0.5) as running:
        versions = running.db.rule_versions
        assert await versions.count(None) == 1  # the set loaded at start
        mark = len(fake.requests)
        with (rules / "keep-it-clean.yaml").open("a", encoding="utf-8") as file:
            file.write(NEW_RULE)

        async def applied() -> bool:
            return running.bot.engine_for(None).ruleset.rule("new-word") is not None

        assert await wait_until(applied, "the new rule in force", timeout=2.0) < 2.0
        note = await wait_for_mod_log(fake, "Rules reloaded (file change)", since=mark)
        assert "+ new-word" in note.json["content"]
        assert note.json["allowed_mentions"] == {"parse": []}

        message = await fake.events.message_create(world.general_id, world.member_id, "blorp!")
        await fake.wait_for_request(
            "DELETE", f"/channels/{world.general_id}/messages/{message['id']}"
        )
        latest = await versions.latest(None)
        assert latest is not None and await versions.count(None) == 2
        assert (latest.trigger, latest.loaded_by, latest.rule_count) == (
            Trigger.FILE_CHANGE,
            None,
            7,
        )
        assert latest.summary == "1 added (new-word)"


async def test_a_broken_edit_is_rejected_and_the_old_rules_keep_acting(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    """Errors go to the mod log with file:line and rule id; slurs are still hidden."""
    fake, world = fake_discord, fake_discord.world
    rules = copy_rules(tmp_path)
    async with live_bot(fake, tmp_path, rules) as running:
        mark = len(fake.requests)
        edit(rules / "keep-it-clean.yaml", "action: hide", "action: explode")
        note = await wait_for_mod_log(fake, "NOT reloaded", since=mark)
        text = note.json["content"]
        path = rules / "keep-it-clean.yaml"
        assert f"{path}:11: rule slur: 'action' must be one of flag, warn, hide, timeout" in text
        assert "version #1 (6 rules) stays in force" in text
        assert note.json["allowed_mentions"] == {"parse": []}
        assert await running.db.rule_versions.count(None) == 1

        message = await fake.events.message_create(world.general_id, world.member_id, "slurword")
        await wait_for_log(fake, "hide", message["id"], since=mark)

        edit(path, "action: explode", "action: warn")  # fixed: now it loads
        fixed = await wait_for_mod_log(fake, "Rules reloaded (file change)", since=mark)
        assert "~ slur: action: hide -> warn" in fixed.json["content"]


async def test_a_reload_storm_loads_once(fake_discord: FakeDiscord, tmp_path: Path) -> None:
    """Ten saves within a second, half of them broken mid-write, make one reload."""
    fake = fake_discord
    rules = copy_rules(tmp_path)
    async with live_bot(fake, tmp_path, rules, rules_poll_seconds=0.1) as running:
        live, mark = running.bot.services.rules, len(fake.requests)
        path = rules / "be-nice.yaml"
        original = path.read_text(encoding="utf-8")
        for n in range(10):
            broken = n % 2 == 0 and n < 9
            extra = (
                "  - id: half\n    words: [" if broken else f"  - id: storm\n    words: [w{n}]\n"
            )
            path.write_text(original + extra + ("" if broken else "    action: warn\n"))
            await asyncio.sleep(0.03)

        async def one_version() -> bool:
            return await running.db.rule_versions.count(None) == 2

        await wait_until(one_version, "the storm's version")
        settled = live.polls + QUIET_POLLS + 3

        async def settled_polls() -> bool:
            return live.polls >= settled

        await wait_until(settled_polls, "more polls after the reload")
        assert await running.db.rule_versions.count(None) == 2 and live.reloads == 1
        storm = running.bot.engine_for(None).ruleset.rule("storm")
        assert storm is not None and storm.words == ("w9",)
        posts = mod_log_posts(fake, mark)
        assert len(posts) == 1 and "1 added (storm)" in posts[0]


async def test_a_guild_layer_overrides_and_disables_shared_rules(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    """The guild's own file makes profanity a hide and turns name-calling off, live."""
    fake, world = fake_discord, fake_discord.world
    rules = copy_rules(tmp_path)
    own = tmp_path / "guild-rules"
    own.mkdir()
    (own / "keep-it-clean.yaml").write_text(
        "guideline: keep-it-clean\nrules:\n  - id: profanity\n    words: [shit]\n    action: hide\n"
    )
    (own / "be-nice.yaml").write_text("guideline: be-nice\ndisable: [name-calling]\n")
    defaults = bot_config(fake, tmp_path / "unused.sqlite3").defaults
    layered = {world.guild_id: replace(defaults, rules=own)}
    async with live_bot(fake, tmp_path, rules, guilds=layered) as running:
        bot = running.bot
        assert mod_log_posts(fake) == []  # a start that loads says nothing
        assert bot.engine_for(world.guild_id) is not bot.engine_for(None)
        assert bot.engine_for(None).ruleset.rule("name-calling") is not None
        assert bot.engine_for(world.guild_id).ruleset.rule("name-calling") is None
        version = await running.db.rule_versions.latest(world.guild_id)
        assert version is not None and version.trigger is Trigger.START

        mark = len(fake.requests)
        swear = await fake.events.message_create(world.general_id, world.member_id, "oh shit")
        await wait_for_log(fake, "hide", swear["id"], since=mark)
        mark = len(fake.requests)
        await fake.events.message_create(world.general_id, world.member_id, "you idiot")
        assert await barrier(fake, mark) == []

        (own / "be-nice.yaml").write_text("guideline: be-nice\n")  # name-calling back on
        note = await wait_for_mod_log(fake, "This server's rules reloaded", since=mark)
        assert "+ name-calling" in note.json["content"]
        mark = len(fake.requests)
        insult = await fake.events.message_create(world.general_id, world.member_id, "you idiot")
        await wait_for_log(fake, "warn", insult["id"], since=mark)
        assert await running.db.rule_versions.count(world.guild_id) == 2
        assert await running.db.rule_versions.count(None) == 1


async def test_a_guild_layer_broken_at_start_leaves_the_shared_rules_acting(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    """The guild's errors reach its mod log at start; the shared rules act there meanwhile."""
    fake, world = fake_discord, fake_discord.world
    own = tmp_path / "guild-rules"
    own.mkdir()
    (own / "be-nice.yaml").write_text("guideline: be-nice\ndisable: [no-such-rule]\n")
    defaults = bot_config(fake, tmp_path / "unused.sqlite3").defaults
    layered = {world.guild_id: replace(defaults, rules=own)}
    async with live_bot(fake, tmp_path, copy_rules(tmp_path), guilds=layered) as running:
        (note,) = mod_log_posts(fake)
        assert note.startswith("This server's rules NOT reloaded (start): 1 error;")
        assert f"{own / 'be-nice.yaml'}:2: rule no-such-rule: cannot disable" in note
        assert running.bot.engine_for(world.guild_id) is running.bot.engine_for(None)
        assert await running.db.rule_versions.count(world.guild_id) == 0


async def test_the_watcher_names_the_files_it_skips(
    fake_discord: FakeDiscord, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A hidden copy is skipped by the loader and the watcher alike, and named in the log."""
    rules = copy_rules(tmp_path)
    (rules / ".be-nice.yaml").write_text("guideline: [broken\n")
    with caplog.at_level(logging.WARNING, logger="bot.adapter.rules.files"):
        async with live_bot(fake_discord, tmp_path, rules) as running:
            assert running.bot.engine_for(None).ruleset.rule("name-calling") is not None
    assert f"rule file skipped: {rules / '.be-nice.yaml'}: hidden file" in caplog.text
