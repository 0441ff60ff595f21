"""Joins and raids on the fake Discord: raid mode's alert and measures, held posts, /raid."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import cast

from bot.adapter.moderation.raids import Raids
from bot.core.cases import CaseKind, HiddenStatus
from tests.adapter.behaving import behaving
from tests.adapter.helpers import command_answer, subcommand, wait_for_log
from tests.fakediscord import FakeDiscord
from tests.fakediscord.recording import RecordedRequest

RAID = """\
  - id: join-raid
    raid:
      joins: 30
      per: 10s
      quiet: 10m
      slowmode: {channels: [general], seconds: 30}
      premoderate: true
      pause_invites: true
    action: hide
"""


def mod_log_texts(fake: FakeDiscord, since: int) -> list[str]:
    """The texts the bot posted to the mod log since ``since``."""
    route = f"/channels/{fake.world.mod_log_id}/messages"
    return [str(r.json["content"]) for r in fake.requests_matching("POST", route, since=since)]


async def raid_off(fake: FakeDiscord, user_id: int) -> str:
    """Run ``/raid off``; its final answer."""
    _, answer = await command_answer(fake, "raid", user_id, subcommand("off"))
    return str(answer["content"])


async def test_thirty_joins_in_ten_seconds_start_raid_mode_and_raid_off_ends_it(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    fake, world = fake_discord, fake_discord.world
    general = f"/channels/{world.general_id}"
    incidents = f"/guilds/{world.guild_id}/incident-actions"
    async with behaving(fake, tmp_path, RAID) as running:
        mark = len(fake.requests)
        start = datetime.now(UTC) - timedelta(seconds=10)
        joined = [
            await fake.events.member_join(
                world.guild_id, f"raider{n}", start + n * timedelta(seconds=0.3)
            )
            for n in range(29)
        ]
        # 29 joins are not a raid yet: a quiet member posting is left alone.
        _, status = await command_answer(fake, "raid", world.moderator_id, subcommand("status"))
        assert status["content"] == "No raid in progress."
        assert not fake.requests_matching("PATCH", general, since=mark)

        joined.append(
            await fake.events.member_join(world.guild_id, "raider29", start + timedelta(seconds=9))
        )
        pause: RecordedRequest = await fake.wait_for_request("PUT", incidents, since=mark)
        until = datetime.fromisoformat(pause.json["invites_disabled_until"])
        assert timedelta(hours=23) < until - datetime.now(UTC) <= timedelta(hours=24)
        (slow,) = fake.requests_matching("PATCH", general, since=mark)
        assert slow.json["rate_limit_per_user"] == 30
        (alert,) = mod_log_texts(fake, mark)
        assert alert.startswith("**Raid mode on** (join-raid): 30 members joined within 10s")
        assert "slowmode 30s on #general" in alert and "invites paused" in alert

        _, status = await command_answer(fake, "raid", world.moderator_id, subcommand("status"))
        assert status["content"].startswith("**join-raid**: since")
        assert "30 joins" in status["content"]

        # A raider's post is held for review; a member from before the raid is not.
        mark = len(fake.requests)
        raider = int(joined[3]["user"]["id"])
        held = await fake.events.message_create(world.general_id, raider, "hello friends")
        await wait_for_log(fake, "hide", held["id"], since=mark)
        await fake.wait_for_request("POST", f"/channels/{world.mod_queue_id}/messages", since=mark)
        copy = await running.db.hidden.by_message(int(held["id"]))
        assert copy is not None and copy.status is HiddenStatus.HIDDEN
        (case,) = await running.db.cases.for_member(world.guild_id, raider)
        assert (case.rule_id, case.kind) == ("join-raid", CaseKind.HIDE)

        # Only moderators end it; then slowmode and invites are back as they were.
        assert await raid_off(fake, world.member_id) == "This command is for moderators."
        mark = len(fake.requests)
        assert (
            await raid_off(fake, world.moderator_id) == "Raid mode ended; its measures are undone."
        )
        (undo,) = fake.requests_matching("PATCH", general, since=mark)
        assert undo.json["rate_limit_per_user"] == 0
        (resume,) = fake.requests_matching("PUT", incidents, since=mark)
        assert resume.json == {"invites_disabled_until": None}
        (ended,) = mod_log_texts(fake, mark)
        assert ended == f"**Raid mode off** (join-raid): ended by <@{world.moderator_id}>."
        assert await raid_off(fake, world.moderator_id) == "No raid in progress."


async def test_a_quiet_raid_ends_on_the_tick_and_its_measures_are_undone(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    """Ten minutes without a join end raid mode at the next tick (its clock passed in)."""
    fake, world = fake_discord, fake_discord.world
    general = f"/channels/{world.general_id}"
    async with behaving(fake, tmp_path, RAID) as running:
        mark = len(fake.requests)
        start = datetime.now(UTC) - timedelta(seconds=10)
        for n in range(30):
            await fake.events.member_join(
                world.guild_id, f"raider{n}", start + n * timedelta(seconds=0.3)
            )
        await fake.wait_for_request("PUT", f"/guilds/{world.guild_id}/incident-actions", since=mark)
        # load_extension executes the cog module afresh, so compare by name, not class identity.
        raids = cast(Raids, running.bot.get_cog("Raids"))
        assert type(raids).__name__ == "Raids"
        mark = len(fake.requests)
        await raids.tick(start + timedelta(minutes=5))
        assert fake.requests_matching("PATCH", general, since=mark) == []
        await raids.tick(start + timedelta(minutes=11))
        (undo,) = fake.requests_matching("PATCH", general, since=mark)
        assert undo.json["rate_limit_per_user"] == 0
        (ended,) = mod_log_texts(fake, mark)
        assert ended.startswith("**Raid mode off** (join-raid): ")
        _, status = await command_answer(fake, "raid", world.moderator_id, subcommand("status"))
        assert status["content"] == "No raid in progress."
