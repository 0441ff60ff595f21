"""Raid mode per guild: a join-rate threshold starts it, a quiet period or a moderator ends it.

Times come from the join events; as no event arrives in a quiet guild, the adapter calls
``Behaviour.tick`` with its clock now and then, and that is when a quiet period ends a raid.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime

from bot.core.behaviour.hits import RaidChange, RaidDecision, RaidState
from bot.core.behaviour.spec import RaidSpec

__all__ = ["RaidWatch"]


@dataclass(slots=True)
class RaidWatch:
    """One raid rule's join times in one guild (at most its threshold), and the raid if on."""

    guild_id: int
    rule: str
    spec: RaidSpec
    joins: deque[float] = field(default_factory=deque)
    since: float | None = None
    last_join: float = float("-inf")
    raid_joins: int = 0

    def join(self, at: float) -> RaidDecision | None:
        """Count a join; a START decision when it makes the threshold."""
        at = max(at, self.last_join)
        ended = self.quiet(at)
        self.last_join = at
        if self.since is not None:
            self.raid_joins += 1
            return ended
        joins = self.joins
        joins.append(at)
        while joins and joins[0] <= at - self.spec.seconds:
            joins.popleft()
        while len(joins) > self.spec.joins:
            joins.popleft()
        if len(joins) < self.spec.joins:
            return ended
        self.since, self.raid_joins = joins[0], len(joins)
        joins.clear()
        why = f"{self.raid_joins} members joined within {self.spec.seconds:g}s"
        return self._decision(RaidChange.START, at, self.raid_joins, why)

    def quiet(self, now: float) -> RaidDecision | None:
        """An END decision when the raid has had no join for its quiet period."""
        if self.since is None or now < self.last_join + self.spec.quiet:
            return None
        return self.end(self.last_join + self.spec.quiet, f"no join for {self.spec.quiet:g}s")

    def end(self, at: float, why: str) -> RaidDecision | None:
        """End the raid (a moderator's ``/raid off`` or a quiet period); None if none is on."""
        if self.since is None:
            return None
        self.since, self.raid_joins = None, 0
        return self._decision(RaidChange.END, at, 0, why)

    def state(self) -> RaidState | None:
        """The raid in progress, if any."""
        if self.since is None:
            return None
        return RaidState(
            guild_id=self.guild_id,
            rule=self.rule,
            since=_time(self.since),
            last_join=_time(self.last_join),
            joins=self.raid_joins,
            ends_after_quiet=_time(self.last_join + self.spec.quiet),
            measures=self.spec,
        )

    def covers(self, joined_at: float, now: float) -> bool:
        """Whether a member who joined at ``joined_at`` joined in the raid still on at ``now``."""
        if self.since is None or now >= self.last_join + self.spec.quiet:
            return False
        return joined_at >= self.since

    def _decision(self, change: RaidChange, at: float, joins: int, why: str) -> RaidDecision:
        return RaidDecision(self.guild_id, self.rule, change, _time(at), joins, why, self.spec)


def _time(seconds: float) -> datetime:
    """A POSIX time as an aware UTC datetime."""
    return datetime.fromtimestamp(seconds, UTC)
