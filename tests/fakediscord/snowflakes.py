"""Snowflake ids and timestamps the way Discord encodes them."""

from __future__ import annotations

import time
from datetime import UTC, datetime

__all__ = ["DISCORD_EPOCH_MS", "SnowflakeFactory", "iso", "now_iso", "snowflake_time"]

DISCORD_EPOCH_MS = 1_420_070_400_000


class SnowflakeFactory:
    """Hand out increasing snowflakes whose timestamp is the current time, as Discord's do."""

    def __init__(self) -> None:
        self._last = 0

    def next(self, shard: tuple[int, int] | None = None) -> str:
        """Return a new snowflake as a string, as it appears in JSON.

        ``shard`` (id, count): a guild id that shard serves, its time up to count-1 ms ahead.
        """
        now_ms = int(time.time() * 1000) - DISCORD_EPOCH_MS
        self._last = max(now_ms << 22, self._last + 1)
        if shard is not None:
            shard_id, count = shard
            ms = self._last >> 22
            ms += (shard_id - ms) % count
            self._last = max(ms << 22, self._last)
        return str(self._last)


def snowflake_time(snowflake: str | int) -> datetime:
    """Return the creation time encoded in a snowflake."""
    return datetime.fromtimestamp(((int(snowflake) >> 22) + DISCORD_EPOCH_MS) / 1000, tz=UTC)


def iso(moment: datetime) -> str:
    """Format a time the way Discord's JSON does."""
    return moment.astimezone(UTC).isoformat()


def now_iso() -> str:
    """Return the current time formatted as Discord's JSON does."""
    return iso(datetime.now(UTC))
