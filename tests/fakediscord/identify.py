"""Session starts as Discord limits them: ``GET /gateway/bot`` and IDENTIFY's max_concurrency.

Discord lets a bot start ``max_concurrency`` sessions per 5 seconds: each IDENTIFY falls in the
bucket ``shard_id % max_concurrency``, and a second IDENTIFY in one bucket within the window is
refused with opcode 9 (invalid session, ``d: false``). The window is Discord's 5 s unless a test
shortens it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from tests.fakediscord.payloads import Json

__all__ = ["IDENTIFY_WINDOW", "IdentifyAttempt", "SessionStarts", "shard_of"]

IDENTIFY_WINDOW = 5.0  # seconds per rate-limit key, as Discord documents
DAY_MS = 24 * 60 * 60 * 1000  # the session start limit resets daily


def shard_of(guild_id: int | str, shard_count: int) -> int:
    """The shard that serves a guild: Discord's ``(guild_id >> 22) % shard_count``."""
    return (int(guild_id) >> 22) % shard_count


@dataclass(frozen=True, slots=True)
class IdentifyAttempt:
    """One IDENTIFY as the fake saw it: when (monotonic), for which shard, and if it was let in."""

    at: float
    shard_id: int
    shard_count: int
    admitted: bool


@dataclass(slots=True)
class SessionStarts:
    """The bot's session start limit: what ``/gateway/bot`` reports and IDENTIFY enforces."""

    shards: int = 1  # the shard count Discord recommends
    max_concurrency: int = 1
    window: float = IDENTIFY_WINDOW
    total: int = 1000
    remaining: int = 1000
    attempts: list[IdentifyAttempt] = field(default_factory=list)
    _last: dict[int, float] = field(default_factory=dict)

    def admit(self, shard_id: int, shard_count: int) -> bool:
        """Record an IDENTIFY; False when its rate-limit key identified within the window."""
        now = time.monotonic()
        key = shard_id % self.max_concurrency
        last = self._last.get(key)
        admitted = (last is None or now - last >= self.window) and self.remaining > 0
        if admitted:
            self._last[key] = now
            self.remaining -= 1
        self.attempts.append(IdentifyAttempt(now, shard_id, shard_count, admitted))
        return admitted

    @property
    def refused(self) -> list[IdentifyAttempt]:
        """The IDENTIFYs answered with opcode 9."""
        return [a for a in self.attempts if not a.admitted]

    def gateway_bot(self, url: str) -> Json:
        """The body of ``GET /gateway/bot`` (discord.py's ``types.gateway.GatewayBot``)."""
        limit = {
            "total": self.total,
            "remaining": self.remaining,
            "reset_after": DAY_MS,
            "max_concurrency": self.max_concurrency,
        }
        return {"url": url, "shards": self.shards, "session_start_limit": limit}
