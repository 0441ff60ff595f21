"""Raids: a join-rate threshold starts raid mode; a quiet period or a moderator ends it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bot.core.behaviour.evaluator import Behaviour, Join
from bot.core.behaviour.hits import RaidChange, RaidDecision
from tests.core.behaviour_rules import GUILD, T0, behaviour, post

RAID = """\
  - id: join-raid
    raid:
      joins: 30
      per: 10s
      quiet: 5m
      slowmode: {channels: [general], seconds: 30}
      premoderate: true
      pause_invites: true
    action: hide
"""


def joins(rules: Behaviour, count: int, start: float, step: float) -> list[list[RaidDecision]]:
    """Members joining ``step`` seconds apart from ``start`` seconds after T0."""
    at = [T0 + timedelta(seconds=start + i * step) for i in range(count)]
    return [list(rules.observe_join(Join(GUILD, 1000 + i, t))) for i, t in enumerate(at)]


def test_thirty_joins_in_ten_seconds_start_raid_mode_and_a_quiet_period_ends_it(
    tmp_path: Path,
) -> None:
    rules = behaviour(tmp_path, RAID)
    found = joins(rules, 35, 0, 0.3)
    started = [i for i, d in enumerate(found) if d]
    assert started == [29]
    [start] = found[29]
    assert start.change is RaidChange.START
    assert start.joins == 30
    assert start.measures.slowmode_channels == frozenset({"general"})
    [state] = rules.raid_status(GUILD)
    assert (state.since, state.joins) == (T0, 35)
    assert rules.tick(GUILD, T0 + timedelta(minutes=5)) == []
    [end] = rules.tick(GUILD, T0 + timedelta(minutes=6))
    assert end.change is RaidChange.END
    assert end.at == state.last_join + timedelta(minutes=5)
    assert rules.raid_status(GUILD) == []


def test_a_slow_stream_of_joins_never_raids(tmp_path: Path) -> None:
    rules = behaviour(tmp_path, RAID)
    assert not any(joins(rules, 200, 0, 0.5))


def test_raid_off_ends_it_and_members_who_joined_in_it_are_premoderated(tmp_path: Path) -> None:
    rules = behaviour(tmp_path, RAID)
    joins(rules, 30, 0, 0.1)
    in_raid = post(20, "hi", joined_at=T0 + timedelta(seconds=1))
    [held] = rules.observe(in_raid)
    assert (held.rule, held.why) == ("join-raid", "posted by a member who joined during raid mode")
    before = post(21, "hi", joined_at=T0 - timedelta(days=3))
    assert rules.observe(before) == []
    [ended] = rules.end_raid(GUILD, T0 + timedelta(minutes=1), "moderator 42")
    assert (ended.change, ended.why) == (RaidChange.END, "ended by moderator 42")
    assert rules.end_raid(GUILD, T0 + timedelta(minutes=1), "moderator 42") == []
    assert rules.observe(post(90, "hi", joined_at=T0 + timedelta(seconds=1))) == []


def test_a_join_after_the_quiet_period_ends_the_raid_first(tmp_path: Path) -> None:
    rules = behaviour(tmp_path, RAID)
    joins(rules, 30, 0, 0.1)
    [ended] = joins(rules, 1, 3600, 0)[0]
    assert ended.change is RaidChange.END


def test_reload_keeps_a_raid_and_open_windows(tmp_path: Path) -> None:
    rules = behaviour(tmp_path, RAID)
    joins(rules, 30, 0, 0.1)
    again = rules.reload(rules.ruleset)
    assert len(again.raid_status(GUILD)) == 1
