"""Behaviour rules on the message path: floods act once and hide every message they cover."""

from __future__ import annotations

from pathlib import Path

from bot.core.cases import CaseKind, HiddenStatus
from tests.adapter.behaving import behaving
from tests.adapter.helpers import barrier, wait_for_log
from tests.adapter.live_rules import rules_command
from tests.fakediscord import FakeDiscord, payloads

FLOOD = """\
  - id: message-flood
    rate: {count: messages, max: 8, per: 10s}
    action: hide
    tell_author: "Slow down."
"""

REPEATS = """\
  - id: repeated-message
    rate: {count: duplicates, max: 2, per: 60s}
    action: hide
"""


async def test_ten_messages_in_five_seconds_act_once_and_hide_all_ten(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    """The ninth message opens one hide case listing nine; the tenth joins it, hidden too."""
    fake = fake_discord
    world = fake.world
    async with behaving(fake, tmp_path, FLOOD) as running:
        mark = len(fake.requests)
        sent = [
            await fake.events.message_create(world.general_id, world.member_id, f"hi {n}")
            for n in range(10)
        ]
        await wait_for_log(fake, "hide", sent[8]["id"], since=mark)
        await barrier(fake, len(fake.requests))
        ids = [int(m["id"]) for m in sent]
        route = rf"/channels/{world.general_id}/messages/(\d+)"
        deleted = {
            int(r.route.rsplit("/", 1)[1])
            for r in fake.requests_matching("DELETE", route, since=mark)
        }
        assert deleted >= set(ids)
        cases = await running.db.cases.for_member(world.guild_id, world.member_id)
        flood = [c for c in cases if c.rule_id == "message-flood"]
        assert [c.kind for c in flood] == [CaseKind.HIDE]
        # The barrier's message, by the same member within the window, may join the flood too.
        listed = await running.db.case_messages.messages(flood[0].id)
        assert listed[:10] == ids and len(listed) <= 11
        hidden = [await running.db.hidden.by_message(i) for i in ids]
        assert all(h is not None and h.case_id == flood[0].id for h in hidden)
        assert all(h is not None and h.status is HiddenStatus.HIDDEN for h in hidden)
        dms = fake.requests_matching("POST", r"/users/@me/channels", since=mark)
        assert len(dms) <= 2  # one DM for the flood (and one for the barrier)


async def test_the_same_link_in_three_channels_hides_all_three(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    """Copies across channels count together; the case lists and hides each copy."""
    fake = fake_discord
    world = fake.world
    channels = [world.general_id]
    for name in ("sports", "local"):
        channel = payloads.text_channel(fake.state.new_id(), str(world.guild_id), name)
        channels.append(int(fake.state.add_channel(channel)))
    async with behaving(fake, tmp_path, REPEATS) as running:
        mark = len(fake.requests)
        text = "great deals at https://example.com/deal"
        sent = [
            await fake.events.message_create(channel, world.member_id, text) for channel in channels
        ]
        await wait_for_log(fake, "hide", sent[2]["id"], since=mark)
        for message, channel in zip(sent, channels, strict=True):
            await fake.wait_for_request(
                "DELETE", f"/channels/{channel}/messages/{message['id']}", since=mark, timeout=5
            )
        (case,) = [
            c
            for c in await running.db.cases.for_member(world.guild_id, world.member_id)
            if c.rule_id == "repeated-message"
        ]
        assert await running.db.case_messages.messages(case.id) == [int(m["id"]) for m in sent]


async def test_backtest_replays_a_channels_history_and_acts_on_nothing(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    """/rules backtest reads #general's history, a page of 100 at a time: one flood over three
    hundred messages, none deleted."""
    fake = fake_discord
    world = fake.world
    author = fake.state.user(world.member_id)
    for n in range(300):
        fake.state.new_message(str(world.general_id), author, f"before the bot {n}")
    async with behaving(fake, tmp_path, FLOOD):
        mark = len(fake.requests)
        _, answer = await rules_command(fake, "backtest", rule_id="message-flood", days=1)
        lines = answer["content"].split("\n")
        assert lines[0] == (
            f"`message-flood` (hide) over 300 messages in <#{world.general_id}>, last 1 day: "
            "it would have acted 1 time(s), on 300 message(s). Nothing was done."
        )
        assert lines[1].endswith(": 9 messages within 10s (at most 8 allowed) (+8 more messages)")
        pages = fake.requests_matching("GET", rf"/channels/{world.general_id}/messages", since=mark)
        assert len(pages) >= 3
        assert not fake.requests_matching("DELETE", r"/channels/\d+/messages/\d+", since=mark)
        _, unknown = await rules_command(fake, "backtest", rule_id="no-such-rule")
        assert unknown["content"] == "No rule `no-such-rule` is in force here."


async def test_a_flood_open_before_a_reload_goes_on_after_it(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    """/rules reload swaps the behaviour rules but keeps the open window: no second case."""
    fake = fake_discord
    world = fake.world
    async with behaving(fake, tmp_path, FLOOD) as running:
        mark = len(fake.requests)
        sent = [
            await fake.events.message_create(world.general_id, world.member_id, f"hi {n}")
            for n in range(9)
        ]
        await wait_for_log(fake, "hide", sent[8]["id"], since=mark)
        path = running.config.rules / "no-spam.yaml"
        path.write_text(path.read_text().replace("Slow down.", "Slow down, please."))
        _, reloaded = await rules_command(fake, "reload")
        assert "1 changed (message-flood)" in reloaded["content"]
        mark = len(fake.requests)
        tenth = await fake.events.message_create(world.general_id, world.member_id, "hi 9")
        route = f"/channels/{world.general_id}/messages/{tenth['id']}"
        await fake.wait_for_request("DELETE", route, since=mark)
        cases = await running.db.cases.for_member(world.guild_id, world.member_id)
        (flood,) = [c for c in cases if c.rule_id == "message-flood"]
        listed = await running.db.case_messages.messages(flood.id)
        assert listed == [int(m["id"]) for m in [*sent, tenth]]
