"""/rules commands end to end, and rule scope in channels, threads and forum posts."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bot.core.cases import CaseKind, NewCase, Outcome
from bot.core.rule_record import Trigger
from bot.core.rules import Mode
from tests.adapter.helpers import ECHO_SAFE, barrier, requests_since, wait_for_cases, wait_for_log
from tests.adapter.live_rules import (
    copy_rules,
    edit,
    live_bot,
    mod_log_posts,
    rules_command,
    wait_for_mod_log,
)
from tests.fakediscord import EPHEMERAL, FakeDiscord

SCOPED = """\
guideline: be-local
title: Be Local
summary: Rules for one place.
rules:
  - id: general-only
    words: [generalword]
    action: hide
    scope:
      channels: [general]
  - id: forum-only
    words: [forumword]
    action: hide
    scope:
      channels: [comments]
"""


async def test_reload_replies_with_the_diff_then_says_nothing_changed(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    fake, world = fake_discord, fake_discord.world
    rules = copy_rules(tmp_path)
    async with live_bot(fake, tmp_path, rules, rules_watch=False) as running:
        path = rules / "keep-it-clean.yaml"
        edit(path, "action: hide", "action: warn")
        edit(path, "  - id: doxx\n    words: [doxxword]\n    action: timeout\n", "")
        with path.open("a", encoding="utf-8") as file:
            file.write("  - id: new-word\n    words: [blorp]\n    action: hide\n")
        mark = len(fake.requests)
        pending, answer = await rules_command(fake, "reload")
        assert pending.response is not None and pending.response["data"]["flags"] & EPHEMERAL
        text = answer["content"]
        assert text.startswith(f"Rules reloaded (/rules reload by <@{world.moderator_id}>)")
        assert "1 added (new-word); 1 removed (doxx); 1 changed (slur)" in text
        assert "+ new-word\n- doxx\n~ slur: action: hide -> warn" in text
        assert answer["allowed_mentions"] == ECHO_SAFE
        (note,) = mod_log_posts(fake, mark)
        assert note == text
        latest = await running.db.rule_versions.latest(None)
        assert latest is not None
        assert (latest.trigger, latest.loaded_by) == (Trigger.COMMAND, world.moderator_id)

        mark = len(fake.requests)
        _, again = await rules_command(fake, "reload")
        assert "unchanged" in again["content"] and f"version #{latest.id}" in again["content"]
        assert mod_log_posts(fake, mark) == []


async def test_a_list_over_max_terms_never_loads(fake_discord: FakeDiscord, tmp_path: Path) -> None:
    fake, world = fake_discord, fake_discord.world
    rules = copy_rules(tmp_path)
    async with live_bot(fake, tmp_path, rules, rules_watch=False, max_terms=3) as running:
        edit(rules / "keep-it-clean.yaml", "words: [slurword]", "words: [slurword, a, b, c]")
        mark = len(fake.requests)
        _, answer = await rules_command(fake, "reload")
        assert "NOT reloaded" in answer["content"]
        assert "rule slur: the rule has 4 terms" in answer["content"]
        assert "the limit is 3" in answer["content"]
        await wait_for_mod_log(fake, "NOT reloaded", since=mark)
        rule = running.bot.engine_for(None).ruleset.rule("slur")
        assert rule is not None and rule.words == ("slurword",)
        message = await fake.events.message_create(world.general_id, world.member_id, "slurword")
        await wait_for_log(fake, "hide", message["id"], since=mark)


async def test_shadow_hits_call_nothing_and_show_in_stats(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    fake, world = fake_discord, fake_discord.world
    async with live_bot(fake, tmp_path, copy_rules(tmp_path)) as running:
        mark = len(fake.requests)
        message = await fake.events.message_create(world.general_id, world.member_id, "dimwit")
        (case,) = await wait_for_cases(running.db, world.guild_id, world.member_id, 1)
        assert (case.mode, case.rule_id) == (Mode.SHADOW, "shadowed")
        assert requests_since(fake, mark) == []
        assert await barrier(fake, mark) == []

        _, before = await rules_command(fake, "stats", id="shadowed")
        assert "shadow hits: 1 on 1 posts" in before["content"]
        assert "confirmed: **0 of 1 (0%)**" in before["content"]
        await running.db.cases.add(
            NewCase(
                guild_id=world.guild_id,
                kind=CaseKind.HIDE,
                created_at=datetime.now(UTC),
                target_id=world.member_id,
                actor_id=world.moderator_id,
                message_id=int(message["id"]),
                outcome=Outcome.OK,
            )
        )
        _, after = await rules_command(fake, "stats", id="shadowed")
        assert "1 actioned by a moderator" in after["content"]
        assert "confirmed: **1 of 1 (100%)**" in after["content"]
        assert "Promote it with `mode: enforce`" in after["content"]

        _, listing = await rules_command(fake, "list")
        assert "6 rules in force (version #1, hits in the last 7 days):" in listing["content"]
        assert "• `shadowed` hide · **shadow** · 1 hits" in listing["content"]
        assert "• `slur` hide · 1 hits" in listing["content"]  # the barrier's


async def test_show_history_and_test(fake_discord: FakeDiscord, tmp_path: Path) -> None:
    fake, world = fake_discord, fake_discord.world
    async with live_bot(fake, tmp_path, copy_rules(tmp_path)):
        _, shown = await rules_command(fake, "show", id="name-calling")
        assert shown["content"].startswith("**name-calling** in be-nice (")
        assert "words (1): `idiot`" in shown["content"]
        assert "unless: `idiot box`" in shown["content"]
        _, missing = await rules_command(fake, "show", id="nope")
        assert missing["content"] == "No rule with that id is in force here."

        _, history = await rules_command(fake, "history")
        assert history["content"].startswith("**#1** <t:")
        assert "start · 6 rules" in history["content"] and "← in force" in history["content"]

        text = "@everyone you idiot, what a dimwit"
        _, tested = await rules_command(fake, "test", text=text)
        assert tested["allowed_mentions"] == ECHO_SAFE
        assert tested["content"].split("\n") == [
            "Would act: **warn** (2 hits)",
            "• Be Nice / `name-calling` → **warn**: matched `idiot` at 14–19 in the plain view",
            "• Be Nice / `shadowed` → **hide** (shadow: recorded only): matched `dimwit` "
            "at 28–34 in the plain view",
        ]
        _, clean = await rules_command(fake, "test", text="lovely weather")
        assert clean["content"] == "Nothing would fire on this text."

        pending, refused = await rules_command(fake, "list", user_id=world.member_id)
        assert pending.response_type == 4
        assert refused["content"] == "This command is for moderators."


async def test_scope_by_channel_name_holds_in_threads_and_forum_posts(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    fake, world = fake_discord, fake_discord.world
    rules = copy_rules(tmp_path)
    (rules / "be-local.yaml").write_text(SCOPED)
    async with live_bot(fake, tmp_path, rules):
        mark = len(fake.requests)
        await fake.events.message_create(world.mod_queue_id, world.member_id, "generalword")
        await fake.events.message_create(world.general_id, world.member_id, "forumword")
        await fake.events.thread_create(world.forum_id, world.member_id, "A post", "generalword")
        assert await barrier(fake, mark) == []

        thread, starter = await fake.events.thread_create(
            world.general_id, world.member_id, "Chat", "generalword here"
        )
        await fake.wait_for_request("DELETE", f"/channels/{thread['id']}/messages/{starter['id']}")
        post, first = await fake.events.thread_create(
            world.forum_id, world.member_id, "Debate", "forumword here"
        )
        await fake.wait_for_request("DELETE", f"/channels/{post['id']}/messages/{first['id']}")
        reply = await fake.events.message_create(post["id"], world.member_id, "more forumword")
        await fake.wait_for_request("DELETE", f"/channels/{post['id']}/messages/{reply['id']}")
